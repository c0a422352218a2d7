// The desk's actions through the domain against the emulator: take in charge, ask, answer, escalate, resolve,
// with the professor (watcher) emailed at each step exactly once, and two agents taking the same ticket at once.
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { DEMO_DOMAIN } from '../../../workbench/server/directory';
import { AGENT_L1, LEA, OWNER, TEACHER, setUpHelpCenter, start, addNotificationTemplates, graphAs as graphClientAs, receiveTickets, confirmRequestedWatchers } from '../emulator/helpers';
import { applyPendingClaims } from '../../../src/data/desk/claimsOnDesk';
import { createMyTicketsServices } from '../../../src/data/tickets';
import { TicketActionError, TicketActionService, TicketConflictError, TicketRepository } from '../../../src/data/tickets';

const ELEARNING = `julie.petit@${DEMO_DOMAIN}`;
const L2 = `marc.lefebvre@${DEMO_DOMAIN}`;
let emu: Emulator;
let sp: (user: string) => SPFI;
let ids: Record<string, number>;
let teams: { elearning: number; it2: number };
let category: number;

const graphAs = (email: string) => graphClientAs(emu, email);
const service = (email: string) => new TicketActionService(sp(email), graphAs(email), (id) => `${emu.siteUrl}/SitePages/MyRequests.aspx?ticket=${id}`);
const mailsTo = (email: string, ticketId: number) => emu.outbox().filter((m) => m.to.includes(email) && m.subject.includes(`${ticketId}`));

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await setUpHelpCenter(sp, [AGENT_L1, ELEARNING, L2]);
  ids = {};
  for (const email of [AGENT_L1, ELEARNING, L2, LEA, TEACHER]) ids[email] = (await sp(OWNER).web.ensureUser(`i:0#.f|membership|${email}`)).Id;
  const list = sp(OWNER).web.lists.getByTitle('HelpTeams');
  teams = {
    elearning: (await list.items.add({ Title: 'E-learning N1', HCLevel: 'L1', HCMembersId: [ids[ELEARNING]], HCQueueEmail: `elearning@${DEMO_DOMAIN}` })).Id,
    it2: (await list.items.add({ Title: 'Technique N2', HCLevel: 'L2', HCMembersId: [ids[L2], ids[AGENT_L1]], HCQueueEmail: `technique@${DEMO_DOMAIN}` })).Id,
  };
  // The desk gives a new ticket the category's team (never a team the form or the requester names).
  category = (await sp(OWNER).web.lists.getByTitle('HelpCategories').items.add({ Title: 'Examens en ligne', HCTitleEn: 'Online exams', HCDefaultTeamId: teams.elearning })).Id;
  await addNotificationTemplates(sp);
});
afterAll(() => emu.close());

async function file(title: string): Promise<number> {
  const t = await new TicketRepository(sp(LEA)).create({
    clientRequestId: title, title, description: 'Mon examen Moodle ne se charge plus.', kind: 'assistance', categoryId: category, language: 'fr',
    watcherIds: [ids[TEACHER]],
  });
  await receiveTickets(emu, sp, ELEARNING);
  await confirmRequestedWatchers(emu, sp, t.item.Id, ELEARNING);
  return t.item.Id;
}

