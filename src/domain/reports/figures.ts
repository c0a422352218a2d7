/**
 * The ticket figures of the reports, from the desk's states: received vs resolved per month and week, the backlog
 * and its age, the typology, first-response and resolution times in business minutes (the team's calendar, as the
 * desk's SLA counts), SLA compliance per team and category, escalation, reopen and no-follow-up rates, satisfaction,
 * workload and work done. Pure: the data layer reads the rows, the page shows the result.
 */
import { businessMinutesBetween, type BusinessHoursCalendar } from '../sla/calendar';
import { slaFromSnapshot, type SnapshotTargets } from '../sla/snapshot';
import { isOpenStatus } from '../tickets/statusGroups';
import type { TicketPriority } from '../vocabulary';
import { inPeriod, matchesFilters, type ReportFilters, type ReportPeriod, type ReportTicket } from './model';
import { monthKey, monthsOf, weekKey, weeksOf } from './period';
import { countBy, ratio, summarise, type DurationSummary, type KeyCount } from './stats';

/** The key of a missing category, team, location or agent. */
export const NONE = 'none';

/** How old an open request is (calendar time since it was received). */
export const AGE_BUCKETS = ['lt1d', 'd1to3', 'd3to7', 'd7to30', 'gt30d'] as const;
/** One of {@link AGE_BUCKETS}. */
export type AgeBucket = typeof AGE_BUCKETS[number];
const AGE_LIMITS_DAYS = [1, 3, 7, 30];

/** What the ticket figures are computed from. */
export interface TicketFiguresInput {
  period: ReportPeriod;
  filters: ReportFilters;
  now: Date;
  /** The desk's time zone (months and weeks are local). */
  timeZone: string;
  /** States received in the period (rows outside it or not matching the filters are ignored). */
  received: readonly ReportTicket[];
  /** States resolved in the period (HCResolvedAt in it). */
  resolved: readonly ReportTicket[];
  /** States open now. */
  open: readonly ReportTicket[];
  /** Tickets reopened in the period (a requester's claim the desk applied, or an agent's reopening). */
  reopenedTicketIds: readonly number[];
  /** A ticket's calendar: its team's hours, else the site's default; undefined when neither is set. */
  calendarFor(teamId: number | undefined): BusinessHoursCalendar | undefined;
  /** A ticket's SLA targets in business minutes (its category's and priority's). */
  targetsFor(categoryId: number | undefined, priority: TicketPriority): SnapshotTargets;
}

/** Received and resolved in one month or week. */
export interface FlowBucket { key: string; received: number; resolved: number }

/** Met and breached clocks under a key (a team, a category). */
export interface SlaCompliance {
  key: string;
  firstResponseMet: number;
  firstResponseBreached: number;
  resolutionMet: number;
  resolutionBreached: number;
}

/** A rate: how many of how many. */
export interface Rate { count: number; of: number; rate?: number }

/** A satisfaction comment, with its rating. */
export interface SatisfactionComment { ticketId: number; rating: number; comment: string }

/** Every ticket figure of a period. */
export interface TicketFigures {
  received: number;
  resolved: number;
  months: FlowBucket[];
  weeks: FlowBucket[];
  backlog: { open: number; ages: KeyCount<AgeBucket>[] };
  typology: {
    category: KeyCount<string>[]; kind: KeyCount<string>[]; priority: KeyCount<string>[]; location: KeyCount<string>[];
    channel: KeyCount<string>[]; team: KeyCount<string>[]; level: KeyCount<string>[];
  };
  /** Business minutes from receipt to the first response (received in the period and answered). */
  firstResponse: DurationSummary;
  /** Business minutes from receipt to resolution (resolved in the period). */
  resolution: DurationSummary;
  slaByTeam: SlaCompliance[];
  slaByCategory: SlaCompliance[];
  /** Received in the period and escalated since. */
  escalation: Rate;
  /** Resolved in the period and reopened in it. */
  reopen: Rate;
  /** Received in the period and closed without follow-up. */
  noFollowUp: Rate;
  /** Ratings 1-5 of the tickets resolved in the period. */
  satisfaction: { distribution: KeyCount<number>[]; answered: number; average?: number; comments: SatisfactionComment[] };
  /** Open now, per interlocutor (key: user id, or none) and team. */
  workload: { byAgent: KeyCount<string>[]; byTeam: KeyCount<string>[] };
  /** Resolved in the period, per interlocutor and team. */
  workDone: { byAgent: KeyCount<string>[]; byTeam: KeyCount<string>[] };
  /** The interlocutors' names by key. */
  agentNames: { [key: string]: string };
  /** Articles that solved tickets resolved in the period (key: article id). */
  solvingArticles: KeyCount<string>[];
}

