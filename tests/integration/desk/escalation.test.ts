// An escalation as the receiving level sees it, against the emulator: an L1 agent escalates to the L2 team with a
// reason and names an L2 agent → the state carries escalatedAt/escalatedTo; the L2 agents' one-request snapshot lists it
// under "escalated to my team" (and the named one under "escalated to me"), with the requester's name, counted; the
// receiving queue, the named agent and the professor are told of it; a transfer ends the escalation.
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { DEMO_DOMAIN } from '../../../workbench/server/directory';
import { AGENT_L1, LEA, OWNER, TEACHER, addNotificationTemplates, confirmRequestedWatchers, graphAs, receiveTickets, setUpHelpCenter, start } from '../emulator/helpers';
import { DeskRepository } from '../../../src/data/desk';
import { TicketActionService, TicketRepository } from '../../../src/data/tickets';
import { QueueViewer, dueDateAlarm, inQueue, queueCounts } from '../../../src/domain/desk/queues';
import type { TicketAction } from '../../../src/domain/tickets/actions';

const MARC = `marc.lefebvre@${DEMO_DOMAIN}`;
const PHILIPPE = `philippe.garnier@${DEMO_DOMAIN}`;
const L2_QUEUE = `technique@${DEMO_DOMAIN}`;
let emu: Emulator;
let sp: (user: string) => SPFI;
let ids: Record<string, number>;
let teams: { l1: number; l2: number };
let category: number;

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await setUpHelpCenter(sp, [AGENT_L1, MARC, PHILIPPE]);
  ids = {};
  for (const email of [AGENT_L1, MARC, PHILIPPE, LEA, TEACHER]) ids[email] = (await sp(OWNER).web.ensureUser(`i:0#.f|membership|${email}`)).Id;
  const list = sp(OWNER).web.lists.getByTitle('HelpTeams');
  teams = {
    l1: (await list.items.add({ Title: 'Informatique N1', HCLevel: 'L1', HCMembersId: [ids[AGENT_L1]], HCQueueEmail: `informatique@${DEMO_DOMAIN}` })).Id,
    l2: (await list.items.add({ Title: 'Technique N2', HCLevel: 'L2', HCMembersId: [ids[MARC], ids[PHILIPPE]], HCQueueEmail: L2_QUEUE })).Id,
  };
  category = (await sp(OWNER).web.lists.getByTitle('HelpCategories').items.add({ Title: 'Wi-Fi', HCTitleEn: 'Wi-Fi', HCDefaultTeamId: teams.l1 })).Id;
  await addNotificationTemplates(sp);
});
afterAll(() => emu.close());

const desk = (email: string) => new TicketActionService(sp(email), graphAs(emu, email), (id) => `${emu.siteUrl}/SitePages/Desk.aspx?ticket=${id}`);
async function act(email: string, id: number, action: TicketAction): Promise<void> {
  const service = desk(email);
  const read = (await service.read(id))!;
  await service.act(id, read.stored.etag, action);
}
async function snapshotOf(email: string) {
  const s = await new DeskRepository(sp(email)).snapshot(new Date(Date.now() - 7 * 86400000));
  return s.open.concat(s.finished);
}
const viewer = (email: string, myTeams: number[]): QueueViewer => ({ me: ids[email], myTeams });

