// An approver's decision without a unique HCApprovalKey (SharePoint refuses unique columns on
// HelpApprovalDecisions, a list with item-level security): a retried or double-clicked decision yields one item
// (the approver's own item is looked up before each add, the add is sent once); when several items of the
// approver hold the key, the desk applies the first (lowest Id); items of other people under the key count for nothing.
import '@pnp/sp/site-users/web';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { DEMO_DOMAIN } from '../../../workbench/server/directory';
import { LEA, OWNER, TEACHER, TOM, setUpHelpCenter, start, addNotificationTemplates, graphAs as graphClientAs, receiveTickets } from '../emulator/helpers';
import { TicketActionService, TicketRepository, type NewTicketInput } from '../../../src/data/tickets';
import { APPROVAL_DECISIONS_LIST, approvalKey, createApprovalDecisionServices, type ApprovalRequestRef } from '../../../src/data/tickets/approvalDecisions';
import { approvalRequestFromUrl, approvalRequestQuery } from '../../../src/ui/tickets/mine/MyTicketsRoot';
import { applyApproverDecision } from '../../../src/data/tickets/approverDecisionsOnDesk';
import { withoutUniqueColumns } from '../intake/noUniqueColumns';

const JULIE = `julie.petit@${DEMO_DOMAIN}`;
const DECISION_ADD = "HelpApprovalDecisions'\\)/items$";
let emu: Emulator;
let sp: (user: string) => SPFI;
let ids: Record<string, number>;
let team: number;
let category: number;

const link = (id: number, purpose?: 'approval', request?: { ticketId: number; requestSequence: number; approverId?: number }) =>
  `${emu.siteUrl}/SitePages/MyRequests.aspx${purpose === 'approval' && request ? approvalRequestQuery(request) : `?ticket=${id}`}`;
const service = (email: string) => new TicketActionService(sp(email), graphClientAs(emu, email), link);
const decisions = (email: string) => sp(email).web.lists.getByTitle(APPROVAL_DECISIONS_LIST);

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await setUpHelpCenter(sp, [JULIE]);
  await withoutUniqueColumns(sp);
  ids = {};
  for (const email of [JULIE, LEA, TOM, TEACHER]) ids[email] = (await sp(OWNER).web.ensureUser(`i:0#.f|membership|${email}`)).Id;
  team = (await sp(OWNER).web.lists.getByTitle('HelpTeams').items.add({ Title: 'Scolarité', HCLevel: 'L1', HCMembersId: [ids[JULIE]] })).Id;
  category = (await sp(OWNER).web.lists.getByTitle('HelpCategories').items.add({ Title: 'Examens', HCTitleEn: 'Exams', HCDefaultTeamId: team })).Id;
  await addNotificationTemplates(sp);
});
afterAll(() => emu.close());
afterEach(() => emu.faults.clear());

async function act(as: string, id: number, action: Parameters<TicketActionService['act']>[2]) {
  const s = service(as);
  const read = (await s.read(id))!;
  return s.act(id, read.stored.etag, action);
}

/** A ticket of Léa's, taken by Julie, with a derogation asked of the teacher; the mailed request. */
async function askTeacher(title: string): Promise<{ id: number; request: ApprovalRequestRef }> {
  const t = await new TicketRepository(sp(LEA)).create({ clientRequestId: title, title, description: 'Tiers-temps.', kind: 'assistance', language: 'fr', categoryId: category } as NewTicketInput);
  const id = t.item.Id;
  await receiveTickets(emu, sp, JULIE);
  await act(JULIE, id, { type: 'takeInCharge' });
  const before = emu.outbox().length;
  await act(JULIE, id, { type: 'requestApproval', approver: { id: ids[TEACHER], email: TEACHER, displayName: 'Prof. Jean Moreau' }, reason: 'Tiers-temps médical' });
  const asked = emu.outbox().slice(before).filter((m) => m.to.includes(TEACHER));
  const href = /href="([^"]+)"/.exec(asked[0].body)![1].replace(/&#x2F;/g, '/').replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
  return { id, request: approvalRequestFromUrl(new URL(href).search)! };
}