it('takes in charge, asks, gets an answer, escalates to L2, resolves: the professor is emailed at each step, once', async () => {
  const id = await file('Examen Moodle bloqué');
  const julie = service(ELEARNING);
  let read = (await julie.read(id))!;
  let out = await julie.act(id, read.stored.etag, { type: 'takeInCharge' });
  expect(out.ticket.item).toMatchObject({ HCStatus: 'taken_in_charge', HCAssignedToId: ids[ELEARNING], HCSequence: 2 }); // 1: the watchers confirmed
  expect(out.mailSent).toBe(true);

  read = (await julie.read(id))!;
  out = await julie.act(id, read.stored.etag, { type: 'askForInformation', message: 'Pouvez-vous envoyer une capture nominative ?' });
  expect(out.ticket.item.HCStatus).toBe('awaiting_user');

  // Her answer is her claim; the desk applies it on her behalf.
  await createMyTicketsServices(sp(LEA)).act(id, { kind: 'answer', text: 'Voici la capture.' }, 'answer-1');
  expect(await applyPendingClaims(julie, sp(ELEARNING))).toBe(1);
  expect((await julie.read(id))!.ticket.status).toBe('in_progress');

  read = (await julie.read(id))!;
  out = await julie.act(id, read.stored.etag, { type: 'escalate', level: 'L2', teamId: teams.it2, reason: 'Serveur Moodle : besoin de l\'équipe technique.' });
  expect(out.ticket.item).toMatchObject({ HCLevel: 'L2', HCTeamId: teams.it2, HCAssignedToId: ids[ELEARNING] });

  const marc = service(L2);
  read = (await marc.read(id))!;
  out = await marc.act(id, read.stored.etag, { type: 'resolve', resolution: 'Le serveur d\'examens a été redémarré.' });
  expect(out.ticket.item).toMatchObject({ HCStatus: 'resolved', HCResolution: 'Le serveur d\'examens a été redémarré.' });

  const toTeacher = mailsTo(TEACHER, id);
  expect(toTeacher.length).toBeGreaterThanOrEqual(4);
  expect(new Set(toTeacher.map((m) => `${m.subject}|${m.body}`)).size).toBe(toTeacher.length);
  expect(mailsTo(LEA, id).length).toBeGreaterThanOrEqual(3);
  const page = (await new TicketRepository(sp(LEA)).ticketPage(id))!;
  expect(page.comments.map((c) => [c.from, c.text])).toEqual([['desk', 'Pouvez-vous envoyer une capture nominative ?'], ['requester', 'Voici la capture.']]);
  await expect(sp(LEA).web.lists.getByTitle('HelpInternalNotes').items.select('Id')()).rejects.toMatchObject({ status: expect.any(Number) });
  // Doing the last action again is a conflict (the ETag moved), and nothing is sent twice.
  const before = emu.outbox().length;
  await expect(marc.act(id, read.stored.etag, { type: 'resolve', resolution: 'x' })).rejects.toBeInstanceOf(TicketConflictError);
  expect(emu.outbox().length).toBe(before);
});

it('two agents taking the same ticket at once: one owner, one clear conflict', async () => {
  const id = await file('Dépôt de devoir impossible');
  const [a, b] = [service(ELEARNING), service(OWNER)];
  const [ra, rb] = [(await a.read(id))!, (await b.read(id))!];
  const results = await Promise.allSettled([a.act(id, ra.stored.etag, { type: 'takeInCharge' }), b.act(id, rb.stored.etag, { type: 'takeInCharge' })]);
  expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
  expect(refused.reason).toBeInstanceOf(TicketConflictError);
  // Retrying on the fresh version, the domain names who has it.
  const fresh = (await b.read(id))!;
  await expect(b.act(id, fresh.stored.etag, { type: 'takeInCharge' })).rejects.toMatchObject({ code: 'alreadyTakenBy' });
  expect((await a.read(id))!.ticket.assignedTo).toBeDefined();
});

it('a requester cannot act as the desk', async () => {
  const id = await file('Accès refusé au cours');
  const lea = service(LEA);
  const read = (await lea.read(id))!;
  await expect(lea.act(id, read.stored.etag, { type: 'takeInCharge' })).rejects.toBeInstanceOf(TicketActionError);
});

