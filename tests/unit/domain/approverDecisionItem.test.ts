// A decision the approver gave from their mail link (a HelpApprovalDecisions item) applied by the desk: only the
// approver's own item for the pending request counts; who and when are the approver's and the item's.
import { Actor, applyAction, ApplyResult, DEFAULT_LIFECYCLE_SETTINGS, PersonRef, Ticket, TicketAction } from '../../../src/domain/tickets';

const person = (id: number, name: string): PersonRef => ({ id, email: `${name}@example.edu`, displayName: name });
const STUDENT = person(1, 'student');
const WATCHER = person(2, 'watcher');
const TEACHER = person(5, 'teacher');
const AGENT = person(10, 'karim');
const OTHER_TEAM_AGENT = person(20, 'l2');
const actor = (p: PersonRef, extra: Partial<Actor> = {}): Actor => ({ person: p, isAgent: false, teamIds: [], isSiteOwner: false, ...extra });
const NOW = new Date('2026-03-10T10:00:00Z');
const DECIDED_AT = new Date('2026-03-10T09:12:00Z');

function pending(over: Partial<Ticket> = {}): Ticket {
  return {
    id: 42, title: 'Tiers-temps', description: 'x', kind: 'assistance', priority: 'normal', channel: 'portal', status: 'in_progress', level: 'L1',
    teamId: 1, assignedTo: AGENT, requester: STUDENT, watchers: [WATCHER], createdAt: NOW, language: 'fr', statusHistory: [], sequence: 4,
    approval: { approver: TEACHER, requestedBy: AGENT, requestedAt: NOW, reason: 'médical', requestSequence: 4 }, ...over
  };
}
const item = (over: Partial<{ itemId: number; authorId: number; at: Date; requestSequence: number }> = {}) =>
  ({ itemId: 7, authorId: TEACHER.id, at: DECIDED_AT, requestSequence: 4, ...over });
const decide = (i = item()): TicketAction => ({ type: 'decideApproval', decision: 'approved', comment: 'ok', fromApproverItem: i });

it('requesting an approval records the sequence that keys the approver\'s decision', () => {
  const t = pending({ approval: undefined, sequence: 3 });
  const r = applyAction(t, { type: 'requestApproval', approver: TEACHER, reason: 'x' }, actor(AGENT, { isAgent: true, teamIds: [1] }), NOW, DEFAULT_LIFECYCLE_SETTINGS);
  expect(r.ok && r.ticket.approval).toMatchObject({ requestSequence: 4 });
  expect(r.ok && r.ticket.sequence).toBe(4);
});

describe.each<[string, Ticket, Actor, TicketAction, string]>([
  ['an agent of the team applies the approver\'s item', pending(), actor(AGENT, { isAgent: true, teamIds: [1] }), decide(), 'ok'],
  ['an agent of another team applies it too (the approver decided, not the agent)', pending(), actor(OTHER_TEAM_AGENT, { isAgent: true, teamIds: [2] }), decide(), 'ok'],
  ['a site owner applies it', pending(), actor(person(40, 'owner'), { isSiteOwner: true }), decide(), 'ok'],
  ['an item someone else added is refused', pending(), actor(AGENT, { isAgent: true, teamIds: [1] }), decide(item({ authorId: STUDENT.id })), 'notAllowed'],
  ['the approver cannot apply it without the desk', pending(), actor(TEACHER), decide(), 'notAllowed'],
  ['the requester cannot apply it', pending(), actor(STUDENT), decide(), 'notAllowed'],
  ['an item for an earlier request is refused', pending(), actor(AGENT, { isAgent: true, teamIds: [1] }), decide(item({ requestSequence: 2 })), 'noPendingApproval'],
  ['a request without its sequence (older data) takes no item', pending({ approval: { approver: TEACHER, requestedBy: AGENT, requestedAt: NOW, reason: 'x' } }),
    actor(AGENT, { isAgent: true, teamIds: [1] }), decide(), 'noPendingApproval'],
  ['already decided', pending({ approval: { approver: TEACHER, requestedBy: AGENT, requestedAt: NOW, reason: 'x', requestSequence: 4, decision: 'refused' } }),
    actor(AGENT, { isAgent: true, teamIds: [1] }), decide(), 'noPendingApproval'],
  ['a closed ticket', pending({ status: 'closed' }), actor(AGENT, { isAgent: true, teamIds: [1] }), decide(), 'invalidStatus'],
])('%s', (_name, t, who, action, expected) => {
  it(expected === 'ok' ? 'is applied' : `is refused: ${expected}`, () => {
    const r: ApplyResult = applyAction(t, action, who, NOW, DEFAULT_LIFECYCLE_SETTINGS);
    expect(r.ok ? 'ok' : r.error).toBe(expected);
  });
});

it('who and when are the approver\'s and the item\'s; the requester, the approver, the assignee and the watchers are informed', () => {
  const r = applyAction(pending(), decide(), actor(OTHER_TEAM_AGENT, { isAgent: true, teamIds: [2] }), NOW, DEFAULT_LIFECYCLE_SETTINGS);
  if (!r.ok) throw new Error(r.error);
  expect(r.ticket.approval).toMatchObject({ decision: 'approved', decidedBy: TEACHER, decidedAt: DECIDED_AT, comment: 'ok', decisionItemId: 7 });
  expect(r.ticket.approval && r.ticket.approval.recordedBy).toBeUndefined();
  expect(r.events[0].changeKey).toBe('42:5:decideApproval');
  expect(r.events[0].recipients.map(x => `${x.role}:${x.person && x.person.displayName}`)).toEqual(['requester:student', 'assignee:karim', 'approver:teacher', 'watcher:watcher']);
});
