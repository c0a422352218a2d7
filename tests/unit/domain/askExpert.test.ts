import { routeAskedExpert, RoutingTeam, applyAction, Actor, DEFAULT_LIFECYCLE_SETTINGS, Ticket } from '../../../src/domain/tickets';

// Julie (7) is an L1 e-learning agent, also in the L3 experts' team; Marc (8) is in L2 and L3; Nadia (9) is listed
// but in no team; Tom (5) is in a team but not listed.
const ELEARNING_L1: RoutingTeam = { id: 2, level: 'L1', memberIds: [7, 12] };
const IT_L1: RoutingTeam = { id: 1, level: 'L1', memberIds: [10, 5] };
const TECH_L2: RoutingTeam = { id: 3, level: 'L2', memberIds: [8] };
const EXPERTS_L3: RoutingTeam = { id: 4, level: 'L3', memberIds: [8, 7] };
const TEAMS = [EXPERTS_L3, TECH_L2, IT_L1, ELEARNING_L1];
const LISTED = [7, 8, 9];

describe('routeAskedExpert: a request naming an expert goes to them only when they are listed and an agent', () => {
  it.each([
    ['no expert named', undefined, 2, { routed: false, reason: 'noExpert' }],
    ['a person not listed (no own entry, or no consent)', 5, 1, { routed: false, reason: 'notListed' }],
    ['someone nobody knows', 99, 1, { routed: false, reason: 'notListed' }],
    ['a listed person who is in no team', 9, 2, { routed: false, reason: 'notAgent' }],
    ['a listed agent in the category\'s default team: that team', 7, 2, { routed: true, teamId: 2, level: 'L1', assigneeId: 7 }],
    ['the same agent asked on a category of another team: their lowest level first (L1 before L3)', 7, 1, { routed: true, teamId: 2, level: 'L1', assigneeId: 7 }],
    ['a listed agent of L2 and L3 asked on an L1 category: L2', 8, 1, { routed: true, teamId: 3, level: 'L2', assigneeId: 8 }],
    ['the same agent on a category whose default team is their L3 team: L3', 8, 4, { routed: true, teamId: 4, level: 'L3', assigneeId: 8 }],
    ['a category without a default team: their first team by level', 8, undefined, { routed: true, teamId: 3, level: 'L2', assigneeId: 8 }]
  ])('%s', (_, expertId, defaultTeamId, expected) => {
    expect(routeAskedExpert({ expertId, listedIds: LISTED, teams: TEAMS, defaultTeamId })).toEqual(expected);
  });

  it('two teams of the same level: the lowest id, whatever the order they were read in', () => {
    const a: RoutingTeam = { id: 6, level: 'L1', memberIds: [7] };
    const b: RoutingTeam = { id: 5, level: 'L1', memberIds: [7] };
    expect(routeAskedExpert({ expertId: 7, listedIds: [7], teams: [a, b] })).toMatchObject({ teamId: 5 });
    expect(routeAskedExpert({ expertId: 7, listedIds: [7], teams: [b, a] })).toMatchObject({ teamId: 5 });
  });
});

describe('filing a request routed to an expert informs the expert once, with the requester and the queue', () => {
  const student = { id: 1, email: 'lea@example.edu', displayName: 'Léa' };
  const julie = { id: 7, email: 'julie@example.edu', displayName: 'Julie' };
  const karim: Actor = { person: { id: 10, email: 'karim@example.edu' }, isAgent: true, teamIds: [1], isSiteOwner: false };
  const base: Ticket = {
    id: 42, title: 'Quiz', description: 'My quiz', kind: 'assistance', priority: 'normal', channel: 'portal', status: 'new', level: 'L1',
    teamId: 2, requester: student, watchers: [], createdAt: new Date('2026-12-03T08:00:00Z'), language: 'fr', statusHistory: [], sequence: 0
  };
  const recipients = (t: Ticket, actor: Actor = karim): string[] => {
    const r = applyAction(t, { type: 'file' }, actor, new Date('2026-12-03T09:00:00Z'), DEFAULT_LIFECYCLE_SETTINGS);
    if (!r.ok) throw new Error(r.error);
    return r.events[0].recipients.map(x => (x.person ? `${x.role}:${x.person.id}` : `${x.role}:${x.teamId}`));
  };

  it.each([
    ['routed to Julie: she is told as the assignee', { assignedTo: julie }, karim, ['requester:1', 'assignee:7', 'teamQueue:2']],
    ['not routed: the requester and the queue only', {}, karim, ['requester:1', 'teamQueue:2']],
    ['received by Julie herself: she is not mailed her own reception', { assignedTo: julie }, { ...karim, person: julie }, ['requester:1', 'teamQueue:2']]
  ])('%s', (_, over, actor, expected) => {
    expect(recipients({ ...base, ...over }, actor as Actor)).toEqual(expected);
  });
});
