import { markRendered } from '../common/renderedMark';

/** Where the help bar's links go (pages of the help center site). */
export interface HelpBarLinks {
  /** The help center's home page. */
  home: string;
  /** The page with the KnowledgeSearch web part (receives `?q=`). */
  knowledge: string;
  /** The page with the TicketForm web part. */
  request: string;
  /** The page with the MyTickets web part. */
  myRequests: string;
}

/** What the help bar needs from its host. */
export interface HelpBarOptions {
  /** Strings of the page's language. */
  /** The help bar loads only the common and the help bar modules, not every feature's strings. */
  strings: Pick<IHelpCenterStrings, 'helpBar' | 'announcementSeverity'>;
  /** Absolute URL of the help center's home page (its site). */
  helpCenterUrl: string;
  /** Page links; conventional pages of the help center site when omitted. */
  links?: Partial<HelpBarLinks>;
  /** 'fr' or 'en': announcements in the page's language are preferred. */
  language?: string;
  /** Reads the current announcements (one request); none are shown when omitted. */
  fetchAnnouncements?: () => Promise<HelpBarAnnouncement[]>;
}

/** A current announcement ("we know, we are on it"). */
export interface HelpBarAnnouncement {
  id: number;
  title: string;
  body?: string;
  severity: 'info' | 'warning' | 'outage';
  language?: string;
}

/** The conventional pages of a help center site (the site owner may point the properties elsewhere). */
export function defaultHelpBarLinks(siteUrl: string): HelpBarLinks {
  const base = siteUrl.replace(/\/+$/, '');
  return { home: base, knowledge: `${base}/SitePages/Knowledge.aspx`, request: `${base}/SitePages/Request.aspx`, myRequests: `${base}/SitePages/MyRequests.aspx` };
}

/**
 * The one request the help bar makes, with plain fetch (no PnPjs: the bar loads on every page): the
 * announcements whose end is still to come. `HCEnd` is indexed and current announcements are few, so the
 * query holds on a list of any size; an announcement without an end date is not shown (set one).
 */
