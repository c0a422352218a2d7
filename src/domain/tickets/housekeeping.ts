/**
 * Housekeeping run when the desk loads: reminders to requesters who do not answer, time-outs of tickets awaiting
 * the user, auto-close of resolved tickets.
 */
import { BusinessHoursCalendar, endOfNthBusinessDayAfter } from '../sla/calendar';
import { ApplyOk, DomainEvent } from './actions';
import { applyAction, changeKeyOf, recipientsFor } from './lifecycle';
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

/** What the reminder needs besides the ticket: when the last one was sent (the ticket's informed log) and the question asked. */
export interface ReminderContext {
  /** When the requester was last reminded of this ticket, if ever. */
  lastReminderAt?: Date;
  /** The desk's question the ticket awaits an answer to (the public message that put it in awaiting_user). */
  question?: string;
}

/**
 * The reminders due at `now`: one per ticket awaiting the user past the end of the R-th business day (team calendar)
 * after it entered that status, R = `awaitingUserReminderBusinessDays` (none when 0 or unset, or when it does not
 * come before the no-follow-up's N). None when the requester was reminded since the ticket entered the status (so
 * one per question; a new question starts a new count), nor when the ticket is due for closing (its notice says it).
 * The event informs the requester and the beneficiary; its details carry the question and when the request will be
 * closed. It changes nothing on the ticket: its key is the ticket's current change, identical on every desk.
 */
export function remindersDue(
  tickets: Ticket[], now: Date, settings: LifecycleSettings, calendarFor: (ticket: Ticket) => BusinessHoursCalendar,
  contextOf: (ticket: Ticket) => ReminderContext
): DomainEvent[] {
  const r = settings.awaitingUserReminderBusinessDays || 0;
  const n = settings.awaitingUserMaxBusinessDays;
  if (r <= 0 || (n > 0 && r >= n)) return [];
  const out: DomainEvent[] = [];
  for (const t of tickets) {
    if (t.status !== 'awaiting_user') continue;
    const entered = enteredCurrentStatusAt(t);
    const calendar = calendarFor(t);
    if (now.getTime() < endOfNthBusinessDayAfter(calendar, entered, r).getTime()) continue;
    const closesAt = n > 0 ? endOfNthBusinessDayAfter(calendar, entered, n) : undefined;
    if (closesAt && now.getTime() >= closesAt.getTime()) continue;
    const context = contextOf(t);
    if (context.lastReminderAt && context.lastReminderAt.getTime() >= entered.getTime()) continue;
    out.push({
      type: 'awaitingUserReminder', ticketId: t.id, changeKey: changeKeyOf(t.id, t.sequence, 'awaitingUserReminder'), at: now,
      actor: SYSTEM_ACTOR.person, fromStatus: t.status, toStatus: t.status,
      recipients: recipientsFor(t, ['requester', 'beneficiary'], SYSTEM_ACTOR),
      details: { message: context.question, closesAt: closesAt ? closesAt.toISOString() : undefined, reminderDays: r }
    });
  }
  return out;
}
