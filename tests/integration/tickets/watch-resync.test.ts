// The housekeeping's pass over the watchers' rows on a busy desk: more states changed in 48 hours than one query may
// match (the list view threshold, 50 here instead of 5,000) — the pass narrows its window instead of failing, and still
// writes the row a failed sync left behind.
import { InjectHeaders } from '@pnp/queryable';
import { OWNER, TEACHER, start } from '../emulator/helpers';
import type { Emulator } from '../../../workbench/server';
import type { SPFI } from '@pnp/sp';
import { SiteProvisioner } from '../../../src/data/provisioning';
import { TicketActionService } from '../../../src/data/tickets/TicketActionService';
import { WATCH_RESYNC_WINDOWS_HOURS, staleWatchTickets } from '../../../src/data/tickets/watchViews';
import { createMyTicketsServices } from '../../../src/data/tickets/MyTicketsServices';
import { exceedsListViewThreshold } from '../../../src/data/sp/errors';

jest.setTimeout(180000);

/** States the desk changed ten hours ago: more than the threshold. */
const OLD = 520;

let emu: Emulator;
let sp: (user: string) => SPFI;

beforeAll(async () => {
  ({ emu, sp } = await start({ threshold: OLD - 20 }));
  await new SiteProvisioner(sp(OWNER)).apply();
});
afterAll(() => emu.close());

it('narrows its window past the threshold and resyncs the followed ticket changed within it', async () => {
  const owner = sp(OWNER);
  const me = (await owner.web.currentUser.select('Id')()).Id;
  const professor = (await owner.web.ensureUser(`i:0#.f|membership|${TEACHER}`)).Id;
  const states = owner.web.lists.getByTitle('HelpTicketStates');
  // States the desk changed ten hours ago, then the one ticket whose watcher's row a failed sync left out.
  const tenHoursAgo = new Date(Date.now() - 10 * 3600000).toISOString();
  for (let i = 0; i < OLD; i += 100) {
    const [batched, execute] = owner.batched({ headersCopyPattern: /Accept|Content-Type|X-Workbench-Time/i });
    const list = batched.web.lists.getByTitle('HelpTicketStates');
    const added = [];
    for (let j = i; j < Math.min(OLD, i + 100); j++) {
      added.push(list.items.using(InjectHeaders({ 'X-Workbench-Time': tenHoursAgo })).add({ Title: `Ancienne ${j}`, HCTicketId: 1000 + j, HCRequesterId: me, HCStatus: 'in_progress' }));
    }
    await execute();
    await Promise.all(added);
  }
  await states.items.add({ Title: 'Tiers temps', HCTicketId: 5000, HCRequesterId: me, HCStatus: 'in_progress', HCLevel: 'L1', HCWatchersId: [professor], HCSequence: 3 });

  const since = (hours: number): Date => new Date(Date.now() - hours * 3600000);
  expect(WATCH_RESYNC_WINDOWS_HOURS[0]).toBe(48);
  const refused = await staleWatchTickets(owner, since(48)).then(() => undefined, (e: unknown) => e);
  expect(exceedsListViewThreshold(refused)).toBe(true);

  const desk = new TicketActionService(owner, () => Promise.reject(new Error('no mail')), id => `${emu.siteUrl}/SitePages/MyRequests.aspx?ticket=${id}`);
  expect(await desk.resyncWatchViews()).toBe(1);
  const seen = await createMyTicketsServices(sp(TEACHER)).followedRequest(5000);
  expect(seen.kind === 'view' && seen.view.status).toBe('in_progress');
  // Up to date now: the next pass has nothing to do.
  expect(await desk.resyncWatchViews()).toBe(0);
});

it('finds a row one change behind even when the status and the second are the same (the change number decides)', async () => {
  const owner = sp(OWNER);
  const me = (await owner.web.currentUser.select('Id')()).Id;
  const professor = (await owner.web.ensureUser(`i:0#.f|membership|${TEACHER}`)).Id;
  const state = await owner.web.lists.getByTitle('HelpTicketStates').items.add({
    Title: 'Salle B12', HCTicketId: 6000, HCRequesterId: me, HCStatus: 'in_progress', HCLevel: 'L1', HCWatchersId: [professor], HCSequence: 4
  });
  const desk = new TicketActionService(owner, () => Promise.reject(new Error('no mail')), id => `${emu.siteUrl}/SitePages/MyRequests.aspx?ticket=${id}`);
  await desk.resyncWatchViews();
  expect(await staleWatchTickets(owner, new Date(Date.now() - 3600000))).not.toContain(6000);
  // A public reply keeps the status; its sync was lost: only the change number tells the row is behind.
  await owner.web.lists.getByTitle('HelpTicketStates').items.getById(state.Id).update({ HCSequence: 5, HCPublicMessage: 'La salle est rouverte.' });
  expect(await staleWatchTickets(owner, new Date(Date.now() - 3600000))).toContain(6000);
  expect(await desk.resyncWatchViews()).toBeGreaterThanOrEqual(1);
  expect(await staleWatchTickets(owner, new Date(Date.now() - 3600000))).not.toContain(6000);
});
