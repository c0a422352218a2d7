// Identity and request validation as SharePoint Online does them: no signed-in person, no answer; writes need a
// form digest of the same person, less than 30 minutes old; the workbench-only headers need the secret; HTML
// attachments are downloads.
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { formDigest } from '../../../workbench/server/auth';
import { LEA, OWNER, TOM, as, provisionList, start } from './helpers';

let emu: Emulator;
let sp: (user: string) => SPFI;
let items: string;
let sitePath: string;

const JSON_HEADERS = { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json' };
const SECURITY_VALIDATION = "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again.";

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  sitePath = new URL(emu.siteUrl).pathname;
  await provisionList(sp(OWNER), 'Notes', ['<Field Type="Text" Name="HCBody" DisplayName="Body" />'], { EnableAttachments: true });
  items = `${emu.siteUrl}/_api/web/lists/getByTitle('Notes')/items`;
});
afterAll(() => emu.close());

/** The `hc-user` cookie of the workbench's sign-in (what the browser sends after signing in). */
const cookie = (email: string): Record<string, string> => ({ Cookie: `hc-user=${encodeURIComponent(email)}` });

async function odataError(res: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await res.json()) as { 'odata.error': { code: string; message: { value: string } } };
  return { status: res.status, code: body['odata.error'].code, message: body['odata.error'].message.value };
}

describe('a request without a signed-in person', () => {
  // SharePoint Online answers a REST call that carries no authentication (no FedAuth cookie, no token) with
  // 403 System.UnauthorizedAccessException: https://github.com/SharePoint/sp-dev-docs/issues/1814 (the same
  // call without the authentication cookie got 403), and
  // https://learn.microsoft.com/en-us/answers/questions/131535 ("Access denied. You do not have permission…").
  it('is refused, with or without an empty hc-user cookie (no implicit site owner)', async () => {
    for (const headers of [{}, { Cookie: 'hc-user=' }, { Cookie: 'other=1' }] as Record<string, string>[]) {
      const res = await fetch(`${emu.siteUrl}/_api/web?$select=Title`, { headers: { ...JSON_HEADERS, ...headers } });
      expect(await odataError(res)).toMatchObject({ status: 403, code: '-2147024891, System.UnauthorizedAccessException' });
    }
  });

  // Microsoft Graph without a token: 401 InvalidAuthenticationToken "Access token is empty."
  // (https://github.com/microsoftgraph/msgraph-sdk-powershell/issues/2731).
  it('is refused by Microsoft Graph with 401 InvalidAuthenticationToken', async () => {
    const res = await fetch(`${emu.origin}/v1.0/me/sendMail`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' } });
    expect(emu.outbox()).toEqual([]);
  });

  it('reads as the person of the hc-user cookie (the workbench sign-in)', async () => {
    const res = await fetch(`${emu.siteUrl}/_api/web/currentuser?$select=Email`, { headers: { ...JSON_HEADERS, ...cookie(LEA) } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { Email: string }).Email).toBe(LEA);
  });
});

describe('the form digest (X-RequestDigest)', () => {
  // "When executing non-GET REST requests to the SharePoint API, you must add a valid request digest … the
  // request fails with a 403 FORBIDDEN result. By default, a request digest token is valid for 30 minutes":
  // https://learn.microsoft.com/en-us/sharepoint/dev/spfx/web-parts/basics/working-with-requestdigest
  // The error SharePoint sends (code and message): https://github.com/vgrem/phpSPO/pull/61 and
  // https://github.com/pnp/pnpjs/issues/2467. The digest is "specific to a user, a site and time-frame":
  // https://learn.microsoft.com/en-us/archive/blogs/nadeemis/tip-handling-http-403-forbidden-when-querying-the-search-rest-service-using-the-postquery-method
  async function contextInfo(email: string): Promise<{ FormDigestValue: string; FormDigestTimeoutSeconds: number }> {
    const res = await fetch(`${emu.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { ...JSON_HEADERS, ...cookie(email) } });
    expect(res.status).toBe(200);
    return (await res.json()) as { FormDigestValue: string; FormDigestTimeoutSeconds: number };
  }

  const add = (email: string, digest?: string): Promise<Response> => fetch(items, {
    method: 'POST', headers: { ...JSON_HEADERS, ...cookie(email), ...(digest ? { 'X-RequestDigest': digest } : {}) }, body: JSON.stringify({ Title: 'n' }),
  });

  it('is issued by POST /_api/contextinfo (no digest needed there) for 1800 seconds, in SharePoint\'s format', async () => {
    const info = await contextInfo(LEA);
    expect(info.FormDigestTimeoutSeconds).toBe(1800);
    expect(info.FormDigestValue).toMatch(/^0x[0-9A-F]{128},\d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} -0000$/);
  });

  it('is needed by every write: without it, 403 security validation; with the person\'s own, the write succeeds', async () => {
    expect(await odataError(await add(LEA))).toEqual({ status: 403, code: '-2130575251, Microsoft.SharePoint.SPException', message: SECURITY_VALIDATION });
    expect((await add(LEA, (await contextInfo(LEA)).FormDigestValue)).status).toBe(201);
  });

  it('is refused when it was issued to someone else, is malformed, or is older than 30 minutes', async () => {
    const toms = (await contextInfo(TOM)).FormDigestValue;
    expect(await odataError(await add(LEA, toms))).toMatchObject({ status: 403, code: '-2130575251, Microsoft.SharePoint.SPException' });
    expect((await add(LEA, '0xABC,01 Jan 2026 10:00:00 -0000')).status).toBe(403);
    const expired = formDigest(emu.secret, sitePath, LEA, new Date(Date.now() - 1801 * 1000));
    expect(await odataError(await add(LEA, expired))).toMatchObject({ status: 403, message: SECURITY_VALIDATION });
    const almost = formDigest(emu.secret, sitePath, LEA, new Date(Date.now() - 1700 * 1000));
    expect((await add(LEA, almost)).status).toBe(201);
  });

  it('is not needed by GET requests', async () => {
    expect((await fetch(`${items}?$select=Id`, { headers: { ...JSON_HEADERS, ...cookie(LEA) } })).status).toBe(200);
  });

  it('covers tunnelled MERGE and DELETE', async () => {
    const digest = (await contextInfo(LEA)).FormDigestValue;
    const created = (await (await add(LEA, digest)).json()) as { Id: number };
    for (const method of ['MERGE', 'DELETE']) {
      const res = await fetch(`${items}(${created.Id})`, { method: 'POST', headers: { ...JSON_HEADERS, ...cookie(LEA), 'X-HTTP-Method': method, 'IF-MATCH': '*' }, body: '{}' });
      expect(res.status).toBe(403);
    }
  });

  // A $batch is validated once, by the digest of the outer POST (PnPjs sends X-RequestDigest on the $batch
  // request only; its parts carry Accept/Content-Type/If-Match). https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/make-batch-requests-with-the-rest-apis
  it('of the outer $batch request covers its write parts; a $batch without it is refused whole', async () => {
    const boundary = 'batch_1';
    const body = [`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `POST ${items} HTTP/1.1`, 'Accept: application/json;odata=nometadata', 'Content-Type: application/json', '', JSON.stringify({ Title: 'in a batch' }), '',
      `--${boundary}--`, ''].join('\r\n');
    const send = (digest?: string): Promise<Response> => fetch(`${emu.siteUrl}/_api/$batch`, {
      method: 'POST', headers: { ...cookie(LEA), 'Content-Type': `multipart/mixed; boundary=${boundary}`, ...(digest ? { 'X-RequestDigest': digest } : {}) }, body,
    });
    const refused = await send();
    expect(refused.status).toBe(403);
    const ok = await send((await contextInfo(LEA)).FormDigestValue);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toMatch(/HTTP\/1\.1 201/);
  });

  it('is what PnPjs gets and sends for each person (workbenchSp), also in batches', async () => {
    const added = await sp(TOM).web.lists.getByTitle('Notes').items.add({ Title: 'par PnPjs' });
    expect(added.Id).toBeGreaterThan(0);
    const [batched, execute] = sp(LEA).batched();
    const one = batched.web.lists.getByTitle('Notes').items.add({ Title: 'lot 1' });
    const two = batched.web.lists.getByTitle('Notes').items.add({ Title: 'lot 2' });
    await execute();
    expect((await one).Id).toBeLessThan((await two).Id);
  });
});