it('L1 escalates to L2 with a reason and a named agent: L2 finds it under "escalated to my team", Marc under "escalated to me"', async () => {
  const title = 'Wi-Fi coupé en salle B204';
  const ticket = await new TicketRepository(sp(LEA)).create({
    clientRequestId: title, title, description: 'Plus de réseau depuis ce matin.', kind: 'anomaly', categoryId: category, language: 'fr', watcherIds: [ids[TEACHER]]
  });
  const id = ticket.item.Id;
  await receiveTickets(emu, sp, AGENT_L1);
  await confirmRequestedWatchers(emu, sp, id, AGENT_L1);
  await act(AGENT_L1, id, { type: 'takeInCharge' });
  const before = emu.outbox().length;
  await act(AGENT_L1, id, { type: 'escalate', reason: 'Borne Wi-Fi à remplacer', level: 'L2', teamId: teams.l2, to: { id: ids[MARC], email: MARC, displayName: 'Marc Lefebvre' } });

  // The desk's state carries the escalation; Karim stays Léa's one interlocutor.
  const marcRows = await snapshotOf(MARC);
  const row = marcRows.filter((t) => t.id === id)[0];
  expect(row).toMatchObject({ status: 'taken_in_charge', level: 'L2', teamId: teams.l2, requester: { id: ids[LEA], displayName: 'Léa Dubois' },
    assignedTo: { id: ids[AGENT_L1] }, escalatedTo: { id: ids[MARC], displayName: 'Marc Lefebvre' } });
  expect(row.escalatedAt!.getTime()).toBeGreaterThan(Date.now() - 60000);

  const alarm = dueDateAlarm(new Date());
  expect(inQueue(row, 'escalatedToMyTeam', viewer(MARC, [teams.l2]), alarm)).toBe(true);
  expect(inQueue(row, 'escalatedToMe', viewer(MARC, [teams.l2]), alarm)).toBe(true);
  expect(queueCounts(marcRows, viewer(MARC, [teams.l2]), alarm)).toMatchObject({ escalatedToMyTeam: 1, escalatedToMe: 1, newForMyTeams: 0, allOpen: 1 });
  // Philippe, of the same team, sees it as his team's, not his; Karim (L1) has it as his, not as escalated to his team.
  expect(queueCounts(await snapshotOf(PHILIPPE), viewer(PHILIPPE, [teams.l2]), alarm)).toMatchObject({ escalatedToMyTeam: 1, escalatedToMe: 0 });
  expect(queueCounts(await snapshotOf(AGENT_L1), viewer(AGENT_L1, [teams.l1]), alarm)).toMatchObject({ escalatedToMyTeam: 0, escalatedToMe: 0, mine: 1 });

  // Told once each: the L2 queue, Marc by name, the professor; never Léa (her interlocutor did not change).
  const mails = emu.outbox().slice(before).filter((m) => m.subject.includes(`${id}`));
  const to = mails.map((m) => m.to.join(',')).sort();
  expect(to).toEqual([MARC, TEACHER, L2_QUEUE].sort());

  // A transfer hands it over as new: no longer an escalation in anyone's queue.
  await act(MARC, id, { type: 'transfer', reason: 'Relève de l\'équipe réseau N1', teamId: teams.l1 });
  const after = (await snapshotOf(MARC)).filter((t) => t.id === id)[0];
  expect(after).toMatchObject({ status: 'new', teamId: teams.l1, escalatedAt: undefined, escalatedTo: undefined });
  expect(queueCounts(await snapshotOf(MARC), viewer(MARC, [teams.l2]), alarm)).toMatchObject({ escalatedToMyTeam: 0, escalatedToMe: 0 });
});

it('the snapshot with the escalation and the requester\'s name is still one request', async () => {
  const before = emu.requests().length;
  await new DeskRepository(sp(MARC)).snapshot(new Date(Date.now() - 7 * 86400000));
  const requests = emu.requests().slice(before).filter((r) => r.path.includes('/_api/'));
  expect(requests).toHaveLength(1);
  expect(requests[0].path).toMatch(/\$batch/);
});

it('refuses an escalation naming someone who is not an agent of the receiving team, and changes nothing', async () => {
  const title = 'Imprimante B12 hors service';
  const ticket = await new TicketRepository(sp(LEA)).create({
    clientRequestId: title, title, description: 'Bourrage permanent.', kind: 'anomaly', categoryId: category, language: 'fr'
  });
  const id = ticket.item.Id;
  await receiveTickets(emu, sp, AGENT_L1);
  await act(AGENT_L1, id, { type: 'takeInCharge' });
  const before = (await desk(AGENT_L1).read(id))!;
  // Léa (a student) and the L1 agent himself are not of the L2 team: a hand-made request naming them is refused.
  for (const named of [LEA, AGENT_L1]) {
    await expect(act(AGENT_L1, id, { type: 'escalate', reason: 'Besoin du N2', level: 'L2', teamId: teams.l2, to: { id: ids[named], email: named } }))
      .rejects.toMatchObject({ code: 'notInReceivingTeam' });
  }
  const after = (await desk(AGENT_L1).read(id))!;
  expect(after.stored.etag).toBe(before.stored.etag);
  expect(after.ticket.escalatedAt).toBeUndefined();
});
