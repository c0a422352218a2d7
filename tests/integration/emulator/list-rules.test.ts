// List-level rules: unique columns versus item-level read security, and lists excluded from search crawling.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/search';
import type { Emulator } from '../../../workbench/server';
import { LEA, OWNER, provisionList, spError, start } from './helpers';

let emu: Emulator;
let sp: (user: string) => SPFI;
let owner: SPFI;

const UNIQUE_KEY = '<Field Type="Text" Name="HCKey" DisplayName="Key" Indexed="TRUE" EnforceUniqueValues="TRUE" />';
const PLAIN_KEY = '<Field Type="Text" Name="HCKey" DisplayName="Key" Indexed="TRUE" />';

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  owner = sp(OWNER);
});

afterAll(() => emu.close());

/**
 * "When list item permissions is set to 'Read items that were created by the user', setting unique values on a
 * column is not possible and vice-versa."
 * Source: https://www.formsandflows.nl/2023/10/23/item-level-permissions/ (and the SharePoint 2010 unique column
 * constraints limits, "item-level permissions not allowed", http://www.zquad.in/2010/03/unique-column.html).
 * No Microsoft Learn page quotes the exception text: the emulator's message is its own wording (SPException, 400).
 */
describe('EnforceUniqueValues and ReadSecurity 2 cannot be combined', () => {
  it('refuses to create a unique column on a list where people read only their own items', async () => {
    await provisionList(owner, 'OwnItems', [], { ReadSecurity: 2, WriteSecurity: 2 });
    const list = owner.web.lists.getByTitle('OwnItems');
    const err = await spError(list.fields.createFieldAsXml({ SchemaXml: UNIQUE_KEY, Options: 8 } as never));
    expect(err.status).toBe(400);
    expect(err.code).toMatch(/SPException/);
    expect(err.message).toMatch(/unique values/i);
    expect(await list.fields.filter("InternalName eq 'HCKey'")()).toEqual([]);
  });

  it('refuses to make an existing column unique there, and allows it indexed but not unique', async () => {
    const list = owner.web.lists.getByTitle('OwnItems');
    await list.fields.createFieldAsXml({ SchemaXml: PLAIN_KEY, Options: 8 } as never);
    const err = await spError(list.fields.getByInternalNameOrTitle('HCKey').update({ EnforceUniqueValues: true }, 'SP.Field'));
    expect(err.status).toBe(400);
    expect(err.message).toMatch(/unique values/i);
    expect(await list.fields.getByInternalNameOrTitle('HCKey').select('Indexed', 'EnforceUniqueValues')())
      .toMatchObject({ Indexed: true, EnforceUniqueValues: false });
  });

  it('refuses to switch a list with a unique column to ReadSecurity 2, and allows it once uniqueness is off', async () => {
    await provisionList(owner, 'AllItems', [UNIQUE_KEY]);
    const list = owner.web.lists.getByTitle('AllItems');
    const err = await spError(list.update({ ReadSecurity: 2 }));
    expect(err.status).toBe(400);
    expect(err.message).toMatch(/unique values/i);
    expect((await list.select('ReadSecurity')()).ReadSecurity).toBe(1);
    // Turning uniqueness off is always allowed; then the list can become "own items only".
    await list.fields.getByInternalNameOrTitle('HCKey').update({ EnforceUniqueValues: false }, 'SP.Field');
    await list.update({ ReadSecurity: 2 });
    expect((await list.select('ReadSecurity')()).ReadSecurity).toBe(2);
  });

  it('keeps unique columns on lists where everyone reads every item', async () => {
    await provisionList(owner, 'Settings', [UNIQUE_KEY], { WriteSecurity: 2 });
    const field = await owner.web.lists.getByTitle('Settings').fields.getByInternalNameOrTitle('HCKey').select('EnforceUniqueValues')();
    expect(field.EnforceUniqueValues).toBe(true);
  });
});

/**
 * SP.List.noCrawl: "Gets or sets a value that specifies that the crawler must not crawl the list."
 * Source: https://learn.microsoft.com/en-us/previous-versions/office/developer/sharepoint-2010/ee549433(v=office.14)
 * (SPList.NoCrawl: https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/ms455314(v=office.15)).
 * A list that is not crawled has no items in the search index, so no query returns them, even to their author.
 */
describe('NoCrawl', () => {
  beforeAll(async () => {
    await provisionList(owner, 'Private', [], { ReadSecurity: 2, WriteSecurity: 2 });
    await sp(LEA).web.lists.getByTitle('Private').items.add({ Title: 'zanzibar private note' });
  });

  it('stores the property (default false) and answers it on the list', async () => {
    const list = owner.web.lists.getByTitle('Private');
    expect((await list.select('NoCrawl')()).NoCrawl).toBe(false);
    await list.update({ NoCrawl: true });
    expect((await list.select('NoCrawl')()).NoCrawl).toBe(true);
  });

  it('never returns items of a NoCrawl list from search, with or without a ListId restriction', async () => {
    const list = owner.web.lists.getByTitle('Private');
    const { Id } = await list.select('Id')();
    const lea = sp(LEA);
    const rows = async (query: string): Promise<number> => {
      const result = await lea.search({ Querytext: query, RowLimit: 10 });
      return result.PrimarySearchResults.length;
    };
    expect(await rows('zanzibar')).toBe(0);
    expect(await rows(`zanzibar ListId:${Id}`)).toBe(0);
    await list.update({ NoCrawl: false });
    expect(await rows('zanzibar')).toBe(1);
    await list.update({ NoCrawl: true });
  });
});
