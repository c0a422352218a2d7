/** Housekeeping run when the desk loads: time-outs of tickets awaiting the user, auto-close of resolved tickets. */
import { BusinessHoursCalendar, endOfNthBusinessDayAfter } from '../sla/calendar';
import { ApplyOk } from './actions';
import { applyAction } from './lifecycle';
import { LifecycleSettings, SYSTEM_ACTOR, Ticket } from './model';

/** One transition to write; `result` holds the next ticket, changes and the notice event. */
export interface HousekeepingTransition {
  ticketId: number;
  reason: 'awaitingUserTimeout' | 'resolvedAutoClose';
  result: ApplyOk;
}

const DAY_MS = 86400000;

/** When the ticket last entered its current status (falls back to the creation date). */
function enteredCurrentStatusAt(t: Ticket): Date {
  for (let i = t.statusHistory.length - 1; i >= 0; i--) {
    if (t.statusHistory[i].status === t.status) return t.statusHistory[i].at;
  }
  return t.createdAt;
}

/**
 * The transitions housekeeping should apply at `now`:
 * - awaiting the user past the end of the N-th business day after the question (team calendar) → no_follow_up,
 *   with a notice to the requester, beneficiary, watchers and assignee;
 * - resolved more than M calendar days ago (not reopened) → closed.
 * Idempotent: the transitions move tickets out of the statuses they select, so a second run on the written
 * result yields nothing; two agents running it at once produce the same change keys (the outbox dedupes them)
 * and the second ETag write fails harmlessly.
 */
export function housekeeping(
  tickets: Ticket[], now: Date, settings: LifecycleSettings, calendarFor: (ticket: Ticket) => BusinessHoursCalendar
): HousekeepingTransition[] {
  const out: HousekeepingTransition[] = [];
  for (const t of tickets) {
    if (t.status === 'awaiting_user' && settings.awaitingUserMaxBusinessDays > 0) {
      const deadline = endOfNthBusinessDayAfter(calendarFor(t), enteredCurrentStatusAt(t), settings.awaitingUserMaxBusinessDays);
      if (now.getTime() >= deadline.getTime()) {
        const r = applyAction(t, { type: 'closeNoFollowUp', reason: 'awaitingUserTimeout', automatic: true }, SYSTEM_ACTOR, now, settings);
        if (r.ok) out.push({ ticketId: t.id, reason: 'awaitingUserTimeout', result: r });
      }
    } else if (t.status === 'resolved' && settings.autoCloseResolvedAfterDays > 0) {
      const since = t.resolvedAt || enteredCurrentStatusAt(t);
      if (now.getTime() - since.getTime() >= settings.autoCloseResolvedAfterDays * DAY_MS) {
        const r = applyAction(t, { type: 'close', reason: 'resolvedAutoClose' }, SYSTEM_ACTOR, now, settings);
        if (r.ok) out.push({ ticketId: t.id, reason: 'resolvedAutoClose', result: r });
      }
    }
  }
  return out;
}
