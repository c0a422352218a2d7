import {
  BusinessHoursCalendar, WeeklyHours, addBusinessMinutes, businessMinutesBetween, endOfNthBusinessDayAfter, isOpen, nextOpening,
  parseCalendar, pickSlaTargets, slaStatus, SlaPolicy, StatusAt
} from '../../../src/domain/sla';

function week(start: string, end: string, days: (keyof WeeklyHours)[]): WeeklyHours {
  const out = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } as WeeklyHours;
  for (const d of days) out[d] = [{ start, end }];
  return out;
}
const OFFICE = week('08:00', '18:00', ['mon', 'tue', 'wed', 'thu', 'fri']);
const EXAMS = week('07:30', '19:30', ['mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
const PARIS: BusinessHoursCalendar = {
  timeZone: 'Europe/Paris', weekly: OFFICE,
  periods: [{ key: 'exams-2026-06', start: '2026-05-26', end: '2026-06-20', weekly: EXAMS }],
  holidays: [{ date: '2026-05-14' }, { date: '2026-11-11' }]
};
/** A night slot on Sundays, to see DST nights counted in real minutes. */
const NIGHT: BusinessHoursCalendar = { timeZone: 'Europe/Paris', weekly: { ...week('00:00', '06:00', ['sun']) }, periods: [], holidays: [] };

// Paris local time → Date (offset given explicitly so each row is readable and unambiguous).
const d = (iso: string): Date => new Date(iso);

describe('businessMinutesBetween', () => {
  it.each([
    ['same day, inside hours', '2026-03-10T09:00:00+01:00', '2026-03-10T10:30:00+01:00', 90],
    ['minute precision', '2026-03-10T09:00:00+01:00', '2026-03-10T09:01:59+01:00', 1],
    ['before opening to after closing', '2026-03-10T06:00:00+01:00', '2026-03-10T20:00:00+01:00', 600],
    ['Friday 17:00 to Monday 09:00 (weekend)', '2026-03-06T17:00:00+01:00', '2026-03-09T09:00:00+01:00', 120],
    ['Saturday night to Monday 08:30', '2026-03-07T22:00:00+01:00', '2026-03-09T08:30:00+01:00', 30],
    ['across Ascension (holiday, Thursday 14 May)', '2026-05-13T17:00:00+02:00', '2026-05-15T09:00:00+02:00', 120],
    ['exam period Saturday 7:30–19:30', '2026-06-06T00:00:00+02:00', '2026-06-07T00:00:00+02:00', 720],
    ['exam period weekday 7:30–19:30', '2026-06-08T07:00:00+02:00', '2026-06-08T20:00:00+02:00', 720],
    ['Friday before exams (8–18) to first exam day Tuesday', '2026-05-22T17:00:00+02:00', '2026-05-26T08:00:00+02:00', 60 + 600 + 30],
    ['spanning spring DST (Fri → Mon, office hours)', '2026-03-27T17:00:00+01:00', '2026-03-30T09:00:00+02:00', 120],
    ['spanning autumn DST (Fri → Mon, office hours)', '2026-10-23T17:00:00+02:00', '2026-10-26T09:00:00+01:00', 120],
    ['reversed range', '2026-03-10T10:00:00+01:00', '2026-03-10T09:00:00+01:00', 0]
  ])('%s', (_label, from, to, expected) => {
    expect(businessMinutesBetween(PARIS, d(from), d(to))).toBe(expected);
  });

  it.each([
    ['last Sunday of March 2026: 00:00–06:00 lasts 5 real hours', '2026-03-28T12:00:00Z', '2026-03-29T12:00:00Z', 300],
    ['last Sunday of October 2026: 00:00–06:00 lasts 7 real hours', '2026-10-24T12:00:00Z', '2026-10-25T12:00:00Z', 420],
    ['an ordinary Sunday: 6 hours', '2026-03-21T12:00:00Z', '2026-03-22T12:00:00Z', 360]
  ])('%s', (_label, from, to, expected) => {
    expect(businessMinutesBetween(NIGHT, d(from), d(to))).toBe(expected);
  });

  const TWO_TO_THREE: BusinessHoursCalendar = { timeZone: 'Europe/Paris', weekly: week('02:00', '03:00', ['sun']), periods: [], holidays: [] };
  it.each([
    ['02:00–03:00 does not exist on 29 March 2026', '2026-03-28T12:00:00Z', '2026-03-29T12:00:00Z', 0],
    ['02:00–03:00 happens twice on 25 October 2026', '2026-10-24T12:00:00Z', '2026-10-25T12:00:00Z', 120],
    ['02:00–03:00 on an ordinary Sunday', '2026-10-17T12:00:00Z', '2026-10-18T12:00:00Z', 60]
  ])('%s', (_label, from, to, expected) => {
    expect(businessMinutesBetween(TWO_TO_THREE, d(from), d(to))).toBe(expected);
  });

  it.each([
    ['New York, across its own DST change (8 March 2026)', 'America/New_York', '2026-03-06T16:00:00-05:00', '2026-03-09T10:00:00-04:00', 240],
    ['Tokyo (no DST), from UTC input', 'Asia/Tokyo', '2026-03-10T00:00:00Z', '2026-03-10T05:00:00Z', 300]
  ])('%s', (_label, tz, from, to, expected) => {
    expect(businessMinutesBetween({ ...PARIS, timeZone: tz, periods: [], holidays: [] }, d(from), d(to))).toBe(expected);
  });

  it.each([
    ['part of a night slot, from UTC instants (04:00–05:00 Paris)', '2026-03-22T03:00:00Z', '2026-03-22T04:00:00Z', 60],
    ['after the night slot closed', '2026-03-22T05:00:00Z', '2026-03-22T23:00:00Z', 0]
  ])('%s', (_label, from, to, expected) => {
    expect(businessMinutesBetween(NIGHT, d(from), d(to))).toBe(expected);
  });
});

describe('addBusinessMinutes, isOpen, nextOpening', () => {
  it.each([
    ['opened Saturday night: clock starts Monday 8:00', '2026-03-07T23:00:00+01:00', 60, '2026-03-09T09:00:00+01:00'],
    ['runs over the evening', '2026-03-10T17:30:00+01:00', 60, '2026-03-11T08:30:00+01:00'],
    ['skips a holiday', '2026-11-10T17:00:00+01:00', 120, '2026-11-12T09:00:00+01:00'],
    ['Friday 17:00 + 2 h over spring DST', '2026-03-27T17:00:00+01:00', 120, '2026-03-30T09:00:00+02:00'],
    ['Friday 17:00 + 2 h over autumn DST', '2026-10-23T17:00:00+02:00', 120, '2026-10-26T09:00:00+01:00'],
    ['exam Saturday counts', '2026-06-05T19:00:00+02:00', 60, '2026-06-06T08:00:00+02:00'],
    ['zero minutes inside hours is now', '2026-03-10T10:00:00+01:00', 0, '2026-03-10T10:00:00+01:00']
  ])('%s', (_label, start, minutes, expected) => {
    expect(addBusinessMinutes(PARIS, d(start), minutes).toISOString()).toBe(d(expected).toISOString());
  });

  it.each([
    ['Tuesday 10:00', '2026-03-10T10:00:00+01:00', true],
    ['Tuesday 18:00 (end exclusive)', '2026-03-10T18:00:00+01:00', false],
    ['Tuesday 07:59', '2026-03-10T07:59:00+01:00', false],
    ['Saturday outside exams', '2026-03-07T10:00:00+01:00', false],
    ['Saturday in exams', '2026-06-06T10:00:00+02:00', true],
    ['holiday', '2026-05-14T10:00:00+02:00', false]
  ])('isOpen %s', (_label, at, expected) => {
    expect(isOpen(PARIS, d(at))).toBe(expected);
  });

  it('nextOpening from Saturday night is Monday 8:00 local', () => {
    expect(nextOpening(PARIS, d('2026-03-07T23:00:00+01:00')).toISOString()).toBe(d('2026-03-09T08:00:00+01:00').toISOString());
  });

  it('end of the 2nd business day after a Friday is Tuesday 18:00', () => {
    expect(endOfNthBusinessDayAfter(PARIS, d('2026-03-06T10:00:00+01:00'), 2).toISOString()).toBe(d('2026-03-10T18:00:00+01:00').toISOString());
  });
});

describe('parseCalendar', () => {
  it('accepts the stored JSON shape', () => {
    const r = parseCalendar(JSON.stringify(PARIS));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.calendar.weekly.mon).toEqual([{ start: '08:00', end: '18:00' }]);
  });
  it.each([
    ['bad JSON', '{', 'invalidJson'],
    ['not an object', '[]', 'notAnObject'],
    ['unknown zone', JSON.stringify({ ...PARIS, timeZone: 'Mars/Olympus' }), 'invalidTimeZone'],
    ['bad time', JSON.stringify({ ...PARIS, weekly: { ...OFFICE, mon: [{ start: '8h', end: '18:00' }] } }), 'invalidTime'],
    ['empty slot', JSON.stringify({ ...PARIS, weekly: { ...OFFICE, mon: [{ start: '18:00', end: '08:00' }] } }), 'emptySlot'],
    ['overlap', JSON.stringify({ ...PARIS, weekly: { ...OFFICE, mon: [{ start: '08:00', end: '12:00' }, { start: '11:00', end: '14:00' }] } }), 'overlappingSlots'],
    ['bad holiday', JSON.stringify({ ...PARIS, holidays: [{ date: '2026-02-30' }] }), 'invalidDate'],
    ['period reversed', JSON.stringify({ ...PARIS, periods: [{ key: 'x', start: '2026-06-20', end: '2026-05-26', weekly: EXAMS }] }), 'periodEndsBeforeStart'],
    ['no hours at all', JSON.stringify({ timeZone: 'Europe/Paris', weekly: {} }), 'noOpeningHours']
  ])('rejects %s', (_label, json, code) => {
    const r = parseCalendar(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.code)).toContain(code);
  });
  it('accepts adjacent slots', () => {
    expect(parseCalendar({ ...PARIS, weekly: { ...OFFICE, mon: [{ start: '08:00', end: '12:00' }, { start: '12:00', end: '14:00' }] } }).ok).toBe(true);
  });
});