it('housekeeping closes stale tickets once, even when two desks run it at once', async () => {
  const waiting = await file('Plus de nouvelles');
  const resolved = await file('Résolue depuis longtemps');
  const julie = service(ELEARNING);
  for (const [id, steps] of [[waiting, [{ type: 'takeInCharge' }, { type: 'askForInformation', message: 'Toujours bloqué ?' }]], [resolved, [{ type: 'takeInCharge' }, { type: 'resolve', resolution: 'Réglé.' }]]] as const) {
    for (const step of steps) {
      const read = (await julie.read(id))!;
      await julie.act(id, read.stored.etag, step as never);
    }
  }
  const settings = sp(OWNER).web.lists.getByTitle('HelpSettings');
  await settings.items.add({ Title: 'businessHours.default', HCSettingKey: 'businessHours.default', HCValue: JSON.stringify({
    timeZone: 'Europe/Paris', weekly: { mon: [{ start: '08:00', end: '18:00' }], tue: [{ start: '08:00', end: '18:00' }], wed: [{ start: '08:00', end: '18:00' }],
      thu: [{ start: '08:00', end: '18:00' }], fri: [{ start: '08:00', end: '18:00' }], sat: [], sun: [] }, periods: [], holidays: [] }) });
  const later = new Date(Date.now() + 30 * 86400000);
  const before = emu.outbox().length;
  const [a, b] = await Promise.all([service(ELEARNING).housekeep(later), service(L2).housekeep(later)]);
  expect(a + b).toBeGreaterThanOrEqual(2);
  const rows = await sp(OWNER).web.lists.getByTitle('HelpTicketStates').items.select('HCTicketId', 'HCStatus').filter(`HCTicketId eq ${waiting} or HCTicketId eq ${resolved}`)();
  expect(Object.fromEntries(rows.map((r: { HCTicketId: number; HCStatus: string }) => [r.HCTicketId, r.HCStatus]))).toEqual({ [waiting]: 'no_follow_up', [resolved]: 'closed' });
  const notices = emu.outbox().slice(before).filter((m) => m.to.includes(LEA));
  // One notice per closed ticket to its requester, although two desks ran housekeeping at the same time.
  for (const id of [waiting, resolved]) expect(notices.filter((m) => m.subject.includes(`${id}`))).toHaveLength(1);
  expect(await service(ELEARNING).housekeep(later)).toBe(0);
});

