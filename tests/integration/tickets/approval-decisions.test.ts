// A derogation decided by a teacher outside the support group, from the link in their mail, against the
// emulator's SharePoint security: the teacher cannot read the ticket but adds their own decision item; the desk
// applies it (once, even with two agents) only when SharePoint says the item is the approver's; nobody else's
// item counts, nobody (agents included) rewrites a decision's author, and no requester reads someone else's decisions.
import '@pnp/sp/site-users/web';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { DEMO_DOMAIN } from '../../../workbench/server/directory';
import { LEA, OWNER, TEACHER, TOM, as, setUpHelpCenter, spError, start, addNotificationTemplates, graphAs as graphClientAs, receiveTickets, confirmRequestedWatchers } from '../emulator/helpers';
import { TicketActionService, TicketRepository, type NewTicketInput } from '../../../src/data/tickets';
import {
  APPROVAL_DECISIONS_LIST, approvalKey, createApprovalDecisionServices, type ApprovalRequestRef
} from '../../../src/data/tickets/approvalDecisions';
import { approvalRequestFromUrl, approvalRequestQuery } from '../../../src/ui/tickets/mine/MyTicketsRoot';
import { applyApproverDecision, applyRecentApproverDecisions } from '../../../src/data/tickets/approverDecisionsOnDesk';

const JULIE = `julie.petit@${DEMO_DOMAIN}`;
const REFERENT = `philippe.garnier@${DEMO_DOMAIN}`;
let emu: Emulator;
let sp: (user: string) => SPFI;
let ids: Record<string, number>;
let team: number;
let category: number;

const graphAs = (email: string) => graphClientAs(emu, email);
// As the desk web part builds it.
const link = (id: number, purpose?: 'approval', request?: { ticketId: number; requestSequence: number; approverId?: number }) =>
  `${emu.siteUrl}/SitePages/MyRequests.aspx${purpose === 'approval' && request ? approvalRequestQuery(request) : `?ticket=${id}`}`;
const service = (email: string) => new TicketActionService(sp(email), graphAs(email), link);
const decisions = (email: string) => sp(email).web.lists.getByTitle(APPROVAL_DECISIONS_LIST);

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await setUpHelpCenter(sp, [JULIE, REFERENT]);
  ids = {};
  for (const email of [JULIE, REFERENT, LEA, TOM, TEACHER]) ids[email] = (await sp(OWNER).web.ensureUser(`i:0#.f|membership|${email}`)).Id;
  team = (await sp(OWNER).web.lists.getByTitle('HelpTeams').items.add({ Title: 'Scolarité', HCLevel: 'L1', HCMembersId: [ids[JULIE], ids[REFERENT]] })).Id;
  category = (await sp(OWNER).web.lists.getByTitle('HelpCategories').items.add({ Title: 'Examens', HCTitleEn: 'Exams', HCDefaultTeamId: team })).Id;
  await addNotificationTemplates(sp);
});
afterAll(() => emu.close());

async function act(as: string, id: number, action: Parameters<TicketActionService['act']>[2]) {
  const s = service(as);
  const read = (await s.read(id))!;
  return s.act(id, read.stored.etag, action);
}

/** A ticket of Léa's, watched by Tom, taken by Julie, with a derogation asked of the teacher; the mailed request. */
async function askTeacher(title: string): Promise<{ id: number; request: ApprovalRequestRef }> {
  const t = await new TicketRepository(sp(LEA)).create({ clientRequestId: title, title, description: 'Tiers-temps.', kind: 'assistance', language: 'fr', categoryId: category,
    watcherIds: [ids[TOM]] } as NewTicketInput);
  const id = t.item.Id;
  await receiveTickets(emu, sp, JULIE);
  await confirmRequestedWatchers(emu, sp, t.item.Id, JULIE);
  await act(JULIE, id, { type: 'takeInCharge' });
  const before = emu.outbox().length;
  await act(JULIE, id, { type: 'requestApproval', approver: { id: ids[TEACHER], email: TEACHER, displayName: 'Prof. Jean Moreau' }, reason: 'Tiers-temps médical' });
  const asked = emu.outbox().slice(before).filter((m) => m.to.includes(TEACHER));
  expect(asked).toHaveLength(1);
  const href = /href="([^"]+)"/.exec(asked[0].body)![1].replace(/&#x2F;/g, '/').replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
  expect(href).toMatch(new RegExp(`^${emu.siteUrl}/SitePages/MyRequests\\.aspx\\?approval=${id}&key=\\d+&for=${ids[TEACHER]}&t=[0-9a-f]{32}$`));
  // The secret is in the approver's mail only: the desk's state, which the requester reads, keeps its hash.
  const token = new URL(href).searchParams.get('t')!;
  const state = (await new TicketRepository(sp(LEA)).get(id))!.item;
  expect(state.HCApproval).not.toContain(token);
  expect(JSON.parse(state.HCApproval!).tokenHash).toMatch(/^[0-9a-f]{64}$/);
  return { id, request: approvalRequestFromUrl(new URL(href).search)! };
}

