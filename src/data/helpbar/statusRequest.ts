/**
 * The help bar's one request after it is usable, with plain fetch (no PnPjs on every page of the tenant): an OData
 * `$batch` of read-only GETs — the current announcements, the person's id, what they may open (effective
 * permissions) and, once their id on the help center site is known, their requests to count. SharePoint wants a
 * `$batch` POSTed with a form digest of the site it is sent to: the page's digest when the page is on the help
 * center's site; on any other site, a digest of the help center's (`/_api/contextinfo`, kept for its lifetime in
 * sessionStorage, so only the first page of a visit pays a second request). A person's very first page also reads her
 * user id on the help center site (remembered in localStorage), then counts her requests in a second `$batch`.
 */
import type { HelpBarAnnouncement, HelpBarCounts, HelpBarRoles, HelpBarStatus } from './statusTypes';
import { markRequest } from '../../ui/common/renderedMark';
import { maskHas, PermissionKinds, type BasePermissionsMask } from '../sp/permissionMask';
import { isForReader, type AudienceRoles } from '../../domain/config/announcementAudience';

/** One GET of the batch. */
export interface BatchGet { key: string; url: string }

/** Open statuses (src/domain/tickets/statusGroups.ts: `open`), spelt here so the bar does not carry the domain. */
/** The requests still hers to follow (the home and "My requests" list them): open, or resolved and waiting for her to accept. */
const OPEN = ['new', 'taken_in_charge', 'in_progress', 'awaiting_user', 'resolved'];
/** What waits for her, as "My requests" flags it: the desk's question to answer, or its resolution to accept or contest. */
const WAITING = ['awaiting_user', 'resolved'];
/** Newest states counted: a person with more requests than this has her counts over the newest ones. */
export const STATES_READ = 200;
const JSON_NOMETADATA = 'application/json;odata=nometadata';

const trim = (url: string): string => url.replace(/\/+$/, '');
const list = (site: string, title: string): string => `${trim(site)}/_api/web/lists/getByTitle('${title}')`;

/** The reads of the batch (absolute URLs, as SharePoint wants them in a batch's parts). */
export function statusReads(siteUrl: string, now: Date, userId?: number): BatchGet[] {
  const site = trim(siteUrl);
  const reads: BatchGet[] = [
    // HCEnd is indexed and current announcements are few: the query holds on a list of any size.
    { key: 'announcements', url: `${list(site, 'Announcements')}/items?$select=Id,Title,HCBody,HCSeverity,HCLanguage,HCAudience,HCStart,Modified`
      + `&$filter=${encodeURIComponent(`HCEnd ge datetime'${now.toISOString()}'`)}&$orderby=HCEnd&$top=20` },
    { key: 'me', url: `${site}/_api/web/currentuser?$select=Id` },
    { key: 'web', url: `${site}/_api/web/EffectiveBasePermissions` },
    { key: 'desk', url: `${list(site, 'HelpTickets')}/EffectiveBasePermissions` },
    { key: 'drafts', url: `${list(site, 'KnowledgeDrafts')}/EffectiveBasePermissions` }
  ];
  if (userId !== undefined) {
    const me = Math.floor(userId);
    // Both filters lead with an indexed column (HCRequester, Author): they hold past 5,000 items.
    reads.push({ key: 'states', url: `${list(site, 'HelpTicketStates')}/items?$select=HCTicketId,HCStatus&$filter=${encodeURIComponent(`HCRequesterId eq ${me}`)}`
      + `&$orderby=HCTicketId%20desc&$top=${STATES_READ}` });
    reads.push({ key: 'own', url: `${list(site, 'HelpTickets')}/items?$select=Id,AuthorId,EditorId&$filter=${encodeURIComponent(`AuthorId eq ${me}`)}&$orderby=ID%20desc&$top=30` });
  }
  return reads;
}

/** The multipart body of a read-only `$batch` (CRLF, one part per GET). */
export function batchBody(boundary: string, reads: BatchGet[]): string {
  const parts = reads.map(r => `--${boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n`
    + `GET ${r.url} HTTP/1.1\r\nAccept: ${JSON_NOMETADATA}\r\n\r\n`);
  return `${parts.join('')}--${boundary}--\r\n`;
}