describe('the workbench-only headers', () => {
  // X-Workbench-User / X-Workbench-Time do not exist in SharePoint: the workbench honours them only with the
  // secret the seed and the tests hold, and refuses them otherwise (stricter than ignoring them: a page that
  // sent them would learn it at once).
  it('X-Workbench-User without the secret is refused, even next to a signed-in cookie', async () => {
    for (const headers of [{ 'X-Workbench-User': OWNER }, { 'X-Workbench-User': OWNER, ...cookie(LEA) }, { 'X-Workbench-User': OWNER, 'X-Workbench-Secret': 'guess' }] as Record<string, string>[]) {
      const res = await fetch(`${emu.siteUrl}/_api/web/currentuser?$select=Email`, { headers: { ...JSON_HEADERS, ...headers } });
      expect(res.status).toBe(403);
    }
    const graph = await fetch(`${emu.origin}/v1.0/me/sendMail`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Workbench-User': OWNER }, body: '{}' });
    expect(graph.status).toBe(401);
  });

  it('X-Workbench-Time without the secret is refused, also in a $batch part', async () => {
    const digest = formDigest(emu.secret, sitePath, LEA);
    const direct = await fetch(items, { method: 'POST', headers: { ...JSON_HEADERS, ...cookie(LEA), 'X-RequestDigest': digest, 'X-Workbench-Time': '2020-01-01T00:00:00Z' }, body: JSON.stringify({ Title: 'x' }) });
    expect(direct.status).toBe(403);
    const boundary = 'batch_2';
    const body = [`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `POST ${items} HTTP/1.1`, 'Accept: application/json;odata=nometadata', 'Content-Type: application/json', 'X-Workbench-Time: 2020-01-01T00:00:00Z', '', JSON.stringify({ Title: 'x' }), '',
      `--${boundary}--`, ''].join('\r\n');
    const batch = await fetch(`${emu.siteUrl}/_api/$batch`, { method: 'POST', headers: { ...cookie(LEA), 'X-RequestDigest': digest, 'Content-Type': `multipart/mixed; boundary=${boundary}` }, body });
    expect(await batch.text()).toMatch(/HTTP\/1\.1 403/);
  });

  it('are honoured with the secret: act as the named person, with the seeding clock', async () => {
    const res = await fetch(items, { method: 'POST', headers: { ...JSON_HEADERS, ...as(emu, TOM), 'X-Workbench-Time': '2026-01-05T08:00:00Z' }, body: JSON.stringify({ Title: 'hier' }) });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { AuthorId: number; Created: string };
    expect(created.Created).toBe('2026-01-05T08:00:00Z');
    const tom = await sp(TOM).web.currentUser.select('Id')();
    expect(created.AuthorId).toBe(tom.Id);
  });
});

describe('attachments', () => {
  // SharePoint Online's strict browser file handling: HTML and other files that can run script are not
  // rendered in the browser but downloaded (https://learn.microsoft.com/en-us/sharepoint/dev/solution-guidance/security-permissivesetting,
  // https://learn.microsoft.com/en-us/sharepointmigration/migration-assessment-scan-browser-file-handling);
  // SharePoint sends X-Content-Type-Options: nosniff and X-Download-Options: noopen with them.
  let id: number;
  beforeAll(async () => {
    id = (await sp(LEA).web.lists.getByTitle('Notes').items.add({ Title: 'avec pièces jointes' })).Id;
    const files = sp(LEA).web.lists.getByTitle('Notes').items.getById(id).attachmentFiles;
    await files.add('page.html', '<script>alert(document.cookie)</script>');
    await files.add('dessin.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await files.add('photo.png', 'png');
  });

  it('serves an HTML attachment as a download, through $value and through its own URL', async () => {
    const value = await fetch(`${items}(${id})/AttachmentFiles('page.html')/$value`, { headers: cookie(LEA) });
    expect(value.status).toBe(200);
    expect(value.headers.get('content-disposition')).toMatch(/^attachment; filename="page.html"/);
    expect(value.headers.get('x-content-type-options')).toBe('nosniff');
    const [file] = await sp(LEA).web.lists.getByTitle('Notes').items.getById(id).attachmentFiles.select('FileName', 'ServerRelativeUrl')<{ FileName: string; ServerRelativeUrl: string }[]>()
      .then((all) => all.filter((f) => f.FileName === 'page.html'));
    const direct = await fetch(`${emu.origin}${file.ServerRelativeUrl}`, { headers: cookie(LEA) });
    expect(direct.status).toBe(200);
    expect(direct.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(direct.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await direct.text()).toContain('<script>');
  });

  it('serves SVG as a download too, and an image inline (still nosniff)', async () => {
    const svg = await fetch(`${items}(${id})/AttachmentFiles('dessin.svg')/$value`, { headers: cookie(LEA) });
    expect(svg.headers.get('content-disposition')).toMatch(/^attachment;/);
    const png = await fetch(`${items}(${id})/AttachmentFiles('photo.png')/$value`, { headers: cookie(LEA) });
    expect(png.headers.get('content-disposition')).toMatch(/^inline;/);
    expect(png.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers an attachment URL only to a signed-in person', async () => {
    const res = await fetch(`${emu.origin}${sitePath}/Lists/Notes/Attachments/${id}/page.html`);
    expect(res.status).toBe(403);
  });
});

describe('the workbench controls (not SharePoint: the emulator\'s own endpoints)', () => {
  it('lets only the holders of the secret inject faults, read or clear the request log, or empty the outbox', async () => {
    const lea = { cookie: `hc-user=${encodeURIComponent(LEA)}` };
    for (const [method, path] of [['POST', '/_workbench/faults'], ['GET', '/_workbench/faults'], ['DELETE', '/_workbench/faults'],
      ['GET', '/_workbench/requests'], ['DELETE', '/_workbench/requests'], ['DELETE', '/_workbench/outbox']]) {
      const init = { method, headers: lea, body: method === 'POST' ? JSON.stringify({ match: 'items', status: 503 }) : undefined };
      expect((await fetch(`${emu.origin}${path}`, init)).status).toBe(403);
    }
    expect(emu.faults.list()).toEqual([]);
    const withSecret = await fetch(`${emu.origin}/_workbench/faults`, { method: 'GET', headers: { 'X-Workbench-Secret': emu.secret } });
    expect(withSecret.status).toBe(200);
    // The demo's mailbox viewer and sign-in list stay readable (they are the workbench's own pages).
    expect((await fetch(`${emu.origin}/_workbench/outbox`, { headers: lea })).status).toBe(200);
    expect((await fetch(`${emu.origin}/_workbench/users`)).status).toBe(200);
  });
});
