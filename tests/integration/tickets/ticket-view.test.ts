// The ticket view model against the emulator: a maintenance incident filed through the real form services (room,
// equipment, incident type, intervention, priority) shows every captured field, its place named with its room and
// building, in the desk's page data and in the requester's — before and after the desk received it — in two requests.
import '@pnp/sp/site-users/web';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { AGENT_L1, LEA, OWNER, TOM, addNotificationTemplates, graphAs, receiveTickets, setUpHelpCenter, start } from '../emulator/helpers';
import { createTicketFormServices } from '../../../src/data/intake';
import { TicketRepository, createMyTicketsServices } from '../../../src/data/tickets';
import type { TicketPageData } from '../../../src/data/tickets';

let emu: Emulator;
let sp: (user: string) => SPFI;
let category: number;
let room: number;
let projector: number;
let leaId: number;

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await setUpHelpCenter(sp, [AGENT_L1]);
  await addNotificationTemplates(sp);
  const places = sp(OWNER).web.lists.getByTitle('HelpLocations');
  room = (await places.items.add({ Title: 'Salle B204', HCLocationKind: 'room', HCBuilding: 'Bâtiment B' })).Id;
  projector = (await places.items.add({ Title: 'Vidéoprojecteur Epson', HCLocationKind: 'equipment', HCParentLocationId: room })).Id;
  category = (await sp(OWNER).web.lists.getByTitle('HelpCategories').items.add({
    Title: 'Maintenance des salles', HCTitleEn: 'Room maintenance', HCFormFields: ['location', 'equipment', 'incidentType', 'severity', 'priority'],
  })).Id;
  leaId = (await sp(LEA).web.currentUser.select('Id')()).Id;
});
afterAll(() => emu.close());

async function fileIncident(): Promise<number> {
  const result = await createTicketFormServices(sp(LEA), graphAs(emu, LEA)).submit({
    ticket: {
      clientRequestId: `incident-${Date.now()}`, title: 'Plus d\'image sur le vidéoprojecteur', description: 'L\'écran reste bleu.', kind: 'anomaly',
      categoryId: category, language: 'fr', locationId: projector, incidentType: 'hardware', severity: 'repair', priority: 'high',
    },
    attachments: [],
    ticketLink: (id) => `${emu.siteUrl}/SitePages/MyRequests.aspx?ticket=${id}`,
  });
  return result.ticketId;
}

const byKey = (data: TicketPageData) => {
  const out: Record<string, unknown> = {};
  data.view.fields.forEach((f) => { out[f.key] = f.value; });
  return out;
};

it('shows the requester every field she captured, with the equipment named in its room, before the desk received it', async () => {
  const id = await fileIncident();
  const mine = (await createMyTicketsServices(sp(LEA)).ticketPage(id))!;
  expect(mine.view).toMatchObject({ id, title: 'Plus d\'image sur le vidéoprojecteur', status: 'new', received: false, open: true, finished: false });
  expect(byKey(mine)).toMatchObject({
    kind: { kind: 'code', code: 'anomaly' }, category: { kind: 'category', id: category }, location: { kind: 'place', id: projector },
    incidentType: { kind: 'code', code: 'hardware' }, severity: { kind: 'code', code: 'repair' }, priority: { kind: 'code', code: 'high' },
  });
  expect(mine.view.names.places[projector]).toEqual({ name: 'Vidéoprojecteur Epson', kind: 'equipment', building: undefined, room: { name: 'Salle B204', building: 'Bâtiment B' } });
  expect(mine.view.names.categories[category]).toEqual({ fr: 'Maintenance des salles', en: 'Room maintenance' });
  // The desk's own fields are not the requester's to see.
  expect(Object.keys(byKey(mine))).not.toContain('requester');
  expect(Object.keys(byKey(mine))).not.toContain('level');
});

