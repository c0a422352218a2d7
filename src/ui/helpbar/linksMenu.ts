/**
 * The help center's pages as a menu button (Fluent's look, WAI-ARIA menu button pattern in plain DOM): everyone's
 * pages at once, and the desk, the contributors' page and set-up only for those SharePoint lets open them — added
 * when the bar's one request tells (inside the closed menu: nothing moves). This module draws the button and the
 * closed menu for the first paint; its behaviour comes with the bar's live part (lazy/menuBehaviour.ts).
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

/** The menu's parts, as the first paint draws them. */
export interface LinksMenuParts {
  root: HTMLElement;
  button: HTMLButtonElement;
  menu: HTMLUListElement;
  /** Draws the entries a person with `roles` sees. */
  render(roles: HelpBarRoles | undefined): void;
}

/** The menu button and its closed menu, with everyone's pages. */
export function linksMenu(doc: Document, links: HelpBarLinks, s: IHelpCenterHelpBarStrings['helpBar']): LinksMenuParts {
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
  render(undefined);
  return { root, button, menu, render };
}
