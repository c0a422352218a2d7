import { calendarJson, checkCalendar, checkTeam, newCalendar, tidyCalendar, type TeamDraft } from '../../../src/domain/config/teamRules';
import { parseCalendar, type BusinessHoursCalendar } from '../../../src/domain/sla/calendar';
import { hoursNow } from '../../../src/domain/sla/hoursNow';
import { DEFAULT_CALENDAR, TEAMS } from '../../../workbench/seed/data/teams';
import { toTeamView, type TeamRow } from '../../../src/data/config/teamRows';
import { draftOf, formOf, inputIdOf } from '../../../src/ui/setup/config/teams/teamDraft';

const week = (start: string, end: string): BusinessHoursCalendar['weekly'] => {
  const cal = newCalendar();
  (['mon', 'tue', 'wed', 'thu', 'fri'] as const).forEach(d => { cal.weekly[d] = [{ start, end }]; });
  return cal.weekly;
};
const cal = (c: Partial<BusinessHoursCalendar>): BusinessHoursCalendar => ({ ...newCalendar(), ...c });
const draft = (d: Partial<TeamDraft>): TeamDraft => ({ title: 'Support informatique', titleEn: 'IT support', level: 'L1', memberIds: [3], queueEmail: 'support@univ-exemple.fr', calendar: newCalendar(), ...d });
const exams = { key: 'exams', label: { fr: 'Examens', en: 'Exams' }, start: '2026-12-01', end: '2026-12-20', weekly: week('07:30', '19:30') };

describe('checkCalendar', () => {
  it.each([
    ['the default week', cal({}), []],
    ['two ranges a day with a lunch break', cal({ weekly: { ...week('08:00', '12:00'), mon: [{ start: '08:00', end: '12:00' }, { start: '13:30', end: '17:00' }] } }), []],
    ['ranges that overlap', cal({ weekly: { ...week('08:00', '12:00'), tue: [{ start: '08:00', end: '12:00' }, { start: '11:00', end: '17:00' }] } }),
      [{ field: 'calendar.weekly.tue', code: 'overlappingSlots' }]],
    ['a range that ends before it starts', cal({ weekly: { ...week('08:00', '12:00'), wed: [{ start: '18:00', end: '08:00' }] } }), [{ field: 'calendar.weekly.wed[0]', code: 'emptySlot' }]],
    ['a time that is no time', cal({ weekly: { ...week('08:00', '12:00'), thu: [{ start: '8h', end: '25:00' }] } }), [{ field: 'calendar.weekly.thu[0]', code: 'invalidTime' }]],
    ['no hours at all', cal({ weekly: week('08:00', '08:00') }), expect.arrayContaining([{ field: 'calendar.weekly.mon[0]', code: 'emptySlot' }])],
    ['an unknown time zone', cal({ timeZone: 'Europe/Lutece' }), [{ field: 'calendar.timeZone', code: 'invalidTimeZone' }]],
    ['a period', cal({ periods: [exams] }), []],
    ['a period whose end precedes its start', cal({ periods: [{ ...exams, start: '2026-12-20', end: '2026-12-01' }] }), [{ field: 'calendar.periods[0]', code: 'periodEndsBeforeStart' }]],
    ['a period without dates', cal({ periods: [{ ...exams, start: '', end: '2026-02-30' }] }),
      [{ field: 'calendar.periods[0].start', code: 'invalidDate' }, { field: 'calendar.periods[0].end', code: 'invalidDate' }]],
    ['a period without a name', cal({ periods: [{ ...exams, label: { fr: ' ', en: '' } }] }), [{ field: 'calendar.periods[0].label', code: 'required' }]],
    ['periods that overlap', cal({ periods: [exams, { ...exams, key: 'b', start: '2026-12-20', end: '2026-12-31' }] }), [{ field: 'calendar.periods[1]', code: 'overlappingPeriods' }]],
    ['overlapping ranges inside a period', cal({ periods: [{ ...exams, weekly: { ...exams.weekly, sat: [{ start: '09:00', end: '12:00' }, { start: '10:00', end: '11:00' }] } }] }),
      [{ field: 'calendar.periods[0].weekly.sat', code: 'overlappingSlots' }]],
    ['holidays on two dates', cal({ holidays: [{ date: '2026-12-25', label: { fr: 'Noël', en: '' } }, { date: '2027-01-01', label: { fr: 'Jour de l\'an', en: 'New Year' } }] }), []],
    ['a holiday given twice', cal({ holidays: [{ date: '2026-12-25', label: { fr: 'Noël', en: 'Christmas' } }, { date: '2026-12-25', label: { fr: 'Noël bis', en: '' } }] }),
      [{ field: 'calendar.holidays[1]', code: 'duplicateHoliday' }]],
    ['a holiday without a date or a name', cal({ holidays: [{ date: '', label: { fr: '', en: '' } }] }),
      [{ field: 'calendar.holidays[0]', code: 'invalidDate' }, { field: 'calendar.holidays[0].label', code: 'required' }]]
  ])('%s', (_, c, problems) => {
    expect(checkCalendar(c)).toEqual(problems);
  });
});

