// Problems (ITIL), derogation approvals and the "who was informed" log, through the data layer against the
// emulator: a problem's resolution resolves its open incidents and informs each requester once; the approver
// gets a mail with the approval link and decides as themselves; the log is trimmed by item-level security.
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { DEMO_DOMAIN } from '../../../workbench/server/directory';
import { LEA, OWNER, TEACHER, TOM, setUpHelpCenter, start, addNotificationTemplates, graphAs as graphClientAs, receiveTickets, confirmRequestedWatchers } from '../emulator/helpers';
import { applyPendingClaims } from '../../../src/data/desk/claimsOnDesk';
import { TicketActionError, TicketActionService, TicketRepository, createMyTicketsServices, informedAbout } from '../../../src/data/tickets';
import { ProblemRepository } from '../../../src/data/desk/ProblemRepository';

const JULIE = `julie.petit@${DEMO_DOMAIN}`;
const REFERENT = `philippe.garnier@${DEMO_DOMAIN}`;
let emu: Emulator;
let sp: (user: string) => SPFI;
let ids: Record<string, number>;
let team: number;
let category: number;

const graphAs = (email: string) => graphClientAs(emu, email);
const link = (id: number, purpose?: 'approval') => `${emu.siteUrl}/SitePages/${purpose === 'approval' ? `Desk.aspx?ticket=${id}&approval=1` : `MyRequests.aspx?ticket=${id}`}`;
const service = (email: string) => new TicketActionService(sp(email), graphAs(email), link);
const mailsTo = (email: string, ticketId: number) => emu.outbox().filter((m) => m.to.includes(email) && m.subject.includes(`${ticketId}`));

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await setUpHelpCenter(sp, [JULIE, REFERENT]);
  ids = {};
  for (const email of [JULIE, REFERENT, LEA, TOM, TEACHER]) ids[email] = (await sp(OWNER).web.ensureUser(`i:0#.f|membership|${email}`)).Id;
  team = (await sp(OWNER).web.lists.getByTitle('HelpTeams').items.add({ Title: 'E-learning N1', HCLevel: 'L1', HCMembersId: [ids[JULIE], ids[REFERENT]] })).Id;
  category = (await sp(OWNER).web.lists.getByTitle('HelpCategories').items.add({ Title: 'Moodle', HCTitleEn: 'Moodle', HCDefaultTeamId: team })).Id;
  await addNotificationTemplates(sp);
});
afterAll(() => emu.close());

async function file(as: string, title: string, kind: 'assistance' | 'problem' = 'assistance'): Promise<number> {
  const t = await new TicketRepository(sp(as)).create({
    clientRequestId: `${title}-${as}`, title, description: 'Moodle ne répond plus.', kind, categoryId: category, language: 'fr', watcherIds: [ids[TEACHER]],
  });
  await receiveTickets(emu, sp, JULIE);
  await confirmRequestedWatchers(emu, sp, t.item.Id, JULIE);
  return t.item.Id;
}

async function act(as: string, id: number, action: Parameters<TicketActionService['act']>[2]) {
  const s = service(as);
  const read = (await s.read(id))!;
  return s.act(id, read.stored.etag, action);
}

it('resolving a problem resolves its open incidents and informs every requester once; a closed incident is left alone', async () => {
  const problem = await file(JULIE, 'Moodle indisponible (problème)', 'problem');
  const [a, b, c] = [await file(LEA, 'Moodle ne charge pas'), await file(TOM, 'Moodle down'), await file(LEA, 'Moodle lent')];
  for (const id of [a, b, c]) await act(JULIE, id, { type: 'linkToProblem', problemId: problem });
  await act(JULIE, c, { type: 'resolve', resolution: 'Cache vidé.' });
  await act(JULIE, c, { type: 'close' });
  // An incident cannot be a problem's problem, nor a problem be linked.
  await expect(act(JULIE, problem, { type: 'linkToProblem', problemId: a })).rejects.toMatchObject({ code: 'problemCannotBeLinked' });
  expect((await new ProblemRepository(sp(JULIE)).linkedIncidents(problem)).map((t) => t.id).sort()).toEqual([a, b, c].sort());

  const before = emu.outbox().length;
  const out = await act(JULIE, problem, { type: 'resolveProblem', resolution: 'Le serveur Moodle a été redémarré.' });
  expect(out.ticket.item.HCStatus).toBe('resolved');
  expect(out.events.map((e) => e.type).sort()).toEqual(['problemResolved', 'resolvedByProblem', 'resolvedByProblem']);
  const rows = await sp(OWNER).web.lists.getByTitle('HelpTicketStates').items.select('HCTicketId', 'HCStatus', 'HCResolution').filter(`HCProblemId eq ${problem}`)();
  const byId = Object.fromEntries(rows.map((r: { HCTicketId: number; HCStatus: string; HCResolution: string }) => [r.HCTicketId, r]));
  expect(byId[a]).toMatchObject({ HCStatus: 'resolved', HCResolution: 'Le serveur Moodle a été redémarré.' });
  expect(byId[b]).toMatchObject({ HCStatus: 'resolved' });
  expect(byId[c]).toMatchObject({ HCStatus: 'closed', HCResolution: 'Cache vidé.' });
  const sent = emu.outbox().slice(before);
  expect(sent.filter((m) => m.to.includes(LEA) && m.subject.includes(`${a}`))).toHaveLength(1);
  expect(sent.filter((m) => m.to.includes(`tom.baker@${DEMO_DOMAIN}`) && m.subject.includes(`${b}`))).toHaveLength(1);
  expect(sent.filter((m) => m.subject.includes(`${c}`))).toHaveLength(0);
});

