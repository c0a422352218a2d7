// The OData literals of src/data/sp/odata.ts, sent by PnPjs (which URL-encodes the query) to the emulator: a
// value with quotes, URL characters or other scripts finds exactly its own item and never widens the filter.
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { anyOf, idIn, odataDate, odataString } from '../../../src/data/sp/odata';
import { OWNER, provisionList, start } from '../emulator/helpers';

const KEYS = ["centre d'aide", 'l’ENT', 'a&b#c+d%e?f=g', 'Élève 日本語 😀', "x' or HCKey ne '", "'", 'plain'];
let emu: Emulator;
let sp: SPFI;
const ids: { [key: string]: number } = {};

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp(OWNER);
  await provisionList(sp, 'Keys', ['<Field Type="Text" Name="HCKey" DisplayName="Key" Indexed="TRUE" />']);
  for (const key of KEYS) ids[key] = (await sp.web.lists.getByTitle('Keys').items.add({ Title: key, HCKey: key })).Id as number;
});

afterAll(() => emu.close());

const keysWhere = async (filter: string): Promise<string[]> =>
  (await sp.web.lists.getByTitle('Keys').items.select('HCKey').filter(filter).orderBy('ID')<{ HCKey: string }[]>()).map(r => r.HCKey);

it.each(KEYS)('finds exactly the item keyed %j', async key => {
  expect(await keysWhere(`HCKey eq ${odataString(key)}`)).toEqual([key]);
});

it('reads several keys, and items by id, in one filter', async () => {
  expect(await keysWhere(anyOf('HCKey', ["centre d'aide", 'a&b#c+d%e?f=g', 'not there']))).toEqual(["centre d'aide", 'a&b#c+d%e?f=g']);
  expect(await keysWhere(`${anyOf('HCKey', ['plain', "'"])} and ${idIn([ids.plain])}`)).toEqual(['plain']);
});

it('filters on a date literal', async () => {
  expect(await keysWhere(`Created ge ${odataDate(new Date(Date.now() - 3600 * 1000))}`)).toHaveLength(KEYS.length);
  expect(await keysWhere(`Created ge ${odataDate(new Date(Date.now() + 3600 * 1000))}`)).toEqual([]);
});