const key = (id: number | undefined): string | undefined => (id === undefined ? undefined : String(id));

/** One state per ticket (a race may leave two: the first written counts, as on the desk). */
function unique(rows: readonly ReportTicket[]): ReportTicket[] {
  const seen: { [id: number]: true } = {};
  return rows.filter(r => (seen[r.ticketId] ? false : (seen[r.ticketId] = true)));
}

function flow(keys: string[], received: ReportTicket[], resolved: ReportTicket[], keyOf: (at: Date) => string): FlowBucket[] {
  const buckets: { [k: string]: FlowBucket } = {};
  keys.forEach(k => { buckets[k] = { key: k, received: 0, resolved: 0 }; });
  received.forEach(t => { const b = buckets[keyOf(t.receivedAt)]; if (b) b.received++; });
  resolved.forEach(t => { const b = buckets[keyOf(t.resolvedAt as Date)]; if (b) b.resolved++; });
  return keys.map(k => buckets[k]);
}

function ageBucket(receivedAt: Date, now: Date): AgeBucket {
  const days = (now.getTime() - receivedAt.getTime()) / 86400000;
  for (let i = 0; i < AGE_LIMITS_DAYS.length; i++) if (days < AGE_LIMITS_DAYS[i]) return AGE_BUCKETS[i];
  return 'gt30d';
}

function compliance(input: TicketFiguresInput, received: ReportTicket[], resolved: ReportTicket[], keyOf: (t: ReportTicket) => string | undefined): SlaCompliance[] {
  const rows: { [k: string]: SlaCompliance } = {};
  const row = (t: ReportTicket): SlaCompliance => {
    const k = keyOf(t) || NONE;
    return rows[k] || (rows[k] = { key: k, firstResponseMet: 0, firstResponseBreached: 0, resolutionMet: 0, resolutionBreached: 0 });
  };
  received.forEach(t => {
    const calendar = input.calendarFor(t.teamId);
    const targets = input.targetsFor(t.categoryId, t.priority);
    if (!calendar || !t.firstResponseAt || targets.firstResponseMinutes === undefined) return;
    const reading = slaFromSnapshot({ createdAt: t.receivedAt, status: t.status, firstResponseAt: t.firstResponseAt }, { firstResponseMinutes: targets.firstResponseMinutes }, calendar, input.now);
    if (!reading.firstResponse) return;
    if (reading.firstResponse.state === 'met') row(t).firstResponseMet++; else row(t).firstResponseBreached++;
  });
  resolved.forEach(t => {
    const calendar = input.calendarFor(t.teamId);
    if (!calendar) return;
    const reading = slaFromSnapshot({ createdAt: t.receivedAt, status: 'resolved', dueAt: t.dueAt, resolvedAt: t.resolvedAt },
      { resolutionMinutes: input.targetsFor(t.categoryId, t.priority).resolutionMinutes }, calendar, input.now);
    if (!reading.resolution) return;
    if (reading.resolution.state === 'met') row(t).resolutionMet++; else row(t).resolutionBreached++;
  });
  return Object.keys(rows).sort().map(k => rows[k]);
}

function businessTimes(input: TicketFiguresInput, rows: ReportTicket[], end: (t: ReportTicket) => Date | undefined): number[] {
  const out: number[] = [];
  rows.forEach(t => {
    const at = end(t);
    const calendar = input.calendarFor(t.teamId);
    if (at && calendar) out.push(businessMinutesBetween(calendar, t.receivedAt, at));
  });
  return out;
}