it('a teacher outside support cannot read the ticket, decides from the mail link, and the desk applies it once with the teacher as who and the item\'s time as when', async () => {
  const { id, request } = await askTeacher('Tiers-temps examen de chimie');
  expect(await spError(sp(TEACHER).web.lists.getByTitle('HelpTickets').items.getById(id)())).toMatchObject({ status: 404 });

  const teacher = createApprovalDecisionServices(sp(TEACHER));
  expect(await teacher.load(request)).toEqual({ userId: ids[TEACHER], mine: undefined, isAgent: false });
  expect(request.approverId).toBe(ids[TEACHER]);
  const recorded = await teacher.record(request, 'approved', '  Accordé sur justificatif. ');
  expect(recorded).toMatchObject({ decision: 'approved', comment: 'Accordé sur justificatif.' });
  // A second click (or visit) changes nothing: the first decision stands and is shown.
  expect(await teacher.record(request, 'refused')).toMatchObject({ decision: 'approved' });
  expect((await teacher.load(request)).mine).toMatchObject({ decision: 'approved', comment: 'Accordé sur justificatif.' });
  const [item] = await decisions(OWNER).items.select('Id', 'AuthorId', 'Created', 'HCApprovalKey', 'HCToken').filter(`HCTicketId eq ${id}`)();
  expect(request.token).toMatch(/^[0-9a-f]{32}$/);
  expect(item).toMatchObject({ AuthorId: ids[TEACHER], HCApprovalKey: approvalKey(id, request.requestSequence, ids[TEACHER]), HCToken: request.token });
  // Once added, the teacher cannot change it (add-only level), so neither its decision nor its author can be rewritten.
  expect(await spError(decisions(TEACHER).items.getById(item.Id).update({ HCDecision: 'refused' }))).toMatchObject({ status: 403 });

  // Two agents open the ticket at once: one decision, one set of mails.
  const before = emu.outbox().length;
  const applied = await Promise.all([applyApproverDecision(service(JULIE), sp(JULIE), id), applyApproverDecision(service(REFERENT), sp(REFERENT), id)]);
  expect(applied.filter(Boolean)).toHaveLength(1);
  const approval = (await service(JULIE).read(id))!.ticket.approval!;
  expect(approval).toMatchObject({ decision: 'approved', comment: 'Accordé sur justificatif.', decidedBy: { id: ids[TEACHER] }, decisionItemId: item.Id });
  expect(approval.recordedBy).toBeUndefined();
  expect(approval.decidedAt!.getTime()).toBe(new Date(item.Created).getTime());
  const sent = emu.outbox().slice(before);
  // The requester (she learns the derogation's outcome), the teacher (French) and the watcher (English) once each; the
  // assignee too unless she applied it herself. Nothing else is sent.
  const decided = sent.filter((m) => /(dérogation accordée|derogation approved|votre décision est enregistrée|your decision is recorded)/.test(m.subject));
  for (const who of [LEA, TEACHER, TOM]) expect([who, decided.filter((m) => m.to.includes(who)).length]).toEqual([who, 1]);
  expect(decided.filter((m) => m.to.includes(JULIE))).toHaveLength(applied[0] ? 0 : 1);
  expect(decided).toHaveLength(sent.length);
  // Applying again (another desk, housekeeping) does nothing.
  expect(await applyApproverDecision(service(JULIE), sp(JULIE), id)).toBe(false);
  expect(emu.outbox().length).toBe(before + sent.length);
});

it('a guessed link decides nothing and blocks nothing: the teacher decides from the real one and the desk applies it', async () => {
  const { id, request } = await askTeacher('Dictionnaire autorisé pour l\'épreuve');
  // Ticket, request and approver ids can be guessed; the token cannot.
  await decisions(TOM).items.add({ HCTicketId: id, HCDecision: 'refused', HCApprovalKey: approvalKey(id, request.requestSequence, ids[TEACHER]) });
  // Even the teacher's own decision from a link with a wrong secret (damaged, or made up) is not applied...
  const guessed = { ...request, token: 'ab'.repeat(16) };
  expect(await createApprovalDecisionServices(sp(TEACHER)).record(guessed, 'refused')).toMatchObject({ decision: 'refused' });
  expect(await applyApproverDecision(service(JULIE), sp(JULIE), id)).toBe(false);
  // ...and does not stand in for the decision given from the real link.
  await createApprovalDecisionServices(sp(TEACHER)).record(request, 'approved');
  expect(await applyApproverDecision(service(JULIE), sp(JULIE), id)).toBe(true);
  expect((await service(JULIE).read(id))!.ticket.approval).toMatchObject({ decision: 'approved', decidedBy: { id: ids[TEACHER] } });
  // A link without its token (or with a damaged one) names no token at all.
  expect(approvalRequestFromUrl(`?approval=${id}&key=${request.requestSequence}&for=${ids[TEACHER]}&t=nothex`)!.token).toBeUndefined();
});