async function teacherItems(id: number): Promise<{ Id: number; AuthorId: number; HCDecision: string }[]> {
  return (await decisions(OWNER).items.select('Id', 'AuthorId', 'HCDecision').filter(`HCTicketId eq ${id}`).orderBy('ID', true)())
    .filter((r: { AuthorId: number }) => r.AuthorId === ids[TEACHER]);
}

it('a decision whose answer was lost (after a 429, then a dropped connection) is recorded once', async () => {
  const { id, request } = await askTeacher('Tiers-temps, réseau instable');
  emu.faults.add({ match: DECISION_ADD, status: 429, retryAfter: 1, times: 1 });
  emu.faults.add({ match: DECISION_ADD, dropAfterWrite: true, times: 1 });
  const recorded = await createApprovalDecisionServices(sp(TEACHER)).record(request, 'approved');
  expect(emu.faults.list()).toEqual([]);
  expect(recorded.decision).toBe('approved');
  expect(await teacherItems(id)).toHaveLength(1);
  // The page sends it again (reload): still one.
  await createApprovalDecisionServices(sp(TEACHER)).record(request, 'approved');
  expect(await teacherItems(id)).toHaveLength(1);
});

it('a double click (two records at once, even of different decisions) tells both the same decision, the one the desk applies', async () => {
  const { id, request } = await askTeacher('Tiers-temps, double clic');
  const [a, b] = await Promise.all([
    createApprovalDecisionServices(sp(TEACHER)).record(request, 'approved'),
    createApprovalDecisionServices(sp(TEACHER)).record(request, 'refused'),
  ]);
  expect(a.decision).toBe(b.decision);
  const items = await teacherItems(id);
  expect(items[0].HCDecision).toBe(a.decision);
  expect(await applyApproverDecision(service(JULIE), sp(JULIE), id)).toBe(true);
  expect((await service(JULIE).read(id))!.ticket.approval).toMatchObject({ decision: a.decision, decidedBy: { id: ids[TEACHER] } });
});

it('several items of the approver under the key: the desk applies the first (lowest Id), deterministically', async () => {
  const { id, request } = await askTeacher('Tiers-temps, deux éléments');
  const key = approvalKey(id, request.requestSequence, ids[TEACHER]);
  // Added around the page (another client, an old retry): the teacher's first item says refused.
  await decisions(TEACHER).items.add({ HCTicketId: id, HCDecision: 'refused', HCApprovalKey: key, HCToken: request.token });
  await decisions(TEACHER).items.add({ HCTicketId: id, HCDecision: 'approved', HCApprovalKey: key, HCToken: request.token });
  expect((await createApprovalDecisionServices(sp(TEACHER)).load(request)).mine!.decision).toBe('refused');
  expect(await applyApproverDecision(service(JULIE), sp(JULIE), id)).toBe(true);
  expect((await service(JULIE).read(id))!.ticket.approval!.decision).toBe('refused');
});

it('someone holding the forwarded link adds an item under the approver\'s key first: the approver still decides, and the desk applies the approver\'s item', async () => {
  const { id, request } = await askTeacher('Tiers-temps, lien transféré');
  const key = approvalKey(id, request.requestSequence, ids[TEACHER]);
  await decisions(TOM).items.add({ HCTicketId: id, HCDecision: 'approved', HCApprovalKey: key, HCToken: request.token });
  expect((await createApprovalDecisionServices(sp(TEACHER)).record(request, 'refused')).decision).toBe('refused');
  expect(await applyApproverDecision(service(JULIE), sp(JULIE), id)).toBe(true);
  expect((await service(JULIE).read(id))!.ticket.approval).toMatchObject({ decision: 'refused', decidedBy: { id: ids[TEACHER] } });
});
