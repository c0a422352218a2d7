// Conformance of the core REST surface (lists, fields, items, ETags, $batch) with real PnPjs v4.
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { OWNER, provisionList, spError, start } from './helpers';

let emu: Emulator;
let sp: SPFI;

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp(OWNER);
  await provisionList(sp, 'HelpCategories', [
    '<Field Type="Text" Name="HCTitleEn" DisplayName="Title (English)" />',
  ]);
  await provisionList(sp, 'HelpTickets', [
    '<Field Type="Choice" Name="HCStatus" DisplayName="Statut" Indexed="TRUE"><CHOICES><CHOICE>new</CHOICE><CHOICE>closed</CHOICE></CHOICES><Default>new</Default></Field>',
    '<Field Type="Lookup" Name="HCCategory" DisplayName="Catégorie" List="Lists/HelpCategories" ShowField="Title" />',
    '<Field Type="User" Name="HCAssignedTo" DisplayName="Assigné à" />',
    '<Field Type="UserMulti" Name="HCWatchers" DisplayName="Observateurs" Mult="TRUE" />',
    '<Field Type="MultiChoice" Name="HCChannels" DisplayName="Canaux"><CHOICES><CHOICE>email</CHOICE><CHOICE>teams</CHOICE></CHOICES></Field>',
    '<Field Type="Number" Name="HCSatisfaction" DisplayName="Satisfaction" />',
    '<Field Type="Boolean" Name="HCUrgent" DisplayName="Urgent" />',
    '<Field Type="DateTime" Name="HCDueDate" DisplayName="Échéance" />',
    '<Field Type="Text" Name="HCClientRequestId" DisplayName="Request id" Indexed="TRUE" EnforceUniqueValues="TRUE" />',
  ], { EnableVersioning: true });
});

afterAll(() => emu.close());

