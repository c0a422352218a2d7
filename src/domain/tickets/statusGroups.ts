/**
 * The status groups, declared once: every page, query, queue, clock and rule asks here whether a status is open,
 * handled, waiting or finished. Adding a status means adding it to TICKET_STATUSES (vocabulary) and to the groups
 * below; the unit test fails until every status is in exactly one of `open`/`finished`.
 */
import { TicketStatus } from '../vocabulary';

/** What a group says about a ticket in it. */
export type StatusGroup =
  /** The desk still works on it (queues, SLA clocks, most actions). */
  | 'open'
  /** Someone on the desk has it (taken in charge, in progress, awaiting the requester). */
  | 'handled'
  /** The clock is paused: the desk waits for the requester. */
  | 'waiting'
  /** The resolution clock runs: open and not waiting for the requester. */
  | 'running'
  /** The desk's work is done (resolved, closed, closed without follow-up). */
  | 'finished'
  /** Nothing more happens (except a reopen of a closed ticket within the window). */
  | 'final';

/** The statuses of each group. */
export const STATUS_GROUPS: { readonly [G in StatusGroup]: readonly TicketStatus[] } = {
  open: ['new', 'taken_in_charge', 'in_progress', 'awaiting_user'],
  handled: ['taken_in_charge', 'in_progress', 'awaiting_user'],
  waiting: ['awaiting_user'],
  running: ['new', 'taken_in_charge', 'in_progress'],
  finished: ['resolved', 'closed', 'no_follow_up'],
  final: ['closed', 'no_follow_up']
};

/** Whether `status` belongs to `group` (an unknown or missing status belongs to none). */
export function inStatusGroup(status: TicketStatus | null | undefined, group: StatusGroup): boolean { // eslint-disable-line @rushstack/no-new-null
  return !!status && STATUS_GROUPS[group].indexOf(status) >= 0;
}

/** The desk still works on it. */
export function isOpenStatus(status: TicketStatus | null | undefined): boolean { // eslint-disable-line @rushstack/no-new-null
  return inStatusGroup(status, 'open');
}

/** The desk's work on it is done. */
export function isFinishedStatus(status: TicketStatus | null | undefined): boolean { // eslint-disable-line @rushstack/no-new-null
  return inStatusGroup(status, 'finished');
}
