import { parseBatch, formatBatchResponse } from '../../../../workbench/server/batch';
import {
  STATES_READ, batchBody, hasPermission, parseBatchResponse, statusFetcher, statusReads, toCounts, toStatus,
} from '../../../../src/data/helpbar/statusRequest';

const NOW = new Date('2026-11-23T10:00:00.450Z');
const SITE = 'https://x.sharepoint.com/sites/aide';

/** A Storage over a Map (jsdom's localStorage is shared between tests). */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() { return m.size; }, clear: () => m.clear(), key: (i: number) => [...m.keys()][i] ?? null,
    getItem: (k: string) => (m.has(k) ? m.get(k)! : null), setItem: (k: string, v: string) => { m.set(k, String(v)); }, removeItem: (k: string) => { m.delete(k); },
  };
}

/** A fetch answering like SharePoint: contextinfo, and each $batch part from `answer(url)`. */
function sharePoint(answer: (url: string) => { status: number; body: unknown }) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchMock = jest.fn(async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    if (url.endsWith('/_api/contextinfo')) {
      return { ok: true, status: 200, json: async () => ({ FormDigestValue: '0xHELP,23 Nov 2026 10:00:00 -0000', FormDigestTimeoutSeconds: 1800 }) };
    }
    const parts = parseBatch(String(init.body), (init.headers as Record<string, string>)['Content-Type']);
    const out = formatBatchResponse(parts.map((p) => {
      const a = answer(p.url);
      return { status: a.status, headers: { 'Content-Type': 'application/json' }, body: a.body === undefined ? undefined : Buffer.from(JSON.stringify(a.body)) };
    }));
    return { ok: true, status: 200, headers: { get: () => out.contentType }, text: async () => out.body };
  });
  (globalThis as unknown as { fetch: unknown }).fetch = fetchMock;
  return calls;
}

const PERMS = { agent: { High: '0', Low: String(2 ** 8 + 2) }, viewFormPages: { High: '0', Low: String(2 ** 12) }, none: { High: '0', Low: '1' }, owner: { High: '0', Low: String(2 ** 30) }, enumerate: { High: String(2 ** 30), Low: '0' } };