describe('web and lists', () => {
  it('serves the web with $select and the request digest', async () => {
    const web = await sp.web.select('Title', 'Language', 'ServerRelativeUrl')();
    expect(web).toMatchObject({ Title: "Centre d'aide", Language: 1036, ServerRelativeUrl: '/sites/helpcenter' });
    // contextinfo issues the signed-in person's digest (the test client mints the same one, like a page context).
    const info = await fetch(`${emu.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json;odata=nometadata', cookie: `hc-user=${encodeURIComponent(OWNER)}` } });
    expect(info.status).toBe(200);
    expect(await info.json()).toMatchObject({ FormDigestValue: expect.stringMatching(/^0x[0-9A-F]+,/i), FormDigestTimeoutSeconds: 1800 });
  });

  it('exposes the created list with its entity type, and 404s an unknown one', async () => {
    const list = await sp.web.lists.getByTitle('HelpTickets').select('Id', 'Title', 'ListItemEntityTypeFullName', 'EnableVersioning', 'ItemCount', 'RootFolder/ServerRelativeUrl').expand('RootFolder')();
    expect(list).toMatchObject({ Title: 'HelpTickets', ListItemEntityTypeFullName: 'SP.Data.HelpTicketsListItem', EnableVersioning: true, ItemCount: 0 });
    expect((list as any).RootFolder.ServerRelativeUrl).toBe('/sites/helpcenter/Lists/HelpTickets');
    const byUrl = await sp.web.getList('/sites/helpcenter/Lists/HelpTickets').select('Id')();
    expect(byUrl.Id).toBe(list.Id);
    const err = await spError(sp.web.lists.getByTitle('Nope')());
    expect(err.status).toBe(404);
    expect(err.message).toBe(`List 'Nope' does not exist at site with URL '${emu.siteUrl}'.`);
  });

  it('lists.ensure is idempotent and filters on Title work', async () => {
    const again = await sp.web.lists.ensure('HelpTickets');
    expect(again.created).toBe(false);
    const found = await sp.web.lists.filter("Title eq 'HelpCategories'").select('Title')();
    expect(found.map((l) => l.Title)).toEqual(['HelpCategories']);
  });

  it('reads fields parsed from the XML and indexes a field by MERGE', async () => {
    const status = await sp.web.lists.getByTitle('HelpTickets').fields.getByInternalNameOrTitle('HCStatus')();
    expect(status).toMatchObject({ InternalName: 'HCStatus', TypeAsString: 'Choice', Indexed: true, Choices: ['new', 'closed'], DefaultValue: 'new' });
    await sp.web.lists.getByTitle('HelpTickets').fields.getByInternalNameOrTitle('Author').update({ Indexed: true });
    const author = await sp.web.lists.getByTitle('HelpTickets').fields.getByInternalNameOrTitle('Author').select('Indexed')();
    expect(author.Indexed).toBe(true);
    const visible = await sp.web.lists.getByTitle('HelpTickets').fields.filter('Hidden eq false').select('InternalName')();
    expect(visible.map((f) => f.InternalName)).toContain('HCWatchers');
  });

  it('derives the internal name from DisplayName without AddFieldInternalNameHint, like SharePoint', async () => {
    await sp.web.lists.ensure('Scratch');
    const f = await sp.web.lists.getByTitle('Scratch').fields.createFieldAsXml('<Field Type="Text" Name="HCNote" DisplayName="My Note" />');
    expect(f.InternalName).toBe('My_x0020_Note');
  });
});

describe('items', () => {
  let catId: number;
  beforeAll(async () => {
    catId = (await sp.web.lists.getByTitle('HelpCategories').items.add({ Title: 'Wifi', HCTitleEn: 'Wi-Fi' })).Id;
  });

  it('adds an item with the SharePoint shape and ETag "1"', async () => {
    const me = await sp.web.currentUser();
    const item = await sp.web.lists.getByTitle('HelpTickets').items.add({
      Title: 'Pas de wifi', HCCategoryId: catId, HCAssignedToId: me.Id, HCWatchersId: [me.Id], HCChannels: ['email'],
      HCSatisfaction: 4, HCUrgent: true, HCDueDate: '2026-01-31T08:00:00.000Z', HCClientRequestId: 'req-1',
    });
    expect(item).toMatchObject({
      'odata.etag': '"1"', Id: item.ID, Title: 'Pas de wifi', HCStatus: 'new', HCCategoryId: catId, HCCategoryStringId: String(catId),
      HCAssignedToId: me.Id, HCWatchersId: [me.Id], HCChannels: ['email'], HCSatisfaction: 4, HCUrgent: true,
      HCDueDate: '2026-01-31T08:00:00Z', AuthorId: me.Id, EditorId: me.Id, OData__UIVersionString: '1.0', Attachments: false,
    });
    expect(item.Created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('projects lookups and people only with $expand', async () => {
    const items = await sp.web.lists.getByTitle('HelpTickets').items
      .select('Id', 'HCCategory/Title', 'HCAssignedTo/EMail', 'HCWatchers/Title').expand('HCCategory', 'HCAssignedTo', 'HCWatchers')
      .filter("HCCategory/Title eq 'Wifi'")();
    expect(items).toHaveLength(1);
    expect(items[0].HCCategory.Title).toBe('Wifi');
    expect(items[0].HCAssignedTo.EMail).toBe('owner@univ-exemple.fr');
    expect(items[0].HCWatchers[0].Title).toBe('Claire Martin');
    const err = await spError(sp.web.lists.getByTitle('HelpTickets').items.select('HCCategory/Title')());
    expect(err.status).toBe(400);
  });

  it('rejects unknown properties and {results} arrays in JSON light', async () => {
    const unknown = await spError(sp.web.lists.getByTitle('HelpTickets').items.add({ Title: 'x', Foo: 1 }));
    expect(unknown.status).toBe(400);
    expect(unknown.message).toBe("The property 'Foo' does not exist on type 'SP.Data.HelpTicketsListItem'. Make sure to only use property names that are defined by the type.");
    const results = await spError(sp.web.lists.getByTitle('HelpTickets').items.add({ Title: 'x', HCWatchersId: { results: [6] } }));
    expect(results.status).toBe(400);
  });

  it('enforces unique values but not Required', async () => {
    const dup = await spError(sp.web.lists.getByTitle('HelpTickets').items.add({ Title: 'again', HCClientRequestId: 'REQ-1' }));
    expect(dup.code).toContain('SPDuplicateValuesFoundException');
    const noTitle = await sp.web.lists.getByTitle('HelpTickets').items.add({ HCClientRequestId: 'req-2' });
    expect(noTitle.Title).toBeNull();
  });

  it('updates with If-Match, 412 on a stale ETag, * always passes', async () => {
    const item = sp.web.lists.getByTitle('HelpTickets').items.getById(1);
    const r = await item.update({ HCStatus: 'closed' }, '"1"');
    expect((r as any).etag).toBe('"2"');
    const stale = await spError(item.update({ HCStatus: 'new' }, '"1"'));
    expect(stale.status).toBe(412);
    expect(stale.code).toBe('-2130575305, Microsoft.SharePoint.SPException');
    await item.update({ HCSatisfaction: 5 }, '*');
    const now = await item.select('HCStatus', 'HCSatisfaction')();
    expect(now).toMatchObject({ HCStatus: 'closed', HCSatisfaction: 5, 'odata.etag': '"3"' });
  });

  it('answers 404 for a missing item and deletes', async () => {
    const added = await sp.web.lists.getByTitle('HelpTickets').items.add({ Title: 'to delete' });
    await sp.web.lists.getByTitle('HelpTickets').items.getById(added.Id).delete();
    const err = await spError(sp.web.lists.getByTitle('HelpTickets').items.getById(added.Id)());
    expect(err).toMatchObject({ status: 404, message: 'Item does not exist. It may have been deleted by another user.' });
  });

  it('filters, orders and reports bad filters like SharePoint', async () => {
    const list = sp.web.lists.getByTitle('HelpTickets');
    const rows = await list.items.select('Id').filter("HCStatus eq 'closed' and HCUrgent eq 1 and HCDueDate gt '2026-01-01T00:00:00.000Z'").orderBy('Created', false)();
    expect(rows.map((r) => r.Id)).toEqual([1]);
    const bad = await spError(list.items.filter('HCStatus eq')());
    expect(bad.status).toBe(400);
    const missing = await spError(list.items.filter("Nope eq 'x'")());
    expect(missing.message).toBe("The field or property 'Nope' does not exist.");
  });

  it('runs a $batch of mixed GET/add/MERGE with one 412 part and no rollback', async () => {
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('HelpTickets');
    const pGet = list.items.select('Id').top(5)();
    const pAdd = list.items.add({ Title: 'batched' });
    const pMerge = list.items.getById(1).update({ HCSatisfaction: 1 }, '*');
    const pStale = list.items.getById(1).update({ HCSatisfaction: 2 }, '"1"').then(() => 0, (e) => e.status);
    const pGet2 = list.items.select('Title').filter("Title eq 'batched'")();
    await execute();
    expect(Array.isArray(await pGet)).toBe(true);
    expect((await pAdd).Title).toBe('batched');
    await pMerge;
    expect(await pStale).toBe(412);
    expect(await pGet2).toHaveLength(1);
    expect((await sp.web.lists.getByTitle('HelpTickets').items.getById(1).select('HCSatisfaction')()).HCSatisfaction).toBe(1);
    expect(emu.requests().filter((r) => r.path.endsWith('$batch')).length).toBe(1);
  });
});
