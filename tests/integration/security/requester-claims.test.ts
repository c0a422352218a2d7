// Issue 11, "every value a person can write is that person's claim", tried as a student over plain REST (raw fetch
// with her own form digest, and PnPjs: exactly what a browser console on the site can send). For each attack the
// test shows the write refused, or the desk's truth unchanged: its queues (DeskRepository's snapshot as an agent),
// SLA clocks (the state's HCDueDate), approvals, mails (the workbench's outbox) and history (the state's versions).
//
// This file: deleting a ticket or its history; the desk's columns (status, assignee, priority, level, due date,
// sequence, approval, who was informed) on her ticket and on its state; deleting the desk's public replies; and the
// requester's own actions (answer, accept, reopen, rate), which still reach the desk as claims.
// Siblings: forged-authors.test.ts (Created By / Modified By rewritten through ValidateUpdateListItem, the phishing
// "resolved by an agent" ticket and the known limit), approval-secret.test.ts (the approver's link secret, a decision
// taken first, a forwarded link), outbox-and-lookups.test.ts (pre-created notification rows, lookup projections);
// experts-and-counters.test.ts (the Experts list, helpful votes and views).
//
// Why it holds: SharePoint secures lists and items, never columns (SPList.WriteSecurity 2, "users can modify only
// items that they create": https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/ms410739(v=office.15)),
// so the desk's columns are not on the ticket the student edits: they are on HelpTicketStates, where members,
// visitors and contributors hold Read (src/data/schema/lists.ts), and a person's rights on an item are those of
// their permission level (https://learn.microsoft.com/en-us/sharepoint/sites/user-permissions-and-permission-levels).
import '@pnp/sp/security';
import '@pnp/sp/comments';
import { PermissionKind } from '@pnp/sp/security';
import type { IList } from '@pnp/sp/lists';
import { OWNER, graphAs, spError } from '../emulator/helpers';
import {
  AGENT_L1, LEA, QUEUE, TOM, agentAct, applyClaims, claimsSite, deskOf, deskTruth, fileTicket, itemPath, loginOf, receive, rest, stateOf, validateUpdate, type ClaimsSite
} from './claimsFixture';
import { createTicketFormServices, type TicketSubmission } from '../../../src/data/intake';
import { TicketRepository, createMyTicketsServices, type MyTicketsServices } from '../../../src/data/tickets';
import { CLAIMS_LIST } from '../../../src/data/tickets/claims';
import { STATES_LIST } from '../../../src/data/tickets/ticketRow';

jest.setTimeout(60000);

let f: ClaimsSite;

beforeAll(async () => { f = await claimsSite(); });
afterAll(() => f.emu.close());

const tickets = (email: string): IList => f.sp(email).web.lists.getByTitle('HelpTickets');
const states = (email: string): IList => f.sp(email).web.lists.getByTitle(STATES_LIST);
const claims = (email: string): IList => f.sp(email).web.lists.getByTitle(CLAIMS_LIST);

/** A ticket of Léa's the desk received, took in charge and asked a question on (its state has a history). */
async function workedTicket(title: string): Promise<number> {
  const id = await fileTicket(f, LEA, title);
  await receive(f);
  await agentAct(f, id, { type: 'takeInCharge' });
  await agentAct(f, id, { type: 'askForInformation', message: 'Quel quiz, à quelle heure ?' });
  return id;
}

async function versionLabels(list: string, id: number): Promise<string[]> {
  const versions = await f.sp(AGENT_L1).web.lists.getByTitle(list).items.getById(id).versions.select('VersionLabel')<{ VersionLabel: string }[]>();
  return versions.map((v) => v.VersionLabel);
}