describe('the help bar\'s one request', () => {
  it('reads announcements not yet ended on the indexed end date, the person and her rights, and her requests on indexed columns', () => {
    const reads = statusReads(`${SITE}/`, NOW, 7);
    expect(reads.map((r) => r.key)).toEqual(['announcements', 'me', 'web', 'desk', 'drafts', 'states', 'own']);
    const url = (key: string) => decodeURIComponent(reads.find((r) => r.key === key)!.url);
    expect(url('announcements')).toBe(`${SITE}/_api/web/lists/getByTitle('Announcements')/items?$select=Id,Title,HCBody,HCSeverity,HCLanguage,HCAudience,HCStart,Modified`
      + "&$filter=HCEnd ge datetime'2026-11-23T10:00:00.450Z'&$orderby=HCEnd&$top=20");
    expect(url('states')).toContain("getByTitle('HelpTicketStates')/items?$select=HCTicketId,HCStatus&$filter=HCRequesterId eq 7&");
    expect(url('own')).toContain("getByTitle('HelpTickets')/items?$select=Id,AuthorId,EditorId&$filter=AuthorId eq 7&");
    // Without her id on the help center site, her requests are not read.
    expect(statusReads(SITE, NOW).map((r) => r.key)).not.toContain('states');
  });

  it('writes a multipart $batch the emulator (and SharePoint) parses into the same GETs, and reads its answer back', () => {
    const reads = statusReads(SITE, NOW, 7);
    const parts = parseBatch(batchBody('batch_1', reads), 'multipart/mixed; boundary=batch_1');
    expect(parts.map((p) => [p.method, p.url])).toEqual(reads.map((r) => ['GET', r.url]));
    expect(parts[0].headers.accept).toBe('application/json;odata=nometadata');
    const answer = formatBatchResponse([
      { status: 200, headers: { 'Content-Type': 'application/json' }, body: Buffer.from('{"Id":7}') },
      { status: 404, headers: { 'Content-Type': 'application/json' }, body: Buffer.from('{"odata.error":{}}') },
    ]);
    expect(parseBatchResponse(answer.contentType, answer.body)).toEqual([{ status: 200, body: { Id: 7 } }, { status: 404, body: { 'odata.error': {} } }]);
  });

  it('reads permissions as SharePoint encodes them (PermissionKind bits of High and Low)', () => {
    expect(hasPermission(PERMS.agent, 9)).toBe(true);
    // Everyone has ViewFormPages (13): it is not the desk's right.
    expect(hasPermission(PERMS.viewFormPages, 9)).toBe(false);
    expect(hasPermission(PERMS.agent, 2)).toBe(true);
    expect(hasPermission(PERMS.none, 13)).toBe(false);
    expect(hasPermission(PERMS.owner, 31)).toBe(true);
    // EnumeratePermissions (63) is in High.
    expect(hasPermission(PERMS.enumerate, 63)).toBe(true);
    expect(hasPermission(PERMS.enumerate, 31)).toBe(false);
    expect(hasPermission(undefined, 2)).toBe(false);
  });

  it('counts open requests, received or not yet, and those awaiting her (her answer, or her acceptance of a resolution)', () => {
    const states = { value: [{ HCTicketId: 9, HCStatus: 'awaiting_user' }, { HCTicketId: 8, HCStatus: 'in_progress' }, { HCTicketId: 5, HCStatus: 'closed' }, { HCTicketId: 4, HCStatus: 'resolved' }] };
    // 10 is hers and not received; 11 was rewritten by someone else (not hers); 5 is closed.
    const own = { value: [{ Id: 11, AuthorId: 7, EditorId: 3 }, { Id: 10, AuthorId: 7, EditorId: 7 }, { Id: 9, AuthorId: 7, EditorId: 7 }, { Id: 5, AuthorId: 7, EditorId: 7 }] };
    expect(toCounts(states, own, 7)).toEqual({ open: 4, waiting: 2 });
    // A full page of states: tickets older than the oldest read are not taken for unreceived ones.
    const full = { value: Array.from({ length: STATES_READ }, (_, i) => ({ HCTicketId: 1000 - i, HCStatus: 'closed' })) };
    expect(toCounts(full, { value: [{ Id: 3, AuthorId: 7, EditorId: 7 }] }, 7)).toEqual({ open: 0, waiting: 0 });
  });

  it('keeps what answered when a part is refused, and counts only for the id the reads were made for', () => {
    const status = toStatus({
      announcements: { status: 200, body: { value: [{ Id: 1, Title: 'Info', HCSeverity: 'info' }, { Id: 2, Title: 'Panne', HCSeverity: 'outage', HCStart: '2026-11-23T10:00:00Z' }] } },
      me: { status: 200, body: { Id: 7 } }, web: { status: 200, body: PERMS.none }, desk: { status: 200, body: PERMS.viewFormPages }, drafts: { status: 404, body: {} },
      states: { status: 200, body: { value: [] } }, own: { status: 200, body: { value: [] } },
    }, NOW, 8);
    expect(status.announcements.map((a) => a.id)).toEqual([2, 1]);
    expect(status.roles).toEqual({ owner: false, agent: false, contributor: false });
    expect(status.counts).toBeUndefined();
    expect(status.userId).toBe(7);
  });

  it('shows each announcement to its audience: everyone (or none, older items) to all, requesters to non-agents, support to agents, contributors to those who write drafts', () => {
    const value = [{ Id: 1, Title: 'Tous', HCAudience: 'everyone' }, { Id: 2, Title: 'Ancienne' }, { Id: 3, Title: 'Demandeurs', HCAudience: 'requesters' },
      { Id: 4, Title: 'Support', HCAudience: 'support' }, { Id: 5, Title: 'Contributeurs', HCAudience: 'contributors' }];
    const shown = (desk: unknown, drafts: unknown) => toStatus({
      announcements: { status: 200, body: { value } }, me: { status: 200, body: { Id: 7 } }, web: { status: 200, body: PERMS.none },
      desk: { status: 200, body: desk }, drafts: { status: 200, body: drafts },
    }, NOW).announcements.map((a) => a.id);
    expect(shown(PERMS.viewFormPages, PERMS.none)).toEqual([1, 2, 3]);
    expect(shown(PERMS.agent, PERMS.none)).toEqual([1, 2, 4]);
    expect(shown(PERMS.viewFormPages, PERMS.agent)).toEqual([1, 2, 3, 5]);
    // Her rights unread (a refused part): she is taken for a requester; the support's and contributors' are left out.
    expect(toStatus({ announcements: { status: 200, body: { value } }, desk: { status: 500, body: {} } }, NOW).announcements.map((a) => a.id)).toEqual([1, 2, 3]);
  });

  it('on the help center\'s own site: one $batch with the page\'s digest', async () => {
    const calls = sharePoint((url) => (url.includes('currentuser') ? { status: 200, body: { Id: 7 } } : url.includes('EffectiveBasePermissions') ? { status: 200, body: PERMS.agent } : { status: 200, body: { value: [] } }));
    const storage = memoryStorage();
    storage.setItem(`hc-helpbar-user|${SITE.toLowerCase()}|i:0#.f|membership|lea`, '7');
    const status = await statusFetcher({ siteUrl: SITE, pageSiteUrl: `${SITE}/`, formDigest: '0xPAGE,x', userLogin: 'i:0#.f|membership|lea', storage, now: () => NOW })();
    expect(calls.map((c) => c.url)).toEqual([`${SITE}/_api/$batch`]);
    expect((calls[0].init.headers as Record<string, string>)['X-RequestDigest']).toBe('0xPAGE,x');
    expect(calls[0].init.method).toBe('POST');
    expect(status.roles.agent).toBe(true);
    expect(status.counts).toEqual({ open: 0, waiting: 0 });
  });

  it('on another site: the help center\'s digest (asked once a visit), the person\'s id remembered, her requests counted on her first page', async () => {
    const calls = sharePoint((url) => (url.includes('currentuser') ? { status: 200, body: { Id: 7 } }
      : url.includes('HelpTicketStates') ? { status: 200, body: { value: [{ HCTicketId: 4, HCStatus: 'new' }] } } : { status: 200, body: { value: [] } }));
    const storage = memoryStorage();
    const session = memoryStorage();
    const read = statusFetcher({ siteUrl: SITE, pageSiteUrl: 'https://x.sharepoint.com/sites/intranet', formDigest: '0xINTRANET,x', userLogin: 'lea', storage, sessionStorage: session, now: () => NOW });
    const first = await read();
    expect(calls.map((c) => c.url.replace(SITE, ''))).toEqual(['/_api/contextinfo', '/_api/$batch', '/_api/$batch']);
    expect((calls[1].init.headers as Record<string, string>)['X-RequestDigest']).toBe('0xHELP,23 Nov 2026 10:00:00 -0000');
    expect(first.counts).toEqual({ open: 1, waiting: 0 });
    calls.length = 0;
    const next = await read();
    // The next page of the visit: one request.
    expect(calls.map((c) => c.url.replace(SITE, ''))).toEqual(['/_api/$batch']);
    expect(next.counts).toEqual({ open: 1, waiting: 0 });
    expect(storage.getItem(`hc-helpbar-digest|${SITE.toLowerCase()}|lea`)).toBeNull();
    expect(session.getItem(`hc-helpbar-digest|${SITE.toLowerCase()}|lea`)).toContain('0xHELP');
  });

  it('asks a fresh digest once when SharePoint refuses the kept one', async () => {
    const calls = sharePoint(() => ({ status: 200, body: { value: [] } }));
    const real = (globalThis as unknown as { fetch: jest.Mock }).fetch;
    let refused = false;
    (globalThis as unknown as { fetch: unknown }).fetch = jest.fn(async (url: string, init: RequestInit) => {
      if (url.endsWith('$batch') && (init.headers as Record<string, string>)['X-RequestDigest'] === '0xOLD,x' && !refused) {
        refused = true;
        calls.push({ url, init });
        return { ok: false, status: 403 };
      }
      return real(url, init);
    });
    const session = memoryStorage();
    session.setItem(`hc-helpbar-digest|${SITE.toLowerCase()}|lea`, JSON.stringify({ value: '0xOLD,x', until: NOW.getTime() + 60_000 }));
    await statusFetcher({ siteUrl: SITE, pageSiteUrl: 'https://x.sharepoint.com/sites/intranet', userLogin: 'lea', storage: memoryStorage(), sessionStorage: session, now: () => NOW })();
    expect(calls.map((c) => c.url.replace(SITE, ''))).toEqual(['/_api/$batch', '/_api/contextinfo', '/_api/$batch']);
  });
});
