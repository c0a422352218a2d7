import { parseCalendar, type BusinessHoursCalendar } from '../../../src/domain/sla/calendar';
import {
  computeSelfService, computeTicketFigures, csvCell, toCsv, percentile, summarise, resolvePeriod, isoWeekOf, monthsOf, weeksOf,
  startOfLocalDate, type ReportTicket, type TicketFiguresInput, type ReportSearchEvent
} from '../../../src/domain/reports';

const TZ = 'Europe/Paris';
const slots = [{ start: '08:00', end: '18:00' }];
const parsed = parseCalendar({ timeZone: TZ, weekly: { mon: slots, tue: slots, wed: slots, thu: slots, fri: slots, sat: [], sun: [] }, periods: [], holidays: [] });
if (!parsed.ok) throw new Error('calendar');
const calendar: BusinessHoursCalendar = parsed.calendar;

const t = (over: Partial<ReportTicket> & { ticketId: number }): ReportTicket => ({
  receivedAt: new Date('2026-11-02T08:00:00Z'), kind: 'assistance', priority: 'normal', channel: 'portal', status: 'new', level: 'L1', teamId: 1, ...over
});

// November 2026 in Paris: [2026-10-31T23:00Z, 2026-11-30T23:00Z).
const november = { from: new Date('2026-10-31T23:00:00Z'), to: new Date('2026-11-30T23:00:00Z') };
const now = new Date('2026-12-01T09:00:00Z');

function input(over: Partial<TicketFiguresInput>): TicketFiguresInput {
  return {
    period: november, filters: {}, now, timeZone: TZ, received: [], resolved: [], open: [], reopenedTicketIds: [],
    calendarFor: () => calendar, targetsFor: () => ({ firstResponseMinutes: 60, resolutionMinutes: 600 }), ...over
  };
}

describe('statistics', () => {
  it.each([
    [[], 50, undefined],
    [[5], 90, 5],
    [[1, 2, 3, 4], 50, 2],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9],
    [[10, 1, 7, 3, 5], 50, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90, 10]
  ])('the nearest-rank percentile of %j at %i is %s', (values, p, expected) => {
    expect(percentile(values as number[], p as number)).toBe(expected);
  });
  it('summarises durations', () => {
    expect(summarise([30, 10, 20])).toEqual({ count: 3, median: 20, p90: 30 });
  });
});

