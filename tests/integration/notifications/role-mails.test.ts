// Each person gets the mail written for their role, once per change, in their language, with a link to a page they
// may open — through the real desk services against the emulator, reading the workbench's outbox:
// the requester's confirmation, the watcher's own mail (English, follow link, no desk fields), the team queue told of
// a new request and of an escalation with its reason, a public reply to the requester and each confirmed watcher,
// the requester's answer (a claim the desk applies) and the approver's decision to the assignee.
import '@pnp/sp/site-users/web';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { DEMO_DOMAIN } from '../../../workbench/server/directory';
import { AGENT_L1, LEA, OWNER, TEACHER, addNotificationTemplates, graphAs, setUpHelpCenter, start } from '../emulator/helpers';
import { TicketActionService, TicketRepository, createMyTicketsServices } from '../../../src/data/tickets';
import { TicketIntake } from '../../../src/data/desk/TicketIntake';
import { applyPendingClaims } from '../../../src/data/desk/claimsOnDesk';
import { applyApproverDecision } from '../../../src/data/tickets/approverDecisionsOnDesk';
import { createApprovalDecisionServices } from '../../../src/data/tickets/approvalDecisions';
import { approvalRequestFromUrl, pageLinks } from '../../../src/data/pageLinks';

const EMILY = `emily.clarke@${DEMO_DOMAIN}`;
const MARC = `marc.lefebvre@${DEMO_DOMAIN}`;
const N1_QUEUE = `assistance-n1@${DEMO_DOMAIN}`;
const N2_QUEUE = `technique-n2@${DEMO_DOMAIN}`;

let emu: Emulator;
let sp: (user: string) => SPFI;
let ids: Record<string, number>;
let teams: { n1: number; n2: number };
let category: number;
let ticketId: number;

const service = (email: string): TicketActionService => new TicketActionService(sp(email), graphAs(emu, email), pageLinks(emu.siteUrl));

/** What the mails sent since `from` say, per recipient: the links unescaped as a mail client reads them. */
function sentSince(from: number): { to: string; subject: string; body: string; href: string }[] {
  return emu.outbox().slice(from).filter(m => m.subject.includes(`${ticketId}`)).map(m => {
    const match = /href="([^"]+)"/.exec(m.body);
    const href = match ? match[1].replace(/&#x2F;/g, '/').replace(/&#x3D;/g, '=').replace(/&amp;/g, '&') : '';
    return { to: m.to[0], subject: m.subject, body: m.body, href };
  });
}

async function act(email: string, action: Parameters<TicketActionService['act']>[2]): Promise<void> {
  const s = service(email);
  const read = (await s.read(ticketId))!;
  await s.act(ticketId, read.stored.etag, action);
}

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await setUpHelpCenter(sp, [AGENT_L1, MARC]);
  ids = {};
  // Emily signs in with a login name (UPN) that is not her e-mail address.
  for (const email of [AGENT_L1, MARC, LEA, TEACHER]) ids[email] = (await sp(OWNER).web.ensureUser(`i:0#.f|membership|${email}`)).Id;
  ids[EMILY] = (await sp(OWNER).web.ensureUser(`i:0#.f|membership|eclarke@${DEMO_DOMAIN}`)).Id;
  const list = sp(OWNER).web.lists.getByTitle('HelpTeams');
  teams = {
    n1: (await list.items.add({ Title: 'Assistance N1', HCTitleEn: 'Help desk L1', HCLevel: 'L1', HCMembersId: [ids[AGENT_L1]], HCQueueEmail: N1_QUEUE })).Id,
    n2: (await list.items.add({ Title: 'Technique N2', HCTitleEn: 'Technical L2', HCLevel: 'L2', HCMembersId: [ids[MARC]], HCQueueEmail: N2_QUEUE })).Id
  };
  category = (await sp(OWNER).web.lists.getByTitle('HelpCategories').items.add({
    // Its form asks the course and the priority (the desk takes her priority only where the form asks it).
    Title: 'Examens en ligne', HCTitleEn: 'Online exams', HCDefaultTeamId: teams.n1, HCFirstResponseHours: 0.25, HCFormFields: ['course', 'priority']
  })).Id;
  // The demo's one override (the requester's confirmation with the exam line); every other mail is built in.
  await addNotificationTemplates(sp);
  const t = await new TicketRepository(sp(LEA)).create({
    clientRequestId: 'role-mails-1', title: 'Examen STA101 invisible', description: 'Mon examen ne s\'affiche pas.', kind: 'assistance', categoryId: category,
    language: 'fr', course: 'STA101 — Statistiques', priority: 'high', watcherIds: [ids[EMILY]]
  });
  ticketId = t.item.Id;
});
afterAll(() => emu.close());

