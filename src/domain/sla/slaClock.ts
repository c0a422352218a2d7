/**
 * SLA clocks: first response and resolution, counted in the team's business hours and paused while the
 * ticket awaits the user.
 */
import { STATUS_GROUPS } from '../tickets/statusGroups';
import { TicketPriority, TicketStatus } from '../vocabulary';
import { BusinessHoursCalendar, addBusinessMinutes, businessMinutesBetween } from './calendar';

/** Target hours for one ticket (business hours). */
export interface SlaTargetHours { firstResponseHours: number; resolutionHours: number }

/**
 * SLA policy, stored as JSON with the categories/settings:
 * - `base`: targets for a `normal` priority ticket;
 * - `priorityMultipliers`: factor applied to the targets per priority (e.g. critical 0.25, high 0.5, normal 1, low 2);
 *   a missing priority counts as 1;
 * - `categories[categoryId]`: a category's own base targets (either or both) and/or its own multipliers,
 *   each overriding the policy's value field by field.
 * Example: `{ base: { firstResponseHours: 4, resolutionHours: 16 }, priorityMultipliers: { critical: 0.25, high: 0.5, low: 2 },
 * categories: { "12": { firstResponseHours: 1 } } }` → category 12, priority high: first response 30 min, resolution 8 h.
 */
export interface SlaPolicy {
  base: SlaTargetHours;
  priorityMultipliers?: Partial<Record<TicketPriority, number>>;
  categories?: { [categoryId: string]: Partial<SlaTargetHours> & { priorityMultipliers?: Partial<Record<TicketPriority, number>> } };
}

/** Targets in business minutes, as the clocks use them. */
export interface SlaTargets { firstResponseMinutes: number; resolutionMinutes: number }

/** Picks the targets for a ticket's category and priority (see SlaPolicy for the precedence). */
export function pickSlaTargets(policy: SlaPolicy, categoryId: number | string | undefined, priority: TicketPriority): SlaTargets {
  const cat = categoryId === undefined || !policy.categories ? undefined : policy.categories[String(categoryId)];
  const firstHours = cat && cat.firstResponseHours !== undefined ? cat.firstResponseHours : policy.base.firstResponseHours;
  const resolutionHours = cat && cat.resolutionHours !== undefined ? cat.resolutionHours : policy.base.resolutionHours;
  const catFactor = cat && cat.priorityMultipliers ? cat.priorityMultipliers[priority] : undefined;
  const policyFactor = policy.priorityMultipliers ? policy.priorityMultipliers[priority] : undefined;
  const factor = catFactor !== undefined ? catFactor : policyFactor !== undefined ? policyFactor : 1;
  return { firstResponseMinutes: Math.round(firstHours * 60 * factor), resolutionMinutes: Math.round(resolutionHours * 60 * factor) };
}

/** One entry of the status history (from the item's version history). */
export interface StatusAt { status: TicketStatus; at: Date }

/** What the clocks read from a ticket. */
export interface SlaTimeline {
  createdAt: Date;
  /** Status changes in time order (the initial `new` may be omitted). */
  statusHistory: StatusAt[];
  /** First public answer from the desk (stops the first-response clock). */
  firstResponseAt?: Date;
}

/** State of one clock: at_risk from 75 % of the target used. */
export type SlaState = 'ok' | 'at_risk' | 'breached' | 'paused' | 'met';

/** One clock's reading. */
export interface SlaClockReading {
  state: SlaState;
  targetMinutes: number;
  elapsedMinutes: number;
  /** Target minus elapsed; negative when overdue. */
  remainingMinutes: number;
  /** When the target is (or was) reached; undefined while paused and not yet reached. */
  dueAt?: Date;
}

/** Both clocks. */
export interface SlaReading { firstResponse: SlaClockReading; resolution: SlaClockReading }

/** Share of the target after which a running clock is at risk. */
export const AT_RISK_RATIO = 0.75;

const RUNNING_RESOLUTION: readonly TicketStatus[] = STATUS_GROUPS.running;

/** Intervals [from, to) during which a predicate on the status holds, up to `end`. */
function runningIntervals(timeline: SlaTimeline, end: Date, runs: (s: TicketStatus) => boolean): [Date, Date][] {
  const history = timeline.statusHistory.slice().sort((a, b) => a.at.getTime() - b.at.getTime());
  const points: StatusAt[] = [{ status: 'new', at: timeline.createdAt }];
  for (const h of history) if (h.at.getTime() >= timeline.createdAt.getTime()) points.push(h);
  const out: [Date, Date][] = [];
  for (let i = 0; i < points.length; i++) {
    const from = points[i].at;
    const nextAt = i + 1 < points.length ? points[i + 1].at : end;
    const to = nextAt.getTime() < end.getTime() ? nextAt : end;
    if (runs(points[i].status) && to.getTime() > from.getTime()) out.push([from, to]);
  }
  return out;
}

function readClock(calendar: BusinessHoursCalendar, intervals: [Date, Date][], target: number, running: boolean, stopped: boolean, now: Date): SlaClockReading {
  let elapsed = 0;
  let dueAt: Date | undefined;
  for (const [a, b] of intervals) {
    const part = businessMinutesBetween(calendar, a, b);
    if (dueAt === undefined && elapsed + part >= target) dueAt = addBusinessMinutes(calendar, a, target - elapsed);
    elapsed += part;
  }
  if (dueAt === undefined && running) dueAt = addBusinessMinutes(calendar, now, target - elapsed);
  const remaining = target - elapsed;
  let state: SlaState;
  if (stopped) state = elapsed <= target ? 'met' : 'breached';
  else if (elapsed > target) state = 'breached';
  else if (!running) state = 'paused';
  else state = elapsed >= target * AT_RISK_RATIO ? 'at_risk' : 'ok';
  return { state, targetMinutes: target, elapsedMinutes: elapsed, remainingMinutes: remaining, dueAt };
}

/**
 * Reads both SLA clocks at `now`. First response runs from creation until `firstResponseAt` (paused while
 * awaiting the user). Resolution runs while the ticket is new, taken in charge or in progress; it pauses while
 * awaiting the user, stops when resolved/closed/no follow-up (state `met` or `breached`) and resumes on reopen.
 */
export function slaStatus(timeline: SlaTimeline, targets: SlaTargets, calendar: BusinessHoursCalendar, now: Date): SlaReading {
  const history = timeline.statusHistory.filter((h) => h.at.getTime() <= now.getTime());
  const current = history.length > 0 ? history.slice().sort((a, b) => a.at.getTime() - b.at.getTime())[history.length - 1].status : 'new';
  const t: SlaTimeline = { createdAt: timeline.createdAt, statusHistory: history, firstResponseAt: timeline.firstResponseAt };
  const responded = timeline.firstResponseAt !== undefined && timeline.firstResponseAt.getTime() <= now.getTime();
  const frEnd = responded ? (timeline.firstResponseAt as Date) : now;
  const frIntervals = runningIntervals(t, frEnd, (s) => s !== 'awaiting_user');
  const firstResponse = readClock(calendar, frIntervals, targets.firstResponseMinutes, !responded && current !== 'awaiting_user', responded, now);
  const resIntervals = runningIntervals(t, now, (s) => RUNNING_RESOLUTION.indexOf(s) >= 0);
  const stopped = current === 'resolved' || current === 'closed' || current === 'no_follow_up';
  const resolution = readClock(calendar, resIntervals, targets.resolutionMinutes, RUNNING_RESOLUTION.indexOf(current) >= 0, stopped, now);
  return { firstResponse, resolution };
}
