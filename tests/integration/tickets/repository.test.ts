// HelpTickets through the repository against the emulator: idempotent submit under faults, paging,
// ETag conflicts, version timeline, comments and item-level security.
import '@pnp/sp/site-users/web';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { AGENT_L1, LEA, OWNER, TOM, addNotificationTemplates, receiveTickets, setUpHelpCenter, start } from '../emulator/helpers';
import { NewTicketInput, TicketConflictError, TicketRepository } from '../../../src/data/tickets';

let emu: Emulator;
let sp: (user: string) => SPFI;
let categoryId: number;
let leaId: number;

function input(clientRequestId: string, title = 'Vidéoprojecteur en panne salle B204'): NewTicketInput {
  return { clientRequestId, title, description: 'Plus d\'image depuis ce matin.', kind: 'anomaly', categoryId, language: 'fr', incidentType: 'hardware', severity: 'repair' };
}

async function countByRequestId(id: string): Promise<number> {
  return (await sp(OWNER).web.lists.getByTitle('HelpTickets').items.select('Id').filter(`HCClientRequestId eq '${id}'`)()).length;
}

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await setUpHelpCenter(sp, [AGENT_L1]);
  await addNotificationTemplates(sp);
  categoryId = (await sp(OWNER).web.lists.getByTitle('HelpCategories').items.add({ Title: 'Salles', HCTitleEn: 'Rooms' })).Id;
  leaId = (await sp(LEA).web.currentUser.select('Id')()).Id;
});

afterAll(() => emu.close());
afterEach(() => emu.faults.clear());

it('creates a ticket once per client request id, even when the submit is sent again', async () => {
  const repo = new TicketRepository(sp(LEA));
  const a = await repo.create(input('req-1'));
  const b = await repo.create(input('req-1'));
  expect(b.item.Id).toBe(a.item.Id);
  expect(a.item).toMatchObject({ HCStatus: 'new', HCKind: 'anomaly', HCCategoryId: categoryId, AuthorId: leaId });
  expect(await countByRequestId('req-1')).toBe(1);
});

it('lands exactly one ticket through 503s and a connection dropped after SharePoint wrote the item', async () => {
  emu.faults.add({ match: 'HelpTickets.*/items$', status: 503, times: 2, retryAfter: 0 });
  emu.faults.add({ match: 'HelpTickets.*/items$', dropAfterWrite: true, times: 1 });
  const repo = new TicketRepository(sp(LEA));
  const ticket = await repo.create(input('req-2'), [{ name: 'capture.png', content: new Uint8Array([137, 80, 78, 71]).buffer }]);
  expect(emu.faults.list()).toEqual([]); // every injected fault was hit
  expect(await countByRequestId('req-2')).toBe(1);
  const files = await sp(LEA).web.lists.getByTitle('HelpTickets').items.getById(ticket.item.Id).attachmentFiles();
  expect(files.map((f: { FileName: string }) => f.FileName)).toEqual(['capture.png']);
  // The form retries the whole submit after a crash: still one ticket, still one attachment.
  await repo.create(input('req-2'), [{ name: 'capture.png', content: new Uint8Array([1]).buffer }]);
  expect(await countByRequestId('req-2')).toBe(1);
  expect(await sp(LEA).web.lists.getByTitle('HelpTickets').items.getById(ticket.item.Id).attachmentFiles()).toHaveLength(1);
});

it('pages the requester\'s own tickets by status, never showing another requester\'s', async () => {
  const lea = new TicketRepository(sp(LEA));
  for (let i = 0; i < 5; i++) await lea.create(input(`page-${i}`, `Demande ${i}`));
  await new TicketRepository(sp(TOM)).create(input('tom-1', 'Tom\'s printer'));
  // Before the desk receives them, her first page shows her own tickets as sent, not received.
  const sent = await lea.mine(leaId, { pageSize: 3 });
  expect(sent.items.every((t) => !t.received && t.AuthorId === leaId)).toBe(true);
  expect(sent.items.map((t) => t.Title)).not.toContain('Tom\'s printer');
  await receiveTickets(emu, sp);
  const first = await lea.mine(leaId, { status: 'new', pageSize: 3 });
  expect(first.items).toHaveLength(3);
  const second = await first.next!();
  const all = [...first.items, ...second.items];
  expect(all.every((t) => t.received && t.HCRequesterId === leaId)).toBe(true);
  expect(all.map((t) => t.Title)).not.toContain('Tom\'s printer');
  expect(new Set(all.map((t) => t.Id)).size).toBe(all.length);
  expect(all.map((t) => t.Id)).toEqual([...all.map((t) => t.Id)].sort((x, y) => y - x));
});

