// Issue 11: "forge a row's Author through ValidateUpdateListItem", and the phishing ticket that "appears in the other
// student's My requests as resolved by the agent". Tried as a student over plain REST with her own digest.
//
// ValidateUpdateListItem is the form-value update that may set Created By (Author), Modified By (Editor), Created and
// Modified (https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/jj245347(v=office.15);
// SharePoint/sp-dev-docs#6333), open to whoever may edit the item: on HelpTickets (WriteSecurity 2), its creator. So:
// - on her ticket she can rewrite Author, Editor and Created. Intake trusts the ticket's Author as its requester only
//   when Author = Editor (the form writes a ticket as its requester); otherwise the state is HCUnverified, names no
//   requester, and nobody's "My requests" shows the ticket. Created is bounded: a ticket counts as filed no earlier
//   than the ticket before it and no later than its reception, so the SLA clocks cannot be moved;
// - on her claims (HelpTicketClaims, "add only") and on decisions (HelpApprovalDecisions, "add only") she has no Edit
//   Items, so ValidateUpdateListItem is refused (403), like every other write.
//
// The known limit, shown as it is: a student who rewrites BOTH Author and Editor of her ticket to another student
// leaves nothing a browser can tell apart from that student's own ticket (without a new version the current version
// is rewritten: no trace is left), and the desk trusts Author = Editor:
// - before intake, the desk takes that student as the requester: the ticket shows in their "My requests" as a 'new'
//   request with her text, and the desk's filing mail ("request received: <her title>") goes to them, as for a
//   ticket they filed;
// - after intake, the desk's state keeps the requester it received (her) and changes in nothing; until the desk's
//   next housekeeping the other student, who cannot read that state, sees the rewritten item as a ticket of theirs
//   the desk has not received yet ('new', her text, no team, no agent); the housekeeping then gives the item back to
//   the requester the state names (TicketIntake.restoreRequesters: Created By rewritten back), and it is gone.
// Either way it never shows as taken, answered or resolved by an agent, and no agent's name is on it: she cannot
// write the desk's state, and the desk's side of a ticket (status, assignee, public messages, resolution) is only
// there. The cure is server-side (README, security): content approval, or a flow that receives tickets as the
// desk's account and rewrites nothing a student can.
import {
  AGENT_L1, LEA, QUEUE, TOM, applyClaims, claimsSite, deskOf, deskTruth, fileTicket, itemPath, links, loginOf, mailsAbout, onDesk, receive, rest, stateOf, validateUpdate, type ClaimsSite
} from './claimsFixture';
import { TicketIntake } from '../../../src/data/desk/TicketIntake';
import { graphAs, spError } from '../emulator/helpers';
import { createMyTicketsServices, type TicketRow } from '../../../src/data/tickets';
import { createDeskServices } from '../../../src/data/desk';
import { CLAIMS_LIST } from '../../../src/data/tickets/claims';
import { APPROVAL_DECISIONS_LIST, approvalKey } from '../../../src/data/tickets/approvalDecisions';
import { STATES_LIST } from '../../../src/data/tickets/ticketRow';

jest.setTimeout(60000);

let f: ClaimsSite;

beforeAll(async () => { f = await claimsSite(); });
afterAll(() => f.emu.close());

const PHISHING = 'Résolution : votre compte sera suspendu, confirmez votre mot de passe sur https://univ-exemple.example/verif';

/** What a person's "My requests" lists: id, status and title of each ticket. */
async function myRequests(email: string): Promise<{ id: number; status?: string; title?: string }[]> {
  const page = await createMyTicketsServices(f.sp(email)).list('mine');
  return page.items.map((t: TicketRow) => ({ id: t.Id, status: t.HCStatus || undefined, title: t.Title || undefined }));
}