describe('checkTeam', () => {
  const others = [{ id: 1, title: 'Support informatique' }, { id: 2, title: 'E-learning' }];
  it.each([
    ['a valid team (itself)', draft({}), 1, []],
    ['a name is required', draft({ title: '  ' }), 1, [{ field: 'title', code: 'required' }]],
    ['another team has the name, case and spaces aside', draft({ title: ' e-LEARNING ' }), 1, [{ field: 'title', code: 'duplicate' }]],
    ['a new team with a taken name', draft({}), undefined, [{ field: 'title', code: 'duplicate' }]],
    ['names of at most 255', draft({ titleEn: 'x'.repeat(256) }), 1, [{ field: 'titleEn', code: 'tooLong' }]],
    ['a known level', draft({ level: 'L4' }), 1, [{ field: 'level', code: 'unknownLevel' }]],
    ['a mailbox address', draft({ queueEmail: 'support at univ' }), 1, [{ field: 'queueEmail', code: 'invalidEmail' }]],
    ['no mailbox is fine', draft({ queueEmail: ' ' }), 1, []],
    ['the calendar\'s problems come last', draft({ level: '', calendar: cal({ timeZone: '' }) }), 1,
      [{ field: 'level', code: 'required' }, { field: 'calendar.timeZone', code: 'invalidTimeZone' }]]
  ])('%s', (_, d, self, problems) => {
    expect(checkTeam(d, others, self)).toEqual(problems);
  });
});

describe('the calendar written is the one the SLA module reads', () => {
  it('round-trips the demo calendar and every seeded team\'s through calendarJson and parseCalendar', () => {
    [DEFAULT_CALENDAR, ...TEAMS.map(t => t.calendar)].forEach(c => {
      const parsed = parseCalendar(calendarJson(c as BusinessHoursCalendar));
      expect(parsed).toEqual({ ok: true, calendar: c });
    });
  });

  it('writes trimmed values, an English name from the French one and a key per period', () => {
    const typed = cal({
      timeZone: ' Europe/Paris ', weekly: { ...week(' 08:00', '18:00 ') },
      periods: [{ ...exams, key: '', label: { fr: ' Examens ', en: '' }, start: ' 2026-12-01' }, { ...exams, key: '', start: '2027-01-04', end: '2027-01-10' }],
      holidays: [{ date: '2026-12-25 ', label: { fr: 'Noël', en: ' ' } }]
    });
    const read = parseCalendar(calendarJson(typed));
    expect(read.ok && read.calendar).toEqual(tidyCalendar(typed));
    const c = tidyCalendar(typed);
    expect(c.periods.map(p => [p.key, p.label, p.start])).toEqual([['period-2026-12-01', { fr: 'Examens', en: 'Examens' }, '2026-12-01'], ['period-2027-01-04', { fr: 'Examens', en: 'Exams' }, '2027-01-04']]);
    expect(c.holidays).toEqual([{ date: '2026-12-25', label: { fr: 'Noël', en: 'Noël' } }]);
    expect(c.weekly.mon).toEqual([{ start: '08:00', end: '18:00' }]);
  });

  it('the form of a team read from the list gives back the same draft, and the hours now are its exam hours', () => {
    const stored = calendarJson(cal({ periods: [exams], holidays: [{ date: '2026-12-25', label: { fr: 'Noël', en: 'Christmas' } }] }));
    const row: TeamRow = {
      Id: 4, Title: 'Support e-learning', HCTitleEn: 'E-learning support', HCLevel: 'L1', HCMembersId: [7], HCQueueEmail: 'elearning@univ-exemple.fr', HCBusinessHours: stored,
      Modified: '2026-12-03T10:00:00Z', HCMembers: [{ Id: 7, Title: 'Julie Petit', EMail: 'julie.petit@univ-exemple.fr', Name: 'i:0#.f|membership|julie.petit@univ-exemple.fr' }], 'odata.etag': '"4"'
    };
    const view = toTeamView(row);
    const d = draftOf(formOf(view));
    expect(d).toEqual({ title: 'Support e-learning', titleEn: 'E-learning support', level: 'L1', memberIds: [7], queueEmail: 'elearning@univ-exemple.fr', calendar: parseCalendar(stored).ok && (parseCalendar(stored) as { calendar: BusinessHoursCalendar }).calendar });
    expect(calendarJson(d.calendar)).toBe(stored);
    // Thursday 3 December 2026, 10:00 in Paris: the exam period's hours apply.
    const now = hoursNow(d.calendar, new Date('2026-12-03T09:00:00Z'));
    expect(now.period && now.period.key).toBe('exams');
    expect(now.todaySlots).toEqual([{ start: '07:30', end: '19:30' }]);
  });

  it('an unreadable stored calendar is reported and the form starts from the default week', () => {
    const view = toTeamView({ Id: 1, Title: 'T', HCTitleEn: null, HCLevel: 'L2', HCMembersId: null, HCQueueEmail: null, HCBusinessHours: '{"timeZone":"Mars/Olympus"}', Modified: '' });
    expect(view.calendarErrors).toEqual(expect.arrayContaining([{ code: 'invalidTimeZone', path: 'timeZone' }]));
    expect(formOf(view).calendar).toEqual(newCalendar());
  });
});

describe('inputIdOf', () => {
  it.each([
    ['title', 'hc-team-title'],
    ['calendar.timeZone', 'hc-team-calendar-timeZone'],
    ['calendar.weekly.mon[1]', 'hc-team-calendar-weekly-mon-1-start'],
    ['calendar.weekly.tue', 'hc-team-calendar-weekly-tue-0-start'],
    ['calendar.weekly', 'hc-team-calendar-weekly-mon-add'],
    ['calendar.periods[0]', 'hc-team-calendar-periods-0-start'],
    ['calendar.periods[0].end', 'hc-team-calendar-periods-0-end'],
    ['calendar.periods[2].weekly.sat[0]', 'hc-team-calendar-periods-2-weekly-sat-0-start'],
    ['calendar.holidays[3]', 'hc-team-calendar-holidays-3-date'],
    ['calendar.holidays[3].label', 'hc-team-calendar-holidays-3-label']
  ])('%s → %s', (path, id) => {
    expect(inputIdOf(path)).toBe(id);
  });
});