// Part 1 — requesters lost Delete Items and Delete Versions. Members, visitors and contributors hold the
// "Demandeur (centre d'aide)" level on HelpTickets (Contribute without both, src/data/schema/security.ts), Read on
// HelpTicketStates and "Ajout seul" on HelpTicketClaims, so a student can neither delete nor recycle her ticket, its
// state or a claim, nor erase a version of either history; she still files, attaches and acts. SharePoint checks
// Delete Items on delete and recycle and Delete Versions on version deletion (Microsoft Learn's permission table:
// https://learn.microsoft.com/en-us/sharepoint/sites/user-permissions-and-permission-levels); the emulator does the
// same (tests/integration/emulator/version-delete.test.ts).
describe('a student cannot delete her ticket, its state, her claims or their history', () => {
  let id: number;
  let stateId: number;
  let claimId: number;
  let truth: Record<string, unknown>;
  let ticketHistory: string[];

  beforeAll(async () => {
    id = await workedTicket('Examen Moodle: suppression');
    stateId = (await stateOf(f, id)).Id;
    claimId = (await createMyTicketsServices(f.sp(LEA)).act(id, { kind: 'comment', text: 'Je cherche encore.' }, 'delete-1')).id;
    truth = await deskTruth(f, id);
    ticketHistory = await versionLabels('HelpTickets', id);
    expect(truth.versions).toEqual(['4.0', '3.0', '2.0', '1.0']);
  });

  it('holds the requester level on HelpTickets, Read on the states, add-only on the claims', async () => {
    const can = async (list: IList, kind: PermissionKind): Promise<boolean> => list.currentUserHasPermissions(kind);
    expect([await can(tickets(LEA), PermissionKind.EditListItems), await can(tickets(LEA), PermissionKind.DeleteListItems), await can(tickets(LEA), PermissionKind.DeleteVersions)])
      .toEqual([true, false, false]);
    expect([await can(states(LEA), PermissionKind.ViewListItems), await can(states(LEA), PermissionKind.AddListItems), await can(states(LEA), PermissionKind.EditListItems),
      await can(states(LEA), PermissionKind.DeleteListItems), await can(states(LEA), PermissionKind.DeleteVersions)]).toEqual([true, false, false, false, false]);
    expect([await can(claims(LEA), PermissionKind.AddListItems), await can(claims(LEA), PermissionKind.EditListItems), await can(claims(LEA), PermissionKind.DeleteListItems)])
      .toEqual([true, false, false]);
  });

  it('delete and recycle are refused, over raw REST and PnPjs, on her ticket, its state and her claim', async () => {
    for (const [list, item] of [['HelpTickets', id], [STATES_LIST, stateId], [CLAIMS_LIST, claimId]] as [string, number][]) {
      expect([list, (await rest(f, LEA, 'DELETE', itemPath(list, item), undefined, { 'IF-MATCH': '*' })).status]).toEqual([list, 403]);
      expect([list, (await rest(f, LEA, 'POST', itemPath(list, item), undefined, { 'IF-MATCH': '*', 'X-HTTP-Method': 'DELETE' })).status]).toEqual([list, 403]);
      expect([list, (await rest(f, LEA, 'POST', `${itemPath(list, item)}/recycle()`)).status]).toEqual([list, 403]);
      const pnp = f.sp(LEA).web.lists.getByTitle(list).items.getById(item);
      expect([list, (await spError(pnp.delete())).status, (await spError(pnp.recycle())).status]).toEqual([list, 403, 403]);
    }
  });

  it('deleting a version is refused, whichever way, on her ticket and its state', async () => {
    for (const [list, item] of [['HelpTickets', id], [STATES_LIST, stateId]] as [string, number][]) {
      expect((await spError(f.sp(LEA).web.lists.getByTitle(list).items.getById(item).versions.getById(512).delete())).status).toBe(403);
      const base = `${itemPath(list, item)}/versions`;
      for (const path of [`${base}/DeleteAll`, `${base}/DeleteByID(vid=512)`, `${base}/DeleteByLabel(versionlabel='1.0')`, `${base}(512)/DeleteObject`]) {
        expect([path, (await rest(f, LEA, 'POST', path)).status]).toEqual([path, 403]);
      }
      expect((await rest(f, LEA, 'DELETE', `${base}(512)`, undefined, { 'IF-MATCH': '*' })).status).toBe(403);
    }
  });

  it('leaves the ticket, its state, every version and the queues as the desk had them', async () => {
    expect(await deskTruth(f, id)).toEqual(truth);
    expect(await versionLabels('HelpTickets', id)).toEqual(ticketHistory);
    expect((await new TicketRepository(f.sp(AGENT_L1)).get(id))?.item).toMatchObject({ Id: id, HCStatus: 'awaiting_user' });
  });

  it('she still attaches a file, and the desk sees it', async () => {
    await createMyTicketsServices(f.sp(LEA)).addAttachment(id, 'capture-2.png', new Blob([new Uint8Array([137, 80, 78, 71])]));
    expect((await new TicketRepository(f.sp(AGENT_L1)).attachments(id)).map((x) => x.name)).toEqual(['capture-2.png']);
  });

  it('the agent (and owner) still can: the desk recycles a ticket when it must', async () => {
    const spare = await fileTicket(f, LEA, 'Examen Moodle: doublon');
    await tickets(AGENT_L1).items.getById(spare).recycle();
    expect(await new TicketRepository(f.sp(AGENT_L1)).get(spare)).toBeUndefined();
  });

  it('two tabs racing the same submit both get the first ticket; the duplicate she cannot recycle is logged, not thrown', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const submission: TicketSubmission = {
        ticket: { clientRequestId: 'claims-race-1', title: 'Examen Moodle: deux onglets', description: 'Le quiz ne se charge plus.', kind: 'assistance', categoryId: f.categoryId, language: 'fr' },
        attachments: [], ticketLink: (n: number) => `${f.emu.siteUrl}/?ticket=${n}`
      };
      const [a, b] = await Promise.all([1, 2].map(() => createTicketFormServices(f.sp(LEA), graphAs(f.emu, LEA)).submit(submission)));
      const held = (await tickets(AGENT_L1).items.select('Id').filter("HCClientRequestId eq 'claims-race-1'")<{ Id: number }[]>()).map((r) => r.Id);
      // The lowest Id wins for both tabs (and for every lookup by the key afterwards).
      expect(a.ticketId).toBe(Math.min(...held));
      expect(b.ticketId).toBe(a.ticketId);
      expect((await new TicketRepository(f.sp(LEA)).findByClientRequestId('claims-race-1'))?.item.Id).toBe(a.ticketId);
      // A duplicate, if the race left one, stays (she cannot recycle it): the refusal was logged.
      if (held.length > 1) expect(warn.mock.calls.some((c) => /could not be recycled/.test(String(c[0])))).toBe(true);
    } finally {
      warn.mockRestore();
    }
  });
});

