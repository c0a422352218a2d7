/**
 * The help bar's live part (chunk 'help-bar-live'), loaded once the page is idle or when the person uses the bar: the
 * one request for the announcements, the counts and the roles; the menu's behaviour; the type-ahead (its engine on the
 * box's first focus, chunk 'help-bar-search'); an article or the request form in a panel (chunk 'help-bar-panel').
 */
import { renderAnnouncements, shownAnnouncements } from '../announcements';
import { attachCombobox, type Suggestion } from '../combobox';
import { dismissalStore } from '../dismissals';
import { fill } from '../helpBarStyles';
import type { HelpBarConnection, HelpBarCounts, HelpBarLinks, HelpBarOptions, HelpBarStatus } from '../helpBarTypes';
import type { LinksMenuParts } from '../linksMenu';
import { statusFetcher } from '../../../data/helpbar/statusRequest';
import { markRendered } from '../../common/renderedMark';
import { ensureLiveStyles } from './liveStyles';
import { attachLinksMenu } from './menuBehaviour';
import type { BarSearch } from './barSearch';
import type { HelpBarPanelKind } from './HelpBarPanels';

/** What the first paint hands to the live part (renderHelpBar.ts). */
export interface HelpBarParts {
  doc: Document;
  input: HTMLInputElement;
  box: HTMLElement;
  request: HTMLAnchorElement;
  mine: HTMLAnchorElement;
  menu: LinksMenuParts;
  news: HTMLElement;
  strip: HTMLUListElement;
  links: HelpBarLinks;
  locale: 'fr' | 'en';
  login: string;
  storage: Storage | undefined;
  sessionStorage: Storage | undefined;
  /** Where the announcements' room is remembered. */
  roomKey: string;
  /** Removes the first paint's stand-in listeners (the live part's own take over). */
  detach(): void;
}

/** What the bar does once live (the first paint's stand-ins call it). */
export interface HelpBarLive {
  openMenu(): void;
  /** Opens the request form in a panel (its page without a connection). */
  newRequest(): void;
  /** Reads the announcements, counts and roles again. */
  refresh(): void;
}

/** Shows the counts in their reserved room: a badge each, and the sentence for screen readers. */
function showCounts(link: HTMLElement, counts: HelpBarCounts, s: IHelpCenterHelpBarStrings['helpBar']): void {
  const [open, waiting, said] = ['.hc-hb-n:not(.hc-hb-wait)', '.hc-hb-wait', '.hc-hb-sr'].map(q => link.querySelector(q) as HTMLElement);
  // Badges show at most "99+" (their room, kept from the first paint, fits three characters).
  const badge = (n: number): string => (n > 99 ? '99+' : String(n));
  open.textContent = badge(counts.open);
  open.toggleAttribute('data-empty', counts.open === 0);
  waiting.textContent = badge(counts.waiting);
  waiting.toggleAttribute('data-empty', counts.waiting === 0);
  said.textContent = counts.open ? ` (${fill(counts.open === 1 ? s.openCountOne : s.openCount, counts.open)}`
    + `${counts.waiting ? `, ${fill(counts.waiting === 1 ? s.waitingCountOne : s.waitingCount, counts.waiting)}` : ''})` : '';
}