describe('pickSlaTargets', () => {
  const policy: SlaPolicy = {
    base: { firstResponseHours: 4, resolutionHours: 16 },
    priorityMultipliers: { critical: 0.25, high: 0.5, low: 2 },
    categories: { '12': { firstResponseHours: 1 }, '13': { priorityMultipliers: { critical: 0.5 } } }
  };
  it.each([
    ['normal, no category', undefined, 'normal', 240, 960],
    ['high', 7, 'high', 120, 480],
    ['low', 7, 'low', 480, 1920],
    ['category override, high', 12, 'high', 30, 480],
    ['category multiplier, critical', 13, 'critical', 120, 480]
  ] as const)('%s', (_label, cat, prio, fr, res) => {
    expect(pickSlaTargets(policy, cat, prio)).toEqual({ firstResponseMinutes: fr, resolutionMinutes: res });
  });
});

describe('slaStatus', () => {
  const targets = { firstResponseMinutes: 60, resolutionMinutes: 600 };
  const created = d('2026-03-10T08:00:00+01:00');
  const h = (status: StatusAt['status'], at: string): StatusAt => ({ status, at: d(at) });
  it.each([
    ['fresh ticket', [], undefined, '2026-03-10T08:30:00+01:00', 'ok', 30, 'ok', 30],
    ['first response at risk (45/60)', [], undefined, '2026-03-10T08:45:00+01:00', 'at_risk', 45, 'ok', 45],
    ['first response breached', [], undefined, '2026-03-10T09:01:00+01:00', 'breached', 61, 'ok', 61],
    ['first response met', [h('in_progress', '2026-03-10T08:20:00+01:00')], '2026-03-10T08:20:00+01:00', '2026-03-10T10:00:00+01:00', 'met', 20, 'ok', 120],
    ['paused while awaiting the user', [h('awaiting_user', '2026-03-10T09:00:00+01:00')], '2026-03-10T08:10:00+01:00', '2026-03-11T12:00:00+01:00', 'met', 10, 'paused', 60],
    ['resumes after the answer', [h('awaiting_user', '2026-03-10T09:00:00+01:00'), h('in_progress', '2026-03-11T09:00:00+01:00')], '2026-03-10T08:10:00+01:00', '2026-03-11T10:00:00+01:00', 'met', 10, 'ok', 120],
    ['resolution at risk (450/600)', [h('in_progress', '2026-03-10T08:05:00+01:00')], '2026-03-10T08:05:00+01:00', '2026-03-10T15:30:00+01:00', 'met', 5, 'at_risk', 450],
    ['resolution breached over the night', [h('in_progress', '2026-03-10T08:05:00+01:00')], '2026-03-10T08:05:00+01:00', '2026-03-11T08:01:00+01:00', 'met', 5, 'breached', 601],
    ['both clocks pause while awaiting the user (no response recorded)', [h('awaiting_user', '2026-03-10T08:30:00+01:00')], undefined, '2026-03-10T12:00:00+01:00', 'paused', 30, 'paused', 30],
    ['breached stays breached while paused', [h('awaiting_user', '2026-03-10T09:30:00+01:00')], undefined, '2026-03-10T12:00:00+01:00', 'breached', 90, 'paused', 90],
    ['resolved in time', [h('resolved', '2026-03-10T12:00:00+01:00')], '2026-03-10T08:05:00+01:00', '2026-03-12T12:00:00+01:00', 'met', 5, 'met', 240],
    ['resolved late', [h('resolved', '2026-03-11T12:00:00+01:00')], '2026-03-10T08:05:00+01:00', '2026-03-12T12:00:00+01:00', 'met', 5, 'breached', 840]
  ] as [string, StatusAt[], string | undefined, string, string, number, string, number][])(
    '%s', (_label, history, firstAt, now, frState, frElapsed, resState, resElapsed) => {
      const r = slaStatus({ createdAt: created, statusHistory: history, firstResponseAt: firstAt ? d(firstAt) : undefined }, targets, PARIS, d(now));
      expect([r.firstResponse.state, r.firstResponse.elapsedMinutes, r.resolution.state, r.resolution.elapsedMinutes]).toEqual([frState, frElapsed, resState, resElapsed]);
    });

  it('due dates: a running clock continues over the night, a breached one says when it was reached', () => {
    const r = slaStatus({ createdAt: d('2026-03-10T12:00:00+01:00'), statusHistory: [] }, targets, PARIS, d('2026-03-10T17:00:00+01:00'));
    expect(r.resolution.remainingMinutes).toBe(300);
    expect(r.resolution.dueAt && r.resolution.dueAt.toISOString()).toBe(d('2026-03-11T12:00:00+01:00').toISOString());
    expect(r.firstResponse.dueAt && r.firstResponse.dueAt.toISOString()).toBe(d('2026-03-10T13:00:00+01:00').toISOString());
    expect(r.firstResponse.remainingMinutes).toBe(-240);
  });
  it('first response due date from a Saturday-night ticket is Monday 9:00', () => {
    const r = slaStatus({ createdAt: d('2026-03-07T23:00:00+01:00'), statusHistory: [] }, targets, PARIS, d('2026-03-08T10:00:00+01:00'));
    expect(r.firstResponse.elapsedMinutes).toBe(0);
    expect(r.firstResponse.dueAt && r.firstResponse.dueAt.toISOString()).toBe(d('2026-03-09T09:00:00+01:00').toISOString());
  });
  it('a paused clock that has not reached its target has no due date', () => {
    const r = slaStatus({ createdAt: created, statusHistory: [h('awaiting_user', '2026-03-10T09:00:00+01:00')], firstResponseAt: d('2026-03-10T08:30:00+01:00') }, targets, PARIS, d('2026-03-12T09:00:00+01:00'));
    expect(r.resolution.state).toBe('paused');
    expect(r.resolution.dueAt).toBeUndefined();
  });
});
