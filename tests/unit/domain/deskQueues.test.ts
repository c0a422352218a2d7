import { QUEUES, QueueKey, DeskView, dueDateAlarm, hoursLeft, inQueue, queueCounts, visibleTickets, workload } from '../../../src/domain/desk/queues';
import { TICKET_FIELDS, fieldsFor, type Ticket } from '../../../src/domain/tickets';
import { queueRow as row } from './queueRowFixture';

const ME = 20;
const L1 = 7;
const L2 = 8;
const person = (id: number, displayName: string) => ({ id, email: '', displayName });
const now = new Date('2026-12-01T09:00:00Z');
const alarm = dueDateAlarm(now);
const l2Agent = { me: ME, myTeams: [L2] };

describe('the queues', () => {
  const rows = [
    row({ id: 1, status: 'new', teamId: L1 }),
    row({ id: 2, status: 'new', teamId: L2 }),
    // Escalated by Karim (still the interlocutor) to the L2 team, to nobody by name.
    row({ id: 3, status: 'in_progress', teamId: L2, level: 'L2', assignedTo: person(10, 'Karim'), escalatedAt: new Date('2026-11-30T10:00:00Z') }),
    // Escalated to me by name.
    row({ id: 4, status: 'awaiting_user', teamId: L2, level: 'L2', assignedTo: person(10, 'Karim'), escalatedAt: new Date('2026-11-30T11:00:00Z'), escalatedTo: person(ME, 'Marc') }),
    // Escalated to another team.
    row({ id: 5, status: 'in_progress', teamId: 9, level: 'L2', assignedTo: person(10, 'Karim'), escalatedAt: new Date('2026-11-30T12:00:00Z') }),
    // Escalated, then resolved: in no open queue.
    row({ id: 6, status: 'resolved', teamId: L2, escalatedAt: new Date('2026-11-29T12:00:00Z'), escalatedTo: person(ME, 'Marc') }),
    row({ id: 7, status: 'in_progress', teamId: L2, assignedTo: person(ME, 'Marc'), dueAt: new Date('2026-11-30T09:00:00Z') })
  ];
  const members = (q: QueueKey): number[] => rows.filter(t => inQueue(t, q, l2Agent, alarm)).map(t => t.id);

  it.each([
    ['newForMyTeams', [2]],
    ['escalatedToMyTeam', [3, 4]],
    ['escalatedToMe', [4]],
    ['mine', [7]],
    ['awaitingUser', [4]],
    ['late', [7]],
    ['allOpen', [1, 2, 3, 4, 5, 7]],
    ['resolvedRecently', [6]]
  ] as [QueueKey, number[]][])('%s', (queue, ids) => {
    expect(members(queue)).toEqual(ids);
  });

  it('an agent of no team sees every team\'s new and escalated tickets', () => {
    expect(rows.filter(t => inQueue(t, 'escalatedToMyTeam', { me: 1, myTeams: [] }, alarm)).map(t => t.id)).toEqual([3, 4, 5]);
  });

  it('counts every queue from one snapshot, in the order the tabs show them', () => {
    expect(QUEUES).toEqual(['newForMyTeams', 'escalatedToMyTeam', 'escalatedToMe', 'mine', 'awaitingUser', 'late', 'allOpen', 'resolvedRecently']);
    expect(queueCounts(rows, l2Agent, alarm)).toEqual({ newForMyTeams: 1, escalatedToMyTeam: 2, escalatedToMe: 1, mine: 1, awaitingUser: 1, late: 1, allOpen: 6, resolvedRecently: 1 });
  });

  it('an SLA alarm in business hours replaces the due date', () => {
    expect(queueCounts(rows, l2Agent, t => (t.id === 1 ? 'atRisk' : undefined)).late).toBe(1);
    expect(inQueue(rows[0], 'late', l2Agent, t => (t.id === 1 ? 'atRisk' : undefined))).toBe(true);
  });

  it('spreads the open work by agent and team', () => {
    expect(workload(rows)).toEqual({ byAgent: { 10: 3, [ME]: 1 }, byTeam: { [L1]: 1, [L2]: 4, 9: 1 }, unassigned: 2 });
  });
});