// Author rewritten alone: SharePoint stamps Modified By with whoever made the call, so Author ≠ Editor at intake and
// the desk trusts nobody (TicketIntake.receiveOne); My requests lists states by HCRequester (the desk's truth) and a
// ticket not yet received only when Author = Editor = the reader (TicketRepository.notReceived).
describe('a ticket whose Created By she rewrote is nobody\'s', () => {
  it('is received unverified, with no requester and no requester mail, and nobody\'s My requests shows it', async () => {
    const id = await fileTicket(f, LEA, 'Examen: auteur réécrit');
    expect(await validateUpdate(f, LEA, 'HelpTickets', id, { Author: loginOf(TOM) })).toEqual({ status: 200, failed: [] });
    const receptions = await receive(f);
    expect(receptions.filter((r) => r.ticketId === id)).toEqual([expect.objectContaining({ unverified: true })]);
    expect(await stateOf(f, id)).toMatchObject({ HCUnverified: true, HCRequesterId: null, HCStatus: 'new' });
    // The desk sees the flag on its queue, with no requester; only the team's queue was told.
    expect(await onDesk(f, id)).toMatchObject({ unverified: true, requester: { id: 0 } });
    expect(mailsAbout(f, id).map((m) => m.to)).toEqual([[QUEUE]]);
    for (const who of [LEA, TOM]) {
      expect([who, (await myRequests(who)).filter((t) => t.id === id)]).toEqual([who, []]);
      expect([who, await createMyTicketsServices(f.sp(who)).ticketPage(id)]).toEqual([who, undefined]);
    }
  });
});

// A claim and a decision are add-only for her ("Ajout seul": Contribute without Edit Items and Delete Items), so the
// ValidateUpdateListItem that would rewrite their Author needs a right she does not have: SharePoint refuses it (403).
describe('she cannot forge the Author of a claim or of a decision', () => {
  it('ValidateUpdateListItem on her own claim and her own decision item is refused, and the rows keep her as Author', async () => {
    const id = await fileTicket(f, LEA, 'Examen: réclamations');
    await receive(f);
    const claim = await createMyTicketsServices(f.sp(LEA)).act(id, { kind: 'comment', text: 'Bonjour' }, 'forge-1');
    const decision = await f.sp(LEA).web.lists.getByTitle(APPROVAL_DECISIONS_LIST).items.add({
      HCTicketId: id, HCDecision: 'approved', HCApprovalKey: approvalKey(id, 1, f.ids[AGENT_L1])
    }) as { Id: number };
    for (const [list, item] of [[CLAIMS_LIST, claim.id], [APPROVAL_DECISIONS_LIST, decision.Id]] as [string, number][]) {
      for (const newVersion of [true, false]) {
        expect([list, newVersion, (await validateUpdate(f, LEA, list, item, { Author: loginOf(TOM), Editor: loginOf(TOM) }, newVersion)).status]).toEqual([list, newVersion, 403]);
      }
      expect([list, (await rest(f, LEA, 'POST', itemPath(list, item), { HCTicketId: id + 1 }, { 'IF-MATCH': '*', 'X-HTTP-Method': 'MERGE' })).status]).toEqual([list, 403]);
      // PnPjs' own method sends the same call.
      const pnp = f.sp(LEA).web.lists.getByTitle(list).items.getById(item).validateUpdateListItem([{ FieldName: 'Author', FieldValue: loginOf(TOM) }], true);
      expect([list, (await spError(pnp)).status]).toEqual([list, 403]);
      const row = await f.sp(AGENT_L1).web.lists.getByTitle(list).items.getById(item).select('AuthorId', 'EditorId')<{ AuthorId: number; EditorId: number }>();
      expect([list, row]).toEqual([list, expect.objectContaining({ AuthorId: f.ids[LEA], EditorId: f.ids[LEA] })]);
    }
  });
});

// Created is a form value too. Intake counts a ticket as filed no earlier than the ticket before it (ids grow with
// time) and no later than now, and computes the due date from that moment in the team's business hours: backdating
// her ticket a year does not make it "late" on the desk's queues, and post-dating it does not hold the clock.
describe('she cannot move the SLA clocks by rewriting Created', () => {
  it('a ticket backdated a year or post-dated to 2030 counts as filed between the ticket before it and its reception', async () => {
    const before = await fileTicket(f, TOM, 'Examen: avant');
    const backdated = await fileTicket(f, LEA, 'Examen: antidatée');
    const postdated = await fileTicket(f, LEA, 'Examen: postdatée');
    expect(await validateUpdate(f, LEA, 'HelpTickets', backdated, { Created: '02/01/2025 08:00' }, false)).toEqual({ status: 200, failed: [] });
    expect(await validateUpdate(f, LEA, 'HelpTickets', postdated, { Created: '02/01/2030 08:00' }, false)).toEqual({ status: 200, failed: [] });
    expect((await f.sp(AGENT_L1).web.lists.getByTitle('HelpTickets').items.getById(backdated).select('Created')<{ Created: string }>()).Created).toMatch(/^2025-01-02/);
    const start = Date.now();
    await receive(f);
    const filedBefore = new Date((await f.sp(AGENT_L1).web.lists.getByTitle('HelpTickets').items.getById(before).select('Created')<{ Created: string }>()).Created).getTime();
    for (const id of [backdated, postdated]) {
      const s = await stateOf(f, id);
      const received = new Date(s.HCReceivedAt!).getTime();
      expect([id, received >= filedBefore, received <= Date.now()]).toEqual([id, true, true]);
      // 16 business hours from then: never already past (late), never years away.
      const due = new Date(s.HCDueDate!).getTime();
      expect([id, due > start, due < start + 14 * 86400000]).toEqual([id, true, true]);
      expect((await onDesk(f, id))!.dueAt).toEqual(s.HCDueDate ? new Date(s.HCDueDate) : undefined);
    }
  });
});

