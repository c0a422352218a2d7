/**
 * Links to the help center's pages, built and read in one place: the mails, the web parts and the workbench's
 * pages all call these, so a page's address or query parameter changes here only.
 */
import type { ApprovalRequestRef } from './tickets/approvalDecisions';

import { PAGE_PATHS } from './pagePaths';

export { PAGE_PATHS } from './pagePaths';

/**
 * The links of one site. It is also a function — the desk's mail links as the notifier has always been given them
 * (`(id)`: the requester's page of a request; `(id, 'approval', request)`: the approver's page) — so it can be
 * passed wherever such a function is expected, and the notifier finds every other page on it.
 */
export interface PageLinks {
  (id: number, purpose?: 'approval', request?: ApprovalRequestRef): string;
  /** The requester's (or beneficiary's) page of her request: `MyRequests.aspx?ticket=ID`. */
  request(id: number): string;
  /** The page of a person kept informed of a request (a watcher): `MyRequests.aspx?follow=ID`. */
  follow(id: number): string;
  /** The desk's page of a ticket: `Desk.aspx?ticket=ID` (with `&approval=1`: its approval panel open). */
  desk(id: number, approvalPanel?: boolean): string;
  /** The approver's page of a request, carrying the link's secret: `MyRequests.aspx?approval=ID&key=N&for=U&t=…`. */
  approval(request: ApprovalRequestRef): string;
  /** The requester's list of requests. */
  myRequests(): string;
  /** The request form. */
  newRequest(): string;
  /** The knowledge base, optionally searched or filtered: `Knowledge.aspx?q=…&category=ID` (read back by knowledgeParamsFromUrl). */
  knowledge(query?: { text?: string; categoryId?: number }): string;
  /** An article of the knowledge base: `Knowledge.aspx?article=ID`. */
  article(id: number): string;
  /** The desk's page, without a ticket (an approval page's way back to the desk appends `?ticket=ID&approval=1`). */
  deskHome(): string;
  /** The contributors' page (ArticleEditor web part): their queue, or a draft / new article / article's history. */
  authoring(route?: AuthoringRoute): string;
  /** The experts directory, optionally filtered: `Experts.aspx?category=ID&q=…` (read back by {@link expertsQueryFromUrl}). */
  experts(query?: ExpertsQuery): string;
  /** The request form addressed to an expert ("ask this expert"): `Request.aspx?expert=<e-mail>` (the form reads it back with {@link expertFromUrl}). */
  askExpert(email: string): string;
  /** The idea box, optionally one category's ideas: `Ideas.aspx?category=ID`. */
  ideas(categoryId?: number): string;
  /** One idea: `Ideas.aspx?idea=ID`. */
  idea(id: number): string;
  /** The desk's "turn into an idea" on a request for change: `Ideas.aspx?fromTicket=ID` (the team's page makes the idea, then shows it). */
  ideaFromTicket(ticketId: number): string;
}

/** What the experts directory's address asks for. */
export interface ExpertsQuery {
  /** A category (its experts first). */
  categoryId?: number;
  /** Words to match (skills, names). */
  text?: string;
  /** Experts speaking this language (`lang=fr|en`). */
  language?: 'fr' | 'en';
  /** Experts with this availability (`avail=available|busy|away`). */
  availability?: 'available' | 'busy' | 'away';
  /** The order: by name (`sort=name`); by relevance otherwise. */
  sort?: 'name';
}

/** The directory's query read from its address (`?category=ID&q=…`). */
export function expertsQueryFromUrl(search: string): ExpertsQuery {
  const text = (queryParams(search).q || '').trim().slice(0, 200);
  const categoryId = idParam(search, 'category');
  const p = queryParams(search);
  const language = p.lang === 'fr' || p.lang === 'en' ? p.lang : undefined;
  const availability = p.avail === 'available' || p.avail === 'busy' || p.avail === 'away' ? p.avail : undefined;
  return {
    ...(categoryId !== undefined ? { categoryId } : {}), ...(text ? { text } : {}), ...(language ? { language } : {}),
    ...(availability ? { availability } : {}), ...(p.sort === 'name' ? { sort: 'name' as const } : {})
  };
}