// Part 2 — the desk's columns. HelpTickets holds only what the requester owns: HCStatus, HCAssignedTo, HCLevel,
// HCTeam, HCDueDate, HCSequence, HCApproval, HCInformed, HCResolution are not columns of it any more, so writing
// them is refused by SharePoint itself (an unknown property of the item's type: 400; in ValidateUpdateListItem each
// such form value fails). They live on HelpTicketStates, where she holds Read: adding, updating, ValidateUpdateListItem
// (which needs Edit Items) and recycling are refused (403), whatever she sends. What she may still edit — her own
// HCPriority, HCWatchers, HCChannel, HCCategory — is what she asked; the desk copied it at intake and never reads it again.
describe('a student cannot set the desk\'s columns: not on her ticket, not on its state', () => {
  const DESK_COLUMNS: Record<string, unknown> = {
    HCStatus: 'resolved', HCLevel: 'L3', HCDueDate: '2030-01-01T00:00:00Z', HCSequence: 99, HCResolution: 'Dérogation accordée.',
    HCApproval: JSON.stringify({ approver: { id: 0, email: 'lea.dubois@univ-exemple.fr' }, decision: 'approved' }),
    HCInformed: '[]'
  };
  let id: number;
  let truth: Record<string, unknown>;

  beforeAll(async () => {
    id = await workedTicket('Examen Moodle: colonnes');
    DESK_COLUMNS.HCAssignedToId = f.ids[LEA];
    DESK_COLUMNS.HCTeamId = f.teamId + 100;
    truth = await deskTruth(f, id);
  });

  it('on HelpTickets the desk\'s columns do not exist: update, MERGE and ValidateUpdateListItem fail for each', async () => {
    for (const column of Object.keys(DESK_COLUMNS)) {
      const value = { [column]: DESK_COLUMNS[column] };
      expect([column, (await spError(tickets(LEA).items.getById(id).update(value))).status]).toEqual([column, 400]);
      const merge = await rest(f, LEA, 'POST', itemPath('HelpTickets', id), value, { 'IF-MATCH': '*', 'X-HTTP-Method': 'MERGE' });
      expect([column, merge.status]).toEqual([column, 400]);
    }
    const form = { HCStatus: 'resolved', HCAssignedTo: loginOf(LEA), HCLevel: 'L3', HCDueDate: '01/01/2030 10:00', HCSequence: '99', HCApproval: '{}', HCInformed: '[]', HCTeam: '1' };
    expect((await validateUpdate(f, LEA, 'HelpTickets', id, form)).failed.sort()).toEqual(Object.keys(form).sort());
  });

  it('on her state she reads but writes nothing: add, update, MERGE, ValidateUpdateListItem and recycle are refused', async () => {
    const state = await stateOf(f, id);
    // She reads the state the desk attributes to her (its Author is her, ReadSecurity 2)…
    expect((await states(LEA).items.getById(state.Id).select('HCStatus')<{ HCStatus: string }>()).HCStatus).toBe('awaiting_user');
    // …and changes none of it.
    expect((await spError(states(LEA).items.getById(state.Id).update(DESK_COLUMNS))).status).toBe(403);
    expect((await rest(f, LEA, 'POST', itemPath(STATES_LIST, state.Id), { HCStatus: 'resolved' }, { 'IF-MATCH': '*', 'X-HTTP-Method': 'MERGE' })).status).toBe(403);
    expect((await validateUpdate(f, LEA, STATES_LIST, state.Id, { HCStatus: 'resolved', HCPriority: 'critical' })).status).toBe(403);
    expect((await validateUpdate(f, LEA, STATES_LIST, state.Id, { HCInformed: '[]' }, false)).status).toBe(403);
    expect((await spError(states(LEA).items.getById(state.Id).recycle())).status).toBe(403);
    // Nor does she add a second state for her ticket (the first written counts, but she cannot even add one).
    expect((await spError(states(LEA).items.add({ HCTicketId: id, HCStatus: 'resolved', HCRequesterId: f.ids[LEA] }))).status).toBe(403);
  });

  it('nor does she pre-empt intake: a state for a ticket the desk has not received yet is refused, and intake writes its own', async () => {
    const fresh = await fileTicket(f, LEA, 'Examen Moodle: avant la réception');
    expect((await spError(states(LEA).items.add({ HCTicketId: fresh, HCStatus: 'resolved', HCPriority: 'critical', HCDueDate: '2030-01-01T00:00:00Z' }))).status).toBe(403);
    expect((await rest(f, LEA, 'POST', `web/lists/getbytitle('${STATES_LIST}')/items`, { HCTicketId: fresh, HCStatus: 'resolved' })).status).toBe(403);
    await receive(f);
    expect(await stateOf(f, fresh)).toMatchObject({ HCStatus: 'new', HCPriority: 'normal', HCRequesterId: f.ids[LEA] });
  });

  it('at intake, the priority she asks for sets the desk\'s (and its due date) only where the category\'s form asks it', async () => {
    // Over REST she may write any priority on her item; this category's form does not ask it: the desk starts at normal.
    const unasked = await fileTicket(f, LEA, 'Examen Moodle: priorité revendiquée', { priority: 'critical' });
    const owner = f.sp(OWNER).web.lists.getByTitle('HelpCategories');
    const asking = (await owner.items.add({ Title: 'Salles', HCTitleEn: 'Rooms', HCDefaultTeamId: f.teamId, HCFirstResponseHours: 4, HCResolutionHours: 16,
      HCSlaByPriority: JSON.stringify({ critical: { resolutionHours: 2 } }), HCFormFields: ['priority'], HCRequiredFields: [] })).Id;
    const asked = await fileTicket(f, LEA, 'Vidéoprojecteur: priorité demandée', { priority: 'critical', categoryId: asking });
    await receive(f);
    const [a, b] = [await stateOf(f, unasked), await stateOf(f, asked)];
    expect([a.HCPriority, b.HCPriority]).toEqual(['normal', 'critical']);
    // The due dates follow: 16 business hours for the claim taken as normal, 2 for the critical one the form asked.
    expect(new Date(b.HCDueDate as string).getTime()).toBeLessThan(new Date(a.HCDueDate as string).getTime());
    // The desk still sees what she asked for (her item), and its queue's mail says both.
    expect(await tickets(LEA).items.getById(unasked).select('HCPriority')()).toMatchObject({ HCPriority: 'critical' });
    const toQueue = f.emu.outbox().filter((m) => m.to.includes(QUEUE) && m.subject.includes(`${unasked}`));
    expect(toQueue).toHaveLength(1);
    expect(toQueue[0].body).toContain('Priorité : Normale');
    expect(toQueue[0].body).toContain('Priorité demandée : Critique');
  });

  it('her edit of her own ticket\'s priority, watchers and channel is her claim: the desk\'s priority, watchers and queue do not move', async () => {
    await tickets(LEA).items.getById(id).update({ HCPriority: 'critical', HCWatchersId: [f.ids[TOM]], HCChannel: 'desk' });
    expect(await tickets(LEA).items.getById(id).select('HCPriority')()).toMatchObject({ HCPriority: 'critical' });
    await receive(f);
    expect(await deskTruth(f, id)).toEqual(truth);
    expect((await deskTruth(f, id)).queue).toMatchObject({ priority: 'normal', status: 'awaiting_user', dueAt: new Date((truth.state as { HCDueDate: string }).HCDueDate) });
    // Her page shows the desk's priority, not the one she wrote.
    expect((await createMyTicketsServices(f.sp(LEA)).ticketPage(id))!.ticket.item).toMatchObject({ HCPriority: 'normal', HCStatus: 'awaiting_user' });
  });

  it('after every refused write above, the queues, SLA clock, approval, informed log, history and mails are as before', async () => {
    expect(await deskTruth(f, id)).toEqual(truth);
  });
});