// The phishing ticket of the issue: Created By another student, Modified By an agent (one ValidateUpdateListItem,
// no new version, so no version says otherwise), a "resolution" in the only text column she has (HCDescription).
// "Resolved by the agent" needs the desk's state, which she cannot write; Author ≠ Editor, so intake trusts nobody.
describe('the phishing ticket: Created By another student, Modified By an agent, a "resolution" in its description', () => {
  it('is in neither the other student\'s My requests nor anyone\'s, before or after the desk\'s housekeeping, and never shows resolved', async () => {
    const id = await fileTicket(f, LEA, 'Votre demande de dérogation est résolue');
    await f.sp(LEA).web.lists.getByTitle('HelpTickets').items.getById(id).update({ HCDescription: PHISHING });
    expect(await validateUpdate(f, LEA, 'HelpTickets', id, { Author: loginOf(TOM), Editor: loginOf(AGENT_L1) }, false)).toEqual({ status: 200, failed: [] });
    const item = await f.sp(AGENT_L1).web.lists.getByTitle('HelpTickets').items.getById(id).select('AuthorId', 'EditorId')<{ AuthorId: number; EditorId: number }>();
    expect(item).toMatchObject({ AuthorId: f.ids[TOM], EditorId: f.ids[AGENT_L1] });
    // Tom can read the item now (ReadSecurity 2 follows Author), but no page of his shows it.
    expect((await myRequests(TOM)).filter((t) => t.id === id)).toEqual([]);
    expect(await createMyTicketsServices(f.sp(TOM)).ticketPage(id)).toBeUndefined();
    // The desk's housekeeping receives it.
    await createDeskServices(f.sp(AGENT_L1), graphAs(f.emu, AGENT_L1), links(f)).housekeep();
    const state = await stateOf(f, id);
    expect(state).toMatchObject({ HCUnverified: true, HCRequesterId: null, HCStatus: 'new', HCResolution: null, HCAssignedToId: null });
    expect(await onDesk(f, id)).toMatchObject({ unverified: true, status: 'new' });
    for (const who of [TOM, LEA, AGENT_L1]) {
      expect([who, (await myRequests(who)).filter((t) => t.id === id)]).toEqual([who, []]);
    }
    expect(await createMyTicketsServices(f.sp(TOM)).ticketPage(id)).toBeUndefined();
    // Nobody but the team's queue was told of it; no mail went to Tom.
    expect(mailsAbout(f, id).map((m) => m.to)).toEqual([[QUEUE]]);
    // Tom cannot read the desk's state of it either (its Author is the agent who received it).
    expect(await f.sp(TOM).web.lists.getByTitle(STATES_LIST).items.filter(`HCTicketId eq ${id}`).select('Id')()).toEqual([]);
  });
});

