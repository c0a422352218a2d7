// A lookup projection never reveals fields of an item the caller cannot read. SharePoint security-trims every
// item read (item-level permissions: https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/ms477655(v=office.15)
// ReadSecurity "users can read only items they created"); whether it also trims the fields projected through a
// lookup (`$select=HCTicket/Title&$expand=HCTicket`) is not documented (searched Microsoft Learn, sp-dev-docs and
// PnPjs issues), so the workbench takes the stricter reading: the projection of an unreadable item is null, in
// $select, and a $filter or $orderby on a projected field sees no value. The lookup id stays visible (it is a
// value of the caller's own item).
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { LEA, OWNER, TOM, provisionList, start } from './helpers';

let emu: Emulator;
let sp: (user: string) => SPFI;
let tomsTicket: number;
let leasTicket: number;

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await provisionList(sp(OWNER), 'Tickets', [], { ReadSecurity: 2 });
  const tickets = (await sp(OWNER).web.lists.getByTitle('Tickets').select('Id')<{ Id: string }>()).Id;
  await provisionList(sp(OWNER), 'Remarks', [`<Field Type="Lookup" Name="HCTicket" DisplayName="Ticket" List="{${tickets}}" ShowField="Title" />`]);
  tomsTicket = (await sp(TOM).web.lists.getByTitle('Tickets').items.add({ Title: 'Tom: secret exam grade' })).Id;
  leasTicket = (await sp(LEA).web.lists.getByTitle('Tickets').items.add({ Title: 'Léa: wifi' })).Id;
  await sp(LEA).web.lists.getByTitle('Remarks').items.add({ Title: 'pointing at Tom', HCTicketId: tomsTicket });
  await sp(LEA).web.lists.getByTitle('Remarks').items.add({ Title: 'pointing at mine', HCTicketId: leasTicket });
});

afterAll(() => emu.close());

const remarks = (user: string) => sp(user).web.lists.getByTitle('Remarks').items;

it('does not project the fields of a target item the caller cannot read (ReadSecurity 2)', async () => {
  expect(await sp(LEA).web.lists.getByTitle('Tickets').items.select('Id')()).toEqual([expect.objectContaining({ Id: leasTicket })]);
  const rows = await remarks(LEA).select('Title', 'HCTicketId', 'HCTicket/Title', 'HCTicket/Id').expand('HCTicket').orderBy('ID')<
    { Title: string; HCTicketId: number; HCTicket: { Title?: string } | null }[]>();
  expect(rows[0]).toMatchObject({ Title: 'pointing at Tom', HCTicketId: tomsTicket, HCTicket: null });
  expect(JSON.stringify(rows[0])).not.toContain('secret');
  expect(rows[1]).toMatchObject({ HCTicketId: leasTicket, HCTicket: { Title: 'Léa: wifi' } });
  const one = await remarks(LEA).getById(1).select('HCTicket/Title').expand('HCTicket')();
  expect(one).toMatchObject({ HCTicket: null });
});

it('does not let a $filter or $orderby on a projected field probe an unreadable item', async () => {
  const probe = await remarks(LEA).select('Title').expand('HCTicket').filter("startswith(HCTicket/Title, 'Tom')")();
  expect(probe).toEqual([]);
  const exact = await remarks(LEA).select('Title').expand('HCTicket').filter("HCTicket/Title eq 'Tom: secret exam grade'")();
  expect(exact).toEqual([]);
});

it('projects them for those who can read the target item', async () => {
  const asOwner = await remarks(OWNER).select('HCTicket/Title').expand('HCTicket').orderBy('ID')<{ HCTicket: { Title: string } }[]>();
  expect(asOwner.map((r) => r.HCTicket.Title)).toEqual(['Tom: secret exam grade', 'Léa: wifi']);
  const filtered = await remarks(OWNER).select('Title').expand('HCTicket').filter("startswith(HCTicket/Title, 'Tom')")();
  expect(filtered).toHaveLength(1);
});
