// Issue 11: "read the approval link's secret from her ticket and take the approver's key first", and "a forwarded or
// guessed link decides nothing". Tried as a student (and a second student holding a forwarded mail) over plain REST.
//
// Why it holds:
// - the secret of the approver's link is drawn when the desk asks for the approval and goes into the approver's mail
//   only; the desk's state keeps its SHA-256 (HCApproval.tokenHash), never the secret, and the only other copy is the
//   outbox row of that mail (HelpNotifications), which members cannot read (unique permissions: support and owners;
//   https://learn.microsoft.com/en-us/sharepoint/sites/user-permissions-and-permission-levels). So nothing she can
//   read — her ticket, her state and all its versions, her claims, her decisions, her mailbox, search — holds it.
// - HelpApprovalDecisions' key (ticket | request | approver id) is not unique (SharePoint refuses unique columns on a
//   list with item-level security), so anyone may add items under it, and nobody can rewrite an item's Author
//   (SharePoint stamps it; add-only level, no ValidateUpdateListItem). The desk applies only an item whose Author is
//   the approver the state names AND whose HCToken hashes to tokenHash (approverDecisionsOnDesk.ts): an item she
//   adds first, with no token, a guessed one or the hash itself, decides nothing and blocks nothing; an item added by
//   someone the mail was forwarded to carries the right secret but the wrong Author, and decides nothing either.
import type { IList } from '@pnp/sp/lists';
import {
  AGENT_L1, JULIE, LEA, TEACHER, TOM, agentAct, claimsSite, deskOf, deskTruth, fileTicket, mailsAbout, mailsTo, receive, rest, stateOf, type ClaimsSite
} from './claimsFixture';
import { createMyTicketsServices } from '../../../src/data/tickets';
import { APPROVAL_DECISIONS_LIST, approvalKey, createApprovalDecisionServices, sha256Hex } from '../../../src/data/tickets/approvalDecisions';
import { applyApproverDecision, applyRecentApproverDecisions } from '../../../src/data/tickets/approverDecisionsOnDesk';
import { parseApproval } from '../../../src/domain/tickets/approval';
import { CLAIMS_LIST } from '../../../src/data/tickets/claims';
import { STATES_LIST } from '../../../src/data/tickets/ticketRow';

jest.setTimeout(60000);

let f: ClaimsSite;
let id: number;
let requestSequence: number;
let token: string;
let tokenHash: string;

const decisions = (email: string): IList => f.sp(email).web.lists.getByTitle(APPROVAL_DECISIONS_LIST);