it('nobody decides under someone else\'s name, even with a forwarded link: Author cannot be set, another person\'s item under the approver\'s key is ignored', async () => {
  const { id, request } = await askTeacher('Salle à part pour l\'épreuve');
  // Tom got the teacher's mail forwarded: he knows the key and the link's secret.
  const key = approvalKey(id, request.requestSequence, ids[TEACHER]);
  // SharePoint stamps Author itself: the value sent is ignored.
  const added = await decisions(TOM).items.add({ HCTicketId: id, HCDecision: 'approved', HCApprovalKey: key, HCToken: request.token, AuthorId: ids[TEACHER] });
  const stored = await decisions(OWNER).items.getById((added as { Id: number }).Id).select('AuthorId')();
  expect(stored.AuthorId).toBe(ids[TOM]);
  // Nor through ValidateUpdateListItem, which needs edit rights Tom does not have on his own decision.
  const validate = await fetch(`${emu.siteUrl}/_api/web/lists/getByTitle('${APPROVAL_DECISIONS_LIST}')/items(${(added as { Id: number }).Id})/ValidateUpdateListItem`, {
    method: 'POST', headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', ...as(emu, TOM) },
    body: JSON.stringify({ formValues: [{ FieldName: 'Author', FieldValue: JSON.stringify([{ Key: `i:0#.f|membership|${TEACHER}` }]) }], bNewDocumentUpdate: true }),
  });
  expect(validate.status).toBe(403);
  // Nor can the desk: agents read every decision (to apply it) but edit none.
  const asAgent = await fetch(`${emu.siteUrl}/_api/web/lists/getByTitle('${APPROVAL_DECISIONS_LIST}')/items(${(added as { Id: number }).Id})/ValidateUpdateListItem`, {
    method: 'POST', headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', ...as(emu, JULIE) },
    body: JSON.stringify({ formValues: [{ FieldName: 'Author', FieldValue: JSON.stringify([{ Key: `i:0#.f|membership|${TEACHER}` }]) }], bNewDocumentUpdate: true }),
  });
  expect(asAgent.status).toBe(403);
  expect(await spError(decisions(JULIE).items.getById((added as { Id: number }).Id).update({ HCDecision: 'refused' }))).toMatchObject({ status: 403 });
  // The desk ignores Tom's item: the approval stays pending.
  expect(await applyApproverDecision(service(JULIE), sp(JULIE), id)).toBe(false);
  expect((await service(JULIE).read(id))!.ticket.approval!.decision).toBeUndefined();
  // The key is not unique (SharePoint refuses unique columns on this list): the squatter's item blocks nothing,
  // the teacher's own decision is recorded (the squatter's item stays on record for agents, ignored).
  expect((await createApprovalDecisionServices(sp(TEACHER)).record(request, 'refused')).decision).toBe('refused');
  // The desk can still record the teacher's decision given by reply.
  const out = await act(JULIE, id, { type: 'decideApproval', decision: 'refused', recordedForApprover: true });
  expect(JSON.parse(out.ticket.item.HCApproval!)).toMatchObject({ decision: 'refused', recordedBy: { id: ids[JULIE] } });
});

it('a requester reads none of the decisions; the desk\'s housekeeping applies pending decisions once', async () => {
  const { id, request } = await askTeacher('Report d\'examen');
  await createApprovalDecisionServices(sp(TEACHER)).record(request, 'refused', 'Pas de justificatif.');
  expect(await decisions(LEA).items.select('Id').filter(`HCTicketId eq ${id}`)()).toEqual([]);
  expect(await decisions(TOM).items.select('Id', 'HCApprovalKey')()).toEqual(expect.not.arrayContaining([expect.objectContaining({ HCApprovalKey: approvalKey(id, request.requestSequence, ids[TEACHER]) })]));
  // A teacher with no item has nothing to apply; a requester cannot run it.
  expect(await applyRecentApproverDecisions(service(LEA), sp(LEA))).toBe(0);
  expect(await applyRecentApproverDecisions(service(JULIE), sp(JULIE))).toBe(1);
  expect(await applyRecentApproverDecisions(service(REFERENT), sp(REFERENT))).toBe(0);
  expect((await service(JULIE).read(id))!.ticket.approval).toMatchObject({ decision: 'refused', comment: 'Pas de justificatif.', decidedBy: { id: ids[TEACHER] } });
});

it('a support-group approver is told to decide on the desk', async () => {
  expect(await createApprovalDecisionServices(sp(REFERENT)).load({ ticketId: 1, requestSequence: 1 })).toEqual({ userId: ids[REFERENT], mine: undefined, isAgent: true });
});