// The documented known limit (header): Author and Editor both rewritten to another student.
describe('the known limit: Created By and Modified By both rewritten to another student', () => {
  it('before intake, the desk trusts that student: a \'new\' request with her text in their My requests, never resolved by an agent', async () => {
    const id = await fileTicket(f, LEA, 'Votre dérogation est accordée');
    await f.sp(LEA).web.lists.getByTitle('HelpTickets').items.getById(id).update({ HCDescription: PHISHING });
    expect(await validateUpdate(f, LEA, 'HelpTickets', id, { Author: loginOf(TOM), Editor: loginOf(TOM) }, false)).toEqual({ status: 200, failed: [] });
    await receive(f);
    expect(await stateOf(f, id)).toMatchObject({ HCUnverified: false, HCRequesterId: f.ids[TOM], HCStatus: 'new', HCResolution: null, HCAssignedToId: null });
    expect((await myRequests(TOM)).filter((t) => t.id === id)).toEqual([{ id, status: 'new', title: 'Votre dérogation est accordée' }]);
    const page = (await createMyTicketsServices(f.sp(TOM)).ticketPage(id))!;
    expect(page.ticket.item).toMatchObject({ HCStatus: 'new', HCDescription: PHISHING, HCResolution: null, HCAssignedToId: null });
    expect(page.timeline.map((s) => s.status)).toEqual(['new']);
    expect(page.comments.filter((c) => c.from === 'desk')).toEqual([]);
    // The desk's filing mail went to Tom, with her title, as for any ticket he would have filed.
    expect(mailsAbout(f, id).map((m) => m.to).sort()).toEqual([[QUEUE], [TOM]]);
    // She has handed the ticket over: she reads it no more, and a claim of hers on it is not the requester's.
    expect((await myRequests(LEA)).filter((t) => t.id === id)).toEqual([]);
    const claim = await createMyTicketsServices(f.sp(LEA)).act(id, { kind: 'reopen', text: 'Réponse de la scolarité' }, 'limit-1');
    expect(await applyClaims(f, id)).toBe(0);
    expect(await f.sp(AGENT_L1).web.lists.getByTitle(CLAIMS_LIST).items.getById(claim.id).select('HCOutcome')()).toMatchObject({ HCOutcome: 'notRequester' });
  });

  it('after intake, the desk keeps the requester it received; the other student sees a \'new\' ticket of his until the desk gives it back, never resolved', async () => {
    const id = await fileTicket(f, LEA, 'Examen: réécrit après réception');
    await receive(f);
    const truth = await deskTruth(f, id);
    await f.sp(LEA).web.lists.getByTitle('HelpTickets').items.getById(id).update({ HCDescription: PHISHING });
    expect(await validateUpdate(f, LEA, 'HelpTickets', id, { Author: loginOf(TOM), Editor: loginOf(TOM) }, false)).toEqual({ status: 200, failed: [] });
    await receive(f);
    expect(await deskTruth(f, id)).toEqual(truth);
    expect((truth.state as { HCRequesterId: number }).HCRequesterId).toBe(f.ids[LEA]);
    // Her own My requests keeps it (the state names her), from the state's copy of the title.
    expect((await myRequests(LEA)).filter((t) => t.id === id)).toEqual([{ id, status: 'new', title: 'Examen: réécrit après réception' }]);
    // Tom cannot read the state (its Author is Léa): the item reads to him as a ticket of his the desk has not
    // received yet (Author = Editor = him, no state he can see), listed with his newest requests.
    expect((await myRequests(TOM)).filter((t) => t.id === id)).toEqual([{ id, status: 'new', title: 'Examen: réécrit après réception' }]);
    const page = (await createMyTicketsServices(f.sp(TOM)).ticketPage(id))!;
    expect(page.ticket.item).toMatchObject({ received: false, HCStatus: 'new', HCDescription: PHISHING, HCResolution: null, HCAssignedToId: null, HCTeamId: null });
    expect([page.timeline, page.comments, page.claims]).toEqual([[], [], []]);
    // He was sent nothing about it; the desk's mails about it went to Léa (and the team's queue) at reception.
    expect(mailsAbout(f, id).map((m) => m.to).sort()).toEqual([[LEA], [QUEUE]]);
    // The desk's next housekeeping gives the item back to the requester its state names: Tom no longer sees it.
    const intake = new TicketIntake(f.sp(AGENT_L1), deskOf(f, AGENT_L1));
    expect(await intake.restoreRequesters()).toContain(id);
    expect((await myRequests(TOM)).filter((t) => t.id === id)).toEqual([]);
    expect(await createMyTicketsServices(f.sp(TOM)).ticketPage(id)).toBeUndefined();
    expect((await myRequests(LEA)).filter((t) => t.id === id)).toHaveLength(1);
    expect(await intake.restoreRequesters()).not.toContain(id);
  });
});