beforeAll(async () => {
  f = await claimsSite();
  id = await fileTicket(f, LEA, 'Tiers-temps pour l\'examen de chimie');
  await receive(f);
  await agentAct(f, id, { type: 'takeInCharge' });
  const before = f.emu.outbox().length;
  await agentAct(f, id, { type: 'requestApproval', approver: { id: f.ids[TEACHER], email: TEACHER, displayName: 'Prof. Jean Moreau' }, reason: 'Tiers-temps médical' });
  const asked = mailsTo(f, TEACHER, before);
  expect(asked).toHaveLength(1);
  const link = /approval(?:=|&#x3D;)(\d+)(?:&amp;|&)key(?:=|&#x3D;)(\d+)(?:&amp;|&)for(?:=|&#x3D;)(\d+)(?:&amp;|&)t(?:=|&#x3D;)([0-9a-f]{32})/.exec(asked[0].body)!;
  expect(Number(link[1])).toBe(id);
  requestSequence = Number(link[2]);
  token = link[4];
  const approval = parseApproval((await stateOf(f, id)).HCApproval)!;
  tokenHash = approval.tokenHash!;
  expect(tokenHash).toBe(await sha256Hex(token));
  expect(approval).toMatchObject({ approver: { id: f.ids[TEACHER] }, requestSequence });
});
afterAll(() => f.emu.close());

describe('the approver\'s link secret is nowhere she can read', () => {
  it('not in her ticket, her state or any of its versions, her claims or decisions, her mailbox, nor search; the outbox is closed to her', async () => {
    const lists = f.sp(LEA).web.lists;
    const state = await stateOf(f, id);
    const search = await rest(f, LEA, 'POST', 'search/postquery', { request: { Querytext: token } });
    expect(search.status).toBe(200);
    const readable: unknown[] = [
      await lists.getByTitle('HelpTickets').items.getById(id)(),
      await lists.getByTitle('HelpTickets').items.getById(id).versions(),
      await lists.getByTitle(STATES_LIST).items.filter(`HCTicketId eq ${id}`)(),
      await lists.getByTitle(STATES_LIST).items.getById(state.Id).versions(),
      await lists.getByTitle(CLAIMS_LIST).items(),
      await decisions(LEA).items(),
      await createMyTicketsServices(f.sp(LEA)).ticketPage(id),
      search.json,
      mailsTo(f, LEA)
    ];
    // She does read the state, and its approval (whom the desk asked, and the hash of the link's secret)…
    expect(JSON.stringify(readable[2])).toContain(tokenHash);
    // …but never the secret, which the hash does not give back.
    readable.forEach((r, i) => expect([i, JSON.stringify(r).indexOf(token)]).toEqual([i, -1]));
    // The outbox (where the approver's mail, link included, is recorded) is the support's: the list is not there for her.
    expect((await rest(f, LEA, 'GET', "web/lists/getbytitle('HelpNotifications')/items")).status).toBe(404);
    // Agents can read it there (they send the mails); she cannot get it from them through any list she reads.
    const rows = await f.sp(AGENT_L1).web.lists.getByTitle('HelpNotifications').items.select('HCValues').filter(`HCTicketId eq ${id}`)<{ HCValues: string }[]>();
    expect(rows.some((r) => (r.HCValues || '').indexOf(token) >= 0)).toBe(true);
  });
});

describe('a decision taken first, guessed or forwarded decides nothing; the approver\'s own decides', () => {
  const key = (): string => approvalKey(id, requestSequence, f.ids[TEACHER]);
  // The desk logs the items it ignores (an agent can look at them): the log is part of what is checked.
  let warn: jest.SpyInstance;
  beforeEach(() => { warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined); });
  afterEach(() => warn.mockRestore());
  const ignoredLogged = (): boolean => warn.mock.calls.some((c) => /were not added by the approver: ignored/.test(String(c[0])));

  it('her items under the approver\'s key (no token, a guessed one, the hash she can read) are ignored and block nothing', async () => {
    const truth = await deskTruth(f, id);
    for (const HCToken of [null, 'deadbeefdeadbeefdeadbeefdeadbeef', tokenHash, tokenHash.slice(0, 32)]) {
      await decisions(LEA).items.add({ HCTicketId: id, HCDecision: 'approved', HCApprovalKey: key(), HCToken, HCComment: 'Accordé.' });
    }
    // Over raw REST too, naming the approver as Author (SharePoint stamps the Author itself).
    const raw = await rest(f, LEA, 'POST', `web/lists/getbytitle('${APPROVAL_DECISIONS_LIST}')/items`, {
      HCTicketId: id, HCDecision: 'approved', HCApprovalKey: key(), HCToken: token.replace(/./, (c) => (c === '0' ? '1' : '0')), AuthorId: f.ids[TEACHER]
    });
    expect(raw.status).toBe(201);
    expect((raw.json as { AuthorId: number }).AuthorId).toBe(f.ids[LEA]);
    expect(await applyApproverDecision(deskOf(f, AGENT_L1), f.sp(AGENT_L1), id)).toBe(false);
    expect(await applyRecentApproverDecisions(deskOf(f, AGENT_L1), f.sp(AGENT_L1))).toBe(0);
    expect(ignoredLogged()).toBe(true);
    expect(await deskTruth(f, id)).toEqual(truth);
  });

  it('a forwarded link (another student adds an item with the right secret) is ignored', async () => {
    const truth = await deskTruth(f, id);
    const forwarded = { ticketId: id, requestSequence, approverId: f.ids[TEACHER], token };
    // Through the approver's page, as Tom: the key names Tom, not the approver…
    expect((await createApprovalDecisionServices(f.sp(TOM)).record(forwarded, 'approved', 'Transféré')).decision).toBe('approved');
    // …and by hand under the approver's key.
    await decisions(TOM).items.add({ HCTicketId: id, HCDecision: 'approved', HCApprovalKey: key(), HCToken: token });
    // Léa with the right secret (had she seen the mail) is no better.
    await decisions(LEA).items.add({ HCTicketId: id, HCDecision: 'approved', HCApprovalKey: key(), HCToken: token });
    expect(await applyApproverDecision(deskOf(f, AGENT_L1), f.sp(AGENT_L1), id)).toBe(false);
    expect(await applyRecentApproverDecisions(deskOf(f, JULIE), f.sp(JULIE))).toBe(0);
    expect(ignoredLogged()).toBe(true);
    expect(await deskTruth(f, id)).toEqual(truth);
  });

  it('the approver\'s own decision from the mail link is applied, after all of them, with the approver as who decided', async () => {
    const before = f.emu.outbox().length;
    const mine = await createApprovalDecisionServices(f.sp(TEACHER)).record({ ticketId: id, requestSequence, approverId: f.ids[TEACHER], token }, 'refused', 'Pas de justificatif.');
    expect(mine.decision).toBe('refused');
    expect(await applyRecentApproverDecisions(deskOf(f, AGENT_L1), f.sp(AGENT_L1))).toBe(1);
    const approval = parseApproval((await stateOf(f, id)).HCApproval)!;
    const own = await decisions(AGENT_L1).items.select('Id', 'AuthorId').filter(`HCApprovalKey eq '${key()}'`)<{ Id: number; AuthorId: number }[]>();
    const teachers = own.filter((r) => r.AuthorId === f.ids[TEACHER]).map((r) => r.Id);
    expect(approval).toMatchObject({ decision: 'refused', comment: 'Pas de justificatif.', decidedBy: { id: f.ids[TEACHER] }, decisionItemId: teachers[0] });
    expect(own.length).toBeGreaterThan(teachers.length);
    // The decision's mails went out now — to the approver, whose decision the desk took into account, and to the
    // student, who learns the outcome — and only now.
    const decided = mailsAbout(f, id).filter((m) => /dérogation refusée|derogation refused|votre décision est enregistrée|your decision is recorded/.test(m.subject));
    expect(decided.map((m) => m.to).sort()).toEqual([[LEA], [TEACHER]].sort());
    expect(mailsTo(f, TEACHER, before)).toEqual(decided.filter((m) => m.to.includes(TEACHER)));
    expect(await applyRecentApproverDecisions(deskOf(f, AGENT_L1), f.sp(AGENT_L1))).toBe(0);
    // She reads the desk's decision on her state (not the teacher's item, nor anyone's).
    expect(parseApproval((await f.sp(LEA).web.lists.getByTitle(STATES_LIST).items.filter(`HCTicketId eq ${id}`).select('HCApproval')<{ HCApproval: string }[]>())[0].HCApproval))
      .toMatchObject({ decision: 'refused' });
    expect((await decisions(LEA).items.select('AuthorId')<{ AuthorId: number }[]>()).every((r) => r.AuthorId === f.ids[LEA])).toBe(true);
  });
});
