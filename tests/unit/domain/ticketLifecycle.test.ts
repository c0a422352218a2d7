import {
  Actor, applyAction, ApplyResult, ApplyOk, DEFAULT_LIFECYCLE_SETTINGS, PersonRef, Ticket, TicketAction, resolveProblem, TICKET_LIST_FIELDS
} from '../../../src/domain/tickets';
import { TicketStatus } from '../../../src/domain/vocabulary';

const person = (id: number, name: string): PersonRef => ({ id, email: `${name}@example.edu`, displayName: name });
const STUDENT = person(1, 'student');
const PROFESSOR = person(2, 'professor');
const AGENT_L1 = person(10, 'karim');
const AGENT_L1_BIS = person(11, 'philippe');
const AGENT_L2 = person(20, 'l2');
const REFERENT = person(30, 'referent');
const OWNER = person(40, 'owner');
const OTHER_STUDENT = person(3, 'other');

const ELEARNING = 1;
const IT = 2;
const actor = (p: PersonRef, extra: Partial<Actor> = {}): Actor => ({ person: p, isAgent: false, teamIds: [], isSiteOwner: false, ...extra });
const A = {
  student: actor(STUDENT), professor: actor(PROFESSOR), other: actor(OTHER_STUDENT), referent: actor(REFERENT),
  l1: actor(AGENT_L1, { isAgent: true, teamIds: [ELEARNING] }), l1bis: actor(AGENT_L1_BIS, { isAgent: true, teamIds: [ELEARNING] }),
  l2: actor(AGENT_L2, { isAgent: true, teamIds: [IT] }), owner: actor(OWNER, { isSiteOwner: true })
};
const NOW = new Date('2026-03-10T10:00:00Z');
const S = DEFAULT_LIFECYCLE_SETTINGS;