/** The expert a request form's address names (`?expert=<e-mail>`), or undefined when it is not an address. */
export function expertFromUrl(search: string): string | undefined {
  const email = (queryParams(search).expert || '').trim();
  return /^[^\s@<>"']{1,64}@[^\s@<>"']{1,190}$/.test(email) ? email : undefined;
}

/** What the contributors' page (`Articles.aspx`) shows, read from and written to its address. */
export type AuthoringRoute =
  | { kind: 'queue' }
  /** `?draft=ID`: a draft, to edit (its author) or to review (a reviewer). */
  | { kind: 'draft'; id: number }
  /** `?article=ID`: a published article's page for contributors: its history (compare, restore), outdated, translation, rewrite. */
  | { kind: 'article'; id: number }
  /**
   * `?new=1`: a new article, prefilled from what the link says: `template`, `lang` (fr|en), `q` (a content gap's
   * query), `ticket` (a resolved ticket turned into an article), `translationOf` (the article this one translates),
   * `category`.
   */
  | { kind: 'new'; template?: string; language?: 'fr' | 'en'; query?: string; ticketId?: number; translationOf?: number; categoryId?: number };

/** A request's link on a "My requests" page given by its address (`<page>?ticket=ID`, read by {@link ticketIdFromUrl}). */
export function requestLinkOn(myRequestsPage: string, id: number): string {
  return `${myRequestsPage}?ticket=${id}`;
}

/** The links of the help center hosted at `siteUrl` (absolute, without a trailing slash). */
export function pageLinks(siteUrl: string): PageLinks {
  const base = siteUrl.replace(/\/+$/, '');
  const page = (p: string): string => `${base}/${p}`;
  const links = ((id: number, purpose?: 'approval', request?: ApprovalRequestRef): string => {
    if (purpose !== 'approval') return links.request(id);
    // Without the request (an old caller), the desk's approval panel: only an agent can act there.
    return request ? links.approval(request) : links.desk(id, true);
  }) as PageLinks;
  links.request = id => requestLinkOn(page(PAGE_PATHS.myRequests), id);
  links.follow = id => `${page(PAGE_PATHS.myRequests)}?follow=${id}`;
  links.desk = (id, approvalPanel) => `${page(PAGE_PATHS.desk)}?ticket=${id}${approvalPanel ? '&approval=1' : ''}`;
  links.approval = request => `${page(PAGE_PATHS.myRequests)}${approvalRequestQuery(request)}`;
  links.myRequests = () => page(PAGE_PATHS.myRequests);
  links.newRequest = () => page(PAGE_PATHS.request);
  links.knowledge = query => {
    const params = [query && query.text ? `q=${encodeURIComponent(query.text)}` : '', query && query.categoryId ? `category=${Math.floor(query.categoryId)}` : ''].filter(Boolean);
    return `${page(PAGE_PATHS.knowledge)}${params.length ? `?${params.join('&')}` : ''}`;
  };
  links.article = id => `${page(PAGE_PATHS.knowledge)}?article=${id}`;
  links.deskHome = () => page(PAGE_PATHS.desk);
  links.authoring = route => `${page(PAGE_PATHS.articles)}${authoringQuery(route || { kind: 'queue' })}`;
  links.experts = query => {
    const params = [query && query.categoryId ? `category=${query.categoryId}` : '', query && query.text ? `q=${encodeURIComponent(query.text)}` : '',
      query && query.language ? `lang=${query.language}` : '', query && query.availability ? `avail=${query.availability}` : '',
      query && query.sort ? `sort=${query.sort}` : ''].filter(Boolean);
    return `${page(PAGE_PATHS.experts)}${params.length ? `?${params.join('&')}` : ''}`;
  };
  links.askExpert = email => `${page(PAGE_PATHS.request)}?expert=${encodeURIComponent(email)}`;
  links.ideas = categoryId => `${page(PAGE_PATHS.ideas)}${categoryId ? `?category=${categoryId}` : ''}`;
  links.idea = id => `${page(PAGE_PATHS.ideas)}?idea=${id}`;
  links.ideaFromTicket = ticketId => `${page(PAGE_PATHS.ideas)}?fromTicket=${ticketId}`;
  return links;
}

/** Whether a function given as the mails' links is a {@link PageLinks} (it names the watcher's and the desk's pages too). */
export function isPageLinks(links: unknown): links is PageLinks {
  const l = links as Partial<PageLinks> | undefined;
  return typeof links === 'function' && !!l && typeof l.follow === 'function' && typeof l.desk === 'function' && typeof l.request === 'function';
}

/** The query parameters of a page address (`?a=1&b=2`), the first of each name kept. */
export function queryParams(search: string): { [name: string]: string } {
  const out: { [name: string]: string } = {};
  const pattern = /[?&]([^=&#]+)=([^&#]*)/g;
  let m: RegExpExecArray | null; // eslint-disable-line @rushstack/no-new-null
  while ((m = pattern.exec(search)) !== null) {
    let value = m[2];
    try { value = decodeURIComponent(value.replace(/\+/g, ' ')); } catch { /* a malformed escape is read as typed */ }
    if (!(m[1] in out)) out[m[1]] = value;
  }
  return out;
}

/** A positive integer query parameter of a page address, or undefined. */
export function idParam(search: string, name: string): number | undefined {
  const raw = queryParams(search)[name];
  const id = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

/** The `?ticket=ID` of a page address (a requester's request, or the desk's ticket). */
export function ticketIdFromUrl(search: string): number | undefined {
  return idParam(search, 'ticket');
}

/** The `?follow=ID` of a page address (the request a watcher's mail points to). */
export function followIdFromUrl(search: string): number | undefined {
  return idParam(search, 'follow');
}

/** Whether the desk's address asks for the ticket's approval panel (`&approval=1`). */
export function approvalPanelFromUrl(search: string): boolean {
  return queryParams(search).approval === '1' && idParam(search, 'ticket') !== undefined;
}

/** An approval link's token (`&t=`): 32 hexadecimal characters (see newApprovalToken). */
const TOKEN_PATTERN = /^[0-9a-f]{32}$/;

/** The approval request of a page address (`?approval=<ticket id>&key=<request sequence>&for=<approver's user id>&t=<secret>`), or undefined. */
export function approvalRequestFromUrl(search: string): ApprovalRequestRef | undefined {
  const ticketId = idParam(search, 'approval');
  const requestSequence = idParam(search, 'key');
  if (ticketId === undefined || requestSequence === undefined) return undefined;
  const approverId = idParam(search, 'for');
  const token = (queryParams(search).t || '').toLowerCase();
  return { ticketId, requestSequence, ...(approverId !== undefined ? { approverId } : {}), ...(TOKEN_PATTERN.test(token) ? { token } : {}) };
}

/** The query string of the approval mail's link (read back by {@link approvalRequestFromUrl}). */
export function approvalRequestQuery(request: ApprovalRequestRef): string {
  return `?approval=${request.ticketId}&key=${request.requestSequence}${request.approverId ? `&for=${request.approverId}` : ''}${request.token ? `&t=${request.token}` : ''}`;
}

/** The query string of a contributors' page address (read back by authoringRouteFromUrl, src/data/authoringRoute.ts). */
export function authoringQuery(route: AuthoringRoute): string {
  if (route.kind === 'queue') return '';
  if (route.kind !== 'new') return `?${route.kind}=${route.id}`;
  const parts: [string, string | number | undefined][] = [['template', route.template], ['lang', route.language], ['q', route.query],
    ['ticket', route.ticketId], ['translationOf', route.translationOf], ['category', route.categoryId]];
  return `?new=1${parts.filter(p => p[1] !== undefined && p[1] !== '').map(p => `&${p[0]}=${encodeURIComponent(String(p[1]))}`).join('')}`;
}
