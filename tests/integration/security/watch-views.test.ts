// Issue 12: a professor the student asked to keep informed opens what he is entitled to see — the request's
// summary, status and public history — from HelpTicketWatches, the desk's projection for him (one row per ticket
// and watcher, written by the desk, its Author set to him so ReadSecurity 2 shows it to him alone). He reads
// neither the ticket, its state, the notes nor the outbox; nor anyone else's row; and he cannot change his own.
import { DEMO_DOMAIN } from '../../../workbench/server/directory';
import {
  AGENT_L1, LEA, OWNER, TEACHER, TOM, agentAct, claimsSite, fileTicket, itemPath, loginOf, receive, rest, stateOf, validateUpdate, deskOf, type ClaimsSite
} from './claimsFixture';
import { confirmRequestedWatchers } from '../emulator/helpers';
import { createMyTicketsServices } from '../../../src/data/tickets/MyTicketsServices';
import { TicketRepository } from '../../../src/data/tickets';
import { WATCHES_LIST, WATCH_ROW_HEAD_SELECT, type WatchRowHead } from '../../../src/data/tickets/watchViews';
import { watchKey } from '../../../src/domain/tickets/watchView';

jest.setTimeout(120000);

const SOPHIE = `sophie.bernard@${DEMO_DOMAIN}`;
const NOTE = 'Note interne : étudiante déjà signalée';
const REASON = 'Raison interne : dossier médical à vérifier';
const REPLY = 'Votre tiers temps est accordé pour la salle B204.';

let f: ClaimsSite;
let id: number;

/** The watch rows of a ticket, as an agent reads them. */
async function rowsOf(ticketId: number): Promise<WatchRowHead[]> {
  return await f.sp(AGENT_L1).web.lists.getByTitle(WATCHES_LIST).items.select(...WATCH_ROW_HEAD_SELECT).filter(`HCTicketId eq ${ticketId}`).orderBy('ID', true).top(50)() as WatchRowHead[];
}
const rowOf = async (ticketId: number, email: string): Promise<WatchRowHead> => (await rowsOf(ticketId)).filter(r => r.HCWatchKey === watchKey(ticketId, f.ids[email]))[0];

beforeAll(async () => {
  f = await claimsSite();
  f.ids[SOPHIE] = (await f.sp(OWNER).web.ensureUser(`i:0#.f|membership|${SOPHIE}`)).Id;
  id = await fileTicket(f, LEA, 'Tiers temps pour l\'examen de droit', { watcherIds: [f.ids[TEACHER], f.ids[SOPHIE]] });
  await receive(f);
  await confirmRequestedWatchers(f.emu, f.sp, id);
  await agentAct(f, id, { type: 'takeInCharge' });
  await agentAct(f, id, { type: 'addInternalNote', body: NOTE });
  await agentAct(f, id, { type: 'replyPublic', message: REPLY });
  await agentAct(f, id, { type: 'escalate', reason: REASON, level: 'L2' });
});
afterAll(() => f.emu.close());

it('the desk writes one row per confirmed watcher, given to him as its Author', async () => {
  const rows = await rowsOf(id);
  expect(rows.map(r => r.HCWatcherId).sort()).toEqual([f.ids[TEACHER], f.ids[SOPHIE]].sort());
  rows.forEach(r => { expect(r.AuthorId).toBe(r.HCWatcherId); expect(r.HCActive).toBe(true); expect(r.HCFilesShared).toBe(false); });
});

it('an agent\'s action updates the professor\'s view: status, the desk\'s public reply, the hand-over — no note, no reason', async () => {
  const mine = await createMyTicketsServices(f.sp(TEACHER)).followedRequest(id);
  if (mine.kind !== 'view') throw new Error('The professor has no view of the request.');
  expect(mine.view.status).toBe('in_progress');
  expect(mine.view.title).toBe('Tiers temps pour l\'examen de droit');
  expect(mine.view.requester).toBe('Léa Dubois');
  expect(mine.view.history.map(h => h.event)).toEqual(['filed', 'status', 'status', 'reply', 'handedOver']);
  expect(mine.view.history.filter(h => h.event === 'reply')[0].message).toBe(REPLY);
  expect(mine.view.history.filter(h => h.event === 'handedOver')[0].level).toBe('L2');
  const json = JSON.stringify(mine);
  expect(json).not.toContain('Note interne');
  expect(json).not.toContain('Raison interne');
  expect(mine.files).toEqual([]);
  const list = await createMyTicketsServices(f.sp(TEACHER)).followed();
  expect(list.items.map(i => [i.ticketId, i.status])).toEqual([[id, 'in_progress']]);
});

