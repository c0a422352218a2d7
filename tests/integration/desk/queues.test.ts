// The desk's queues against the emulator with a low list view threshold (50), so that the same SharePoint
// rules a 100,000-ticket list meets are exercised with a few hundred tickets (bench/desk does 100,000). The
// queues read the desk's states (HelpTicketStates) only: the rows here are states, as intake writes them.
import '@pnp/sp/batching';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { OWNER, spError, start } from '../emulator/helpers';
import { SiteProvisioner } from '../../../src/data/provisioning';
import { DeskRepository } from '../../../src/data/desk';
import { dueDateAlarm, queueCounts, workload } from '../../../src/domain/desk/queues';

let emu: Emulator;
let sp: (user: string) => SPFI;
let teams: number[];
let ownerId: number;

let nextTicket = 1;

async function addTickets(rows: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) {
    const [batched, execute] = sp(OWNER).batched();
    const list = batched.web.lists.getByTitle('HelpTicketStates');
    rows.slice(i, i + 100).forEach((r) => { list.items.add({ ...r, HCTicketId: nextTicket++ }).catch(() => undefined); });
    await execute();
  }
}

beforeAll(async () => {
  const s = await start({ threshold: 50 });
  emu = s.emu;
  sp = s.sp;
  await new SiteProvisioner(sp(OWNER)).apply();
  ownerId = (await sp(OWNER).web.currentUser.select('Id')()).Id;
  const t1 = (await sp(OWNER).web.lists.getByTitle('HelpTeams').items.add({ Title: 'Informatique', HCLevel: 'L1' })).Id;
  const t2 = (await sp(OWNER).web.lists.getByTitle('HelpTeams').items.add({ Title: 'E-learning', HCLevel: 'L1' })).Id;
  teams = [t1, t2];
  const category = (await sp(OWNER).web.lists.getByTitle('HelpCategories').items.add({ Title: 'Wi-Fi', HCTitleEn: 'Wi-Fi' })).Id;
  const open = ['new', 'new', 'taken_in_charge', 'in_progress', 'awaiting_user'];
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < 600; i++) {
    const isOpen = i % 15 === 0; // 40 open tickets among 600
    rows.push({
      Title: `Ticket ${i}`, HCKind: 'assistance', HCCategoryId: category, HCTeamId: teams[i % 2],
      HCStatus: isOpen ? open[(i / 15) % open.length] : 'closed',
      HCAssignedToId: isOpen && i % 2 === 0 && open[(i / 15) % open.length] !== 'new' ? ownerId : null,
      HCDueDate: new Date(Date.UTC(2026, 10, i % 30 + 1)).toISOString(),
    });
  }
  await addTickets(rows);
});

afterAll(() => emu.close());

it('a naive "not closed" filter hits SharePoint\'s list view threshold', async () => {
  const err = await spError(sp(OWNER).web.lists.getByTitle('HelpTicketStates').items.select('Id').filter("HCStatus ne 'closed'")());
  expect(err.code).toMatch(/SPQueryThrottledException/);
});

it('reads every open ticket, with or without indexed filters, without hitting the threshold', async () => {
  const desk = new DeskRepository(sp(OWNER), 50);
  const open = await desk.openTickets();
  expect(open).toHaveLength(40);
  expect(open.every((t) => t.status !== 'closed')).toBe(true);
  expect(open.map((t) => t.id)).toEqual([...open.map((t) => t.id)].sort((a, b) => b - a));
  const team1 = await desk.openTickets({ teamId: teams[0] });
  expect(team1.length).toBeGreaterThan(0);
  expect(team1.every((t) => t.teamId === teams[0])).toBe(true);
  expect((await desk.openTickets({ priority: 'critical' }))).toEqual([]);
});