describe('the desk\'s filters, search and sort', () => {
  const view = (filters: DeskView['filters'], text = '', sort: DeskView['sort'] = 'oldest'): DeskView => ({ queue: 'allOpen', filters, text, sort });
  const rows = [
    row({ id: 1, locationId: 10, title: 'Salle B204 : vidéoprojecteur' }), row({ id: 2, locationId: 11 }), row({ id: 3, locationId: 20 }),
    row({ id: 4, priority: 'high', title: 'Wi-Fi coupé', dueAt: new Date('2026-12-02T08:00:00Z') })
  ];

  it('a room includes its equipment; another place is left out', () => {
    expect(visibleTickets(rows, view({ locationId: 10, locationIds: [10, 11] }), l2Agent, alarm).map(t => t.id)).toEqual([1, 2]);
    expect(visibleTickets(rows, view({ locationId: 11 }), l2Agent, alarm).map(t => t.id)).toEqual([2]);
  });

  it('combines filters and a title search without accents, case or invisible characters', () => {
    expect(visibleTickets(rows, view({ priority: 'high' }, 'wi-fi coupe'), l2Agent, alarm).map(t => t.id)).toEqual([4]);
    expect(visibleTickets(rows, view({}, 'VIDEOPROJECTEUR'), l2Agent, alarm).map(t => t.id)).toEqual([1]);
    // Accents typed as combining marks (a Mac) and a zero-width space pasted from a chat.
    expect(visibleTickets(rows, view({}, 'vide\u0301o\u200Bprojecteur'), l2Agent, alarm).map(t => t.id)).toEqual([1]);
    expect(visibleTickets(rows, view({}, '3'), l2Agent, alarm).map(t => t.id)).toEqual([3]);
  });

  it('sorts by due date, priority, age', () => {
    expect(visibleTickets(rows, view({}, '', 'due'), l2Agent, alarm).map(t => t.id)).toEqual([4, 1, 2, 3]);
    expect(visibleTickets(rows, view({}, '', 'priority'), l2Agent, alarm).map(t => t.id)[0]).toBe(4);
    expect(visibleTickets(rows, view({}, '', 'newest'), l2Agent, alarm).map(t => t.id)).toEqual([4, 3, 2, 1]);
  });

  it('hours left before the due date, rounded toward the alarm', () => {
    expect(hoursLeft(rows[3], now)).toBe(23);
    expect(hoursLeft(row({ dueAt: new Date('2026-12-01T07:30:00Z') }), now)).toBe(-2);
    expect(hoursLeft(row(), now)).toBeUndefined();
  });
});

describe('the queue\'s columns come from the field catalogue', () => {
  it('every \'queue\' field reads only what a queue row holds', () => {
    const r = row({ assignedTo: person(10, 'Karim'), dueAt: now, priority: 'high' });
    // A ticket that throws on any field the queue row lacks: a catalogue change that needs more fails here.
    const strict = new Proxy(r, { get: (target, key) => {
      if (typeof key === 'string' && !(key in target) && ['categoryId', 'assignedTo', 'escalatedTo', 'escalatedAt', 'teamId', 'locationId', 'dueAt', 'modifiedAt', 'firstResponseAt', 'resolvedAt', 'problemId'].indexOf(key) < 0) {
        throw new Error(`The queue row has no ${key}`);
      }
      return (target as unknown as Record<string, unknown>)[key as string];
    } }) as unknown as Ticket;
    expect(fieldsFor(strict, 'queue').map(f => f.key)).toEqual(TICKET_FIELDS.filter(f => f.audience.indexOf('queue') >= 0).map(f => f.key));
  });
});
