import { BusinessHoursCalendar, businessDayMinutes, hoursNow, parseCalendar, weekdayRanges } from '../../../src/domain/sla';

const office = [{ start: '08:00', end: '18:00' }];
const exam = [{ start: '07:30', end: '19:30' }];
const week = (slots: typeof office, days: string[]) => ({
  mon: days.indexOf('mon') >= 0 ? slots : [], tue: days.indexOf('tue') >= 0 ? slots : [], wed: days.indexOf('wed') >= 0 ? slots : [],
  thu: days.indexOf('thu') >= 0 ? slots : [], fri: days.indexOf('fri') >= 0 ? slots : [], sat: days.indexOf('sat') >= 0 ? slots : [], sun: [],
});
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];
// The seeds' desk (000, 001): Monday–Friday 8:00–18:00; exam period from 26 May, Monday–Saturday 7:30–19:30.
const parsed = parseCalendar({
  timeZone: 'Europe/Paris',
  weekly: week(office, WEEKDAYS),
  periods: [{ key: 'exams-2026-06', label: { fr: 'Session d\'examens de juin 2026', en: 'June 2026 exam session' }, start: '2026-05-26', end: '2026-06-20', weekly: week(exam, WEEKDAYS.concat('sat')) }],
  holidays: [{ date: '2026-05-14', label: { fr: 'Ascension', en: 'Ascension Day' } }, { date: '2026-05-25', label: { fr: 'Lundi de Pentecôte', en: 'Whit Monday' } },
    { date: '2026-05-23', label: { fr: 'Un samedi férié', en: 'A Saturday holiday' } }],
});
if (!parsed.ok) throw new Error('calendar');
const cal: BusinessHoursCalendar = parsed.calendar;
const at = (iso: string): Date => new Date(iso);

describe('hoursNow', () => {
  it.each([
    // label, now (UTC), open, closes / opens (UTC)
    ['Tuesday 10:00 Paris (summer time): open until 18:00', '2026-05-19T08:00:00Z', true, '2026-05-19T16:00:00.000Z'],
    ['Tuesday 18:00 Paris: closed, opens Wednesday 8:00', '2026-05-19T16:00:00Z', false, '2026-05-20T06:00:00.000Z'],
    ['Friday evening: opens Monday', '2026-05-08T17:00:00Z', false, '2026-05-11T06:00:00.000Z'],
    ['winter: 8:00 Paris is 7:00 UTC', '2026-01-13T06:59:00Z', false, '2026-01-13T07:00:00.000Z'],
    ['DST day (Sunday 29 March): closed, opens Monday 8:00 CEST', '2026-03-29T10:00:00Z', false, '2026-03-30T06:00:00.000Z'],
    ['the Friday before DST ends: 17:59 CEST is open', '2026-10-23T15:59:00Z', true, '2026-10-23T16:00:00.000Z'],
    ['the Monday after DST ends: 8:00 CET is 7:00 UTC', '2026-10-26T07:30:00Z', true, '2026-10-26T17:00:00.000Z'],
  ])('%s', (_label, now, open, edge) => {
    const h = hoursNow(cal, at(now));
    expect(h.openNow).toBe(open);
    expect((open ? h.closesAt : h.opensAt)!.toISOString()).toBe(edge);
  });

  it('a holiday: closed today, today\'s slots empty, opens the next working day', () => {
    const h = hoursNow(cal, at('2026-05-14T09:00:00Z'));
    expect(h).toMatchObject({ today: '2026-05-14', openNow: false, todaySlots: [], holiday: { date: '2026-05-14' } });
    expect(h.opensAt!.toISOString()).toBe('2026-05-15T06:00:00.000Z');
  });

  it('the period starts tomorrow: the next change is its hours, after the holiday of today', () => {
    const h = hoursNow(cal, at('2026-05-25T09:00:00Z'));
    expect(h.holiday && h.holiday.date).toBe('2026-05-25');
    expect(h.weekly).toEqual(cal.weekly);
    expect(h.changes[0]).toMatchObject({ kind: 'hours', date: '2026-05-26', period: { key: 'exams-2026-06' } });
    expect(h.changes[0].kind === 'hours' && h.changes[0].weekly.sat).toEqual(exam);
    expect(h.opensAt!.toISOString()).toBe('2026-05-26T05:30:00.000Z');
  });

  it('a week ahead: the Ascension-like holiday first, then the exam hours; a holiday on a closed Saturday is no change', () => {
    const h = hoursNow(cal, at('2026-05-12T09:00:00Z'));
    expect(h.changes.map(c => `${c.kind} ${c.date}`)).toEqual(['holiday 2026-05-14', 'holiday 2026-05-25', 'hours 2026-05-26']);
  });

  it('inside the period: its hours in force, the ordinary hours come back after it', () => {
    const h = hoursNow(cal, at('2026-06-13T06:00:00Z'));
    expect(h).toMatchObject({ openNow: true, period: { key: 'exams-2026-06' }, todaySlots: exam });
    expect(h.changes[0]).toEqual({ kind: 'hours', date: '2026-06-21', weekly: cal.weekly, period: undefined });
  });

  it('nothing changes within the horizon', () => {
    expect(hoursNow(cal, at('2026-11-03T09:00:00Z'), 20).changes).toEqual([]);
  });

  it('a period with the same hours is no change', () => {
    const same = parseCalendar({ timeZone: 'Europe/Paris', weekly: week(office, WEEKDAYS), periods: [{ key: 'p', start: '2026-11-10', end: '2026-11-12', weekly: week(office, WEEKDAYS) }] });
    if (!same.ok) throw new Error('calendar');
    expect(hoursNow(same.calendar, at('2026-11-03T09:00:00Z')).changes).toEqual([]);
  });
});

describe('week helpers', () => {
  it('groups consecutive days with equal hours', () => {
    expect(weekdayRanges(cal.periods[0].weekly)).toEqual([{ from: 'mon', to: 'sat', slots: exam }]);
    const mixed = { ...week(office, WEEKDAYS), wed: [{ start: '08:00', end: '12:00' }] };
    expect(weekdayRanges(mixed).map(r => `${r.from}-${r.to}`)).toEqual(['mon-tue', 'wed-wed', 'thu-fri']);
    expect(weekdayRanges({ ...week(office, ['mon', 'wed']) }).map(r => `${r.from}-${r.to}`)).toEqual(['mon-mon', 'wed-wed']);
  });

  it('the business day is the most frequent open day\'s length', () => {
    expect(businessDayMinutes(cal.weekly)).toBe(600);
    expect(businessDayMinutes(cal.periods[0].weekly)).toBe(720);
    expect(businessDayMinutes(week([], []))).toBe(480);
  });
});
