// Versions, comments, attachments, Graph sendMail, throttling retries and persistence of a file database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { LEA, OWNER, TEACHER, TOM, as, provisionList, spError, start } from './helpers';

jest.setTimeout(30000);

let emu: Emulator;
let sp: (user: string) => SPFI;

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await provisionList(sp(OWNER), 'HelpTickets', ['<Field Type="Text" Name="HCStatus" DisplayName="Status" />'],
    { EnableVersioning: true, ReadSecurity: 2, WriteSecurity: 2 });
});

afterAll(() => emu.close());

it('keeps the version history of every change, written by the server', async () => {
  const tickets = sp(LEA).web.lists.getByTitle('HelpTickets');
  const item = await tickets.items.add({ Title: 'Moodle', HCStatus: 'new' });
  await tickets.items.getById(item.Id).update({ HCStatus: 'in_progress' });
  const versions = await tickets.items.getById(item.Id).versions();
  expect(versions.map((v: any) => [v.VersionLabel, v.HCStatus, v.IsCurrentVersion])).toEqual([['2.0', 'in_progress', true], ['1.0', 'new', false]]);
  expect((versions[0] as any).Editor).toMatchObject({ LookupValue: 'Léa Dubois', Email: LEA });
  expect((await tickets.items.getById(item.Id).select('OData__UIVersionString')()).OData__UIVersionString).toBe('2.0');
});

it('sets Created and Modified through validateUpdateListItem, reporting bad values per field', async () => {
  const tickets = sp(LEA).web.lists.getByTitle('HelpTickets');
  const item = await tickets.items.add({ Title: 'Imprimante' });
  const result = await tickets.items.getById(item.Id).validateUpdateListItem([
    // Typed in the site's regional format and time zone (Paris, UTC+1 in March): see form-values.test.ts.
    { FieldName: 'Created', FieldValue: '02/03/2026 09:15' },
    { FieldName: 'Modified', FieldValue: '03/03/2026 10:00' },
    { FieldName: 'NoSuchField', FieldValue: 'x' },
  ], true);
  expect(result.map((r) => [r.FieldName, r.HasException])).toEqual([['Created', false], ['Modified', false], ['NoSuchField', true]]);
  const row = await tickets.items.getById(item.Id).select('Created', 'Modified', 'OData__UIVersionString')();
  expect(row).toMatchObject({ Created: '2026-03-02T08:15:00Z', Modified: '2026-03-03T09:00:00Z', OData__UIVersionString: '1.0' });
  // Without a new version the current one is rewritten: SharePoint's current version is the item itself.
  const [current] = await tickets.items.getById(item.Id).versions();
  expect(current).toMatchObject({ VersionLabel: '1.0', Modified: '2026-03-03T09:00:00Z' });
  expect((await spError(sp(TOM).web.lists.getByTitle('HelpTickets').items.getById(item.Id).validateUpdateListItem([{ FieldName: 'Title', FieldValue: 'x' }]))).status).toBe(404);
});

