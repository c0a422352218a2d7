/**
 * The help bar, on every page of the tenant, in plain DOM (no React, no PnPjs, no Fluent here: it must stay a few
 * kilobytes). Usable with no request at all: a search box posting to the knowledge page, "ask for help", "my
 * requests" and the help center's pages. Then one request (statusRequest.ts) brings the announcements, the counts of
 * the person's requests and what pages she may open. The box's first focus loads the type-ahead (chunk
 * 'help-bar-search'); an article or the request form opens in a panel on the page (chunk 'help-bar-panel').
 */
import { markRendered } from '../common/renderedMark';
import { PAGE_PATHS } from '../../data/pageLinks';
import { renderAnnouncements, shownAnnouncements } from './announcements';
import { attachCombobox, type Suggestion } from './combobox';
import { dismissalStore } from './dismissals';
import { ICONS, NEWS_LINE_PX, el, ensureStyleSheet, fill, helpBarThemeVariables, icon } from './helpBarStyles';
import type { HelpBarConnection, HelpBarCounts, HelpBarLinks, HelpBarOptions, HelpBarStatus } from './helpBarTypes';
import { createLinksMenu } from './linksMenu';
import { statusFetcher } from './statusRequest';
import type { BarSearch } from './lazy/barSearch';
import type { HelpBarPanelKind } from './lazy/HelpBarPanels';

export type { HelpBarAnnouncement, HelpBarLinks, HelpBarOptions, HelpBarStatus, HelpBarConnection } from './helpBarTypes';
export { helpBarThemeVariables } from './helpBarStyles';

/** The set-up web part's page (PAGE_PATHS has no entry for it: only owners open it). */
const SETUP_PATH = 'SitePages/Setup.aspx';

/** The pages of a help center site (the site owner may point the properties elsewhere). */
export function defaultHelpBarLinks(siteUrl: string): HelpBarLinks {
  const base = siteUrl.replace(/\/+$/, '');
  const page = (p: string): string => `${base}/${p}`;
  return {
    home: base, knowledge: page(PAGE_PATHS.knowledge), request: page(PAGE_PATHS.request), myRequests: page(PAGE_PATHS.myRequests),
    experts: page(PAGE_PATHS.experts), ideas: page(PAGE_PATHS.ideas), desk: page(PAGE_PATHS.desk), articles: page(PAGE_PATHS.articles), setup: page(SETUP_PATH)
  };
}

/** Where the bar keeps what it remembers, when the page lets it. */
function pageStorage(doc: Document, kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try { return doc.defaultView ? doc.defaultView[kind] : undefined; } catch { return undefined; }
}

/** Shows the counts in their reserved room: a badge each, and the sentence for screen readers. */
function showCounts(link: HTMLElement, counts: HelpBarCounts, s: IHelpCenterHelpBarStrings['helpBar']): void {
  const [open, waiting, said] = ['.hc-hb-n:not(.hc-hb-wait)', '.hc-hb-wait', '.hc-hb-sr'].map(q => link.querySelector(q) as HTMLElement);
  open.textContent = String(counts.open);
  open.toggleAttribute('data-empty', counts.open === 0);
  waiting.textContent = String(counts.waiting);
  waiting.toggleAttribute('data-empty', counts.waiting === 0);
  said.textContent = counts.open ? ` (${fill(counts.open === 1 ? s.openCountOne : s.openCount, counts.open)}`
    + `${counts.waiting ? `, ${fill(counts.waiting === 1 ? s.waitingCountOne : s.waitingCount, counts.waiting)}` : ''})` : '';
}

/** Renders the help bar into `host`. Text from SharePoint only ever goes through textContent. */
export function renderHelpBar(host: HTMLElement, options: HelpBarOptions): void {
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
  const menu = createLinksMenu(doc, links, s);
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
  // Usable from here: search and links work before the one request answers (bench/run.mjs waits for this mark).
  markRendered('help-bar');

  const dismissed = dismissalStore(storage, login);
  const keepRoom = (n: number): void => { try { if (storage) storage.setItem(roomKey, String(n)); } catch { /* the room is a nicety */ } };
  const fetchStatus = options.fetchStatus === false ? undefined : options.fetchStatus || statusFetcher({
    siteUrl: options.helpCenterUrl, pageSiteUrl: options.pageSiteUrl, formDigest: options.formDigest, userLogin: login, storage,
    sessionStorage: options.storage || pageStorage(doc, 'sessionStorage')
  });
  const refresh = (): void => {
    if (!fetchStatus) return;
    fetchStatus().then((status: HelpBarStatus) => {
      const shown = shownAnnouncements(status.announcements, locale, dismissed);
      renderAnnouncements(strip, shown, options.strings, dismissed, (left, next) => {
        keepRoom(left);
        (next || input).focus();
      });
      news.style.minHeight = '';
      keepRoom(shown.length);
      menu.setRoles(status.roles);
      if (status.counts) showCounts(mine, status.counts, s);
    }, (e: unknown) => {
      // The bar stays usable without them; the cause is for developers.
      console.error('[HelpCenter] The help bar\'s status request failed:', e);
    });
  };
  refresh();

  if (!options.connect) return;
  const connect = options.connect;
  let searching: Promise<{ search: BarSearch; connection: HelpBarConnection }> | undefined;
  const loadSearch = (): Promise<{ search: BarSearch; connection: HelpBarConnection }> => {
    if (!searching) {
      searching = Promise.all([connect(), import(/* webpackChunkName: 'help-bar-search' */ './lazy/barSearch')])
        .then(([connection, m]) => ({ connection, search: m.createBarSearch(connection, locale, options.helpCenterUrl) }));
      // A chunk that failed (offline, a deployment in between) is fetched again next time.
      searching.catch(() => { searching = undefined; });
    }
    return searching;
  };
  input.addEventListener('focus', () => { loadSearch().catch((e: unknown) => console.error('[HelpCenter] The help bar\'s search did not load:', e)); });

  let panelOpen = false;
  const openPanel = (what: HelpBarPanelKind, back: HTMLElement, fallback: string): void => {
    if (panelOpen) return;
    panelOpen = true;
    Promise.all([loadSearch(), import(/* webpackChunkName: 'help-bar-panel' */ './lazy/HelpBarPanels')]).then(([loaded, m]) => {
      m.openHelpBarPanel(what, {
        connection: loaded.connection, knowledge: loaded.search.knowledge, locale, helpCenterUrl: options.helpCenterUrl, links, strings: s,
        onClose: () => { panelOpen = false; back.focus(); refresh(); }
      });
    }, (e: unknown) => {
      // Without the panel, its page: the person still gets there.
      panelOpen = false;
      console.error('[HelpCenter] The help bar\'s panel did not load:', e);
      (doc.defaultView || window).location.assign(fallback);
    });
  };
  attachCombobox(input, box, {
    suggest: async text => (await loadSearch()).search.suggest(text),
    onChoose: (chosen: Suggestion) => openPanel({ kind: 'article', id: chosen.id }, input, `${links.knowledge}?article=${chosen.id}`),
    strings: s
  });
  request.setAttribute('aria-haspopup', 'dialog');
  request.addEventListener('click', e => {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    const query = input.value.trim().slice(0, 1000);
    const fallback = query ? `${links.request}?q=${encodeURIComponent(query)}` : links.request;
    // The category the query points to, when the engine knows (the form lets the person change it).
    const guess = query ? loadSearch().then(l => l.search.guessCategory(query)).catch(() => undefined) : Promise.resolve(undefined);
    guess.then(categoryId => openPanel({ kind: 'request', query: query || undefined, categoryId }, request, fallback), () => undefined);
  });
}