it('the professor reads neither the ticket, its state, its notes, its outbox, nor another professor\'s row', async () => {
  const state = await stateOf(f, id);
  expect((await rest(f, TEACHER, 'GET', itemPath('HelpTickets', id))).status).toBe(404);
  expect((await rest(f, TEACHER, 'GET', itemPath('HelpTicketStates', state.Id))).status).toBe(404);
  const states = await rest(f, TEACHER, 'GET', `web/lists/getbytitle('HelpTicketStates')/items?$select=Id&$filter=HCTicketId eq ${id}`);
  expect((states.json as { value: unknown[] }).value).toEqual([]);
  for (const list of ['HelpInternalNotes', 'HelpNotifications']) {
    // SharePoint answers as if the list did not exist (404) to someone without any access to it.
    expect([403, 404]).toContain((await rest(f, TEACHER, 'GET', `web/lists/getbytitle('${list}')/items?$select=Id`)).status);
  }
  expect(await new TicketRepository(f.sp(TEACHER)).ticketPage(id)).toBeUndefined();
  const sophies = await rowOf(id, SOPHIE);
  expect((await rest(f, TEACHER, 'GET', itemPath(WATCHES_LIST, sophies.Id))).status).toBe(404);
  const all = await rest(f, TEACHER, 'GET', `web/lists/getbytitle('${WATCHES_LIST}')/items?$select=Id,HCWatcherId&$filter=HCTicketId eq ${id}`);
  expect((all.json as { value: { HCWatcherId: number }[] }).value.map(r => r.HCWatcherId)).toEqual([f.ids[TEACHER]]);
});

it('a student reads no watcher\'s row, not even of her own request', async () => {
  for (const who of [LEA, TOM]) {
    const rows = await rest(f, who, 'GET', `web/lists/getbytitle('${WATCHES_LIST}')/items?$select=Id&$filter=HCTicketId eq ${id}`);
    expect((rows.json as { value: unknown[] }).value).toEqual([]);
    expect((await createMyTicketsServices(f.sp(who)).followedRequest(id)).kind).toBe('notFollowed');
  }
});

