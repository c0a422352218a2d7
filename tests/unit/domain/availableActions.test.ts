import { Actor, DEFAULT_LIFECYCLE_SETTINGS, PersonRef, Ticket, TicketActionType, applyAction, availableActions } from '../../../src/domain/tickets';

const person = (id: number, name: string): PersonRef => ({ id, email: `${name}@example.edu`, displayName: name });
const STUDENT = person(1, 'student');
const PROFESSOR = person(2, 'professor');
const KARIM = person(10, 'karim');
const PHILIPPE = person(11, 'philippe');
const MARC = person(20, 'marc');
const REFERENT = person(30, 'referent');
const OWNER = person(40, 'owner');
const ELEARNING = 1;
const IT = 2;
const actor = (p: PersonRef, extra: Partial<Actor> = {}): Actor => ({ person: p, isAgent: false, teamIds: [], isSiteOwner: false, ...extra });
const A = {
  student: actor(STUDENT), professor: actor(PROFESSOR), referent: actor(REFERENT),
  karim: actor(KARIM, { isAgent: true, teamIds: [ELEARNING] }), philippe: actor(PHILIPPE, { isAgent: true, teamIds: [ELEARNING] }),
  marc: actor(MARC, { isAgent: true, teamIds: [IT] }), owner: actor(OWNER, { isSiteOwner: true })
};
const NOW = new Date('2026-03-10T10:00:00Z');

function ticket(over: Partial<Ticket> = {}): Ticket {
  return {
    id: 42, title: 'Examen invisible', description: 'x', kind: 'assistance', priority: 'normal', channel: 'portal', status: 'new', level: 'L1',
    teamId: ELEARNING, requester: STUDENT, watchers: [PROFESSOR], createdAt: new Date('2026-03-10T08:00:00Z'), language: 'fr', statusHistory: [], sequence: 1, ...over
  };
}
const mine = { assignedTo: KARIM };
const pending = { approval: { approver: REFERENT, requestedBy: KARIM, requestedAt: NOW, reason: 'tiers temps' } };
const DESK_OPEN: TicketActionType[] = ['replyPublic', 'askForInformation', 'escalate', 'transfer', 'requestApproval', 'resolve', 'closeNoFollowUp', 'addInternalNote', 'linkToProblem', 'confirmWatchers'];

describe('availableActions: what each person may do, from the state machine\'s guards', () => {
  it.each([
    ['a new ticket, an agent of its team', 'karim', {}, ['takeInCharge', 'replyPublic', 'transfer', 'resolve', 'closeNoFollowUp', 'addInternalNote', 'linkToProblem', 'confirmWatchers']],
    ['a new ticket, an agent of another team: reply, note, link only', 'marc', {}, ['replyPublic', 'addInternalNote', 'linkToProblem', 'confirmWatchers']],
    ['taken in charge by Karim: Philippe cannot take it', 'philippe', { ...mine, status: 'taken_in_charge' }, DESK_OPEN],
    ['in progress, the assignee', 'karim', { ...mine, status: 'in_progress' }, DESK_OPEN],
    ['escalated to IT: Marc of IT works it', 'marc', { ...mine, status: 'in_progress', teamId: IT, level: 'L2' }, DESK_OPEN],
    ['escalated to IT: the assignee of e-learning keeps every action', 'karim', { ...mine, status: 'in_progress', teamId: IT, level: 'L2' }, DESK_OPEN],
    ['a site owner', 'owner', { ...mine, status: 'in_progress' }, DESK_OPEN],
    ['awaiting the requester: no second question', 'karim', { ...mine, status: 'awaiting_user' }, DESK_OPEN.filter(a => a !== 'askForInformation')],
    ['pending approval: no second request; the agent may record the decision', 'karim', { ...mine, status: 'in_progress', ...pending },
      ['replyPublic', 'askForInformation', 'escalate', 'transfer', 'decideApproval', 'resolve', 'closeNoFollowUp', 'addInternalNote', 'linkToProblem', 'confirmWatchers']],
    ['pending approval: the approver decides, and may comment', 'referent', { ...mine, status: 'in_progress', ...pending }, ['decideApproval']],
    ['a problem is resolved with its incidents and is never linked', 'karim', { ...mine, status: 'in_progress', kind: 'problem' },
      ['replyPublic', 'askForInformation', 'escalate', 'transfer', 'requestApproval', 'resolveProblem', 'closeNoFollowUp', 'addInternalNote', 'confirmWatchers']],
    ['resolved, the desk', 'karim', { ...mine, status: 'resolved' }, ['replyPublic', 'close', 'reopen', 'addInternalNote']],
    ['closed, the desk within the reopen window', 'karim', { ...mine, status: 'closed', closedAt: new Date('2026-03-08T10:00:00Z') }, ['reopen', 'addInternalNote']],
    ['the requester, new', 'student', {}, ['replyPublic']],
    ['the requester, awaiting her answer', 'student', { ...mine, status: 'awaiting_user' }, ['requesterAnswered', 'replyPublic']],
    ['the requester, resolved', 'student', { ...mine, status: 'resolved' }, ['replyPublic', 'acceptResolution', 'reopen', 'rate']],
    ['the requester, closed yesterday', 'student', { ...mine, status: 'closed', closedAt: new Date('2026-03-09T10:00:00Z') }, ['reopen', 'rate']],
    ['the requester, closed long ago and rated', 'student', { ...mine, status: 'closed', closedAt: new Date('2026-01-09T10:00:00Z'), satisfaction: 4 }, []],
    ['the requester, closed without follow-up', 'student', { ...mine, status: 'no_follow_up', closedAt: NOW }, []],
    ['a watcher may only comment', 'professor', { ...mine, status: 'in_progress' }, ['replyPublic']]
  ] as [string, keyof typeof A, Partial<Ticket>, TicketActionType[]][])('%s', (_label, who, over, expected) => {
    expect(availableActions(ticket(over), A[who], NOW)).toEqual(expected);
  });

  it('offers exactly what applyAction accepts (no second copy of the rules)', () => {
    const statuses = ['new', 'taken_in_charge', 'in_progress', 'awaiting_user', 'resolved', 'closed', 'no_follow_up'] as const;
    for (const status of statuses) {
      for (const who of Object.keys(A) as (keyof typeof A)[]) {
        const t = ticket({ ...mine, status, closedAt: new Date('2026-03-09T10:00:00Z') });
        const offered = availableActions(t, A[who], NOW);
        // Each offered action, with real inputs, is applied; the reverse is the table above.
        for (const type of offered) {
          const action = type === 'escalate' ? { type, reason: 'r', level: 'L2' as const }
            : type === 'transfer' ? { type, reason: 'r', teamId: IT }
              : type === 'linkToProblem' ? { type, problemId: 7 }
                : type === 'requestApproval' ? { type, approver: REFERENT, reason: 'r' }
                  : { type, message: 'm', body: 'b', reason: 'r', resolution: 'x', rating: 3, watchers: [], decision: 'approved' as const, recordedForApprover: true };
          const r = applyAction(t, action as Parameters<typeof applyAction>[1], A[who], NOW, DEFAULT_LIFECYCLE_SETTINGS);
          expect([status, who, type, r.ok]).toEqual([status, who, type, true]);
        }
      }
    }
  });
});