/** A batch answer's parts in order: status and parsed JSON body (undefined when not JSON). */
export function parseBatchResponse(contentType: string, text: string): { status: number; body: unknown }[] {
  const m = /boundary="?([^";]+)"?/i.exec(contentType);
  if (!m) throw new Error('The $batch answer has no boundary.');
  const out: { status: number; body: unknown }[] = [];
  for (const chunk of text.replace(/\r\n/g, '\n').split(`--${m[1]}`).slice(1)) {
    if (chunk.indexOf('--') === 0) break;
    const status = /HTTP\/1\.1 (\d{3})/.exec(chunk);
    if (!status) continue;
    const rest = chunk.slice(status.index);
    const blank = rest.indexOf('\n\n');
    const raw = blank < 0 ? '' : rest.slice(blank + 2).trim();
    let body: unknown;
    try { body = raw ? JSON.parse(raw) : undefined; } catch { body = undefined; }
    out.push({ status: Number(status[1]), body });
  }
  return out;
}

/** Whether SharePoint's BasePermissions `{High, Low}` hold `kind` (PermissionKind: AddListItems 2, CancelCheckout 9 — "Override list behaviors" —, ManageWeb 31). */
export function hasPermission(perms: unknown, kind: number): boolean {
  const p = perms as BasePermissionsMask | undefined;
  return !!p && maskHas(p, kind);
}

interface Row { [k: string]: unknown }
const rows = (body: unknown): Row[] => ((body as { value?: Row[] } | undefined) || {}).value || [];

/** Current announcements of the rows for a reader with `roles` (their audience, when given): started, outage first, then warnings. */
export function toAnnouncements(body: unknown, now: Date, roles?: AudienceRoles): HelpBarAnnouncement[] {
  const rank = { outage: 0, warning: 1, info: 2 };
  // As dates, not strings: SharePoint writes whole seconds ('…:00Z'), which sort after '…:00.123Z'.
  return rows(body).filter(r => (!r.HCStart || Date.parse(String(r.HCStart)) <= now.getTime()) && (!roles || isForReader(r.HCAudience, roles))).map(r => ({
    id: Number(r.Id), title: String(r.Title || ''), body: (r.HCBody as string) || undefined, language: (r.HCLanguage as string) || undefined,
    severity: (r.HCSeverity === 'outage' || r.HCSeverity === 'warning' ? r.HCSeverity : 'info') as HelpBarAnnouncement['severity'],
    modified: (r.Modified as string) || undefined
  })).sort((a, b) => rank[a.severity] - rank[b.severity]);
}

/**
 * The person's counts: the desk's states that name her requester, and her own tickets the desk has not received yet
 * (as MyTickets lists them: created and last edited by her, newer than the oldest state read, without a state).
 */
export function toCounts(states: unknown, own: unknown, me: number): HelpBarCounts {
  const st = rows(states);
  const ids = st.map(s => Number(s.HCTicketId));
  const floor = st.length === STATES_READ ? Math.min(...ids) : 0;
  const notReceived = rows(own).filter(t => t.AuthorId === me && t.EditorId === me && Number(t.Id) > floor && ids.indexOf(Number(t.Id)) < 0);
  return {
    open: st.filter(s => OPEN.indexOf(String(s.HCStatus)) >= 0).length + notReceived.length,
    waiting: st.filter(s => WAITING.indexOf(String(s.HCStatus)) >= 0).length
  };
}

/** The status out of the batch's answers (keyed like statusReads). */
export function toStatus(answers: { [key: string]: { status: number; body: unknown } | undefined }, now: Date, knownUserId?: number): HelpBarStatus {
  const ok = (key: string): unknown => { const a = answers[key]; return a && a.status >= 200 && a.status < 300 ? a.body : undefined; };
  if (!ok('announcements') && answers.announcements) console.error('[HelpCenter] Reading the announcements failed: HTTP', answers.announcements.status);
  const me = ok('me') as { Id?: number } | undefined;
  const userId = me && typeof me.Id === 'number' ? me.Id : undefined;
  const roles: HelpBarRoles = {
    owner: hasPermission(ok('web'), PermissionKinds.ManageWeb), agent: hasPermission(ok('desk'), PermissionKinds.CancelCheckout), contributor: hasPermission(ok('drafts'), PermissionKinds.AddListItems)
  };
  // Counted for the id the reads were made for, and only when it is still the person's (a re-created account changes it).
  const counts = knownUserId !== undefined && knownUserId === userId && ok('states') ? toCounts(ok('states'), ok('own'), knownUserId) : undefined;
  return { announcements: toAnnouncements(ok('announcements'), now, roles), roles, counts, userId };
}