// Part 3 — the agent's public replies. They used to be native item comments on her ticket, which she could erase
// (comments/deleteAll needs only Edit Items on the item: SharePoint's list item comments follow the item). They now
// live in the state's versions (HCPublicMessage, written by agents only, with Delete Versions refused above), and
// the ticket page reads them from there: deleting every comment of her ticket takes none of them away.
describe('a student cannot delete the agent\'s public replies', () => {
  it('comments/deleteAll on her ticket leaves every desk message on her page and on the desk\'s', async () => {
    const id = await workedTicket('Examen Moodle: réponses');
    await agentAct(f, id, { type: 'replyPublic', message: 'Nous avons relancé le quiz de 10 h.' });
    const before = (await createMyTicketsServices(f.sp(LEA)).ticketPage(id))!.comments.filter((c) => c.from === 'desk').map((c) => c.text);
    expect(before).toEqual(['Quel quiz, à quelle heure ?', 'Nous avons relancé le quiz de 10 h.']);
    const truth = await deskTruth(f, id);
    expect((await rest(f, LEA, 'POST', `${itemPath('HelpTickets', id)}/comments/deleteAll`)).status).toBe(200);
    await tickets(LEA).items.getById(id).comments.clear();
    for (const who of [LEA, AGENT_L1]) {
      const page = (await new TicketRepository(f.sp(who)).ticketPage(id))!;
      expect([who, page.comments.filter((c) => c.from === 'desk').map((c) => c.text)]).toEqual([who, before]);
    }
    expect(await deskTruth(f, id)).toEqual(truth);
  });
});

