/**
 * SLA readings from what a queue knows of a ticket (its dates and current status, not its version history):
 * the desk lists thousands of open tickets and cannot read every history, so the queues count with the due
 * dates (HCDueDate, set in business hours when the ticket is filed) and the first-response date. The ticket
 * page, which has the history, uses slaStatus instead.
 */
import type { TicketStatus } from '../vocabulary';
import { BusinessHoursCalendar, addBusinessMinutes, businessMinutesBetween } from './calendar';
import { AT_RISK_RATIO, SlaClockReading, SlaState } from './slaClock';
import { isFinishedStatus } from '../tickets/statusGroups';

/** What a queue row tells of a ticket. */
export interface SlaSnapshot {
  createdAt: Date;
  status: TicketStatus;
  /** HCFirstResponseAt. */
  firstResponseAt?: Date;
  /** HCDueDate: the resolution due date. */
  dueAt?: Date;
  /** HCResolvedAt. */
  resolvedAt?: Date;
}

/** Targets known for the ticket (its category's), in business minutes; either may be missing. */
export interface SnapshotTargets { firstResponseMinutes?: number; resolutionMinutes?: number }

/** Both clocks, each undefined when the ticket has no target for it. */
export interface SnapshotReading { firstResponse?: SlaClockReading; resolution?: SlaClockReading }

/** Signed business minutes from `now` to `due` (negative once overdue). */
function signedMinutesLeft(calendar: BusinessHoursCalendar, now: Date, due: Date): number {
  return due.getTime() >= now.getTime() ? businessMinutesBetween(calendar, now, due) : -businessMinutesBetween(calendar, due, now);
}

function runningState(remaining: number, target: number): SlaState {
  if (remaining < 0) return 'breached';
  return target - remaining >= target * AT_RISK_RATIO ? 'at_risk' : 'ok';
}

function firstResponseClock(s: SlaSnapshot, target: number, calendar: BusinessHoursCalendar, now: Date): SlaClockReading {
  const dueAt = addBusinessMinutes(calendar, s.createdAt, target);
  if (s.firstResponseAt) {
    const elapsed = businessMinutesBetween(calendar, s.createdAt, s.firstResponseAt);
    return { state: elapsed <= target ? 'met' : 'breached', targetMinutes: target, elapsedMinutes: elapsed, remainingMinutes: target - elapsed, dueAt };
  }
  const remaining = signedMinutesLeft(calendar, now, dueAt);
  const state: SlaState = s.status === 'awaiting_user' && remaining >= 0 ? 'paused' : runningState(remaining, target);
  return { state, targetMinutes: target, elapsedMinutes: target - remaining, remainingMinutes: remaining, dueAt };
}

function resolutionClock(s: SlaSnapshot, target: number | undefined, calendar: BusinessHoursCalendar, now: Date): SlaClockReading | undefined {
  const dueAt = s.dueAt || (target !== undefined ? addBusinessMinutes(calendar, s.createdAt, target) : undefined);
  if (!dueAt) return undefined;
  const total = target !== undefined ? target : businessMinutesBetween(calendar, s.createdAt, dueAt);
  if (isFinishedStatus(s.status)) {
    const end = s.resolvedAt || now;
    const remaining = signedMinutesLeft(calendar, end, dueAt);
    return { state: remaining >= 0 ? 'met' : 'breached', targetMinutes: total, elapsedMinutes: total - remaining, remainingMinutes: remaining, dueAt };
  }
  const remaining = signedMinutesLeft(calendar, now, dueAt);
  // Awaiting the requester pauses the clock; a ticket already past its due date stays breached.
  const state: SlaState = s.status === 'awaiting_user' && remaining >= 0 ? 'paused' : runningState(remaining, total);
  return { state, targetMinutes: total, elapsedMinutes: total - remaining, remainingMinutes: remaining, dueAt };
}

/**
 * Reads the first-response and resolution clocks of a queue row at `now`, in the team's business hours:
 * time left (negative when overdue), `at_risk` once AT_RISK_RATIO of the target has run, `breached` past
 * the due date, `paused` while awaiting the requester, `met`/`breached` once answered or resolved.
 */
export function slaFromSnapshot(s: SlaSnapshot, targets: SnapshotTargets, calendar: BusinessHoursCalendar, now: Date): SnapshotReading {
  const out: SnapshotReading = {};
  if (targets.firstResponseMinutes !== undefined && targets.firstResponseMinutes > 0 && (s.firstResponseAt || !isFinishedStatus(s.status))) {
    out.firstResponse = firstResponseClock(s, targets.firstResponseMinutes, calendar, now);
  }
  const resolution = resolutionClock(s, targets.resolutionMinutes, calendar, now);
  if (resolution) out.resolution = resolution;
  return out;
}

/**
 * The desk's alarm for an open ticket: `late` when a running clock is past its target, `atRisk` when one has
 * used AT_RISK_RATIO of it. A first response given late is history, not an alarm; finished tickets have none.
 */
export function slaAlarm(s: SlaSnapshot, r: SnapshotReading): 'late' | 'atRisk' | undefined {
  if (isFinishedStatus(s.status)) return undefined;
  const running = [s.firstResponseAt ? undefined : r.firstResponse, r.resolution].filter((c): c is SlaClockReading => !!c);
  if (running.some(c => c.state === 'breached')) return 'late';
  if (running.some(c => c.state === 'at_risk')) return 'atRisk';
  return undefined;
}

/**
 * The resolution due date once a pause ends: the clock stood still from `pausedAt` (entering awaiting_user) to
 * `resumedAt`, so the due date moves by the business minutes of the pause. Queues read HCDueDate alone, so the
 * data layer writes this with the action that ends the pause.
 */
export function dueDateAfterPause(calendar: BusinessHoursCalendar, dueAt: Date, pausedAt: Date, resumedAt: Date): Date {
  const paused = businessMinutesBetween(calendar, pausedAt, resumedAt);
  return paused > 0 ? addBusinessMinutes(calendar, dueAt, paused) : dueAt;
}