it('publishes an announcement about a problem that the help bar\'s query finds', async () => {
  const problem = await file(JULIE, 'Wi-Fi coupé bâtiment B (problème)', 'problem');
  const repo = new ProblemRepository(sp(JULIE));
  const id = await repo.publishAnnouncement({ problemId: problem, title: 'Wi-Fi coupé bâtiment B', body: 'Nous savons, nous nous en occupons.', severity: 'outage', language: 'fr', start: new Date(Date.now() - 60000), end: new Date(Date.now() + 86400000) });
  const now = new Date().toISOString();
  const shown = await sp(LEA).web.lists.getByTitle('Announcements').items.select('Id', 'Title', 'HCProblemId').filter(`HCEnd ge datetime'${now}'`)();
  expect(shown).toEqual(expect.arrayContaining([expect.objectContaining({ Id: id, Title: 'Wi-Fi coupé bâtiment B', HCProblemId: problem })]));
  await expect(repo.publishAnnouncement({ problemId: problem, title: ' ', body: 'x', severity: 'info', language: 'fr', start: new Date(), end: new Date(Date.now() + 1000) })).rejects.toThrow(/title/);
  // Resolving the problem ends its announcement.
  await act(JULIE, problem, { type: 'resolveProblem', resolution: 'Borne remplacée.' });
  const after = await sp(LEA).web.lists.getByTitle('Announcements').items.select('Id').filter(`HCEnd ge datetime'${new Date().toISOString()}'`)();
  expect(after.map((a: { Id: number }) => a.Id)).not.toContain(id);
  await expect(new ProblemRepository(sp(LEA)).publishAnnouncement({ problemId: problem, title: 'Faux', body: 'x', severity: 'info', language: 'fr', start: new Date(), end: new Date(Date.now() + 1000) }))
    .rejects.toMatchObject({ status: 403 });
});