/** A form digest of the help center's site for a page of another site: asked once, kept in sessionStorage until it expires. */
async function helpCenterDigest(siteUrl: string, login: string, storage: Storage | undefined, now: Date, fresh: boolean): Promise<string> {
  // A digest is the person's: kept under her login, for this tab's visit only.
  const key = `hc-helpbar-digest|${trim(siteUrl).toLowerCase()}|${login.toLowerCase()}`;
  try {
    const kept = !fresh && storage && JSON.parse(storage.getItem(key) || 'null') as { value: string; until: number } | null;
    if (kept && kept.until > now.getTime()) return kept.value;
  } catch { /* an unreadable entry is asked again */ }
  markRequest('help-bar', `${trim(siteUrl)}/_api/contextinfo`);
  const res = await fetch(`${trim(siteUrl)}/_api/contextinfo`, { method: 'POST', credentials: 'include', headers: { Accept: JSON_NOMETADATA } });
  if (!res.ok) throw new Error(`contextinfo: HTTP ${res.status}`);
  const info = await res.json() as { FormDigestValue: string; FormDigestTimeoutSeconds: number };
  try {
    if (storage) storage.setItem(key, JSON.stringify({ value: info.FormDigestValue, until: now.getTime() + (info.FormDigestTimeoutSeconds - 60) * 1000 }));
  } catch { /* storage full or refused: asked again next page */ }
  return info.FormDigestValue;
}

/** How the bar's one request reaches the help center. */
export interface StatusRequestOptions {
  siteUrl: string;
  /** The page's site and digest: used when the page is on the help center's site. */
  pageSiteUrl?: string;
  formDigest?: string;
  /** The person's login: her user id on the help center site is remembered under it. */
  userLogin?: string;
  /** Where the person's id is remembered (localStorage). */
  storage?: Storage;
  /** Where another site's digest is kept for the visit (sessionStorage). */
  sessionStorage?: Storage;
  now?: () => Date;
}

/** Reads the bar's status in one `$batch` (plus, on another site's first page of a visit, the help center's digest). */
export function statusFetcher(o: StatusRequestOptions): () => Promise<HelpBarStatus> {
  return async () => {
    const now = (o.now || (() => new Date()))();
    const idKey = `hc-helpbar-user|${trim(o.siteUrl).toLowerCase()}|${(o.userLogin || '').toLowerCase()}`;
    let known: number | undefined;
    try {
      const v = o.storage && o.storage.getItem(idKey);
      known = v && /^\d+$/.test(v) ? Number(v) : undefined;
    } catch { known = undefined; }
    const reads = statusReads(o.siteUrl, now, known);
    const sameSite = !!o.formDigest && !!o.pageSiteUrl && trim(o.pageSiteUrl).toLowerCase() === trim(o.siteUrl).toLowerCase();
    const login = o.userLogin || '';
    let digest = sameSite ? o.formDigest as string : await helpCenterDigest(o.siteUrl, login, o.sessionStorage, now, false);
    const post = (gets: BatchGet[]): Promise<Response> => {
      const boundary = `batch_${Math.random().toString(16).slice(2)}${Date.now().toString(16)}`;
      markRequest('help-bar', `${trim(o.siteUrl)}/_api/$batch`);
      return fetch(`${trim(o.siteUrl)}/_api/$batch`, {
        method: 'POST', credentials: 'include', body: batchBody(boundary, gets),
        headers: { Accept: JSON_NOMETADATA, 'Content-Type': `multipart/mixed; boundary=${boundary}`, 'X-RequestDigest': digest }
      });
    };
    const run = async (gets: BatchGet[]): Promise<{ [key: string]: { status: number; body: unknown } }> => {
      let res = await post(gets);
      if (res.status === 403 && !sameSite) {
        // A kept digest SharePoint no longer takes (signed out and in as someone else, the site's key renewed): a fresh one, once.
        digest = await helpCenterDigest(o.siteUrl, login, o.sessionStorage, now, true);
        res = await post(gets);
      }
      if (!res.ok) throw new Error(`$batch: HTTP ${res.status}`);
      const parts = parseBatchResponse(res.headers.get('content-type') || '', await res.text());
      const answers: { [key: string]: { status: number; body: unknown } } = {};
      gets.forEach((r, i) => { if (parts[i]) answers[r.key] = parts[i]; });
      return answers;
    };
    const answers = await run(reads);
    let status = toStatus(answers, now, known);
    if (status.userId !== undefined && status.userId !== known) {
      try { if (o.storage && o.userLogin) o.storage.setItem(idKey, String(status.userId)); } catch { /* asked again next time */ }
      // The person's first page (or a re-created account): her requests are counted in a second read, once.
      const counted = await run(statusReads(o.siteUrl, now, status.userId).filter(r => r.key === 'states' || r.key === 'own'));
      status = { ...status, counts: toStatus({ ...answers, ...counted }, now, status.userId).counts };
    }
    return status;
  };
}
