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

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (text !== undefined) e.textContent = text;
  return e;
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
  const nav = el(doc, 'nav');
  nav.setAttribute('aria-label', s.regionLabel);
  nav.setAttribute('data-help-center', 'help-bar');
  nav.style.cssText = 'display:flex;flex-wrap:wrap;justify-content:flex-end;align-items:center;gap:4px 16px;padding:4px 16px;min-height:32px';

  const form = el(doc, 'form');
  form.setAttribute('role', 'search');
  form.action = links.knowledge;
  form.method = 'get';
  form.style.cssText = 'display:flex;gap:4px;align-items:center';
  const input = el(doc, 'input');
  input.type = 'search';
  input.name = 'q';
  input.id = 'hc-helpbar-q';
  input.setAttribute('aria-label', s.searchLabel);
  input.placeholder = s.searchPlaceholder;
  input.style.cssText = 'min-height:28px;padding:2px 6px;font:inherit';
  const go = el(doc, 'button', s.searchButton);
  go.type = 'submit';
  go.style.cssText = 'min-height:28px;min-width:28px;font:inherit';
  form.appendChild(input);
  form.appendChild(go);
  nav.appendChild(form);

  const link = (href: string, text: string, strong?: boolean): void => {
    const a = el(doc, 'a', text);
    a.href = href;
    a.style.cssText = `display:inline-block;min-height:24px;line-height:24px${strong ? ';font-weight:600' : ''}`;
    nav.appendChild(a);
  };
  link(links.request, s.requestLink);
  link(links.myRequests, s.myRequestsLink);
  link(links.home, s.helpCenterLink, true);

  const news = el(doc, 'div');
  news.setAttribute('role', 'status');
  news.style.cssText = 'flex-basis:100%';
  nav.appendChild(news);
  while (host.firstChild) host.removeChild(host.firstChild);
  host.appendChild(nav);

  if (!options.fetchAnnouncements) return;
  options.fetchAnnouncements().then(all => {
    const lang = (options.language || 'fr').slice(0, 2);
    const mine = all.filter(a => !a.language || a.language === lang);
    const shown = mine.length ? mine : all;
    if (!shown.length) return;
    const list = el(doc, 'ul');
    list.setAttribute('aria-label', s.announcementsLabel);
    list.style.cssText = 'list-style:none;margin:0;padding:0';
    shown.slice(0, 3).forEach(a => {
      const item = el(doc, 'li');
      item.setAttribute('data-severity', a.severity);
      item.style.cssText = `padding:2px 0;${a.severity === 'outage' ? 'font-weight:600' : ''}`;
      item.appendChild(el(doc, 'strong', `${options.strings.announcementSeverity[a.severity]}${s.labelSeparator}`));
      const body = a.body && a.body.length > 140 ? `${a.body.slice(0, 139).replace(/\s+\S*$/, '')}…` : a.body;
      item.appendChild(el(doc, 'span', body ? `${a.title}${s.labelSeparator}${body}` : a.title));
      list.appendChild(item);
    });
    news.appendChild(list);
  }, (e: unknown) => {
    // The bar stays usable without announcements; the cause is for developers.
    console.error('[HelpCenter] Reading the announcements failed:', e);
  });
}