it('derives the queues and the workload from one snapshot', async () => {
  const open = await new DeskRepository(sp(OWNER), 50).openTickets();
  const at = new Date('2026-11-15T12:00:00Z');
  const counts = queueCounts(open, { me: ownerId, myTeams: [teams[0]] }, dueDateAlarm(at));
  expect(counts.allOpen).toBe(40);
  expect(counts.newForMyTeams).toBe(open.filter((t) => t.status === 'new' && t.teamId === teams[0]).length);
  expect(counts.mine).toBe(open.filter((t) => t.assignedTo && t.assignedTo.id === ownerId).length);
  expect(counts.mine).toBeGreaterThan(0);
  expect(counts.awaitingUser).toBe(8);
  expect(counts.late).toBe(open.filter((t) => t.status !== 'awaiting_user' && t.dueAt! < at).length);
  const load = workload(open);
  expect(load.byAgent[ownerId]).toBe(counts.mine);
  expect(load.unassigned + counts.mine).toBe(40);
});

it('falls back to one query per status when the open tickets alone exceed the threshold', async () => {
  const category = (await sp(OWNER).web.lists.getByTitle('HelpCategories').items.select('Id').top(1)())[0].Id;
  await addTickets(Array.from({ length: 30 }, (_, i) => ({ Title: `Backlog ${i}`, HCKind: 'assistance', HCCategoryId: category, HCStatus: 'in_progress' })));
  const open = await new DeskRepository(sp(OWNER), 50).openTickets();
  expect(open).toHaveLength(70);
});

it('reads what was finished recently, starting from the indexed Modified column', async () => {
  await new Promise((r) => setTimeout(r, 1100));
  const since = new Date(Math.floor(Date.now() / 1000) * 1000);
  const category = (await sp(OWNER).web.lists.getByTitle('HelpCategories').items.select('Id').top(1)())[0].Id;
  await addTickets(Array.from({ length: 5 }, (_, i) => ({ Title: `Fini ${i}`, HCKind: 'assistance', HCCategoryId: category, HCStatus: i % 2 ? 'resolved' : 'closed' })));
  const done = await new DeskRepository(sp(OWNER), 50).finishedSince(since);
  expect(done.map((t) => t.title).sort()).toEqual(['Fini 0', 'Fini 1', 'Fini 2', 'Fini 3', 'Fini 4']);
  // The same statuses over the whole period match more than the threshold: SharePoint refuses.
  await expect(new DeskRepository(sp(OWNER), 50).finishedSince(new Date('2026-01-01T00:00:00Z'))).rejects.toThrow(/threshold/);
});

it('reads the snapshot (open tickets and those finished recently) in one $batch on a list under the threshold', async () => {
  const other = await start();
  try {
    await new SiteProvisioner(other.sp(OWNER)).apply();
    const category = (await other.sp(OWNER).web.lists.getByTitle('HelpCategories').items.add({ Title: 'Wi-Fi', HCTitleEn: 'Wi-Fi' })).Id;
    const list = other.sp(OWNER).web.lists.getByTitle('HelpTicketStates');
    for (const [i, status] of ['new', 'in_progress', 'awaiting_user', 'resolved', 'closed'].entries()) {
      await list.items.add({ Title: `T${i}`, HCTicketId: i + 1, HCKind: 'assistance', HCCategoryId: category, HCStatus: status });
    }
    const before = other.emu.requests().length;
    const snap = await new DeskRepository(other.sp(OWNER)).snapshot(new Date(Date.now() - 86400000));
    const requests = other.emu.requests().slice(before);
    expect(requests).toHaveLength(1);
    expect(requests[0].path).toMatch(/\$batch/);
    expect(snap.open.map((t) => t.title).sort()).toEqual(['T0', 'T1', 'T2']);
    expect(snap.finished.map((t) => t.title).sort()).toEqual(['T3', 'T4']);
    const counts = queueCounts(snap.open.concat(snap.finished), { me: 0, myTeams: [] }, (t) => (t.title === 'T1' ? 'atRisk' : undefined));
    expect(counts).toMatchObject({ allOpen: 3, resolvedRecently: 2, late: 1, awaitingUser: 1, newForMyTeams: 1 });
  } finally {
    other.emu.close();
  }
});

it('past the threshold, the snapshot pages the open tickets and narrows the finished window instead of failing', async () => {
  const small = await new DeskRepository(sp(OWNER), 50).snapshot(new Date(Date.now() - 7 * 86400000));
  expect(small.open).toHaveLength(70);
  // Every closed ticket of this list was written seconds ago: no window of an hour or more fits under 50 rows.
  expect(small.finished).toEqual([]);
});
