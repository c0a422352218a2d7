// Issue 17: the monthly summary's content from the page's figures, its once-a-month key, who is a subscriber, and the
// month a mail's link opens.
import { parseCalendar } from '../../../src/domain/sla/calendar';
import { computeSelfService, computeTicketFigures, type ReportTicket } from '../../../src/domain/reports';
import { monthlySummary, summaryChangeKey, summarySubscribers, type SubscriptionEntry } from '../../../src/domain/reports/monthlySummary';
import { periodChoiceFromUrl } from '../../../src/domain/reports/period';

const TZ = 'Europe/Paris';
const slots = [{ start: '08:00', end: '18:00' }];
const parsed = parseCalendar({ timeZone: TZ, weekly: { mon: slots, tue: slots, wed: slots, thu: slots, fri: slots, sat: [], sun: [] }, periods: [], holidays: [] });
if (!parsed.ok) throw new Error('calendar');
const calendar = parsed.calendar;
const november = { from: new Date('2026-10-31T23:00:00Z'), to: new Date('2026-11-30T23:00:00Z') };
const at = (iso: string): Date => new Date(iso);
const t = (over: Partial<ReportTicket> & { ticketId: number }): ReportTicket => ({
  receivedAt: at('2026-11-02T08:00:00Z'), kind: 'assistance', priority: 'normal', channel: 'portal', status: 'new', level: 'L1', teamId: 1, ...over
});

it('tells the month with the page\'s figures: received, resolved, backlog, times, targets met, satisfaction, self-service', () => {
  const resolvedOnTime = t({ ticketId: 1, status: 'closed', firstResponseAt: at('2026-11-02T08:20:00Z'), resolvedAt: at('2026-11-02T10:00:00Z'), satisfaction: 5 });
  const resolvedLate = t({ ticketId: 2, status: 'resolved', receivedAt: at('2026-11-03T08:00:00Z'), firstResponseAt: at('2026-11-03T11:00:00Z'), resolvedAt: at('2026-11-05T08:00:00Z'), satisfaction: 2 });
  const open = t({ ticketId: 3, status: 'in_progress', receivedAt: at('2026-11-20T08:00:00Z'), firstResponseAt: at('2026-11-20T08:30:00Z') });
  const tickets = computeTicketFigures({
    period: november, filters: {}, now: at('2026-12-01T09:00:00Z'), timeZone: TZ, received: [resolvedOnTime, resolvedLate, open], resolved: [resolvedOnTime, resolvedLate],
    open: [open], reopenedTicketIds: [], calendarFor: () => calendar, targetsFor: () => ({ firstResponseMinutes: 60, resolutionMinutes: 600 })
  });
  const events = [
    { at: at('2026-11-04T10:00:00Z'), query: 'wifi', resultCount: 3, openedArticleId: 7, filedTicket: false, helpfulVote: true },
    { at: at('2026-11-04T11:00:00Z'), query: 'vpn', resultCount: 0, filedTicket: true, helpfulVote: false },
    { at: at('2026-10-04T11:00:00Z'), query: 'octobre', resultCount: 1, filedTicket: false, helpfulVote: false }
  ];
  const s = monthlySummary('2026-11', tickets, computeSelfService(events, november));
  expect(s).toEqual({
    month: '2026-11', received: 3, resolved: 2, backlog: 1,
    firstResponse: tickets.firstResponse, resolution: tickets.resolution,
    firstResponseSla: { met: 2, of: 3 }, resolutionSla: { met: 1, of: 2 },
    satisfaction: { answered: 2, average: 3.5 },
    selfService: { searches: 2, withResults: 1, openedArticle: 1, helpful: 1, filedTicket: 1, deflected: 1, deflectionRate: 0.5 }
  });
  // 20 min, 3 h and 30 min to a first response.
  expect(s.firstResponse.median).toBe(30);
});

it('keys the mail by month: one per person per month, whoever queues it', () => {
  expect(summaryChangeKey('2026-11')).toBe('reports-summary:2026-11');
  expect(summaryChangeKey('2026-11')).not.toBe(summaryChangeKey('2026-12'));
});

describe('who is a subscriber', () => {
  const person = (n: string): SubscriptionEntry['person'] => ({ email: `${n}@x.fr`, displayName: n, loginName: `i:0#.f|membership|${n}@x.fr` });
  const entry = (id: number, authorId: number, over: Partial<SubscriptionEntry> = {}): SubscriptionEntry =>
    ({ id, authorId, editorId: authorId, subscribed: true, person: person(`p${authorId}`), ...over });

  it.each<[string, SubscriptionEntry[], number[]]>([
    ['a person who said yes', [entry(1, 10)], [10]],
    ['nobody who said no', [entry(1, 10, { subscribed: false })], []],
    ['a person once, by their first written item', [entry(2, 10), entry(5, 10, { subscribed: false })], [10]],
    ['the first item decides even when a later one says yes', [entry(2, 10, { subscribed: false }), entry(5, 10)], []],
    ['nobody whose item someone else saved last', [entry(1, 10, { editorId: 11 })], []],
    ['nobody without an address', [entry(1, 10, { person: { email: '', displayName: 'x', loginName: 'x' } })], []],
    ['several people, in the order they subscribed', [entry(4, 12), entry(1, 10), entry(3, 11, { subscribed: false })], [10, 12]]
  ])('%s', (_name, entries, expected) => {
    expect(summarySubscribers(entries).map(e => e.authorId)).toEqual(expected);
  });
});

it.each<[string, ReturnType<typeof periodChoiceFromUrl>]>([
  ['?period=2026-11', { kind: 'range', from: '2026-11-01', to: '2026-11-30' }],
  ['?x=1&period=2028-02', { kind: 'range', from: '2028-02-01', to: '2028-02-29' }],
  ['?period=2026-12&y=2', { kind: 'range', from: '2026-12-01', to: '2026-12-31' }],
  ['?period=2026-13', undefined],
  ['?period=nov', undefined],
  ['', undefined]
])('the address %s opens %j', (search, expected) => {
  expect(periodChoiceFromUrl(search)).toEqual(expected);
});
