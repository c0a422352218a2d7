// The list view threshold on a 6,000-item list, as SharePoint Online enforces it.
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { OWNER, provisionList, spError, start } from './helpers';

jest.setTimeout(60000);

const THROTTLED = '-2147024860, Microsoft.SharePoint.SPQueryThrottledException';
let emu: Emulator;
let sp: SPFI;

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp(OWNER);
  await provisionList(sp, 'BigList', [
    '<Field Type="Choice" Name="HCStatus" DisplayName="Status" Indexed="TRUE"><CHOICES><CHOICE>new</CHOICE><CHOICE>closed</CHOICE></CHOICES></Field>',
    '<Field Type="Text" Name="HCNote" DisplayName="Note" />',
  ]);
  const started = Date.now();
  // Seeded through REST $batch like any client would; PnPjs splits into 20-request $batch posts.
  for (let chunk = 0; chunk < 6000; chunk += 500) {
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('BigList');
    for (let i = chunk; i < chunk + 500; i++) {
      list.items.add({ Title: `T${i}`, HCStatus: i < 300 ? 'new' : 'closed', HCNote: `n${i % 7}` });
    }
    await execute();
  }
  expect(Date.now() - started).toBeLessThan(20000);
});

afterAll(() => emu.close());

it('holds the 6,000 items', async () => {
  expect((await sp.web.lists.getByTitle('BigList').select('ItemCount')()).ItemCount).toBe(6000);
});

it('throttles a filter on a non-indexed column', async () => {
  const err = await spError(sp.web.lists.getByTitle('BigList').items.filter("HCNote eq 'n1'")());
  expect(err).toEqual({ status: 500, code: THROTTLED, message: 'The attempted operation is prohibited because it exceeds the list view threshold.' });
});

it('pages through a selective indexed filter with odata.nextLink', async () => {
  const pages: number[] = [];
  for await (const page of sp.web.lists.getByTitle('BigList').items.select('Id', 'HCStatus').filter("HCStatus eq 'new'").top(100)) {
    pages.push((page as unknown[]).length);
  }
  expect(pages).toEqual([100, 100, 100]);
});

it('throttles an indexed clause that alone matches more than the threshold', async () => {
  const err = await spError(sp.web.lists.getByTitle('BigList').items.filter("HCStatus eq 'closed'")());
  expect(err.code).toBe(THROTTLED);
});

it('pages through the whole list ordered by ID', async () => {
  let total = 0;
  let last = 0;
  for await (const page of sp.web.lists.getByTitle('BigList').items.select('Id').top(500)) {
    for (const item of page as { Id: number }[]) {
      expect(item.Id).toBeGreaterThan(last);
      last = item.Id;
      total++;
    }
  }
  expect(total).toBe(6000);
});

it('throttles $orderby on a non-indexed column, allows it on an indexed one', async () => {
  const err = await spError(sp.web.lists.getByTitle('BigList').items.orderBy('HCNote')());
  expect(err.code).toBe(THROTTLED);
  const rows = await sp.web.lists.getByTitle('BigList').items.select('Id', 'HCStatus').filter("HCStatus eq 'new'").orderBy('HCStatus', false).top(5)();
  expect(rows).toHaveLength(5);
});

it('refuses $top above 5000', async () => {
  const err = await spError(sp.web.lists.getByTitle('BigList').items.top(5001)());
  expect(err.code).toBe(THROTTLED);
});

it('pages with a nextLink ordered by another indexed column', async () => {
  const ids: number[] = [];
  for await (const page of sp.web.lists.getByTitle('BigList').items.select('Id').filter("HCStatus eq 'new'").orderBy('HCStatus').orderBy('Id', false).top(120)) {
    ids.push(...(page as { Id: number }[]).map((p) => p.Id));
  }
  expect(ids).toHaveLength(300);
  expect(new Set(ids).size).toBe(300);
  expect(ids[0]).toBe(300);
});