function ticket(over: Partial<Ticket> = {}): Ticket {
  return {
    id: 42, title: 'Exam not visible', description: 'I cannot see my exam', kind: 'assistance', categoryId: 7, priority: 'high', channel: 'portal',
    status: 'new', level: 'L1', teamId: ELEARNING, requester: STUDENT, watchers: [PROFESSOR], createdAt: new Date('2026-03-10T08:00:00Z'),
    language: 'fr', statusHistory: [{ status: 'new', at: new Date('2026-03-10T08:00:00Z') }], sequence: 1, ...over
  };
}
const ok = (r: ApplyResult): ApplyOk => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error}`);
  return r;
};
const roles = (r: ApplyOk): string[] => r.events[0].recipients.map((x) => x.person ? `${x.role}:${x.person.displayName}` : `${x.role}:${x.teamId}`);

describe('transitions (who, from which status, to which status)', () => {
  const assigned = { assignedTo: AGENT_L1 };
  it.each([
    ['file', 'student', { sequence: 0 }, { type: 'file' }, 'new'],
    ['agent files on behalf', 'l1', { sequence: 0 }, { type: 'file' }, 'new'],
    ['take in charge', 'l1', {}, { type: 'takeInCharge' }, 'taken_in_charge'],
    ['owner takes in charge', 'owner', {}, { type: 'takeInCharge' }, 'taken_in_charge'],
    ['first public reply', 'l1', { ...assigned, status: 'taken_in_charge' }, { type: 'replyPublic', message: 'Looking' }, 'in_progress'],
    ['student comments', 'student', { ...assigned, status: 'in_progress' }, { type: 'replyPublic', message: 'Thanks' }, 'in_progress'],
    ['ask for information', 'l1', { ...assigned, status: 'in_progress' }, { type: 'askForInformation', message: 'Screenshot?' }, 'awaiting_user'],
    ['requester answers', 'student', { ...assigned, status: 'awaiting_user' }, { type: 'requesterAnswered', message: 'Here' }, 'in_progress'],
    ['escalate to L2 IT', 'l1', { ...assigned, status: 'in_progress' }, { type: 'escalate', reason: 'Moodle config', level: 'L2', teamId: IT }, 'in_progress'],
    ['transfer to IT', 'l1', { ...assigned, status: 'in_progress' }, { type: 'transfer', reason: 'Network', teamId: IT }, 'new'],
    ['resolve', 'l1', { ...assigned, status: 'in_progress' }, { type: 'resolve', resolution: 'Access opened', articleId: 5 }, 'resolved'],
    ['accept resolution', 'student', { ...assigned, status: 'resolved' }, { type: 'acceptResolution' }, 'closed'],
    ['reopen resolved', 'student', { ...assigned, status: 'resolved' }, { type: 'reopen', reason: 'Still broken' }, 'in_progress'],
    ['reopen closed within window', 'student', { ...assigned, status: 'closed', closedAt: new Date('2026-03-08T10:00:00Z') }, { type: 'reopen', reason: 'Again' }, 'in_progress'],
    ['close', 'l1', { ...assigned, status: 'resolved' }, { type: 'close' }, 'closed'],
    ['close as no follow-up', 'l1', { ...assigned, status: 'awaiting_user' }, { type: 'closeNoFollowUp', reason: 'no answer' }, 'no_follow_up'],
    ['rate', 'student', { ...assigned, status: 'closed' }, { type: 'rate', rating: 5, comment: 'Fast' }, 'closed'],
    ['internal note', 'l2', { ...assigned, status: 'in_progress' }, { type: 'addInternalNote', body: 'Checked logs' }, 'in_progress'],
    ['link to problem', 'l2', { ...assigned, status: 'in_progress' }, { type: 'linkToProblem', problemId: 99 }, 'in_progress'],
    ['request approval', 'l1', { ...assigned, status: 'in_progress' }, { type: 'requestApproval', approver: REFERENT, reason: 'Extra time' }, 'in_progress']
  ] as [string, keyof typeof A, Partial<Ticket>, TicketAction, TicketStatus][])('%s', (_label, who, over, action, expected) => {
    const r = ok(applyAction(ticket(over), action, A[who], NOW, S));
    expect(r.ticket.status).toBe(expected);
    expect(r.ticket.sequence).toBe((over.sequence === undefined ? 1 : over.sequence) + 1);
    expect(r.events).toHaveLength(1);
  });
});

describe('reopening is stamped for the reports', () => {
  it.each([['the requester', 'student'], ['an agent', 'l1']] as [string, keyof typeof A][])('%s reopening a resolved request stamps reopenedAt and clears the resolution time', (_label, who) => {
    const r = ok(applyAction(ticket({ assignedTo: AGENT_L1, status: 'resolved', resolvedAt: new Date('2026-03-09T10:00:00Z') }), { type: 'reopen', reason: 'Still broken' }, A[who], NOW, S));
    expect(r.ticket.reopenedAt).toEqual(NOW);
    expect(r.ticket.resolvedAt).toBeUndefined();
    expect(TICKET_LIST_FIELDS.reopenedAt).toBe('HCReopenedAt');
  });
});

describe('guards (error codes)', () => {
  const assigned = { assignedTo: AGENT_L1 };
  it.each([
    ['student cannot take in charge', 'student', {}, { type: 'takeInCharge' }, 'notAllowed'],
    ['agent of another team cannot take in charge', 'l2', {}, { type: 'takeInCharge' }, 'notAllowed'],
    ['second agent gets alreadyTakenBy', 'l1bis', { ...assigned, status: 'taken_in_charge' }, { type: 'takeInCharge' }, 'alreadyTakenBy'],
    ['filed twice', 'student', {}, { type: 'file' }, 'alreadyFiled'],
    ['another student cannot file on my ticket', 'other', { sequence: 0 }, { type: 'file' }, 'notAllowed'],
    ['other student cannot comment', 'other', { ...assigned, status: 'in_progress' }, { type: 'replyPublic', message: 'hi' }, 'notAllowed'],
    ['empty reply', 'l1', { ...assigned, status: 'in_progress' }, { type: 'replyPublic', message: '  ' }, 'messageRequired'],
    ['reply on closed', 'l1', { ...assigned, status: 'closed' }, { type: 'replyPublic', message: 'x' }, 'invalidStatus'],
    ['student cannot add internal note', 'student', { ...assigned, status: 'in_progress' }, { type: 'addInternalNote', body: 'x' }, 'notAllowed'],
    ['ask info from new', 'l1', {}, { type: 'askForInformation', message: 'x' }, 'invalidStatus'],
    ['agent cannot answer for the requester', 'l1', { ...assigned, status: 'awaiting_user' }, { type: 'requesterAnswered' }, 'notAllowed'],
    ['answer when not awaiting', 'student', { ...assigned, status: 'in_progress' }, { type: 'requesterAnswered' }, 'invalidStatus'],
    ['escalate without reason', 'l1', { ...assigned, status: 'in_progress' }, { type: 'escalate', reason: '', level: 'L2' }, 'reasonRequired'],
    ['escalate to same level and team', 'l1', { ...assigned, status: 'in_progress' }, { type: 'escalate', reason: 'x', level: 'L1', teamId: ELEARNING }, 'nothingToEscalate'],
    ['escalate a new ticket', 'l1', {}, { type: 'escalate', reason: 'x', level: 'L2' }, 'invalidStatus'],
    ['transfer to the same team', 'l1', { ...assigned, status: 'in_progress' }, { type: 'transfer', reason: 'x', teamId: ELEARNING }, 'sameTeam'],
    ['transfer without reason', 'l1', { ...assigned, status: 'in_progress' }, { type: 'transfer', reason: ' ', teamId: IT }, 'reasonRequired'],
    ['approval already pending', 'l1', { ...assigned, status: 'in_progress', approval: { approver: REFERENT, requestedBy: AGENT_L1, requestedAt: NOW, reason: 'x' } }, { type: 'requestApproval', approver: REFERENT, reason: 'y' }, 'approvalPending'],
    ['approval without approver email', 'l1', { ...assigned, status: 'in_progress' }, { type: 'requestApproval', approver: { id: 5, email: '' }, reason: 'y' }, 'approverRequired'],
    ['someone else decides the approval', 'l1', { ...assigned, status: 'in_progress', approval: { approver: REFERENT, requestedBy: AGENT_L1, requestedAt: NOW, reason: 'x' } }, { type: 'decideApproval', decision: 'approved' }, 'notAllowed'],
    ['an agent of another team cannot record the decision', 'l2', { ...assigned, status: 'in_progress', approval: { approver: REFERENT, requestedBy: AGENT_L1, requestedAt: NOW, reason: 'x' } }, { type: 'decideApproval', decision: 'approved', recordedForApprover: true }, 'notAllowed'],
    ['the requester cannot record the decision', 'student', { ...assigned, status: 'in_progress', approval: { approver: REFERENT, requestedBy: AGENT_L1, requestedAt: NOW, reason: 'x' } }, { type: 'decideApproval', decision: 'approved', recordedForApprover: true }, 'notAllowed'],
    ['decide with nothing pending', 'referent', { ...assigned, status: 'in_progress' }, { type: 'decideApproval', decision: 'approved' }, 'noPendingApproval'],
    ['resolve without text', 'l1', { ...assigned, status: 'in_progress' }, { type: 'resolve', resolution: '' }, 'resolutionRequired'],
    ['resolve a closed ticket', 'l1', { ...assigned, status: 'closed' }, { type: 'resolve', resolution: 'x' }, 'invalidStatus'],
    ['watcher cannot accept', 'professor', { ...assigned, status: 'resolved' }, { type: 'acceptResolution' }, 'notAllowed'],
    ['reopen closed after the window', 'student', { ...assigned, status: 'closed', closedAt: new Date('2026-02-01T10:00:00Z') }, { type: 'reopen', reason: 'x' }, 'reopenWindowExpired'],
    ['reopen without reason', 'student', { ...assigned, status: 'resolved' }, { type: 'reopen', reason: '' }, 'reasonRequired'],
    ['reopen in progress', 'student', { ...assigned, status: 'in_progress' }, { type: 'reopen', reason: 'x' }, 'invalidStatus'],
    ['student cannot close', 'student', { ...assigned, status: 'resolved' }, { type: 'close' }, 'notAllowed'],
    ['close an open ticket', 'l1', { ...assigned, status: 'in_progress' }, { type: 'close' }, 'invalidStatus'],
    ['no follow-up on resolved', 'l1', { ...assigned, status: 'resolved' }, { type: 'closeNoFollowUp' }, 'invalidStatus'],
    ['agent cannot rate', 'l1', { ...assigned, status: 'closed' }, { type: 'rate', rating: 4 }, 'notAllowed'],
    ['watcher cannot rate', 'professor', { ...assigned, status: 'closed' }, { type: 'rate', rating: 4 }, 'notAllowed'],
    ['rate in progress', 'student', { ...assigned, status: 'in_progress' }, { type: 'rate', rating: 4 }, 'invalidStatus'],
    ['rating 0', 'student', { ...assigned, status: 'closed' }, { type: 'rate', rating: 0 }, 'invalidRating'],
    ['rating 6', 'student', { ...assigned, status: 'closed' }, { type: 'rate', rating: 6 }, 'invalidRating'],
    ['rating 3.5', 'student', { ...assigned, status: 'closed' }, { type: 'rate', rating: 3.5 }, 'invalidRating'],
    ['rated twice', 'student', { ...assigned, status: 'closed', satisfaction: 4 }, { type: 'rate', rating: 5 }, 'alreadyRated'],
    ['link a problem to a problem', 'l1', { ...assigned, status: 'in_progress', kind: 'problem' }, { type: 'linkToProblem', problemId: 99 }, 'problemCannotBeLinked'],
    ['link to itself', 'l1', { ...assigned, status: 'in_progress' }, { type: 'linkToProblem', problemId: 42 }, 'problemCannotBeLinked'],
    ['link twice', 'l1', { ...assigned, status: 'in_progress', problemId: 99 }, { type: 'linkToProblem', problemId: 99 }, 'alreadyLinked'],
    ['resolveProblem on an incident', 'l1', { ...assigned, status: 'in_progress' }, { type: 'resolveProblem', resolution: 'x' }, 'notAProblem']
  ] as [string, keyof typeof A, Partial<Ticket>, TicketAction, string][])('%s → %s', (_label, who, over, action, code) => {
    const r = applyAction(ticket(over), action, A[who], NOW, S);
    expect(r.ok ? 'ok' : r.error).toBe(code);
  });

  it('alreadyTakenBy names who took it', () => {
    const r = applyAction(ticket({ assignedTo: AGENT_L1, status: 'taken_in_charge' }), { type: 'takeInCharge' }, A.l1bis, NOW, S);
    expect(r.ok ? undefined : r.takenBy).toEqual(AGENT_L1);
  });
  it('reopening closed tickets is off when the setting is 0', () => {
    const r = applyAction(ticket({ status: 'closed', closedAt: NOW }), { type: 'reopen', reason: 'x' }, A.student, NOW, { ...S, reopenClosedWithinDays: 0 });
    expect(r.ok ? 'ok' : r.error).toBe('reopenWindowExpired');
  });
});

describe('field changes', () => {
  it('take in charge sets the one interlocutor and records the status', () => {
    const r = ok(applyAction(ticket(), { type: 'takeInCharge' }, A.l1, NOW, S));
    expect(r.changes).toEqual([{ field: 'assignedTo', from: undefined, to: AGENT_L1 }, { field: 'status', from: 'new', to: 'taken_in_charge' }]);
    expect(r.ticket.statusHistory[r.ticket.statusHistory.length - 1]).toEqual({ status: 'taken_in_charge', at: NOW });
    expect(r.ticket.modifiedBy).toEqual(AGENT_L1);
  });
  it('escalation keeps the interlocutor and changes level and team', () => {
    const r = ok(applyAction(ticket({ assignedTo: AGENT_L1, status: 'in_progress' }), { type: 'escalate', reason: 'config', level: 'L2', teamId: IT }, A.l1, NOW, S));
    expect(r.ticket.assignedTo).toEqual(AGENT_L1);
    expect(r.changes.map((c) => c.field)).toEqual(['escalatedAt', 'level', 'teamId']);
    expect(r.ticket.escalatedAt).toEqual(NOW);
    expect(r.ticket.escalatedTo).toBeUndefined();
    expect(r.events[0].details).toEqual({ reason: 'config', level: 'L2', teamId: IT, fromTeamId: ELEARNING, fromLevel: 'L1' });
  });
  it('escalation to a named agent: escalatedTo set, that agent informed as such; a later escalation without a name clears it', () => {
    const r = ok(applyAction(ticket({ assignedTo: AGENT_L1, status: 'in_progress', watchers: [PROFESSOR] }), { type: 'escalate', reason: 'config', level: 'L2', teamId: IT, to: AGENT_L2 }, A.l1, NOW, S));
    expect(r.ticket).toMatchObject({ escalatedAt: NOW, escalatedTo: AGENT_L2, level: 'L2', teamId: IT, assignedTo: AGENT_L1 });
    expect(r.changes.map((c) => c.field)).toEqual(['escalatedAt', 'escalatedTo', 'level', 'teamId']);
    expect(roles(r)).toEqual(['escalatedTo:l2', 'watcher:professor', 'teamQueue:2']);
    const later = new Date('2026-03-11T10:00:00Z');
    const again = ok(applyAction(r.ticket, { type: 'escalate', reason: 'hardware', level: 'L3' }, A.l2, later, S));
    expect(again.ticket.escalatedAt).toEqual(later);
    expect(again.ticket.escalatedTo).toBeUndefined();
    expect(again.events[0].details).toEqual({ reason: 'hardware', level: 'L3', teamId: IT, fromTeamId: IT, fromLevel: 'L2' });
    expect(roles(again)).toEqual(['assignee:karim', 'watcher:professor', 'teamQueue:2']);
  });
  it('the named agent who also watches the ticket is told once, as the agent it was escalated to', () => {
    const r = ok(applyAction(ticket({ assignedTo: AGENT_L1, status: 'in_progress', watchers: [AGENT_L2, PROFESSOR] }), { type: 'escalate', reason: 'x', teamId: IT, to: AGENT_L2 }, A.l1, NOW, S));
    expect(roles(r)).toEqual(['escalatedTo:l2', 'watcher:professor', 'teamQueue:2']);
  });
  it('transfer hands the ticket over as new: no longer an escalation', () => {
    const escalated = ticket({ assignedTo: AGENT_L1, status: 'in_progress', escalatedAt: NOW, escalatedTo: AGENT_L2, teamId: IT, level: 'L2' });
    const r = ok(applyAction(escalated, { type: 'transfer', reason: 'network', teamId: ELEARNING }, A.l2, NOW, S));
    expect(r.ticket.escalatedAt).toBeUndefined();
    expect(r.ticket.escalatedTo).toBeUndefined();
    expect(r.events[0].details).toEqual({ reason: 'network', teamId: ELEARNING, fromTeamId: IT });
  });
  it('transfer clears the assignee and puts the ticket in the new queue', () => {
    const r = ok(applyAction(ticket({ assignedTo: AGENT_L1, status: 'in_progress' }), { type: 'transfer', reason: 'network', teamId: IT }, A.l1, NOW, S));
    expect(r.ticket.assignedTo).toBeUndefined();
    expect(r.ticket.teamId).toBe(IT);
  });
  it('first public answer stamps firstResponseAt once', () => {
    const first = ok(applyAction(ticket({ assignedTo: AGENT_L1, status: 'taken_in_charge' }), { type: 'replyPublic', message: 'a' }, A.l1, NOW, S));
    expect(first.ticket.firstResponseAt).toEqual(NOW);
    const later = new Date('2026-03-10T11:00:00Z');
    const second = ok(applyAction(first.ticket, { type: 'askForInformation', message: 'b' }, A.l1, later, S));
    expect(second.ticket.firstResponseAt).toEqual(NOW);
    expect(second.changes.map((c) => c.field)).toEqual(['status']);
  });
  it('a requester comment is not a first response', () => {
    const r = ok(applyAction(ticket({ assignedTo: AGENT_L1, status: 'taken_in_charge' }), { type: 'replyPublic', message: 'a' }, A.student, NOW, S));
    expect(r.ticket.firstResponseAt).toBeUndefined();
    expect(r.ticket.status).toBe('taken_in_charge');
  });
  it('resolve records text, article and time; reopen clears the dates', () => {
    const r = ok(applyAction(ticket({ assignedTo: AGENT_L1, status: 'in_progress' }), { type: 'resolve', resolution: 'done', articleId: 5 }, A.l1, NOW, S));
    expect(r.ticket).toMatchObject({ resolution: 'done', articleId: 5, resolvedAt: NOW, status: 'resolved' });
    const back = ok(applyAction(r.ticket, { type: 'reopen', reason: 'no' }, A.student, NOW, S));
    expect(back.ticket.resolvedAt).toBeUndefined();
  });
  it('approval decision records who, when, comment', () => {
    const asked = ok(applyAction(ticket({ assignedTo: AGENT_L1, status: 'in_progress' }), { type: 'requestApproval', approver: REFERENT, reason: 'extra time' }, A.l1, NOW, S));
    const at = new Date('2026-03-10T12:00:00Z');
    const decided = ok(applyAction(asked.ticket, { type: 'decideApproval', decision: 'refused', comment: 'no' }, A.referent, at, S));
    expect(decided.ticket.approval).toMatchObject({ decision: 'refused', decidedBy: REFERENT, decidedAt: at, comment: 'no', requestedBy: AGENT_L1 });
    expect(roles(decided)).toEqual(['requester:student', 'assignee:karim', 'watcher:professor']);
  });
  it('the desk records a decision given by phone: decided by the approver, recorded by the agent, the approver informed', () => {
    const asked = ok(applyAction(ticket({ assignedTo: AGENT_L1, status: 'in_progress' }), { type: 'requestApproval', approver: REFERENT, reason: 'extra time' }, A.l1, NOW, S));
    const decided = ok(applyAction(asked.ticket, { type: 'decideApproval', decision: 'approved', comment: 'by phone', recordedForApprover: true }, A.l1, NOW, S));
    expect(decided.ticket.approval).toMatchObject({ decision: 'approved', decidedBy: REFERENT, recordedBy: AGENT_L1, comment: 'by phone' });
    expect(roles(decided)).toEqual(['requester:student', 'approver:referent', 'watcher:professor']);
    const self = ok(applyAction(asked.ticket, { type: 'decideApproval', decision: 'approved', recordedForApprover: true }, A.referent, NOW, S));
    expect(self.ticket.approval && self.ticket.approval.recordedBy).toBeUndefined();
  });
  it('every domain field maps to a list field', () => {
    expect(TICKET_LIST_FIELDS.status).toBe('HCStatus');
    expect(TICKET_LIST_FIELDS.assignedTo).toBe('HCAssignedTo');
  });
});

describe('recipients', () => {
  const watched = { assignedTo: AGENT_L1, beneficiary: OTHER_STUDENT };
  it.each([
    ['filed: requester, watchers, team queue', 'student', { sequence: 0 }, { type: 'file' }, ['watcher:professor', 'teamQueue:1']],
    ['filed by an agent on behalf', 'l1', { sequence: 0, beneficiary: OTHER_STUDENT }, { type: 'file' }, ['requester:student', 'beneficiary:other', 'watcher:professor', 'teamQueue:1']],
    ['taken in charge', 'l1', {}, { type: 'takeInCharge' }, ['requester:student', 'watcher:professor']],
    ['desk reply', 'l1', { ...watched, status: 'in_progress' }, { type: 'replyPublic', message: 'x' }, ['requester:student', 'beneficiary:other', 'watcher:professor']],
    ['requester reply: for the desk, not the people kept informed', 'student', { ...watched, status: 'in_progress' }, { type: 'replyPublic', message: 'x' }, ['beneficiary:other', 'assignee:karim']],
    ['internal note: assignee only', 'l2', { ...watched, status: 'in_progress' }, { type: 'addInternalNote', body: 'x' }, ['assignee:karim']],
    ['internal note by the assignee: nobody', 'l1', { ...watched, status: 'in_progress' }, { type: 'addInternalNote', body: 'x' }, []],
    ['ask for information', 'l1', { ...watched, status: 'in_progress' }, { type: 'askForInformation', message: 'x' }, ['requester:student', 'beneficiary:other', 'watcher:professor']],
    ['requester answered', 'student', { ...watched, status: 'awaiting_user' }, { type: 'requesterAnswered' }, ['beneficiary:other', 'assignee:karim', 'watcher:professor']],
    ['escalate: not the requester', 'l1', { ...watched, status: 'in_progress' }, { type: 'escalate', reason: 'x', level: 'L2', teamId: IT }, ['watcher:professor', 'teamQueue:2']],
    ['escalate by another agent informs the assignee', 'owner', { ...watched, status: 'in_progress' }, { type: 'escalate', reason: 'x', level: 'L2' }, ['assignee:karim', 'watcher:professor', 'teamQueue:1']],
    ['transfer while new (no status change) still informs the watchers', 'l1', { beneficiary: OTHER_STUDENT }, { type: 'transfer', reason: 'x', teamId: IT }, ['watcher:professor', 'teamQueue:2']],
    ['approval decided by the approver: the requester learns it, once', 'referent', { ...watched, status: 'in_progress', approval: { approver: REFERENT, requestedBy: AGENT_L1, requestedAt: NOW, reason: 'x' } }, { type: 'decideApproval', decision: 'approved' }, ['requester:student', 'assignee:karim', 'watcher:professor']],
    ['transfer', 'l1', { ...watched, status: 'in_progress' }, { type: 'transfer', reason: 'x', teamId: IT }, ['requester:student', 'beneficiary:other', 'watcher:professor', 'teamQueue:2']],
    ['transfer by someone else informs the former assignee', 'owner', { ...watched, status: 'in_progress' }, { type: 'transfer', reason: 'x', teamId: IT }, ['requester:student', 'beneficiary:other', 'assignee:karim', 'watcher:professor', 'teamQueue:2']],
    ['approval request', 'l1', { ...watched, status: 'in_progress' }, { type: 'requestApproval', approver: REFERENT, reason: 'x' }, ['approver:referent', 'watcher:professor']],
    ['resolve', 'l1', { ...watched, status: 'in_progress' }, { type: 'resolve', resolution: 'x' }, ['requester:student', 'beneficiary:other', 'watcher:professor']],
    ['accept', 'student', { ...watched, status: 'resolved' }, { type: 'acceptResolution' }, ['beneficiary:other', 'assignee:karim', 'watcher:professor']],
    ['rate: assignee', 'student', { ...watched, status: 'closed' }, { type: 'rate', rating: 3 }, ['assignee:karim']],
    ['reopen without assignee goes to the queue', 'student', { status: 'resolved' }, { type: 'reopen', reason: 'x' }, ['watcher:professor', 'teamQueue:1']]
  ] as [string, keyof typeof A, Partial<Ticket>, TicketAction, string[]][])('%s', (_label, who, over, action, expected) => {
    expect(roles(ok(applyAction(ticket(over), action, A[who], NOW, S)))).toEqual(expected);
  });

  it('a watcher who is also the assignee is informed once', () => {
    const r = ok(applyAction(ticket({ assignedTo: AGENT_L1, watchers: [AGENT_L1, PROFESSOR], status: 'awaiting_user' }), { type: 'requesterAnswered' }, A.student, NOW, S));
    expect(roles(r)).toEqual(['assignee:karim', 'watcher:professor']);
  });
});

describe('change keys', () => {
  it('are deterministic for the same change and distinct for the next', () => {
    const t = ticket();
    const a = ok(applyAction(t, { type: 'takeInCharge' }, A.l1, NOW, S));
    const b = ok(applyAction(t, { type: 'takeInCharge' }, A.l1, new Date('2026-03-10T10:00:05Z'), S));
    expect(a.events[0].changeKey).toBe('42:2:takeInCharge');
    expect(b.events[0].changeKey).toBe(a.events[0].changeKey);
    const c = ok(applyAction(a.ticket, { type: 'replyPublic', message: 'x' }, A.l1, NOW, S));
    expect(c.events[0].changeKey).toBe('42:3:replyPublic');
  });
});

describe('problems', () => {
  it('resolving a problem resolves its open linked incidents and informs each requester', () => {
    const problem = ticket({ id: 99, kind: 'problem', status: 'in_progress', assignedTo: AGENT_L2, teamId: IT, requester: AGENT_L2, watchers: [] });
    const incidents = [
      ticket({ id: 1, problemId: 99, status: 'in_progress', assignedTo: AGENT_L1 }),
      ticket({ id: 2, problemId: 99, status: 'closed' }),
      ticket({ id: 3, problemId: 77, status: 'in_progress' }),
      ticket({ id: 4, problemId: 99, status: 'new', requester: OTHER_STUDENT, watchers: [] })
    ];
    const r = resolveProblem(problem, incidents, { type: 'resolveProblem', resolution: 'Wifi controller replaced' }, A.l2, NOW, S);
    expect(r.problem.ok && r.problem.ticket.status).toBe('resolved');
    expect(r.incidents.map((i) => i.ticket.id)).toEqual([1, 4]);
    expect(r.incidents[0].ticket).toMatchObject({ status: 'resolved', resolution: 'Wifi controller replaced', resolvedAt: NOW });
    expect(r.incidents[0].events[0]).toMatchObject({ type: 'resolvedByProblem', changeKey: '1:2:resolvedByProblem' });
    expect(roles(r.incidents[0])).toEqual(['requester:student', 'assignee:karim', 'watcher:professor']);
    expect(roles(r.incidents[1])).toEqual(['requester:other']);
  });
  it('a refused problem resolution touches no incident', () => {
    const r = resolveProblem(ticket({ id: 99, kind: 'problem', status: 'closed' }), [ticket({ problemId: 99, status: 'in_progress' })], { type: 'resolveProblem', resolution: 'x' }, A.l1, NOW, S);
    expect(r.problem.ok).toBe(false);
    expect(r.incidents).toEqual([]);
  });
});

describe('confirmWatchers: the desk keeps the people the requester asked for informed', () => {
  it('an agent confirms them; only the people added are told, once', () => {
    const apply = (t: Ticket, a: TicketAction, actor: Actor, now: Date): ApplyResult => applyAction(t, a, actor, now, S);
    const prof = { id: 40, email: 'prof@x.fr', displayName: 'Prof' };
    const already = { id: 41, email: 'ref@x.fr', displayName: 'Référent' };
    const base = { id: 9, title: 'T', description: 'D', kind: 'assistance' as const, priority: 'normal' as const, channel: 'portal' as const, status: 'in_progress' as const,
      level: 'L1' as const, requester: { id: 1, email: 'lea@x.fr' }, watchers: [already], createdAt: new Date(0), language: 'fr' as const, statusHistory: [], sequence: 3 };
    const agent = { person: { id: 7, email: 'agent@x.fr' }, isAgent: true, teamIds: [], isSiteOwner: false };
    const out = apply(base, { type: 'confirmWatchers', watchers: [already, prof] }, agent, new Date(1000));
    if (!out.ok) throw new Error(out.error);
    expect(out.ticket.watchers.map(w => w.id)).toEqual([41, 40]);
    expect(out.events[0].recipients.map(r => r.person && r.person.email)).toEqual(['prof@x.fr']);
    const requester = { person: base.requester, isAgent: false, teamIds: [], isSiteOwner: false };
    expect(apply(base, { type: 'confirmWatchers', watchers: [prof] }, requester, new Date(1000))).toMatchObject({ ok: false, error: 'notAllowed' });
    expect(apply({ ...base, status: 'closed' }, { type: 'confirmWatchers', watchers: [prof] }, agent, new Date(1000))).toMatchObject({ ok: false, error: 'invalidStatus' });
  });
});