/** Computes every ticket figure of the period (see {@link TicketFigures} for what each counts). */
export function computeTicketFigures(input: TicketFiguresInput): TicketFigures {
  const { period, filters, now, timeZone: tz } = input;
  const received = unique(input.received).filter(t => inPeriod(t.receivedAt, period) && matchesFilters(t, filters));
  const resolved = unique(input.resolved).filter(t => inPeriod(t.resolvedAt, period) && matchesFilters(t, filters));
  const open = unique(input.open).filter(t => isOpenStatus(t.status) && matchesFilters(t, filters));
  const agentNames: { [key: string]: string } = {};
  [...open, ...resolved].forEach(t => { if (t.assignedToId) agentNames[String(t.assignedToId)] = t.assignedToName || String(t.assignedToId); });
  const reopened: { [id: number]: true } = {};
  input.reopenedTicketIds.forEach(id => { reopened[id] = true; });
  const reopenCount = resolved.filter(t => reopened[t.ticketId]).length;
  const escalated = received.filter(t => !!t.escalatedAt).length;
  const noFollowUp = received.filter(t => t.status === 'no_follow_up').length;
  const rated = resolved.filter(t => t.satisfaction !== undefined && t.satisfaction >= 1 && t.satisfaction <= 5);
  const ratingSum = rated.reduce((s, t) => s + (t.satisfaction as number), 0);
  // The months and weeks that have begun: "this month" does not list next week's empty rows.
  const shown: ReportPeriod = { from: period.from, to: new Date(Math.max(period.from.getTime() + 1, Math.min(period.to.getTime(), now.getTime() + 1))) };
  return {
    received: received.length,
    resolved: resolved.length,
    months: flow(monthsOf(shown, tz), received, resolved, at => monthKey(at, tz)),
    weeks: flow(weeksOf(shown, tz), received, resolved, at => weekKey(at, tz)),
    backlog: {
      open: open.length,
      ages: AGE_BUCKETS.map(b => ({ key: b, count: open.filter(t => ageBucket(t.receivedAt, now) === b).length }))
    },
    typology: {
      category: countBy(received, t => key(t.categoryId), NONE),
      kind: countBy(received, t => t.kind, NONE),
      priority: countBy(received, t => t.priority, NONE),
      location: countBy(received, t => key(t.locationId), NONE),
      channel: countBy(received, t => t.channel, NONE),
      team: countBy(received, t => key(t.teamId), NONE),
      level: countBy(received, t => t.level, NONE)
    },
    firstResponse: summarise(businessTimes(input, received, t => t.firstResponseAt)),
    resolution: summarise(businessTimes(input, resolved, t => t.resolvedAt)),
    slaByTeam: compliance(input, received, resolved, t => key(t.teamId)),
    slaByCategory: compliance(input, received, resolved, t => key(t.categoryId)),
    escalation: { count: escalated, of: received.length, rate: ratio(escalated, received.length) },
    reopen: { count: reopenCount, of: resolved.length, rate: ratio(reopenCount, resolved.length) },
    noFollowUp: { count: noFollowUp, of: received.length, rate: ratio(noFollowUp, received.length) },
    satisfaction: {
      distribution: [1, 2, 3, 4, 5].map(r => ({ key: r, count: rated.filter(t => t.satisfaction === r).length })),
      answered: rated.length,
      average: rated.length ? ratingSum / rated.length : undefined,
      comments: rated.filter(t => !!(t.satisfactionComment || '').trim())
        .map(t => ({ ticketId: t.ticketId, rating: t.satisfaction as number, comment: (t.satisfactionComment as string).trim() }))
        .sort((a, b) => a.rating - b.rating || a.ticketId - b.ticketId)
    },
    workload: { byAgent: countBy(open, t => key(t.assignedToId), NONE), byTeam: countBy(open, t => key(t.teamId), NONE) },
    workDone: { byAgent: countBy(resolved, t => key(t.assignedToId), NONE), byTeam: countBy(resolved, t => key(t.teamId), NONE) },
    agentNames,
    solvingArticles: countBy(resolved.filter(t => t.articleId !== undefined), t => key(t.articleId), NONE)
  };
}
