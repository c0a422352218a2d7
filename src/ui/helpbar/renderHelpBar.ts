/**
 * The help bar, on every page of the tenant, in plain DOM (no React, no PnPjs, no Fluent here: it must stay a few
 * kilobytes). Its first paint is usable with no request and no further script: a search box posting to the knowledge
 * page, "ask for help", "my requests" and the help center's pages. Its live part (lazy/helpBarLive.ts, chunk
 * 'help-bar-live') comes once the page is loaded and idle — or at once when the person uses the bar — and makes the
 * one request (statusRequest.ts) for the announcements, the counts of the person's requests and what pages she may
 * open; it gives the menu its behaviour and the box its type-ahead (chunk 'help-bar-search', on the first focus), and
 * opens an article or the request form in a panel on the page (chunk 'help-bar-panel').
 */
import { afterWebPartsRendered, markRendered } from '../common/renderedMark';
import { PAGE_PATHS } from '../../data/pagePaths';
import { ICONS, NEWS_LINE_PX, el, ensureStyleSheet, helpBarThemeVariables, icon } from './helpBarStyles';
import type { HelpBarLinks, HelpBarOptions } from './helpBarTypes';
import { linksMenu } from './linksMenu';
import type { HelpBarLive, HelpBarParts } from './lazy/helpBarLive';

/** How long the live part waits at most for the page's help center web parts to render. */
const WEB_PARTS_WAIT_MS = 8000;

export type { HelpBarAnnouncement, HelpBarLinks, HelpBarOptions, HelpBarStatus, HelpBarConnection } from './helpBarTypes';
export type { HelpBarLive } from './lazy/helpBarLive';
export { helpBarThemeVariables } from './helpBarStyles';

/** The pages of a help center site (the site owner may point the properties elsewhere). */
export function defaultHelpBarLinks(siteUrl: string): HelpBarLinks {
  const base = siteUrl.replace(/\/+$/, '');
  const page = (p: string): string => `${base}/${p}`;
  return {
    home: base, knowledge: page(PAGE_PATHS.knowledge), request: page(PAGE_PATHS.request), myRequests: page(PAGE_PATHS.myRequests),
    experts: page(PAGE_PATHS.experts), ideas: page(PAGE_PATHS.ideas), desk: page(PAGE_PATHS.desk), articles: page(PAGE_PATHS.articles), setup: page(PAGE_PATHS.setup)
  };
}

/** Where the bar keeps what it remembers, when the page lets it. */
function pageStorage(doc: Document, kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try { return doc.defaultView ? doc.defaultView[kind] : undefined; } catch { return undefined; }
}

/** The bar on its page: `live()` brings its live part now (the bar loads it by itself once the page is idle). */
export interface HelpBarHandle {
  live(): Promise<HelpBarLive>;
}

