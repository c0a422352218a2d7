/**
 * The pages' menu's behaviour (WAI-ARIA menu button): open with a click, Enter, Space or the arrows, move with the
 * arrows, Home and End, close with Escape (focus back on the button), Tab, a click or a focus elsewhere.
 */
import type { LinksMenuParts } from '../linksMenu';

/** What the live part can do with the menu. */
export interface LinksMenu {
  open(last?: boolean): void;
}

/** Gives the first paint's menu its behaviour. */
export function attachLinksMenu(parts: LinksMenuParts): LinksMenu {
  const { root, button, menu } = parts;
  const doc = root.ownerDocument || document;
  const items = (): HTMLAnchorElement[] => Array.prototype.slice.call(menu.querySelectorAll('a'));
  const close = (focusButton: boolean): void => {
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (focusButton) button.focus();
  };
  const open = (last?: boolean): void => {
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    const all = items();
    if (all.length) all[last ? all.length - 1 : 0].focus();
  };
  button.addEventListener('click', () => (menu.hidden ? open() : close(false)));
  button.addEventListener('keydown', e => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') { e.preventDefault(); open(e.key === 'ArrowUp'); }
  });
  menu.addEventListener('keydown', e => {
    const all = items();
    const at = all.indexOf(doc.activeElement as HTMLAnchorElement);
    const go = (i: number): void => { e.preventDefault(); all[(i + all.length) % all.length].focus(); };
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(all.length - 1);
    else if (e.key === 'Escape') { e.preventDefault(); close(true); }
    else if (e.key === 'Tab') close(false);
  });
  // A click or a focus elsewhere closes it.
  root.addEventListener('focusout', e => {
    const next = (e as FocusEvent).relatedTarget as Node | null;
    if (!menu.hidden && next && !root.contains(next)) close(false);
  });
  const outside = (e: MouseEvent): void => {
    // A bar replaced on a page navigation (SharePoint re-renders the placeholder) lets go of the page.
    if (!root.isConnected) { doc.removeEventListener('mousedown', outside); return; }
    if (!menu.hidden && !root.contains(e.target as Node)) close(false);
  };
  doc.addEventListener('mousedown', outside);
  return { open };
}