/** Brings the first paint to life. */
export function startHelpBar(p: HelpBarParts, options: HelpBarOptions): HelpBarLive {
  p.detach();
  const { doc, input, links, locale, login, storage } = p;
  const s = options.strings.helpBar;
  ensureLiveStyles(doc);
  const menu = attachLinksMenu(p.menu);
  const dismissed = dismissalStore(storage, login);
  const keepRoom = (n: number): void => { try { if (storage) storage.setItem(p.roomKey, String(n)); } catch { /* the room is a nicety */ } };
  const fetchStatus = options.fetchStatus === false ? undefined : options.fetchStatus || statusFetcher({
    siteUrl: options.helpCenterUrl, pageSiteUrl: options.pageSiteUrl, formDigest: options.formDigest, userLogin: login, storage,
    sessionStorage: p.sessionStorage
  });
  const refresh = (): void => {
    if (!fetchStatus) return;
    fetchStatus().then((status: HelpBarStatus) => {
      const shown = shownAnnouncements(status.announcements, locale, dismissed);
      renderAnnouncements(p.strip, shown, options.strings, dismissed, (left, next) => {
        keepRoom(left);
        (next || input).focus();
      });
      p.news.style.minHeight = '';
      keepRoom(shown.length);
      p.menu.render(status.roles);
      if (status.counts) showCounts(p.mine, status.counts, s);
      // The announcements and counts are on screen (bench/run.mjs's help bar table).
      markRendered('help-bar-status');
    }, (e: unknown) => {
      // The bar stays usable without them; the cause is for developers.
      console.error('[HelpCenter] The help bar\'s status request failed:', e);
    });
  };
  refresh();

  const connect = options.connect;
  const toPage = (): void => (doc.defaultView || window).location.assign(p.request.href);
  if (!connect) return { openMenu: () => menu.open(), newRequest: toPage, refresh };
  let searching: Promise<{ search: BarSearch; connection: HelpBarConnection }> | undefined;
  const loadSearch = (): Promise<{ search: BarSearch; connection: HelpBarConnection }> => {
    if (!searching) {
      searching = Promise.all([connect(), import(/* webpackChunkName: 'help-bar-search' */ './barSearch')])
        .then(([connection, m]) => ({ connection, search: m.createBarSearch(connection, locale, options.helpCenterUrl) }));
      // A chunk that failed (offline, a deployment in between) is fetched again next time.
      searching.catch(() => { searching = undefined; });
    }
    return searching;
  };
  const startSearch = (): void => { loadSearch().catch((e: unknown) => console.error('[HelpCenter] The help bar\'s search did not load:', e)); };
  input.addEventListener('focus', startSearch);
  // Focused before the live part came: its engine now.
  if (doc.activeElement === input) startSearch();

  let panelOpen = false;
  const openPanel = (what: HelpBarPanelKind, back: HTMLElement, fallback: string): void => {
    if (panelOpen) return;
    panelOpen = true;
    Promise.all([loadSearch(), import(/* webpackChunkName: 'help-bar-panel' */ './HelpBarPanels')]).then(([loaded, m]) => {
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
  attachCombobox(input, p.box, {
    suggest: async text => (await loadSearch()).search.suggest(text),
    onChoose: (chosen: Suggestion) => openPanel({ kind: 'article', id: chosen.id }, input, `${links.knowledge}?article=${chosen.id}`),
    strings: s
  });
  /**
   * The category the page is about, on the help center's knowledge page: the category browsed (`?category=`) or the
   * article read (`?article=`, its category). Elsewhere the page says nothing the bar can trust (a page title would
   * guess wrong more often than right).
   */
  const pageCategory = (): Promise<number | undefined> => {
    const here = new URL(doc.location.href);
    if (here.pathname.toLowerCase() !== new URL(links.knowledge, here.href).pathname.toLowerCase()) return Promise.resolve(undefined);
    const id = (name: string): number | undefined => {
      const n = Number(here.searchParams.get(name));
      return Number.isInteger(n) && n > 0 ? n : undefined;
    };
    const category = id('category');
    const article = id('article');
    if (category === undefined && article === undefined) return Promise.resolve(undefined);
    return loadSearch().then(async ({ search }) => {
      if (article !== undefined && category === undefined) return (await search.knowledge.article(article) || { categoryId: undefined }).categoryId;
      // A category the form offers: one with subcategories is a heading there (the person picks one of them).
      const tree = await search.knowledge.categories();
      return tree.some(c => c.id === category) && !tree.some(c => c.parentId === category) ? category : undefined;
    }).catch(() => undefined);
  };
  const newRequest = (): void => {
    const query = input.value.trim().slice(0, 1000);
    const fallback = query ? `${links.request}?q=${encodeURIComponent(query)}` : links.request;
    // The category the query points to, when the engine knows, else the one the page is about (the form lets the
    // person change it).
    const guess = query ? loadSearch().then(l => l.search.guessCategory(query)).catch(() => undefined) : pageCategory();
    guess.then(categoryId => openPanel({ kind: 'request', query: query || undefined, categoryId }, p.request, fallback), () => undefined);
  };
  p.request.addEventListener('click', e => {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    newRequest();
  });
  return { openMenu: () => menu.open(), newRequest, refresh };
}