/** Renders the help bar into `host`. Text from SharePoint only ever goes through textContent. */
export function renderHelpBar(host: HTMLElement, options: HelpBarOptions): HelpBarHandle {
  const doc = host.ownerDocument || document;
  const s = options.strings.helpBar;
  const links = defaultHelpBarLinks(options.helpCenterUrl);
  const given = options.links || {};
  (Object.keys(links) as (keyof HelpBarLinks)[]).forEach(k => { const v = given[k]; if (v) links[k] = v; });
  const storage = options.storage || pageStorage(doc, 'localStorage');
  const login = options.userLogin || '';
  const locale: 'fr' | 'en' = (options.language || 'fr').slice(0, 2).toLowerCase() === 'en' ? 'en' : 'fr';
  ensureStyleSheet(doc);
  const nav = el(doc, 'nav', undefined, 'hc-hb');
  nav.setAttribute('aria-label', s.regionLabel);
  nav.setAttribute('data-help-center', 'help-bar');
  nav.style.cssText = helpBarThemeVariables(doc.defaultView || {});
  const row = el(doc, 'div', undefined, 'hc-hb-row');

  const box = el(doc, 'div', undefined, 'hc-hb-box');
  const form = el(doc, 'form', undefined, 'hc-hb-search');
  form.setAttribute('role', 'search');
  form.action = links.knowledge;
  form.method = 'get';
  const input = el(doc, 'input', undefined, 'hc-hb-q');
  input.type = 'search';
  input.name = 'q';
  input.id = 'hc-helpbar-q';
  input.setAttribute('aria-label', s.searchLabel);
  input.placeholder = s.searchPlaceholder;
  const go = el(doc, 'button', undefined, 'hc-hb-go');
  go.type = 'submit';
  // The icon alone on a phone: the word stays for screen readers (visually hidden, not removed).
  go.appendChild(icon(doc, ICONS.search));
  go.appendChild(el(doc, 'span', s.searchButton));
  form.appendChild(input);
  form.appendChild(go);
  box.appendChild(form);
  row.appendChild(box);

  const acts = el(doc, 'div', undefined, 'hc-hb-acts');
  const request = el(doc, 'a', s.requestLink, 'hc-hb-link');
  request.href = links.request;
  const mine = el(doc, 'a', undefined, 'hc-hb-link');
  mine.href = links.myRequests;
  mine.appendChild(el(doc, 'span', s.myRequestsLink));
  [el(doc, 'span', '0', 'hc-hb-n'), el(doc, 'span', '0', 'hc-hb-n hc-hb-wait')].forEach(b => { b.setAttribute('aria-hidden', 'true'); b.setAttribute('data-empty', ''); mine.appendChild(b); });
  mine.appendChild(el(doc, 'span', '', 'hc-hb-sr'));
  const home = el(doc, 'a', s.helpCenterLink, 'hc-hb-link hc-hb-home');
  home.href = links.home;
  const menu = linksMenu(doc, links, s);
  acts.appendChild(request);
  acts.appendChild(mine);
  acts.appendChild(home);
  acts.appendChild(menu.root);
  row.appendChild(acts);
  nav.appendChild(row);

  const news = el(doc, 'div', undefined, 'hc-hb-newsbox');
  news.setAttribute('role', 'status');
  const strip = el(doc, 'ul', undefined, 'hc-hb-news');
  strip.setAttribute('aria-label', s.announcementsLabel);
  news.appendChild(strip);
  nav.appendChild(news);
  // The room of as many announcements as this person saw last time: when they come, nothing below the bar moves.
  const roomKey = `hc-helpbar-room|${options.helpCenterUrl.replace(/\/+$/, '').toLowerCase()}|${login.toLowerCase()}`;
  let room = 0;
  try { room = Math.min(3, Number((storage && storage.getItem(roomKey)) || 0) || 0); } catch { room = 0; }
  if (room) news.style.minHeight = `${room * NEWS_LINE_PX}px`;
  while (host.firstChild) host.removeChild(host.firstChild);
  host.appendChild(nav);

  // Usable from here: search and links work before the live part and its one request (bench/run.mjs waits for this mark).
  markRendered('help-bar');

  const win = doc.defaultView;
  const parts: HelpBarParts = {
    doc, input, box, request, mine, menu, news, strip, links, locale, login, storage, roomKey,
    sessionStorage: options.storage || pageStorage(doc, 'sessionStorage'), detach: () => undefined
  };
  let loading: Promise<HelpBarLive> | undefined;
  const live = (): Promise<HelpBarLive> => {
    if (!loading) {
      loading = import(/* webpackChunkName: 'help-bar-live' */ './lazy/helpBarLive').then(m => m.startHelpBar(parts, options));
      // A chunk that failed (offline, a deployment in between) is fetched again next time.
      loading.catch((e: unknown) => { loading = undefined; console.error('[HelpCenter] The help bar\'s live part did not load:', e); });
    }
    return loading;
  };
  // Used before its live part is there, the bar loads it at once: the box's first focus, the menu, "ask for help".
  const onFocus = (): void => { live().catch(() => undefined); };
  const onMenu = (): void => { live().then(l => l.openMenu(), () => undefined); };
  const onRequest = (e: MouseEvent): void => {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    live().then(l => l.newRequest(), () => (win || window).location.assign(request.href));
  };
  input.addEventListener('focus', onFocus);
  menu.button.addEventListener('click', onMenu);
  // With a connection the form opens in a panel on the page; without one the link goes to the form's page.
  if (options.connect) {
    request.setAttribute('aria-haspopup', 'dialog');
    request.addEventListener('click', onRequest);
  }
  parts.detach = () => {
    input.removeEventListener('focus', onFocus);
    menu.button.removeEventListener('click', onMenu);
    request.removeEventListener('click', onRequest);
  };
  // Otherwise once the page has loaded, the help center's web parts on it have rendered (8 s at most) and the browser
  // is idle: the live part never competes with the page's own first render.
  const idle = (): void => afterWebPartsRendered(() => {
    const ric = win && (win as unknown as { requestIdleCallback?: (f: () => void, o: { timeout: number }) => void }).requestIdleCallback;
    if (ric) ric.call(win, () => { live().catch(() => undefined); }, { timeout: 3000 });
    else setTimeout(() => { live().catch(() => undefined); }, 0);
  }, WEB_PARTS_WAIT_MS);
  if (!win || doc.readyState === 'complete') idle();
  else win.addEventListener('load', idle, { once: true });
  return { live };
}
