import {
  Actor, applyAction, DEFAULT_LIFECYCLE_SETTINGS, describeConflict, housekeeping, HousekeepingTransition, LifecycleSettings, PersonRef, remindersDue, Ticket
} from '../../../src/domain/tickets';
import { BusinessHoursCalendar, WeeklyHours } from '../../../src/domain/sla';
import { TicketStatus } from '../../../src/domain/vocabulary';

const office: WeeklyHours = { mon: [{ start: '08:00', end: '18:00' }], tue: [{ start: '08:00', end: '18:00' }], wed: [{ start: '08:00', end: '18:00' }],
  thu: [{ start: '08:00', end: '18:00' }], fri: [{ start: '08:00', end: '18:00' }], sat: [], sun: [] };
const PARIS: BusinessHoursCalendar = { timeZone: 'Europe/Paris', weekly: office, periods: [], holidays: [{ date: '2026-04-06' }] };
const STUDENT: PersonRef = { id: 1, email: 'student@example.edu', displayName: 'student' };
const PROFESSOR: PersonRef = { id: 2, email: 'prof@example.edu', displayName: 'professor' };
const K: PersonRef = { id: 10, email: 'karim@example.edu', displayName: 'karim' };
const P: PersonRef = { id: 11, email: 'philippe@example.edu', displayName: 'philippe' };
const agent = (p: PersonRef): Actor => ({ person: p, isAgent: true, teamIds: [1], isSiteOwner: false });
const S = { ...DEFAULT_LIFECYCLE_SETTINGS, awaitingUserMaxBusinessDays: 3, autoCloseResolvedAfterDays: 7 };

function ticket(id: number, status: TicketStatus, since: string, over: Partial<Ticket> = {}): Ticket {
  return {
    id, title: 't', description: 'd', kind: 'assistance', priority: 'normal', channel: 'portal', status, level: 'L1', teamId: 1,
    assignedTo: K, requester: STUDENT, watchers: [PROFESSOR], createdAt: new Date('2026-03-01T08:00:00Z'), language: 'fr',
    statusHistory: [{ status: 'new', at: new Date('2026-03-01T08:00:00Z') }, { status, at: new Date(since) }], sequence: 5,
    resolvedAt: status === 'resolved' ? new Date(since) : undefined, ...over
  };
}
const summary = (ts: HousekeepingTransition[]): string[] => ts.map((t) => `${t.ticketId}:${t.reason}:${t.result.ticket.status}`);

