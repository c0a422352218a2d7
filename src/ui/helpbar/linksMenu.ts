/**
 * The help center's pages as a menu button (Fluent's look, WAI-ARIA menu button pattern in plain DOM): everyone's
 * pages at once, and the desk, the contributors' page and set-up only for those SharePoint lets open them — added
 * when the bar's one request tells (inside the closed menu: nothing moves).
 */
import type { HelpBarLinks, HelpBarRoles } from './helpBarTypes';
import { ICONS, el, icon } from './helpBarStyles';

/** A menu entry: its page, its label's string key, and who sees it. */
interface Entry { page: keyof HelpBarLinks; label: keyof IHelpCenterHelpBarStrings['helpBar']; role?: keyof HelpBarRoles }

/** The entries in order (the role-gated ones last). */
export const MENU_ENTRIES: readonly Entry[] = [
  { page: 'home', label: 'helpCenterLink' }, { page: 'knowledge', label: 'knowledgeLink' }, { page: 'request', label: 'requestLink' },
  { page: 'myRequests', label: 'myRequestsLink' }, { page: 'experts', label: 'expertsLink' }, { page: 'ideas', label: 'ideasLink' },
  { page: 'desk', label: 'deskLink', role: 'agent' }, { page: 'articles', label: 'articlesLink', role: 'contributor' }, { page: 'setup', label: 'setupLink', role: 'owner' }
];

/** The entries a person with `roles` sees (none of the gated ones while the roles are unknown). */
export function visibleEntries(roles: HelpBarRoles | undefined): Entry[] {
  return MENU_ENTRIES.filter(e => !e.role || (!!roles && roles[e.role]));
}

/** The menu button and its menu; `setRoles` shows the pages the person may open. */
export function createLinksMenu(doc: Document, links: HelpBarLinks, s: IHelpCenterHelpBarStrings['helpBar']): { root: HTMLElement; setRoles(roles: HelpBarRoles): void } {
  const root = el(doc, 'div', undefined, 'hc-hb-menuwrap');
  const button = el(doc, 'button', undefined, 'hc-hb-menubtn');
  button.type = 'button';
  button.id = 'hc-helpbar-menu-button';
  button.setAttribute('aria-haspopup', 'true');
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'hc-helpbar-menu');
  button.appendChild(el(doc, 'span', s.menuButton));
  button.appendChild(icon(doc, ICONS.chevron));
  const menu = el(doc, 'ul', undefined, 'hc-hb-menu');
  menu.id = 'hc-helpbar-menu';
  menu.setAttribute('role', 'menu');
  menu.setAttribute('aria-labelledby', button.id);
  menu.hidden = true;
  root.appendChild(button);
  root.appendChild(menu);

  const items = (): HTMLAnchorElement[] => Array.prototype.slice.call(menu.querySelectorAll('a'));
  const render = (roles: HelpBarRoles | undefined): void => {
    while (menu.firstChild) menu.removeChild(menu.firstChild);
    visibleEntries(roles).forEach(e => {
      const li = el(doc, 'li');
      li.setAttribute('role', 'none');
      const a = el(doc, 'a', s[e.label], 'hc-hb-mi');
      a.href = links[e.page];
      a.setAttribute('role', 'menuitem');
      a.tabIndex = -1;
      li.appendChild(a);
      menu.appendChild(li);
    });
  };
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
  render(undefined);
  return { root, setRoles: render };
}