export function announcementsFetcher(siteUrl: string, now: () => Date = () => new Date()): () => Promise<HelpBarAnnouncement[]> {
  return async () => {
    const moment = now();
    const at = moment.toISOString();
    const url = `${siteUrl.replace(/\/+$/, '')}/_api/web/lists/getByTitle('Announcements')/items?$select=Id,Title,HCBody,HCSeverity,HCLanguage,HCStart`
      + `&$filter=${encodeURIComponent(`HCEnd ge datetime'${at}'`)}&$orderby=HCEnd&$top=20`;
    const res = await fetch(url, { headers: { Accept: 'application/json;odata=nometadata' }, credentials: 'same-origin' });
    if (!res.ok) throw new Error(`Announcements: HTTP ${res.status}`);
    const rows = ((await res.json()) as { value: { Id: number; Title: string; HCBody?: string; HCSeverity?: string; HCLanguage?: string; HCStart?: string }[] }).value;
    // As dates, not strings: SharePoint writes whole seconds ('…:00Z'), which sort after '…:00.123Z'.
    return rows.filter(r => !r.HCStart || Date.parse(r.HCStart) <= moment.getTime()).map(r => ({
      id: r.Id, title: r.Title, body: r.HCBody || undefined, language: r.HCLanguage || undefined,
      severity: r.HCSeverity === 'outage' || r.HCSeverity === 'warning' ? r.HCSeverity : 'info'
    }));
  };
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

/** The theme slots the bar paints with, and Fluent's default (light) theme when the page has none. */
const THEME_DEFAULTS: { [slot: string]: string } = {
  themePrimary: '#0078d4', themeDarker: '#004578', themeLighterAlt: '#eff6fc', neutralPrimary: '#323130', neutralSecondary: '#605e5c',
  neutralLighter: '#f3f2f1', neutralLight: '#edebe9', neutralTertiary: '#a19f9d', white: '#ffffff'
};

/**
 * The page's theme colours as CSS variables: SharePoint keeps the site theme in `window.__themeState__`
 * (@microsoft/load-themed-styles, which SPFx loads on every page); Fluent's default theme otherwise.
 */
export function helpBarThemeVariables(win: unknown): string {
  const state = (win as { __themeState__?: { theme?: { [slot: string]: string } } }).__themeState__;
  const theme = (state && state.theme) || {};
  return Object.keys(THEME_DEFAULTS).map(slot => {
    const value = theme[slot];
    return `--hc-${slot}:${value && /^#[0-9a-f]{3,8}$|^rgba?\([\d\s.,%]+\)$/i.test(value) ? value : THEME_DEFAULTS[slot]}`;
  }).join(';');
}

const FONT = '"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif';
const SVG = 'http://www.w3.org/2000/svg';
const SEARCH_ICON = 'M10.5 2a5.5 5.5 0 0 0-4.23 9.02l-4.12 4.13.7.7 4.13-4.12A5.5 5.5 0 1 0 10.5 2zm0 1a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9z';

/**
 * The bar's style sheet, once per page, every rule under `.hc-hb` (the page's own styles are not touched):
 * Fluent's look with the theme's colours — Segoe, 32 px controls, a search box like Fluent's SearchBox, the links
 * as quiet navigation links, focus outlines, the system's colours in high contrast — and one column on a phone.
 */
const CSS = `.hc-hb{display:flex;flex-wrap:wrap;align-items:center;justify-content:flex-end;gap:4px 8px;padding:6px 16px;box-sizing:border-box;max-width:100%;`
  + `font-family:${FONT};font-size:14px;line-height:20px;color:var(--hc-neutralPrimary);background:var(--hc-white);border-bottom:1px solid var(--hc-neutralLight)}`
  + '.hc-hb *{box-sizing:border-box}'
  + '.hc-hb-search{display:flex;flex:0 1 400px;min-width:0;height:32px;margin:0;border:1px solid var(--hc-neutralSecondary);border-radius:2px;background:var(--hc-white)}'
  + '.hc-hb-search:hover{border-color:var(--hc-neutralPrimary)}'
  + '.hc-hb-search:focus-within{border:2px solid var(--hc-themePrimary)}'
  + '.hc-hb-q{flex:1 1 auto;min-width:0;height:100%;margin:0;padding:0 8px;border:0;outline:0;background:transparent;color:var(--hc-neutralPrimary);font:inherit}'
  + '.hc-hb-q::placeholder{color:var(--hc-neutralSecondary);opacity:1}'
  + '.hc-hb-q::-webkit-search-cancel-button{cursor:pointer}'
  + '.hc-hb-go{display:inline-flex;flex:none;align-items:center;gap:6px;height:100%;margin:0;padding:0 12px;border:0;border-radius:0;cursor:pointer;'
  + 'background:var(--hc-themePrimary);color:var(--hc-white);font:inherit;font-weight:600}'
  + '.hc-hb-go:hover{background:var(--hc-themeDarker)}'
  + '.hc-hb-go:focus-visible{outline:2px solid var(--hc-white);outline-offset:-4px}'
  + '.hc-hb-go svg{width:16px;height:16px;fill:currentColor;flex:none}'
  + '.hc-hb-links{display:flex;flex-wrap:wrap;align-items:center;gap:0 4px;margin:0;padding:0;list-style:none}'
  + '.hc-hb-link{display:inline-flex;align-items:center;min-height:32px;padding:0 8px;border-radius:2px;color:var(--hc-neutralPrimary);text-decoration:none}'
  + '.hc-hb-link:hover{background:var(--hc-neutralLighter);color:var(--hc-themeDarker);text-decoration:underline}'
  + '.hc-hb-link:focus-visible{outline:2px solid var(--hc-neutralSecondary);outline-offset:-2px}'
  + '.hc-hb-home{color:var(--hc-themePrimary);font-weight:600}'
  + '.hc-hb-news{flex-basis:100%;min-width:0}'
  + '.hc-hb-news ul{display:flex;flex-direction:column;gap:4px;margin:0;padding:0;list-style:none}'
  + '.hc-hb-news li{padding:4px 8px;border-left:4px solid var(--hc-themePrimary);background:var(--hc-themeLighterAlt);overflow-wrap:anywhere}'
  + '.hc-hb-news li[data-severity=warning]{border-left-color:#c19c00;background:#fff4ce;color:#323130}'
  + '.hc-hb-news li[data-severity=outage]{border-left-color:#a4262c;background:#fde7e9;color:#323130}'
  + '@media (max-width:640px){.hc-hb{padding:6px 8px;justify-content:flex-start}.hc-hb-search{flex:1 1 100%}'
  + '.hc-hb-go{padding:0 8px}.hc-hb-go span{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}}'
  + '@media (forced-colors:active){.hc-hb-search,.hc-hb-search:focus-within{border-color:CanvasText}.hc-hb-go{border-left:1px solid CanvasText}'
  + '.hc-hb-link{color:LinkText}.hc-hb-news li{border-left-color:CanvasText}}';

function ensureStyleSheet(doc: Document): void {
  if (doc.getElementById('hc-helpbar-css')) return;
  const style = el(doc, 'style', CSS);
  style.id = 'hc-helpbar-css';
  (doc.head || doc.documentElement).appendChild(style);
}

/**
 * Renders the help bar into `host` with plain DOM (no React: the bar loads on every page of the intranet,
 * so it must stay a few kilobytes): a search box sending to the knowledge base, links to ask for help and to
 * follow one's requests, usable at once; then the current announcements, when the one request answers.
 * Text from SharePoint only ever goes through textContent.
 */
export function renderHelpBar(host: HTMLElement, options: HelpBarOptions): void {
  const doc = host.ownerDocument || document;
  const s = options.strings.helpBar;
  const links = defaultHelpBarLinks(options.helpCenterUrl);
  const given = options.links || {};
  (Object.keys(links) as (keyof HelpBarLinks)[]).forEach(k => { const v = given[k]; if (v) links[k] = v; });
  ensureStyleSheet(doc);
  const nav = el(doc, 'nav', undefined, 'hc-hb');
  nav.setAttribute('aria-label', s.regionLabel);
  nav.setAttribute('data-help-center', 'help-bar');
  nav.style.cssText = helpBarThemeVariables(doc.defaultView || {});

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
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = doc.createElementNS(SVG, 'path');
  path.setAttribute('d', SEARCH_ICON);
  svg.appendChild(path);
  go.appendChild(svg);
  go.appendChild(el(doc, 'span', s.searchButton));
  form.appendChild(input);
  form.appendChild(go);
  nav.appendChild(form);

  const list = el(doc, 'ul', undefined, 'hc-hb-links');
  const link = (href: string, text: string, home?: boolean): void => {
    const a = el(doc, 'a', text, home ? 'hc-hb-link hc-hb-home' : 'hc-hb-link');
    a.href = href;
    const item = el(doc, 'li');
    item.appendChild(a);
    list.appendChild(item);
  };
  link(links.request, s.requestLink);
  link(links.myRequests, s.myRequestsLink);
  link(links.home, s.helpCenterLink, true);
  nav.appendChild(list);

  const news = el(doc, 'div', undefined, 'hc-hb-news');
  news.setAttribute('role', 'status');
  nav.appendChild(news);
  while (host.firstChild) host.removeChild(host.firstChild);
  host.appendChild(nav);
  // Usable from here: search and links work before the announcements arrive (bench/run.mjs waits for this mark).
  markRendered('help-bar');

  if (!options.fetchAnnouncements) return;
  options.fetchAnnouncements().then(all => {
    const lang = (options.language || 'fr').slice(0, 2);
    const mine = all.filter(a => !a.language || a.language === lang);
    const shown = mine.length ? mine : all;
    if (!shown.length) return;
    const items = el(doc, 'ul');
    items.setAttribute('aria-label', s.announcementsLabel);
    shown.slice(0, 3).forEach(a => {
      const item = el(doc, 'li');
      item.setAttribute('data-severity', a.severity);
      item.appendChild(el(doc, 'strong', `${options.strings.announcementSeverity[a.severity]}${s.labelSeparator}`));
      const body = a.body && a.body.length > 140 ? `${a.body.slice(0, 139).replace(/\s+\S*$/, '')}…` : a.body;
      item.appendChild(el(doc, 'span', body ? `${a.title}${s.labelSeparator}${body}` : a.title));
      items.appendChild(item);
    });
    news.appendChild(items);
  }, (e: unknown) => {
    // The bar stays usable without announcements; the cause is for developers.
    console.error('[HelpCenter] Reading the announcements failed:', e);
  });
}