describe('housekeeping', () => {
  // Waiting since Thursday 2 April 2026 10:00; 3 business days after it: Fri 3, Tue 7 (Mon 6 is Easter Monday), Wed 8 → until Wed 18:00.
  it.each([
    ['awaiting 1 business day', 'awaiting_user', '2026-04-02T10:00:00+02:00', '2026-04-03T19:00:00+02:00', []],
    ['awaiting over a weekend and Easter Monday: not yet', 'awaiting_user', '2026-04-02T10:00:00+02:00', '2026-04-08T17:59:00+02:00', []],
    ['awaiting 3 full business days', 'awaiting_user', '2026-04-02T10:00:00+02:00', '2026-04-08T18:00:00+02:00', ['7:awaitingUserTimeout:no_follow_up']],
    ['resolved 6 days ago', 'resolved', '2026-04-02T10:00:00+02:00', '2026-04-08T10:00:00+02:00', []],
    ['resolved 7 days ago', 'resolved', '2026-04-02T10:00:00+02:00', '2026-04-09T10:00:00+02:00', ['7:resolvedAutoClose:closed']],
    ['in progress for weeks: untouched', 'in_progress', '2026-03-02T10:00:00+01:00', '2026-04-09T10:00:00+02:00', []],
    ['closed: untouched', 'closed', '2026-03-02T10:00:00+01:00', '2026-04-09T10:00:00+02:00', []]
  ] as [string, TicketStatus, string, string, string[]][])('%s', (_label, status, since, now, expected) => {
    expect(summary(housekeeping([ticket(7, status, since)], new Date(now), S, () => PARIS))).toEqual(expected);
  });

  it('sends a notice and is idempotent', () => {
    const now = new Date('2026-04-20T10:00:00+02:00');
    const tickets = [ticket(1, 'awaiting_user', '2026-04-02T10:00:00+02:00'), ticket(2, 'resolved', '2026-04-02T10:00:00+02:00'), ticket(3, 'in_progress', '2026-04-02T10:00:00+02:00')];
    const first = housekeeping(tickets, now, S, () => PARIS);
    expect(summary(first)).toEqual(['1:awaitingUserTimeout:no_follow_up', '2:resolvedAutoClose:closed']);
    const notice = first[0].result.events[0];
    expect(notice.type).toBe('closedNoFollowUpAutomatically');
    expect(notice.changeKey).toBe('1:6:closedNoFollowUpAutomatically');
    expect(notice.recipients.map((r) => r.person && r.person.displayName)).toEqual(['student', 'karim', 'professor']);
    expect(first[1].result.events[0].type).toBe('closedAutomatically');
    // Two agents running it at once compute the same change keys.
    expect(housekeeping(tickets, now, S, () => PARIS).map((t) => t.result.events[0].changeKey)).toEqual(first.map((t) => t.result.events[0].changeKey));
    const written = tickets.map((t) => { const hit = first.filter((f) => f.ticketId === t.id)[0]; return hit ? hit.result.ticket : t; });
    expect(housekeeping(written, now, S, () => PARIS)).toEqual([]);
    expect(housekeeping(written, new Date('2026-06-20T10:00:00+02:00'), S, () => PARIS)).toEqual([]);
  });

  it('a reopened ticket is not auto-closed on its old resolution date', () => {
    const t = ticket(4, 'in_progress', '2026-04-03T10:00:00+02:00', { resolvedAt: undefined });
    expect(housekeeping([t], new Date('2026-05-20T10:00:00+02:00'), S, () => PARIS)).toEqual([]);
  });
  it('uses the ticket\'s own calendar', () => {
    const always: BusinessHoursCalendar = { ...PARIS, weekly: { ...office, sat: office.mon, sun: office.mon }, holidays: [] };
    const t = ticket(5, 'awaiting_user', '2026-04-02T10:00:00+02:00');
    expect(summary(housekeeping([t], new Date('2026-04-05T18:00:00+02:00'), S, () => always))).toEqual(['5:awaitingUserTimeout:no_follow_up']);
    expect(summary(housekeeping([t], new Date('2026-04-05T18:00:00+02:00'), S, () => PARIS))).toEqual([]);
  });
  it('the system actor may not do anything else', () => {
    const r = applyAction(ticket(6, 'in_progress', '2026-04-02T10:00:00+02:00'), { type: 'closeNoFollowUp' },
      { person: { id: 0, email: '' }, isAgent: false, teamIds: [], isSiteOwner: false, isSystem: true }, new Date(), S);
    expect(r.ok ? 'ok' : r.error).toBe('invalidStatus');
  });
});

describe('remindersDue', () => {
  // Waiting since Thursday 2 April 2026 10:00 (Paris); reminder after 2 business days: Fri 3, Tue 7 (Easter Monday off) → Tue 18:00;
  // no follow-up after 3: Wed 8 18:00.
  const R: LifecycleSettings = { ...S, awaitingUserReminderBusinessDays: 2 };
  const since = '2026-04-02T10:00:00+02:00';
  const none = (): { lastReminderAt?: Date; question?: string } => ({});
  const due = (t: Ticket, now: string, settings = R, context = none) => remindersDue([t], new Date(now), settings, () => PARIS, context);

  it('comes at the end of the R-th business day, once, before the closing', () => {
    const t = ticket(7, 'awaiting_user', since);
    expect(due(t, '2026-04-07T17:59:00+02:00')).toEqual([]);
    const [e] = due(t, '2026-04-07T18:00:00+02:00', R, () => ({ question: 'Quel navigateur ?' }));
    expect(e).toMatchObject({ type: 'awaitingUserReminder', ticketId: 7, changeKey: '7:5:awaitingUserReminder', fromStatus: 'awaiting_user', toStatus: 'awaiting_user' });
    expect(e.details).toEqual({ message: 'Quel navigateur ?', closesAt: '2026-04-08T16:00:00.000Z', reminderDays: 2 });
    // Only the person whose answer is awaited: not the watchers, not the assignee.
    expect(e.recipients.map(r => `${r.role}:${r.person && r.person.displayName}`)).toEqual(['requester:student']);
    // Due for closing: the closing's notice is sent instead.
    expect(due(t, '2026-04-08T18:00:00+02:00')).toEqual([]);
    expect(summary(housekeeping([t], new Date('2026-04-08T18:00:00+02:00'), R, () => PARIS))).toEqual(['7:awaitingUserTimeout:no_follow_up']);
  });

  it('is sent once per question: a reminder since the question stops it, an older one does not', () => {
    const t = ticket(7, 'awaiting_user', since);
    expect(due(t, '2026-04-07T19:00:00+02:00', R, () => ({ lastReminderAt: new Date('2026-04-07T18:05:00+02:00') }))).toEqual([]);
    expect(due(t, '2026-04-07T19:00:00+02:00', R, () => ({ lastReminderAt: new Date('2026-03-20T09:00:00+01:00') }))).toHaveLength(1);
  });

  it('tells the person the request is for too', () => {
    const t = ticket(8, 'awaiting_user', since, { beneficiary: PROFESSOR, watchers: [] });
    expect(due(t, '2026-04-07T18:00:00+02:00')[0].recipients.map(r => r.role)).toEqual(['requester', 'beneficiary']);
  });

  it.each([
    ['no reminder set', { ...S }],
    ['a reminder of 0 days', { ...S, awaitingUserReminderBusinessDays: 0 }],
    ['a reminder not before the closing', { ...S, awaitingUserReminderBusinessDays: 3 }]
  ])('none with %s', (_label, settings) => {
    expect(due(ticket(7, 'awaiting_user', since), '2026-04-07T23:00:00+02:00', settings)).toEqual([]);
  });

  it('without a no-follow-up closing, reminds without a closing date', () => {
    const [e] = due(ticket(7, 'awaiting_user', since), '2026-05-07T10:00:00+02:00', { ...R, awaitingUserMaxBusinessDays: 0 });
    expect(e.details.closesAt).toBeUndefined();
  });

  it('only tickets awaiting the user', () => {
    for (const status of ['in_progress', 'resolved', 'new'] as TicketStatus[]) expect(due(ticket(7, status, since), '2026-04-07T19:00:00+02:00')).toEqual([]);
  });
});