it('stamps a write with the workbench\'s seeding clock (X-Workbench-Time), also per $batch part, and with now otherwise', async () => {
  const url = `${emu.siteUrl}/_api/web/lists/getByTitle('HelpTickets')/items`;
  const headers = { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', ...as(emu, LEA) };
  const past = await (await fetch(url, { method: 'POST', headers: { ...headers, 'X-Workbench-Time': '2026-05-04T10:20:30.456Z' }, body: JSON.stringify({ Title: 'Hier' }) })).json();
  expect(past).toMatchObject({ Created: '2026-05-04T10:20:30Z', Modified: '2026-05-04T10:20:30Z' });
  const [batched, execute] = sp(LEA).batched({ headersCopyPattern: /Accept|Content-Type|IF-Match|X-Workbench-Time/i });
  const { InjectHeaders } = await import('@pnp/queryable');
  const later = batched.web.lists.getByTitle('HelpTickets').items.getById(past.Id).using(InjectHeaders({ 'X-Workbench-Time': '2026-05-06T08:00:00Z' }))
    .update({ HCStatus: 'in_progress' });
  const now = batched.web.lists.getByTitle('HelpTickets').items.add({ Title: "Aujourd'hui" });
  await execute();
  await later;
  const versions = await sp(LEA).web.lists.getByTitle('HelpTickets').items.getById(past.Id).versions();
  expect(versions.map((v: any) => [v.VersionLabel, v.Modified])).toEqual([['2.0', '2026-05-06T08:00:00Z'], ['1.0', '2026-05-04T10:20:30Z']]);
  const today = await sp(LEA).web.lists.getByTitle('HelpTickets').items.getById((await now).Id).select('Created')();
  expect(Math.abs(Date.parse(today.Created) - Date.now())).toBeLessThan(60000);
  // A value that is not a date is ignored.
  const bad = await (await fetch(url, { method: 'POST', headers: { ...headers, 'X-Workbench-Time': 'soon' }, body: JSON.stringify({ Title: 'x' }) })).json();
  expect(Math.abs(Date.parse(bad.Created) - Date.now())).toBeLessThan(60000);
});

it('stores comments that follow the item\'s permissions', async () => {
  const tickets = sp(LEA).web.lists.getByTitle('HelpTickets');
  const item = await tickets.items.add({ Title: 'Wifi' });
  const added = await tickets.items.getById(item.Id).comments.add('Bonjour, le wifi ne marche plus.');
  expect({ text: added.text, author: added.author }).toMatchObject({ text: 'Bonjour, le wifi ne marche plus.', author: { email: LEA, name: 'Léa Dubois' } });
  await sp(OWNER).web.lists.getByTitle('HelpTickets').items.getById(item.Id).comments.add('Pris en charge.');
  const all = await tickets.items.getById(item.Id).comments();
  expect(all.map((c: any) => c.text)).toEqual(['Pris en charge.', 'Bonjour, le wifi ne marche plus.']);
  const hidden = await spError(sp(TOM).web.lists.getByTitle('HelpTickets').items.getById(item.Id).comments());
  expect(hidden.status).toBe(404);
});

it('adds, reads and deletes attachments, bumping the ETag', async () => {
  const tickets = sp(LEA).web.lists.getByTitle('HelpTickets');
  const item = await tickets.items.add({ Title: 'Capture' });
  await tickets.items.getById(item.Id).attachmentFiles.add('erreur.txt', 'Erreur 503');
  const after = await tickets.items.getById(item.Id).select('Attachments')();
  expect(after).toMatchObject({ Attachments: true, 'odata.etag': '"2"' });
  const files = await tickets.items.getById(item.Id).attachmentFiles();
  expect(files[0]).toMatchObject({ FileName: 'erreur.txt', ServerRelativeUrl: `/sites/helpcenter/Lists/HelpTickets/Attachments/${item.Id}/erreur.txt` });
  expect(await tickets.items.getById(item.Id).attachmentFiles.getByName('erreur.txt').getText()).toBe('Erreur 503');
  // $expand=AttachmentFiles: the files inline with the item; selected without $expand, the navigation is left out.
  const expanded = await tickets.items.getById(item.Id).select('Title', 'AttachmentFiles/FileName').expand('AttachmentFiles')();
  expect(expanded.AttachmentFiles).toEqual([expect.objectContaining({ FileName: 'erreur.txt' })]);
  expect(expanded.AttachmentFiles[0].ServerRelativeUrl).toBeUndefined();
  expect(await tickets.items.getById(item.Id).select('Title', 'AttachmentFiles')()).not.toHaveProperty('AttachmentFiles');
  const inList = await tickets.items.filter(`Id eq ${item.Id}`).select('Id', 'AttachmentFiles').expand('AttachmentFiles')();
  expect(inList[0].AttachmentFiles[0]).toMatchObject({ FileName: 'erreur.txt', ServerRelativeUrl: `/sites/helpcenter/Lists/HelpTickets/Attachments/${item.Id}/erreur.txt` });
  expect((await spError(tickets.items.getById(item.Id).select('AttachmentFiles/Nope').expand('AttachmentFiles')())).status).toBe(400);
  const dup = await spError(tickets.items.getById(item.Id).attachmentFiles.add('erreur.txt', 'x'));
  expect(dup.status).toBe(500);
  await tickets.items.getById(item.Id).attachmentFiles.getByName('erreur.txt').delete();
  expect(await tickets.items.getById(item.Id).attachmentFiles()).toHaveLength(0);
});

it('records Graph sendMail in the outbox as the signed-in user', async () => {
  const res = await fetch(`${emu.origin}/v1.0/me/sendMail`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...as(emu, 'karim.haddad@univ-exemple.fr') },
    body: JSON.stringify({
      message: { subject: 'Ticket #12 pris en charge', body: { contentType: 'HTML', content: '<p>Bonjour</p>' },
        toRecipients: [{ emailAddress: { address: LEA } }], ccRecipients: [{ emailAddress: { address: TEACHER } }] },
      saveToSentItems: false,
    }),
  });
  expect(res.status).toBe(202);
  expect(emu.outbox()).toEqual([expect.objectContaining({
    from: 'karim.haddad@univ-exemple.fr', to: [LEA], cc: [TEACHER], subject: 'Ticket #12 pris en charge', contentType: 'HTML',
  })]);
  const viaHttp = await (await fetch(`${emu.origin}/_workbench/outbox`)).json();
  expect(viaHttp).toHaveLength(1);
  const empty = await fetch(`${emu.origin}/v1.0/me/sendMail`, { method: 'POST', headers: as(emu, LEA), body: JSON.stringify({ message: { subject: 'x' } }) });
  expect(empty.status).toBe(400);
  emu.clearOutbox();
  expect(emu.outbox()).toHaveLength(0);
});

it('answers 429 with Retry-After, which PnPjs retries until it succeeds', async () => {
  emu.faults.add({ match: 'HelpTickets', status: 429, times: 2, retryAfter: 1 });
  emu.clearRequests();
  const started = Date.now();
  const items = await sp(OWNER).web.lists.getByTitle('HelpTickets').items.select('Id')();
  expect(items.length).toBeGreaterThan(0);
  expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
  expect(emu.requests().map((r) => r.status)).toEqual([429, 429, 200]);
});

it('keeps the site in a file database across a restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hc-emu-'));
  const dbFile = join(dir, 'nested', 'site.sqlite');
  try {
    const first = await start({ dbFile });
    await provisionList(first.sp(OWNER), 'Announcements', ['<Field Type="Note" Name="HCBody" DisplayName="Body" />']);
    const added = await first.sp(OWNER).web.lists.getByTitle('Announcements').items.add({ Title: 'Maintenance ENT', HCBody: 'Samedi 8h-12h' });
    await first.emu.close();
    const second = await start({ dbFile });
    const again = await second.sp(OWNER).web.lists.getByTitle('Announcements').items.getById(added.Id)();
    expect(again).toMatchObject({ Title: 'Maintenance ENT', HCBody: 'Samedi 8h-12h' });
    expect(again.AuthorId).toBe((await second.sp(OWNER).web.currentUser()).Id);
    await second.emu.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