it('a derogation: the approver is mailed the approval link, decides as themselves; who, when and the decision are recorded', async () => {
  const id = await file(LEA, 'Tiers-temps pour l\'examen en ligne');
  await act(JULIE, id, { type: 'takeInCharge' });
  const before = emu.outbox().length;
  await act(JULIE, id, { type: 'requestApproval', approver: { id: ids[REFERENT], email: REFERENT, displayName: 'Philippe Garnier' }, reason: 'Tiers-temps <b>médical</b>' });
  const asked = emu.outbox().slice(before).filter((m) => m.to.includes(REFERENT));
  expect(asked).toHaveLength(1);
  // Mustache escapes the link as HTML entities, which the mail client decodes in the href.
  const decoded = asked[0].body.replace(/&#x2F;/g, '/').replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
  expect(decoded).toContain(`href="${emu.siteUrl}/SitePages/Desk.aspx?ticket=${id}&approval=1"`);
  expect(decoded).toContain('Tiers-temps &lt;b&gt;médical&lt;/b&gt;');
  expect(emu.outbox().slice(before).filter((m) => m.to.includes(TEACHER))).toHaveLength(1);
  // Only the named approver decides (or the desk, saying it records their decision).
  await expect(act(JULIE, id, { type: 'decideApproval', decision: 'approved' })).rejects.toBeInstanceOf(TicketActionError);
  const out = await act(REFERENT, id, { type: 'decideApproval', decision: 'approved', comment: 'Accordé.' });
  const approval = JSON.parse(out.ticket.item.HCApproval!);
  expect(approval).toMatchObject({ decision: 'approved', comment: 'Accordé.', decidedBy: { id: ids[REFERENT] }, requestedBy: { id: ids[JULIE] } });
  expect(new Date(approval.decidedAt).getTime()).toBeGreaterThan(Date.now() - 60000);
  expect(mailsTo(JULIE, id).some((m) => /accordée|approuvée/.test(m.subject))).toBe(true);
});

it('the log of who was informed: the desk reads every row with its sending state; a requester reads the state\'s log, never the outbox', async () => {
  const id = await file(LEA, 'Quiz introuvable');
  await act(JULIE, id, { type: 'takeInCharge' });
  await act(JULIE, id, { type: 'askForInformation', message: 'Quel cours ?' });
  // Her answer is a claim; the desk applies it and sends its mails.
  await createMyTicketsServices(sp(LEA)).act(id, { kind: 'answer', text: 'Le cours de chimie.' }, 'quiz-answer');
  expect(await applyPendingClaims(service(JULIE), sp(JULIE))).toBe(1);
  const desk = await informedAbout(sp(JULIE), id);
  expect(desk.map((e) => `${e.event}:${e.email}`)).toEqual(expect.arrayContaining([
    `takeInCharge:${LEA}`, `takeInCharge:${TEACHER}`, `askForInformation:${LEA}`, `requesterAnswered:${JULIE}`, `requesterAnswered:${TEACHER}`,
  ]));
  expect(desk.every((e) => !!e.sentAt && !e.failed && !!e.displayName)).toBe(true);
  // The outbox is the desk's: a requester reads none of it.
  await expect(sp(LEA).web.lists.getByTitle('HelpNotifications').items.select('Id').top(1)()).rejects.toMatchObject({ status: expect.any(Number) });
  // The desk's state keeps its own log (HCInformed), written with each change: the requester reads all of it.
  await act(JULIE, id, { type: 'addInternalNote', body: 'Voir avec le service Moodle.' });
  const mine = await createMyTicketsServices(sp(LEA)).ticketPage(id);
  expect(mine!.informed!.map((e) => `${e.event}:${e.email}`)).toEqual([
    // The filing: her and the team's queue (named, no address for her to see); the professor she asked to keep
    // informed once an agent confirmed him.
    `file:${LEA}`, 'file:', `confirmWatchers:${TEACHER}`,
    `takeInCharge:${LEA}`, `takeInCharge:${TEACHER}`, `askForInformation:${LEA}`, `askForInformation:${TEACHER}`, `requesterAnswered:${JULIE}`, `requesterAnswered:${TEACHER}`,
  ]);
  expect(mine!.informed!.every((e) => !!e.informedAt && (!!e.displayName || e.role === 'teamQueue'))).toBe(true);
});

it('the requester\'s answer ends the pause: the due date moves by the business hours spent awaiting them', async () => {
  const calendar = { timeZone: 'Europe/Paris', weekly: { mon: [{ start: '08:00', end: '18:00' }], tue: [{ start: '08:00', end: '18:00' }], wed: [{ start: '08:00', end: '18:00' }],
    thu: [{ start: '08:00', end: '18:00' }], fri: [{ start: '08:00', end: '18:00' }], sat: [], sun: [] }, periods: [], holidays: [] };
  await sp(OWNER).web.lists.getByTitle('HelpSettings').items.add({ Title: 'businessHours.default', HCSettingKey: 'businessHours.default', HCValue: JSON.stringify(calendar) });
  const id = await file(LEA, 'Note d\'examen absente');
  const due = new Date(Date.now() + 3 * 86400000);
  const [state] = await sp(OWNER).web.lists.getByTitle('HelpTicketStates').items.select('Id').filter(`HCTicketId eq ${id}`)();
  await sp(OWNER).web.lists.getByTitle('HelpTicketStates').items.getById(state.Id).update({ HCDueDate: due.toISOString() });
  await act(JULIE, id, { type: 'takeInCharge' });
  await act(JULIE, id, { type: 'askForInformation', message: 'Quelle épreuve ?' });
  const waiting = (await service(JULIE).read(id))!;
  const pausedAt = waiting.ticket.statusHistory.filter((h) => h.status === 'awaiting_user').slice(-1)[0].at;
  const answeredAt = new Date(pausedAt.getTime() + 7 * 86400000);
  // The desk applies her answer (a claim) a week later, on her behalf.
  const lea = { person: waiting.ticket.requester, isAgent: false, teamIds: [], isSiteOwner: false };
  const out = await service(JULIE).act(id, waiting.stored.etag, { type: 'requesterAnswered', message: 'Chimie organique.' }, answeredAt, lea);
  const moved = new Date(out.ticket.item.HCDueDate!);
  const { businessMinutesBetween } = await import('../../../src/domain/sla');
  // A week of pause holds five business days: the due date moves by exactly the business time of the pause.
  expect(businessMinutesBetween(calendar, pausedAt, answeredAt)).toBeGreaterThanOrEqual(5 * 600 - 1);
  // (to the minute: SharePoint keeps whole seconds and business minutes are rounded down)
  expect(Math.abs(businessMinutesBetween(calendar, due, moved) - businessMinutesBetween(calendar, pausedAt, answeredAt))).toBeLessThanOrEqual(1);
  // Leaving the pause to resolve does not move it: a finished ticket has no due date to keep.
  const again = (await service(JULIE).read(id))!;
  await service(JULIE).act(id, again.stored.etag, { type: 'askForInformation', message: 'Et la session ?' });
  const w2 = (await service(JULIE).read(id))!;
  const resolved = await service(JULIE).act(id, w2.stored.etag, { type: 'resolve', resolution: 'Note saisie.' }, new Date(Date.now() + 30 * 86400000));
  expect(resolved.ticket.item.HCDueDate).toBe(out.ticket.item.HCDueDate);
});