describe('describeConflict', () => {
  const now = new Date('2026-04-02T10:00:00+02:00');
  const loaded = ticket(8, 'new', '2026-04-01T10:00:00+02:00', { assignedTo: undefined });

  it('two agents take in charge at once: the second gets alreadyTakenBy and sees who changed what', () => {
    const theirs = applyAction(loaded, { type: 'takeInCharge' }, agent(K), now, S);
    if (!theirs.ok) throw new Error('setup');
    const c = describeConflict(loaded, theirs.ticket, { type: 'takeInCharge' }, agent(P), now, S);
    expect(c.stillApplies).toBe(false);
    expect(c.error).toBe('alreadyTakenBy');
    expect(c.takenBy).toEqual(K);
    expect(c.changedBy).toEqual(K);
    expect(c.theirChanges.map((x) => x.field)).toEqual(['status', 'assignedTo']);
    expect(c.retry).toBeUndefined();
  });

  it('a reply still applies after the other agent changed the priority: nothing is lost', () => {
    const mine = ticket(9, 'in_progress', '2026-04-01T10:00:00+02:00');
    const theirs: Ticket = { ...mine, priority: 'critical', sequence: 6, modifiedBy: P };
    const c = describeConflict(mine, theirs, { type: 'replyPublic', message: 'on it' }, agent(K), now, S);
    expect(c.stillApplies).toBe(true);
    expect(c.theirChanges).toEqual([{ field: 'priority', from: 'normal', to: 'critical' }]);
    expect(c.retry && c.retry.ok && c.retry.ticket.priority).toBe('critical');
    expect(c.retry && c.retry.ok && c.retry.events[0].changeKey).toBe('9:7:replyPublic');
  });

  it('resolving after the other agent already resolved: invalidStatus', () => {
    const mine = ticket(10, 'in_progress', '2026-04-01T10:00:00+02:00');
    const theirs = applyAction(mine, { type: 'resolve', resolution: 'fixed' }, agent(P), now, S);
    if (!theirs.ok) throw new Error('setup');
    const c = describeConflict(mine, theirs.ticket, { type: 'resolve', resolution: 'mine' }, agent(K), now, S);
    expect([c.stillApplies, c.error]).toEqual([false, 'invalidStatus']);
    expect(c.theirChanges.map((x) => x.field)).toEqual(['status', 'firstResponseAt', 'resolvedAt', 'resolution']);
  });

  it('no difference: no changes reported', () => {
    const mine = ticket(11, 'in_progress', '2026-04-01T10:00:00+02:00');
    expect(describeConflict(mine, { ...mine }, { type: 'addInternalNote', body: 'x' }, agent(K), now, S).theirChanges).toEqual([]);
  });
});