// Part 4 — what she may still do. Her answer, acceptance, reopening and rating are claims: items she adds to
// HelpTicketClaims (add only: she can neither edit nor delete one, so a claim is what she sent), shown to her at once
// from her own claims, and applied by the desk through the domain on her behalf only when the claim's Author —
// stamped by SharePoint, which she cannot rewrite without Edit Items — is the requester the desk's state names.
describe('her answer, acceptance, reopening and rating still reach the desk, and are shown to her at once', () => {
  let id: number;
  const mine = (): MyTicketsServices => createMyTicketsServices(f.sp(LEA));
  const statusFor = async (email: string): Promise<string | undefined> => (await createMyTicketsServices(f.sp(email)).ticketPage(id))?.ticket.item.HCStatus || undefined;

  beforeAll(async () => { id = await workedTicket('Examen Moodle: actions'); });

  it('an answer is shown pending at once, the desk applies it, and she then sees the ticket back in progress', async () => {
    const claim = await mine().act(id, { kind: 'answer', text: 'Le quiz de 10 h, chapitre 3.' }, 'answer-1');
    expect(claim).toMatchObject({ action: 'answer', applied: false, authorId: f.ids[LEA] });
    const page = (await mine().ticketPage(id))!;
    expect(page.claims).toEqual([expect.objectContaining({ id: claim.id, applied: false })]);
    expect(page.comments.filter((c) => c.from === 'requester').map((c) => c.text)).toEqual(['Le quiz de 10 h, chapitre 3.']);
    expect(await statusFor(LEA)).toBe('awaiting_user');
    // A retried click (same key) is the same claim.
    expect((await mine().act(id, { kind: 'answer', text: 'Le quiz de 10 h, chapitre 3.' }, 'answer-1')).id).toBe(claim.id);
    expect(await claims(AGENT_L1).items.filter(`HCClaimKey eq '${id}|answer-1'`).select('Id')()).toHaveLength(1);
    const mails = f.emu.outbox().length;
    expect(await applyClaims(f, id)).toBe(1);
    expect(await stateOf(f, id)).toMatchObject({ HCStatus: 'in_progress', HCRequesterId: f.ids[LEA] });
    expect(await statusFor(LEA)).toBe('in_progress');
    expect((await mine().ticketPage(id))!.claims).toEqual([expect.objectContaining({ id: claim.id, applied: true, outcome: 'applied' })]);
    // The assignee is told, from the mailbox of the agent whose desk applied it.
    expect(f.emu.outbox().slice(mails).map((m) => m.to)).toEqual([[AGENT_L1]]);
    // Applying again does nothing: the claim is marked.
    expect(await applyClaims(f, id)).toBe(0);
  });

  it('a reopening, an acceptance and a rating each reach the desk; a second rating is refused with its reason', async () => {
    await agentAct(f, id, { type: 'resolve', resolution: 'Quiz rouvert pour vous.' });
    await mine().act(id, { kind: 'reopen', text: 'Il est toujours bloqué.' }, 'reopen-1');
    expect(await applyClaims(f, id)).toBe(1);
    expect(await statusFor(LEA)).toBe('in_progress');
    // The desk stamps the reopening on its state: the reports count it from there (issue 17).
    const reopenedByHer = (await stateOf(f, id)).HCReopenedAt;
    expect(reopenedByHer).toBeTruthy();
    await agentAct(f, id, { type: 'resolve', resolution: 'Quiz rouvert, vérifié avec vous.' });
    await mine().act(id, { kind: 'accept' }, 'accept-1');
    expect(await applyClaims(f, id)).toBe(1);
    expect(await statusFor(LEA)).toBe('closed');
    await mine().act(id, { kind: 'rate', rating: 4, comment: 'Rapide.' }, 'rate-1');
    expect(await applyClaims(f, id)).toBe(1);
    expect(await stateOf(f, id)).toMatchObject({ HCSatisfaction: 4, HCSatisfactionComment: 'Rapide.' });
    const again = await mine().act(id, { kind: 'rate', rating: 1 }, 'rate-2');
    expect(await applyClaims(f, id)).toBe(0);
    expect((await mine().ticketPage(id))!.claims.filter((c) => c.id === again.id)).toEqual([expect.objectContaining({ applied: true, outcome: 'refused: alreadyRated' })]);
    expect((await stateOf(f, id)).HCSatisfaction).toBe(4);
    // An agent's reopening (she phoned the desk) is stamped the same way, with no claim of hers.
    await agentAct(f, id, { type: 'reopen', reason: 'Rappel téléphonique : toujours bloqué.' });
    const state = await stateOf(f, id);
    expect(state.HCStatus).toBe('in_progress');
    expect(new Date(state.HCReopenedAt!).getTime()).toBeGreaterThanOrEqual(new Date(reopenedByHer!).getTime());
  });

  it('a claim on someone else\'s ticket is refused with an outcome, and that ticket does not move', async () => {
    const toms = await fileTicket(f, TOM, 'Tom: salle d\'examen');
    await receive(f);
    await agentAct(f, toms, { type: 'takeInCharge' });
    await agentAct(f, toms, { type: 'resolve', resolution: 'Salle B12.' });
    const truth = await deskTruth(f, toms);
    // She cannot read Tom's ticket, but ticket ids are numbers: she adds claims naming it.
    expect((await spError(tickets(LEA).items.getById(toms)())).status).toBe(404);
    const forged = [
      await mine().act(toms, { kind: 'reopen', text: 'Pas résolu.' }, 'foreign-1'),
      await mine().act(toms, { kind: 'accept' }, 'foreign-2'),
      await mine().act(toms, { kind: 'rate', rating: 1 }, 'foreign-3')
    ];
    expect(await applyClaims(f, toms)).toBe(0);
    const outcomes = await claims(AGENT_L1).items.select('Id', 'HCApplied', 'HCOutcome').filter(`HCTicketId eq ${toms}`)<{ Id: number; HCApplied: boolean; HCOutcome: string }[]>();
    expect(outcomes.filter((o) => forged.some((c) => c.id === o.Id)).map((o) => [o.HCApplied, o.HCOutcome])).toEqual([[true, 'notRequester'], [true, 'notRequester'], [true, 'notRequester']]);
    expect(await deskTruth(f, toms)).toEqual(truth);
    // Tom's page shows none of them (ReadSecurity 2 on the claims), and his ticket is still resolved for him.
    const toms_page = (await createMyTicketsServices(f.sp(TOM)).ticketPage(toms))!;
    expect([toms_page.claims, toms_page.ticket.item.HCStatus]).toEqual([[], 'resolved']);
  });

  it('a claim on her own ticket whose state names nobody (received unverified) is refused with an outcome', async () => {
    const odd = await fileTicket(f, LEA, 'Examen Moodle: auteur réécrit');
    // Created By rewritten to Tom (Modified By stays her): the desk trusts nobody as its requester.
    expect((await validateUpdate(f, LEA, 'HelpTickets', odd, { Author: loginOf(TOM) })).failed).toEqual([]);
    await receive(f);
    expect(await stateOf(f, odd)).toMatchObject({ HCUnverified: true, HCRequesterId: null });
    await agentAct(f, odd, { type: 'takeInCharge' });
    await agentAct(f, odd, { type: 'resolve', resolution: 'Vu au guichet.' });
    const truth = await deskTruth(f, odd);
    const c = await mine().act(odd, { kind: 'reopen', text: 'Non.' }, 'odd-1');
    expect(await applyClaims(f, odd)).toBe(0);
    expect(await claims(AGENT_L1).items.getById(c.id).select('HCOutcome')()).toMatchObject({ HCOutcome: 'notRequester' });
    expect(await deskTruth(f, odd)).toEqual(truth);
  });

  it('the desk service itself refuses a requester: act() as her is notAllowed and writes nothing', async () => {
    const truth = await deskTruth(f, id);
    const desk = deskOf(f, LEA);
    expect(await desk.read(id)).toBeDefined();
    await expect(desk.act(id, (await desk.read(id))!.stored.etag, { type: 'reopen', reason: 'Je rouvre moi-même.' })).rejects.toMatchObject({ code: 'notAllowed' });
    expect(await deskTruth(f, id)).toEqual(truth);
  });
});