it('the professor cannot edit, rewrite or delete his row', async () => {
  const row = await rowOf(id, TEACHER);
  const merge = await rest(f, TEACHER, 'POST', itemPath(WATCHES_LIST, row.Id), { HCStatus: 'resolved' }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
  expect(merge.status).toBe(403);
  const rewrite = await validateUpdate(f, TEACHER, WATCHES_LIST, row.Id, { HCView: '{}', Author: loginOf(TEACHER) }, false);
  expect(rewrite.status).toBe(403);
  expect((await rest(f, TEACHER, 'POST', itemPath(WATCHES_LIST, row.Id), undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' })).status).toBe(403);
  expect((await rest(f, TEACHER, 'POST', `${itemPath(WATCHES_LIST, row.Id)}/recycle()`)).status).toBe(403);
  expect((await rest(f, TEACHER, 'POST', `web/lists/getbytitle('${WATCHES_LIST}')/items`, { HCTicketId: 999, HCWatchKey: '999|1', HCWatcherId: f.ids[TEACHER] })).status).toBe(403);
  const after = await rowOf(id, TEACHER);
  expect(after.Modified).toBe(row.Modified);
  expect((await createMyTicketsServices(f.sp(TEACHER)).followedRequest(id)).kind).toBe('view');
});

it('a removed watcher\'s row goes inactive: she no longer sees the request', async () => {
  const desk = deskOf(f, AGENT_L1);
  const read = (await desk.read(id))!;
  await desk.act(id, read.stored.etag, { type: 'confirmWatchers', watchers: read.ticket.watchers.filter(w => w.id === f.ids[TEACHER]) });
  expect((await rowOf(id, SOPHIE)).HCActive).toBe(false);
  expect((await rowOf(id, TEACHER)).HCActive).toBe(true);
  expect((await createMyTicketsServices(f.sp(SOPHIE)).followedRequest(id)).kind).toBe('notFollowed');
  expect((await createMyTicketsServices(f.sp(SOPHIE)).followed()).items).toEqual([]);
});

it('the requester\'s files are copied to the watchers\' rows only when she chose to share them', async () => {
  const shared = await fileTicket(f, LEA, 'Certificat médical', { watcherIds: [f.ids[TEACHER]], shareFiles: true });
  const kept = await fileTicket(f, LEA, 'Relevé de notes', { watcherIds: [f.ids[TEACHER]] });
  const lea = new TicketRepository(f.sp(LEA));
  await lea.addAttachment(shared, 'certificat.txt', new TextEncoder().encode('certificat').buffer as ArrayBuffer);
  await lea.addAttachment(kept, 'releve.txt', new TextEncoder().encode('relevé privé').buffer as ArrayBuffer);
  await receive(f);
  for (const t of [shared, kept]) await confirmRequestedWatchers(f.emu, f.sp, t);
  const withFiles = await createMyTicketsServices(f.sp(TEACHER)).followedRequest(shared);
  if (withFiles.kind !== 'view') throw new Error('No view of the shared request.');
  expect(withFiles.files.map(x => x.name)).toEqual(['certificat.txt']);
  const download = await fetch(`${new URL(f.emu.siteUrl).origin}${withFiles.files[0].url}`, { headers: { ...(await import('../emulator/helpers')).as(f.emu, TEACHER) } });
  expect(await download.text()).toBe('certificat');
  const without = await createMyTicketsServices(f.sp(TEACHER)).followedRequest(kept);
  if (without.kind !== 'view') throw new Error('No view of the private request.');
  expect(without.files).toEqual([]);
  const keptRow = await rowOf(kept, TEACHER);
  const files = await rest(f, AGENT_L1, 'GET', `${itemPath(WATCHES_LIST, keptRow.Id)}/AttachmentFiles`);
  expect((files.json as { value: unknown[] }).value).toEqual([]);
  // Once copied, a later action copies nothing again.
  await agentAct(f, shared, { type: 'takeInCharge' });
  const row = await rowOf(shared, TEACHER);
  expect(row.HCFilesShared).toBe(true);
  const again = await rest(f, AGENT_L1, 'GET', `${itemPath(WATCHES_LIST, row.Id)}/AttachmentFiles`);
  expect((again.json as { value: unknown[] }).value).toHaveLength(1);
});

it('a sync that failed does not fail the agent\'s action, and the housekeeping writes the row again', async () => {
  const t = await fileTicket(f, LEA, 'Accès Moodle', { watcherIds: [f.ids[TEACHER]] });
  await receive(f);
  await confirmRequestedWatchers(f.emu, f.sp, t);
  // A desk that wrote the state and closed before the rows (or whose sync failed): the row is behind.
  const state = await stateOf(f, t);
  await f.sp(AGENT_L1).web.lists.getByTitle('HelpTicketStates').items.getById(state.Id).update({ HCStatus: 'in_progress', HCSequence: (state.HCSequence || 0) + 1 });
  expect((await rowsOf(t))[0]).toBeDefined();
  const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    // A person the desk names but SharePoint does not know: the action stands, the failure is logged.
    const desk = deskOf(f, AGENT_L1);
    const read = (await desk.read(t))!;
    await expect(desk.act(t, read.stored.etag, { type: 'confirmWatchers', watchers: read.ticket.watchers.concat([{ id: 987654, email: 'ghost@x' }]) })).resolves.toBeDefined();
    expect(errors.mock.calls.some(c => String(c[0]).indexOf('kept informed') >= 0)).toBe(true);
    // The ghost leaves; the housekeeping's pass brings the professor's row up to the state.
    const again = (await desk.read(t))!;
    const state2 = await stateOf(f, t);
    await f.sp(AGENT_L1).web.lists.getByTitle('HelpTicketStates').items.getById(state2.Id).update({ HCWatchersId: [f.ids[TEACHER]] });
    expect(again.ticket.status).toBe('in_progress');
    expect(await desk.resyncWatchViews()).toBe(1);
  } finally {
    errors.mockRestore();
  }
  const view = await createMyTicketsServices(f.sp(TEACHER)).followedRequest(t);
  expect(view.kind === 'view' && view.view.status).toBe('in_progress');
});