it('refuses a write made on a stale read with the current ticket, and keeps the status timeline', async () => {
  const lea = new TicketRepository(sp(LEA));
  const created = await lea.create(input('conflict-1'));
  await receiveTickets(emu, sp);
  const agentA = new TicketRepository(sp(AGENT_L1));
  const agentB = new TicketRepository(sp(OWNER));
  const readByA = (await agentA.get(created.item.Id))!;
  const readByB = (await agentB.get(created.item.Id))!;
  await agentA.update(readByA, readByA.etag, { HCStatus: 'taken_in_charge' });
  const conflict = agentB.update(readByB, readByB.etag, { HCStatus: 'taken_in_charge' });
  await expect(conflict).rejects.toBeInstanceOf(TicketConflictError);
  const error = (await conflict.catch((e: unknown) => e)) as TicketConflictError;
  expect(error.current.item.HCStatus).toBe('taken_in_charge');
  const latest = error.current;
  await agentB.update(latest, latest.etag, { HCStatus: 'in_progress', HCPublicMessage: 'Nous regardons.', HCSequence: 2 });
  // The requester cannot write the desk's state: she reads it.
  await expect(lea.update(latest, '*', { HCStatus: 'closed' })).rejects.toMatchObject({ status: 403 });
  const steps = await lea.timeline(latest.item.stateId!);
  expect(steps.map((s) => s.status)).toEqual(['new', 'taken_in_charge', 'in_progress']);
  await sp(LEA).web.lists.getByTitle('HelpTicketClaims').items.add({ HCTicketId: created.item.Id, HCAction: 'comment', HCMessage: 'Merci, voici une précision.', HCClaimKey: `${created.item.Id}|c1` });
  expect(await new TicketRepository(sp(TOM)).get(created.item.Id)).toBeUndefined();
  await lea.addAttachment(created.item.Id, 'précision.txt', new TextEncoder().encode('voir pièce').buffer as ArrayBuffer);
  emu.clearRequests();
  const page = (await lea.ticketPage(created.item.Id))!;
  // One $batch, then the state's versions (the timeline and the desk's messages).
  expect(emu.requests().filter((r) => r.path.includes('/_api/')).map((r) => r.method)).toEqual(['POST', 'GET']);
  expect(page.ticket.item.HCStatus).toBe('in_progress');
  expect(page.timeline.map((s) => s.status)).toEqual(['new', 'taken_in_charge', 'in_progress']);
  expect(page.comments.map((c) => [c.from, c.text])).toEqual([['desk', 'Nous regardons.'], ['requester', 'Merci, voici une précision.']]);
  expect(page.files.map((f) => f.name)).toEqual(['précision.txt']);
  expect(await new TicketRepository(sp(TOM)).ticketPage(created.item.Id)).toBeUndefined();
});

it('a ticket an agent files for a student becomes the student\'s: they read and follow it, others do not', async () => {
  const agentId = (await sp(AGENT_L1).web.currentUser.select('Id')()).Id;
  const ticket = await new TicketRepository(sp(AGENT_L1)).create({
    ...input('phone-1', 'Appel : badge refusé'), channel: 'phone', beneficiaryId: leaId, beneficiaryLoginName: `i:0#.f|membership|${LEA}`, filedById: agentId,
  });
  expect(ticket.item).toMatchObject({ AuthorId: leaId, HCFiledById: agentId, HCBeneficiaryId: leaId, HCChannel: 'phone' });
  expect((await new TicketRepository(sp(LEA)).get(ticket.item.Id))?.item.Title).toBe('Appel : badge refusé');
  expect(await new TicketRepository(sp(TOM)).get(ticket.item.Id)).toBeUndefined();
  const filed = await new TicketRepository(sp(AGENT_L1)).filedBy(agentId);
  expect(filed.items.map((t) => t.Id)).toContain(ticket.item.Id);
  // A retry of the same submit changes nothing.
  const again = await new TicketRepository(sp(AGENT_L1)).create({ ...input('phone-1', 'Appel : badge refusé'), beneficiaryId: leaId, beneficiaryLoginName: `i:0#.f|membership|${LEA}`, filedById: agentId });
  expect(again.item.Id).toBe(ticket.item.Id);
  expect(await countByRequestId('phone-1')).toBe(1);
});

it('agents read and add internal notes with the ticket page; requesters can read neither over REST', async () => {
  const lea = new TicketRepository(sp(LEA));
  const ticket = await lea.create(input('notes-1', 'ENT inaccessible'));
  await receiveTickets(emu, sp);
  const agent = new TicketRepository(sp(AGENT_L1));
  await agent.addInternalNote(ticket.item.Id, 'Vérifier le compte dans l\'annuaire.');
  const page = (await agent.ticketPage(ticket.item.Id, { internalNotes: true }))!;
  expect(page.notes.map((n) => n.text)).toEqual(['Vérifier le compte dans l\'annuaire.']);
  expect(page.names).toMatchObject({ requester: 'Léa Dubois', requesterEmail: LEA });
  expect((await lea.ticketPage(ticket.item.Id))!.notes).toEqual([]);
  await expect(lea.ticketPage(ticket.item.Id, { internalNotes: true })).rejects.toMatchObject({ status: expect.any(Number) });
  await expect(sp(LEA).web.lists.getByTitle('HelpInternalNotes').items.select('Id', 'HCBody')()).rejects.toMatchObject({ status: expect.any(Number) });
  await expect(lea.addInternalNote(ticket.item.Id, 'x')).rejects.toMatchObject({ status: expect.any(Number) });
});