it('shows the desk every captured field and the desk\'s own ones once received, in two requests', async () => {
  const id = await fileIncident();
  await receiveTickets(emu, sp);
  emu.clearRequests();
  const desk = (await new TicketRepository(sp(AGENT_L1)).ticketPage(id, { internalNotes: true }))!;
  // One $batch, then one $batch of the state's versions and the place.
  expect(emu.requests().filter((r) => r.path.includes('/_api/')).map((r) => r.method)).toEqual(['POST', 'POST']);
  const fields = byKey(desk);
  expect(fields).toMatchObject({
    requester: { kind: 'person', person: { id: leaId, email: LEA } }, kind: { kind: 'code', code: 'anomaly' }, category: { kind: 'category', id: category },
    location: { kind: 'place', id: projector }, incidentType: { kind: 'code', code: 'hardware' }, severity: { kind: 'code', code: 'repair' },
    channel: { kind: 'code', code: 'portal' }, level: { kind: 'code', code: 'L1' }, createdAt: { kind: 'date' },
  });
  expect((fields.requester as { person: { displayName?: string } }).person.displayName).toBeTruthy();
  // The desk's priority is its own; the one she asked for shows beside it only when they differ.
  const priority = (fields.priority as { code: string }).code;
  if (priority === 'high') expect(fields.askedPriority).toBeUndefined();
  else expect(fields.askedPriority).toEqual({ kind: 'code', code: 'high' });
  expect(desk.view.names.places[projector].room).toEqual({ name: 'Salle B204', building: 'Bâtiment B' });
  expect(desk.view).toMatchObject({ received: true, status: 'new', open: true });

  const mine = (await createMyTicketsServices(sp(LEA)).ticketPage(id))!;
  expect(Object.keys(byKey(mine))).toEqual(expect.arrayContaining(['kind', 'category', 'location', 'incidentType', 'severity', 'priority', 'channel']));
  expect(mine.view.names.places[projector].name).toBe('Vidéoprojecteur Epson');
});

it('names who filed a request on someone\'s behalf, and through which channel', async () => {
  const agentId = (await sp(AGENT_L1).web.currentUser.select('Id')()).Id;
  const result = await createTicketFormServices(sp(AGENT_L1), graphAs(emu, AGENT_L1)).submit({
    ticket: {
      clientRequestId: 'phone-1', title: 'Salle B204 : tableau interactif', description: 'Appel de Léa.', kind: 'anomaly', categoryId: category, language: 'fr',
      locationId: room, incidentType: 'whiteboard', channel: 'phone', beneficiaryId: leaId, beneficiaryLoginName: `i:0#.f|membership|${LEA}`, filedById: agentId,
    },
    attachments: [],
    filedByAgent: true,
    ticketLink: (id) => `${emu.siteUrl}/SitePages/MyRequests.aspx?ticket=${id}`,
  });
  await receiveTickets(emu, sp);
  const desk = (await new TicketRepository(sp(AGENT_L1)).ticketPage(result.ticketId, { internalNotes: true }))!;
  expect(byKey(desk)).toMatchObject({
    beneficiary: { kind: 'person', person: { id: leaId } }, filedBy: { kind: 'person', person: { id: agentId } }, channel: { kind: 'code', code: 'phone' },
    location: { kind: 'place', id: room },
  });
  expect(desk.view.names.places[room]).toMatchObject({ name: 'Salle B204', building: 'Bâtiment B' });
  const mine = (await createMyTicketsServices(sp(LEA)).ticketPage(result.ticketId))!;
  expect((byKey(mine).filedBy as { person: { id: number } }).person.id).toBe(agentId);
  // Nobody else reads it.
  expect(await createMyTicketsServices(sp(TOM)).ticketPage(result.ticketId)).toBeUndefined();
});

it('reads My requests\' first page and the requests she follows in one $batch after the viewer\'s, then pages alone', async () => {
  await fileIncident();
  const services = createMyTicketsServices(sp(LEA));
  await services.viewer();
  emu.clearRequests();
  const [page, followed] = await Promise.all([services.list('mine'), services.followed()]);
  expect(emu.requests().filter((r) => r.path.includes('/_api/')).map((r) => r.method)).toEqual(['POST']);
  expect(page.items.length).toBeGreaterThan(0);
  expect(followed.items).toEqual([]);
  // A refresh reads again, on its own.
  emu.clearRequests();
  await services.followed();
  await services.list('mine');
  expect(emu.requests().filter((r) => r.path.includes('/_api/')).length).toBe(2);
});