it('a requester who does not answer is reminded once, with the question, then the request closes without follow-up', async () => {
  const id = await file('Toujours pas de réponse');
  const julie = service(ELEARNING);
  for (const step of [{ type: 'takeInCharge' }, { type: 'askForInformation', message: 'Quel navigateur utilisez-vous ?' }]) {
    const read = (await julie.read(id))!;
    await julie.act(id, read.stored.etag, step as never);
  }
  const settings = sp(OWNER).web.lists.getByTitle('HelpSettings');
  const existing = await settings.items.select('Id', 'HCSettingKey').filter("HCSettingKey eq 'businessHours.default' or HCSettingKey eq 'tickets.autoClose'")();
  for (const row of existing as { Id: number }[]) await settings.items.getById(row.Id).delete();
  await settings.items.add({ Title: 'businessHours.default', HCSettingKey: 'businessHours.default', HCValue: JSON.stringify({
    timeZone: 'Europe/Paris', weekly: { mon: [{ start: '08:00', end: '18:00' }], tue: [{ start: '08:00', end: '18:00' }], wed: [{ start: '08:00', end: '18:00' }],
      thu: [{ start: '08:00', end: '18:00' }], fri: [{ start: '08:00', end: '18:00' }], sat: [], sun: [] }, periods: [], holidays: [] }) });
  // Reminded after 2 business days, closed after 5 (at least 7 calendar days): 5 days later she is due a reminder only.
  await settings.items.add({ Title: 'tickets.autoClose', HCSettingKey: 'tickets.autoClose',
    HCValue: JSON.stringify({ resolvedToClosedDays: 7, awaitingUserReminderDays: 2, awaitingUserToNoFollowUpDays: 5 }) });
  const before = (await julie.read(id))!;
  const since = emu.outbox().length;
  const later = new Date(Date.now() + 5 * 86400000);
  await Promise.all([service(ELEARNING).housekeep(later), service(L2).housekeep(later)]);
  await service(ELEARNING).housekeep(later);
  // The request itself is unchanged: same status, same change number, the question still the desk's last message to her.
  const after = (await julie.read(id))!;
  expect([after.ticket.status, after.ticket.sequence]).toEqual(['awaiting_user', before.ticket.sequence]);
  const mine = await createMyTicketsServices(sp(LEA)).ticketPage(id);
  expect(mine!.view.publicMessage).toBe('Quel navigateur utilisez-vous ?');
  expect(mine!.informed!.filter((e) => e.event === 'awaitingUserReminder').map((e) => e.email)).toEqual([LEA]);
  // An internal note moves the change number (a new outbox key), not the question: still no second reminder.
  const noted = (await julie.read(id))!;
  await julie.act(id, noted.stored.etag, { type: 'addInternalNote', body: 'Relancée, on attend.' });
  await service(ELEARNING).housekeep(later);
  const sent = emu.outbox().slice(since).filter((m) => m.subject.includes(`${id}`));
  // One mail, to her alone (the teacher kept informed is not reminded), although three housekeeping runs saw it due.
  expect(sent.map((m) => m.to)).toEqual([[LEA]]);
  expect(sent[0].subject).toContain('nous attendons toujours votre réponse');
  expect(sent[0].body).toContain('Quel navigateur utilisez-vous ?');
  expect(sent[0].body).toMatch(/Sans réponse de votre part d'ici le \d{1,2} \S+ \d{4} au soir, elle sera close sans suite\./);
  // Past the no-follow-up delay: closed, and told so (no second reminder).
  const closing = emu.outbox().length;
  await service(ELEARNING).housekeep(new Date(Date.now() + 12 * 86400000));
  expect((await julie.read(id))!.ticket.status).toBe('no_follow_up');
  const last = emu.outbox().slice(closing).filter((m) => m.subject.includes(`${id}`) && m.to.includes(LEA));
  expect(last.map((m) => m.subject.includes('close sans suite'))).toEqual([true]);
});

it('two desks applying the same claim at once: applied once, and she is told it was applied', async () => {
  const id = await file('Réponse appliquée deux fois');
  const julie = service(ELEARNING);
  for (const step of [{ type: 'takeInCharge' }, { type: 'askForInformation', message: 'Quel navigateur ?' }] as const) {
    const read = (await julie.read(id))!;
    await julie.act(id, read.stored.etag, step);
  }
  await createMyTicketsServices(sp(LEA)).act(id, { kind: 'answer', text: 'Firefox.' }, 'twice-1');
  const before = emu.outbox().length;
  const [a, b] = await Promise.all([applyPendingClaims(julie, sp(ELEARNING)), applyPendingClaims(service(AGENT_L1), sp(AGENT_L1))]);
  expect(a + b).toBe(1);
  const page = (await new TicketRepository(sp(LEA)).ticketPage(id))!;
  expect(page.ticket.item.HCStatus).toBe('in_progress');
  expect(page.claims.map((c) => [c.applied, c.outcome])).toEqual([[true, 'applied']]);
  // One change, so one mail per person informed.
  const sent = emu.outbox().slice(before).filter((m) => m.subject.includes(`${id}`));
  expect(new Set(sent.map((m) => m.to.join())).size).toBe(sent.length);
});

it('a claim a desk took and never finished (its tab reloaded) waits for it 30 s, then another desk applies it; she reads "applied"', async () => {
  const id = await file('Réponse prise par un onglet fermé');
  const julie = service(ELEARNING);
  for (const step of [{ type: 'takeInCharge' }, { type: 'askForInformation', message: 'Quelle salle ?' }] as const) {
    const read = (await julie.read(id))!;
    await julie.act(id, read.stored.etag, step);
  }
  await createMyTicketsServices(sp(LEA)).act(id, { kind: 'answer', text: 'B204.' }, 'stalled-1');
  // A desk takes the claim (as applyPendingClaims does) and its tab goes away before applying it.
  const claims = sp(ELEARNING).web.lists.getByTitle('HelpTicketClaims');
  const [claim] = await claims.items.select('Id', 'HCOutcome').filter(`HCTicketId eq ${id}`)() as { Id: number; HCOutcome: string | null }[];
  const takenAt = new Date();
  await claims.items.getById(claim.Id).update({ HCOutcome: `Applying: ${takenAt.toISOString()} stalled` });
  // Within the takeover delay it is left to that desk: nothing applied.
  expect(await applyPendingClaims(julie, sp(ELEARNING), new Date(takenAt.getTime() + 20000), id)).toBe(0);
  expect((await julie.read(id))!.ticket.status).toBe('awaiting_user');
  // After it, another desk takes it over and applies it once.
  expect(await applyPendingClaims(service(AGENT_L1), sp(AGENT_L1), new Date(takenAt.getTime() + 31000), id)).toBe(1);
  const page = (await new TicketRepository(sp(LEA)).ticketPage(id))!;
  expect(page.ticket.item.HCStatus).toBe('in_progress');
  expect(page.claims.map((c) => [c.applied, c.outcome])).toEqual([[true, 'applied']]);
});