it('confirms the request to its requester and announces it to the team queue, each with their own text and link', async () => {
  const from = emu.outbox().length;
  await new TicketIntake(sp(AGENT_L1), service(AGENT_L1)).receiveNew();
  const mails = sentSince(from);
  expect(mails.map(m => m.to).sort()).toEqual([LEA, N1_QUEUE].sort());
  const lea = mails.find(m => m.to === LEA)!;
  expect(lea.subject).toBe(`[Centre d'aide] Demande n°${ticketId} : enregistrée : Examen STA101 invisible`);
  expect(lea.body).toContain('L\'équipe Assistance N1 va la prendre en charge');
  expect(lea.body).toContain('première réponse sous 15 min');
  expect(lea.body).toContain('la ligne examens');
  expect(lea.href).toBe(`${emu.siteUrl}/SitePages/MyRequests.aspx?ticket=${ticketId}`);
  const queue = mails.find(m => m.to === N1_QUEUE)!;
  expect(queue.subject).toContain('nouvelle demande dans votre file');
  expect(queue.body).toContain('Demandeur : Léa Dubois');
  expect(queue.body).toContain('Priorité : Haute');
  expect(queue.href).toBe(`${emu.siteUrl}/SitePages/Desk.aspx?ticket=${ticketId}`);
});

it('gives the person kept informed the watcher\'s mail, in her language, with the follow link and no desk field', async () => {
  const from = emu.outbox().length;
  await act(AGENT_L1, { type: 'confirmWatchers', watchers: [{ id: ids[EMILY], email: EMILY, displayName: 'Emily Clarke' }] });
  const mails = sentSince(from);
  expect(mails.map(m => m.to)).toEqual([EMILY]);
  const [emily] = mails;
  expect(emily.subject).toBe(`[Help center] Request #${ticketId}: Léa Dubois keeps you informed — Examen STA101 invisible`);
  expect(emily.body).toContain('Léa Dubois asked that you be kept informed of their request');
  expect(emily.body).toContain('Course or exam concerned: STA101 — Statistiques');
  expect(emily.body).not.toContain('Priority');
  expect(emily.body).not.toContain('Votre demande');
  expect(emily.href).toBe(`${emu.siteUrl}/SitePages/MyRequests.aspx?follow=${ticketId}`);
});

it('announces an escalation to the receiving team as such, with the reason, and tells the watcher it was handed on', async () => {
  await act(AGENT_L1, { type: 'takeInCharge' });
  const from = emu.outbox().length;
  await act(AGENT_L1, { type: 'escalate', level: 'L2', teamId: teams.n2, reason: 'Serveur d\'examens à redémarrer' });
  const mails = sentSince(from);
  expect(mails.map(m => m.to).sort()).toEqual([EMILY, N2_QUEUE].sort());
  const queue = mails.find(m => m.to === N2_QUEUE)!;
  expect(queue.subject).toContain('escaladée à votre équipe (Niveau 2)');
  expect(queue.body).toContain('Karim Haddad a escaladé à votre équipe Technique N2 (Niveau 2)');
  expect(queue.body).toContain('Motif : Serveur d&#39;examens à redémarrer');
  expect(queue.body).not.toContain('pris en charge');
  expect(queue.href).toBe(`${emu.siteUrl}/SitePages/Desk.aspx?ticket=${ticketId}`);
  expect(mails.find(m => m.to === EMILY)!.body).toContain('was handed to the Technical L2 team (Level 2)');
});

it('sends a public reply once to the requester and once to each confirmed watcher', async () => {
  const from = emu.outbox().length;
  await act(MARC, { type: 'replyPublic', message: 'Le serveur redémarre, réessayez dans 10 minutes.' });
  const mails = sentSince(from);
  expect(mails.map(m => m.to).sort()).toEqual([EMILY, LEA].sort());
  expect(mails.find(m => m.to === LEA)!.body).toContain('Marc Lefebvre a écrit sur votre demande');
  expect(mails.find(m => m.to === EMILY)!.body).toContain('Marc Lefebvre wrote on the request');
  expect(mails.every(m => m.body.includes('Le serveur redémarre, réessayez dans 10 minutes.'))).toBe(true);
});