describe('periods', () => {
  it.each([
    ['2026-01-01', '2026-W01'], ['2026-12-31', '2026-W53'], ['2027-01-03', '2026-W53'], ['2027-01-04', '2027-W01'], ['2026-11-30', '2026-W49']
  ])('%s is in the ISO week %s', (d, w) => expect(isoWeekOf(d)).toBe(w));

  it('starts local dates at the zone\'s midnight (winter and summer time)', () => {
    expect(startOfLocalDate('2026-11-01', TZ).toISOString()).toBe('2026-10-31T23:00:00.000Z');
    expect(startOfLocalDate('2026-07-01', TZ).toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });

  const session = (key: string, start: string, end: string) => ({ key, start, end, weekly: calendar.weekly });
  it.each([
    [{ kind: 'thisMonth' }, '2026-11-30T23:00:00.000Z', '2026-12-31T23:00:00.000Z'],
    [{ kind: 'lastMonth' }, '2026-10-31T23:00:00.000Z', '2026-11-30T23:00:00.000Z'],
    [{ kind: 'examSession' }, '2026-05-31T22:00:00.000Z', '2026-06-20T22:00:00.000Z'],
    [{ kind: 'range', from: '2026-09-01', to: '2026-09-30' }, '2026-08-31T22:00:00.000Z', '2026-09-30T22:00:00.000Z']
  ])('%j is [%s, %s)', (choice, from, to) => {
    const r = resolvePeriod(choice as never, now, TZ, [session('jan', '2026-01-05', '2026-01-17'), session('jun', '2026-06-01', '2026-06-20'), session('next', '2027-01-04', '2027-01-16')]);
    if (!('period' in r)) throw new Error(r.error);
    expect([r.period.from.toISOString(), r.period.to.toISOString()]).toEqual([from, to]);
  });
  it.each([
    [{ kind: 'range', from: '2026-02-30', to: '2026-03-01' }, 'invalidDate'],
    [{ kind: 'range', from: '2026-03-02', to: '2026-03-01' }, 'endBeforeStart'],
    [{ kind: 'examSession' }, 'noExamSession']
  ])('%j is refused: %s', (choice, error) => {
    expect(resolvePeriod(choice as never, now, TZ, [])).toEqual({ error });
  });
  it('does not list the weeks of the current month that have not begun', () => {
    // Wednesday 18 November: weeks 44 to 47 have begun, 48 and 49 not yet.
    const f = computeTicketFigures(input({ now: new Date('2026-11-18T10:00:00Z') }));
    expect(f.weeks.map(w => w.key)).toEqual(['2026-W44', '2026-W45', '2026-W46', '2026-W47']);
    expect(f.months.map(m => m.key)).toEqual(['2026-11']);
  });

  it('lists the months and weeks of a period, empty ones too', () => {
    const p = { from: new Date('2026-09-15T00:00:00Z'), to: new Date('2026-11-03T00:00:00Z') };
    expect(monthsOf(p, TZ)).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(weeksOf(november, TZ)[0]).toBe('2026-W44');
    expect(weeksOf(november, TZ)).toHaveLength(6);
  });
});

describe('ticket figures', () => {
  const received = [
    // Monday 2 Nov 09:00 Paris, answered 09:30 (30 business minutes), resolved Tuesday 09:00 (600 + 60 = 660).
    t({ ticketId: 1, receivedAt: new Date('2026-11-02T08:00:00Z'), firstResponseAt: new Date('2026-11-02T08:30:00Z'), resolvedAt: new Date('2026-11-03T08:00:00Z'), status: 'closed', categoryId: 4, assignedToId: 10, assignedToName: 'Karim', satisfaction: 5, satisfactionComment: ' Merci ! ', articleId: 33 }),
    // Friday 6 Nov 17:00 Paris, answered Monday 9 Nov 10:00 (60 + 120 = 180 min: breached).
    t({ ticketId: 2, receivedAt: new Date('2026-11-06T16:00:00Z'), firstResponseAt: new Date('2026-11-09T09:00:00Z'), status: 'in_progress', categoryId: 4, teamId: 2, level: 'L2', escalatedAt: new Date('2026-11-09T10:00:00Z'), assignedToId: 11, assignedToName: 'Inès' }),
    t({ ticketId: 3, receivedAt: new Date('2026-11-20T10:00:00Z'), status: 'no_follow_up', kind: 'anomaly', channel: 'phone', locationId: 7 }),
    // Received in October: not counted as received in November.
    t({ ticketId: 4, receivedAt: new Date('2026-10-20T10:00:00Z'), status: 'resolved' })
  ];
  const resolved = [
    received[0],
    t({ ticketId: 4, receivedAt: new Date('2026-10-30T08:00:00Z'), resolvedAt: new Date('2026-11-16T08:00:00Z'), status: 'resolved', assignedToId: 10, assignedToName: 'Karim', satisfaction: 2, satisfactionComment: 'Trop long', dueAt: new Date('2026-11-02T08:00:00Z'), articleId: 33 }),
    // A duplicate state of ticket 1 (a race): counted once.
    { ...received[0] }
  ];
  const open = [
    t({ ticketId: 2, status: 'in_progress', receivedAt: new Date('2026-11-06T16:00:00Z'), teamId: 2, level: 'L2', assignedToId: 11, assignedToName: 'Inès' }),
    t({ ticketId: 5, status: 'new', receivedAt: new Date('2026-12-01T08:30:00Z') }),
    t({ ticketId: 6, status: 'awaiting_user', receivedAt: new Date('2026-09-01T08:30:00Z'), assignedToId: 10 }),
    // A finished state among the open rows is not open.
    t({ ticketId: 7, status: 'closed' })
  ];
  const f = computeTicketFigures(input({ received, resolved, open, reopenedTicketIds: [4, 99] }));

  it('counts received and resolved, per month and week', () => {
    expect([f.received, f.resolved]).toEqual([3, 2]);
    expect(f.months).toEqual([{ key: '2026-11', received: 3, resolved: 2 }]);
    expect(f.weeks.find(w => w.key === '2026-W45')).toEqual({ key: '2026-W45', received: 2, resolved: 1 });
    expect(f.weeks.find(w => w.key === '2026-W47')).toEqual({ key: '2026-W47', received: 1, resolved: 1 });
  });
  it('ages the backlog', () => {
    expect(f.backlog.open).toBe(3);
    expect(f.backlog.ages).toEqual([{ key: 'lt1d', count: 1 }, { key: 'd1to3', count: 0 }, { key: 'd3to7', count: 0 }, { key: 'd7to30', count: 1 }, { key: 'gt30d', count: 1 }]);
  });
  it('counts the typology of what was received', () => {
    expect(f.typology.category).toEqual([{ key: '4', count: 2 }, { key: 'none', count: 1 }]);
    expect(f.typology.kind).toEqual([{ key: 'assistance', count: 2 }, { key: 'anomaly', count: 1 }]);
    expect(f.typology.channel).toEqual([{ key: 'portal', count: 2 }, { key: 'phone', count: 1 }]);
    expect(f.typology.team).toEqual([{ key: '1', count: 2 }, { key: '2', count: 1 }]);
    expect(f.typology.level).toEqual([{ key: 'L1', count: 2 }, { key: 'L2', count: 1 }]);
    expect(f.typology.location).toEqual([{ key: 'none', count: 2 }, { key: '7', count: 1 }]);
  });
  it('times in business minutes, median and p90', () => {
    expect(f.firstResponse).toEqual({ count: 2, median: 30, p90: 180 });
    // Ticket 4: Fri 30 Oct 09:00 → Mon 16 Nov 09:00 Paris: 11 working days of 600 min.
    expect(f.resolution).toEqual({ count: 2, median: 600, p90: 6600 });
  });
  it('checks the SLA per team and category', () => {
    expect(f.slaByTeam).toEqual([
      { key: '1', firstResponseMet: 1, firstResponseBreached: 0, resolutionMet: 1, resolutionBreached: 1 },
      { key: '2', firstResponseMet: 0, firstResponseBreached: 1, resolutionMet: 0, resolutionBreached: 0 }
    ]);
    expect(f.slaByCategory.map(r => r.key)).toEqual(['4', 'none']);
  });
  it('rates escalation, reopening and no follow-up', () => {
    expect(f.escalation).toEqual({ count: 1, of: 3, rate: 1 / 3 });
    expect(f.reopen).toEqual({ count: 1, of: 2, rate: 0.5 });
    expect(f.noFollowUp).toEqual({ count: 1, of: 3, rate: 1 / 3 });
  });
  it('distributes satisfaction with its comments', () => {
    expect(f.satisfaction.distribution.map(d => d.count)).toEqual([0, 1, 0, 0, 1]);
    expect(f.satisfaction.average).toBe(3.5);
    expect(f.satisfaction.comments).toEqual([{ ticketId: 4, rating: 2, comment: 'Trop long' }, { ticketId: 1, rating: 5, comment: 'Merci !' }]);
  });
  it('counts workload, work done and solving articles', () => {
    expect(f.workload.byAgent).toEqual([{ key: '10', count: 1 }, { key: '11', count: 1 }, { key: 'none', count: 1 }]);
    expect(f.workDone.byAgent).toEqual([{ key: '10', count: 2 }]);
    expect(f.agentNames).toEqual({ 10: 'Karim', 11: 'Inès' });
    expect(f.solvingArticles).toEqual([{ key: '33', count: 2 }]);
  });
  it('applies the filters to every figure', () => {
    const l2 = computeTicketFigures(input({ received, resolved, open, filters: { level: 'L2' } }));
    expect([l2.received, l2.resolved, l2.backlog.open, l2.escalation.count]).toEqual([1, 0, 1, 1]);
    const cat = computeTicketFigures(input({ received, resolved, open, filters: { categoryId: 4, channel: 'portal' } }));
    expect([cat.received, cat.resolved, cat.backlog.open]).toEqual([2, 1, 0]);
  });
  it('leaves out clocks it cannot read: no calendar, no target', () => {
    const none = computeTicketFigures(input({ received, resolved, calendarFor: () => undefined }));
    expect(none.firstResponse.count).toBe(0);
    expect(none.slaByTeam).toEqual([]);
    const noTarget = computeTicketFigures(input({ received, resolved: [], targetsFor: () => ({}) }));
    expect(noTarget.slaByTeam).toEqual([]);
  });
});

describe('self-service figures', () => {
  const e = (over: Partial<ReportSearchEvent>): ReportSearchEvent => ({ at: new Date('2026-11-10T10:00:00Z'), query: 'wifi', resultCount: 3, filedTicket: false, helpfulVote: false, ...over });
  const s = computeSelfService([
    e({ openedArticleId: 5, helpfulVote: true }), e({ openedArticleId: 5, filedTicket: true }), e({ query: 'salle b204', resultCount: 0, filedTicket: true }),
    e({ query: 'salle b204', resultCount: 0 }), e({ query: 'attestation', resultCount: 0 }), e({ at: new Date('2026-10-10T10:00:00Z'), query: 'old' })
  ], november);
  it('follows the deflection funnel', () => {
    expect(s.funnel).toEqual({ searches: 5, withResults: 2, openedArticle: 2, helpful: 1, filedTicket: 2, deflected: 1, deflectionRate: 0.2 });
  });
  it('ranks queries and articles', () => {
    expect(s.zeroResultQueries).toEqual([{ key: 'salle b204', count: 2 }, { key: 'attestation', count: 1 }]);
    expect(s.topQueries[0]).toEqual({ key: 'salle b204', count: 2 });
    expect(s.openedArticles).toEqual([{ key: '5', count: 2 }]);
  });
});

describe('CSV', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"], ['+33 6', "'+33 6"], ['-x', "'-x"], ['@cmd', "'@cmd"], ['a;b', '"a;b"'], ['dit "oui"', '"dit ""oui"""'],
    ['Équipe réseau', 'Équipe réseau'], ['ligne\nsuivante', '"ligne\nsuivante"']
  ])('%j is written %j', (value, expected) => expect(csvCell(value, true)).toBe(expected));
  it.each([[-3, '-3'], [2.5, '2,5'], [1 / 3, '0,33'], [undefined, '']])('the number %s is written %j', (value, expected) => expect(csvCell(value, true)).toBe(expected));
  it('starts with the byte order mark and ends lines with CRLF', () => {
    expect(toCsv(['Mois', 'Reçues'], [['2026-11', 3]], true)).toBe('\uFEFFMois;Reçues\r\n2026-11;3\r\n');
  });
});
