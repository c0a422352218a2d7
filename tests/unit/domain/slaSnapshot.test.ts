import { BusinessHoursCalendar, WeeklyHours, SlaSnapshot, dueDateAfterPause, slaAlarm, slaFromSnapshot } from '../../../src/domain/sla';

function week(start: string, end: string, days: (keyof WeeklyHours)[]): WeeklyHours {
  const out = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } as WeeklyHours;
  for (const d of days) out[d] = [{ start, end }];
  return out;
}
const PARIS: BusinessHoursCalendar = {
  timeZone: 'Europe/Paris', weekly: week('08:00', '18:00', ['mon', 'tue', 'wed', 'thu', 'fri']), periods: [], holidays: [{ date: '2026-05-14' }]
};
const d = (iso: string): Date => new Date(iso);

describe('slaFromSnapshot: first response (target 4 business hours)', () => {
  it.each([
    // label, created, status, first response, now, state, remaining minutes, alarm
    ['filed Monday 9:00, unanswered on Tuesday 10:00: late by 7 business hours', '2026-03-09T09:00:00+01:00', 'new', undefined, '2026-03-10T10:00:00+01:00', 'breached', -420, 'late'],
    ['filed this morning 8:30, 1 h 30 used', '2026-03-10T08:30:00+01:00', 'new', undefined, '2026-03-10T10:00:00+01:00', 'ok', 150, undefined],
    ['filed Friday 16:00, Monday 9:30: the weekend does not count, 3 h 30 used → at risk', '2026-03-06T16:00:00+01:00', 'taken_in_charge', undefined, '2026-03-09T09:30:00+01:00', 'at_risk', 30, 'atRisk'],
    ['filed Saturday (closed), Monday 9:00: 1 h used', '2026-03-07T11:00:00+01:00', 'new', undefined, '2026-03-09T09:00:00+01:00', 'ok', 180, undefined],
    ['filed the evening before Ascension, Friday 9:00: the holiday does not count', '2026-05-13T19:00:00+02:00', 'new', undefined, '2026-05-15T09:00:00+02:00', 'ok', 180, undefined],
    ['answered after 2 h: met', '2026-03-10T08:00:00+01:00', 'in_progress', '2026-03-10T10:00:00+01:00', '2026-03-11T10:00:00+01:00', 'met', 120, undefined],
    ['answered after 5 h: breached, but no alarm once answered', '2026-03-10T08:00:00+01:00', 'in_progress', '2026-03-10T13:00:00+01:00', '2026-03-10T14:00:00+01:00', 'breached', -60, undefined]
  ])('%s', (_label, created, status, firstResponse, now, state, remaining, alarm) => {
    const s: SlaSnapshot = { createdAt: d(created), status: status as SlaSnapshot['status'], firstResponseAt: firstResponse ? d(firstResponse) : undefined };
    const r = slaFromSnapshot(s, { firstResponseMinutes: 240 }, PARIS, d(now));
    expect(r.firstResponse && r.firstResponse.state).toBe(state);
    expect(r.firstResponse && r.firstResponse.remainingMinutes).toBe(remaining);
    expect(r.resolution).toBeUndefined();
    expect(slaAlarm(s, r)).toBe(alarm);
  });
});

describe('slaFromSnapshot: resolution (target 16 business hours, due date HCDueDate)', () => {
  // Filed Monday 9 March 9:00 → due Tuesday 10 March 15:00 (9 h on Monday + 7 h on Tuesday).
  const created = '2026-03-09T09:00:00+01:00';
  const due = '2026-03-10T15:00:00+01:00';
  it.each([
    ['Tuesday 9:00: 6 business hours left', 'in_progress', undefined, '2026-03-10T09:00:00+01:00', 'ok', 360, undefined],
    ['Tuesday 12:00: 3 h left of 16 → at risk', 'in_progress', undefined, '2026-03-10T12:00:00+01:00', 'at_risk', 180, 'atRisk'],
    ['Wednesday 9:00: late by 4 business hours (the night does not count)', 'taken_in_charge', undefined, '2026-03-11T09:00:00+01:00', 'breached', -240, 'late'],
    ['a week later, Monday 16 March 9:00: late by 34 business hours', 'new', undefined, '2026-03-16T09:00:00+01:00', 'breached', -(3 + 10 + 10 + 10 + 1) * 60, 'late'],
    ['awaiting the requester before the due date: paused', 'awaiting_user', undefined, '2026-03-10T09:00:00+01:00', 'paused', 360, undefined],
    ['awaiting the requester after the due date: still late', 'awaiting_user', undefined, '2026-03-11T09:00:00+01:00', 'breached', -240, 'late'],
    ['resolved in time: met, no alarm', 'resolved', '2026-03-10T11:00:00+01:00', '2026-03-12T09:00:00+01:00', 'met', 240, undefined],
    ['resolved late: breached, no alarm (finished)', 'closed', '2026-03-10T17:00:00+01:00', '2026-03-12T09:00:00+01:00', 'breached', -120, undefined]
  ])('%s', (_label, status, resolvedAt, now, state, remaining, alarm) => {
    const s: SlaSnapshot = { createdAt: d(created), status: status as SlaSnapshot['status'], dueAt: d(due), resolvedAt: resolvedAt ? d(resolvedAt) : undefined, firstResponseAt: d(created) };
    const r = slaFromSnapshot(s, { resolutionMinutes: 16 * 60 }, PARIS, d(now));
    expect(r.resolution && r.resolution.state).toBe(state);
    expect(r.resolution && r.resolution.remainingMinutes).toBe(remaining);
    expect(slaAlarm(s, r)).toBe(alarm);
  });

  it('without a category target, the target is the business time between filing and the due date', () => {
    const r = slaFromSnapshot({ createdAt: d(created), status: 'new', dueAt: d(due) }, {}, PARIS, d('2026-03-10T12:00:00+01:00'));
    expect(r.resolution && r.resolution.targetMinutes).toBe(16 * 60);
    expect(r.resolution && r.resolution.state).toBe('at_risk');
    expect(r.firstResponse).toBeUndefined();
  });

  it('without a due date nor a target there is no resolution clock', () => {
    expect(slaFromSnapshot({ createdAt: d(created), status: 'new' }, {}, PARIS, d(due))).toEqual({});
  });
});

describe('dueDateAfterPause', () => {
  it.each([
    ['a 2-hour pause moves the due date by 2 business hours', '2026-03-10T15:00:00+01:00', '2026-03-10T09:00:00+01:00', '2026-03-10T11:00:00+01:00', '2026-03-10T17:00:00+01:00'],
    ['a pause over the night counts its business hours only (Mon 17:00 → Tue 9:00 = 2 h)', '2026-03-10T15:00:00+01:00', '2026-03-09T17:00:00+01:00', '2026-03-10T09:00:00+01:00', '2026-03-10T17:00:00+01:00'],
    ['a pause carrying the due date over the weekend (Fri 17:00 + 3 h → Mon 10:00)', '2026-03-13T17:00:00+01:00', '2026-03-12T09:00:00+01:00', '2026-03-12T12:00:00+01:00', '2026-03-16T10:00:00+01:00'],
    ['a pause entirely outside business hours changes nothing', '2026-03-10T15:00:00+01:00', '2026-03-07T10:00:00+01:00', '2026-03-08T20:00:00+01:00', '2026-03-10T15:00:00+01:00']
  ])('%s', (_label, due, pausedAt, resumedAt, expected) => {
    expect(dueDateAfterPause(PARIS, d(due), d(pausedAt), d(resumedAt)).toISOString()).toBe(d(expected).toISOString());
  });
});