it('tells the assignee, once, that the requester answered (her claim applied by the desk)', async () => {
  await act(MARC, { type: 'askForInformation', message: 'Voyez-vous toujours le message d\'erreur ?' });
  await createMyTicketsServices(sp(LEA)).act(ticketId, { kind: 'answer', text: 'Oui, toujours.' }, 'role-mails-answer-1');
  const from = emu.outbox().length;
  expect(await applyPendingClaims(service(MARC), sp(MARC), new Date(), ticketId)).toBe(1);
  const mails = sentSince(from);
  const toKarim = mails.filter(m => m.to === AGENT_L1);
  expect(toKarim).toHaveLength(1);
  expect(toKarim[0].subject).toContain('Léa Dubois a répondu');
  expect(toKarim[0].href).toBe(`${emu.siteUrl}/SitePages/Desk.aspx?ticket=${ticketId}`);
  expect(mails.filter(m => m.to === LEA)).toEqual([]);
});

it('tells the assignee, once, of the approver\'s decision', async () => {
  let from = emu.outbox().length;
  await act(MARC, { type: 'requestApproval', approver: { id: ids[TEACHER], email: TEACHER, displayName: 'Prof. Jean Moreau' }, reason: 'Tiers-temps' });
  const asked = sentSince(from).filter(m => m.to === TEACHER);
  expect(asked).toHaveLength(1);
  expect(asked[0].body).toContain('vous demande de valider une dérogation');
  const request = approvalRequestFromUrl(new URL(asked[0].href).search)!;
  expect(request).toMatchObject({ ticketId, approverId: ids[TEACHER] });
  await createApprovalDecisionServices(sp(TEACHER)).record(request, 'approved', 'Justificatif reçu.');
  from = emu.outbox().length;
  expect(await applyApproverDecision(service(MARC), sp(MARC), ticketId)).toBe(true);
  const mails = sentSince(from);
  const toKarim = mails.filter(m => m.to === AGENT_L1);
  expect(toKarim).toHaveLength(1);
  expect(toKarim[0].subject).toContain('dérogation accordée par Prof. Jean Moreau');
  expect(toKarim[0].body).toContain('Commentaire : Justificatif reçu.');
  // Each person the domain informs, once: the requester, the assignee, the watcher, the approver (the desk took it into account).
  expect(mails.map(m => m.to).sort()).toEqual([AGENT_L1, EMILY, LEA, TEACHER].sort());
  expect(mails.find(m => m.to === LEA)!.body).toContain('a été <strong>accordée</strong> par Prof. Jean Moreau');
});

it('gives each role its page even when the desk was given the requester\'s link only (the site found from its connection)', async () => {
  const bare = new TicketActionService(sp(MARC), graphAs(emu, MARC), (id) => `${emu.siteUrl}/SitePages/MyRequests.aspx?ticket=${id}`);
  const read = (await bare.read(ticketId))!;
  const from = emu.outbox().length;
  await bare.act(ticketId, read.stored.etag, { type: 'replyPublic', message: 'Dernier point : merci de confirmer.' });
  const mails = sentSince(from);
  expect(mails.find(m => m.to === EMILY)!.href).toBe(`${emu.siteUrl}/SitePages/MyRequests.aspx?follow=${ticketId}`);
  expect(mails.find(m => m.to === LEA)!.href).toBe(`${emu.siteUrl}/SitePages/MyRequests.aspx?ticket=${ticketId}`);
});

it('records and sends one change\'s mails in a bounded number of requests, whatever the number of fields or roles', async () => {
  const { TicketNotifier } = await import('../../../src/data/tickets/ticketNotifier');
  const { applyAction, DEFAULT_LIFECYCLE_SETTINGS } = await import('../../../src/domain/tickets');
  const s = service(MARC);
  const current = (await s.read(ticketId))!.ticket;
  const actor = await s.actor();
  const result = applyAction(current, { type: 'replyPublic', message: 'Mesure des requêtes.' }, actor, new Date(), DEFAULT_LIFECYCLE_SETTINGS);
  if (!result.ok) throw new Error(result.error);
  const notifier = new TicketNotifier(sp(MARC), graphAs(emu, MARC), pageLinks(emu.siteUrl));
  emu.clearRequests();
  expect(await notifier.notify(result.ticket, result.events, actor)).toBe(true);
  const first = emu.requests().length;
  // Two recipients in two roles: templates (1), names (1 batch), desk settings (1 batch, once per desk session),
  // languages (1 batch), then for the change: look-up, record (one batch for every role), look-up again, and per mail
  // claim (read, conditional write), send, mark sent.
  expect(first).toBeLessThanOrEqual(17);
  console.log(`[measure] one public reply, 2 recipients: ${first} requests`);
});
