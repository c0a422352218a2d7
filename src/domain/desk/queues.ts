/**
 * The desk's queues, pure: which queue a ticket is in, the counts per queue, the workload, and the filtering,
 * title search and sorting of a queue — all on the desk's snapshot (the open tickets and those finished
 * recently, read once). Rows are the desk's queue view model, mapped once by the data layer from the state.
 */
import { foldText } from '../text/normalize';
import { inStatusGroup, isFinishedStatus, isOpenStatus } from '../tickets/statusGroups';
import type { Ticket } from '../tickets/model';
import { SupportLevel, TICKET_PRIORITIES, TicketChannel, TicketKind, TicketPriority } from '../vocabulary';

/**
 * A ticket as the queues know it: the desk's state (HelpTicketStates), with the Ticket's own field names so the
 * field catalogue's 'queue' columns read it as they read a ticket.
 */
export type DeskQueueRow = Pick<Ticket, 'id' | 'title' | 'status' | 'kind' | 'level' | 'teamId' | 'categoryId' | 'locationId' | 'priority' | 'channel'
  | 'requester' | 'assignedTo' | 'escalatedAt' | 'escalatedTo' | 'createdAt' | 'modifiedAt' | 'dueAt' | 'firstResponseAt' | 'resolvedAt' | 'problemId'> & {
  /** The HelpTicketStates item's id (the ticket's is `id`). */
  stateId: number;
  /** The ticket arrived without required fields of its category. */
  incomplete: boolean;
  /** Its Created By could not be trusted at intake. */
  unverified: boolean;
};

/** The desk's queues. */
export type QueueKey = 'newForMyTeams' | 'escalatedToMyTeam' | 'escalatedToMe' | 'mine' | 'awaitingUser' | 'late' | 'allOpen' | 'resolvedRecently';

/** The queues, in the order the desk shows them. */
export const QUEUES: readonly QueueKey[] = ['newForMyTeams', 'escalatedToMyTeam', 'escalatedToMe', 'mine', 'awaitingUser', 'late', 'allOpen', 'resolvedRecently'];

/** Who is looking at the queues: their site user id and their teams (none: an agent of no team sees every team's). */
export interface QueueViewer {
  me: number;
  myTeams: readonly number[];
}

/** The SLA alarm of an open ticket (business hours, see src/domain/sla): late, at risk, or none. */
export type SlaAlarmOf = (t: DeskQueueRow) => 'late' | 'atRisk' | undefined;

/** Without business hours: late once the due date has passed (awaiting the user pauses the clock). */
export const dueDateAlarm = (now: Date): SlaAlarmOf => t =>
  !inStatusGroup(t.status, 'waiting') && !!t.dueAt && t.dueAt.getTime() < now.getTime() ? 'late' : undefined;

function inMyTeams(t: DeskQueueRow, viewer: QueueViewer): boolean {
  return !viewer.myTeams.length || (t.teamId !== undefined && viewer.myTeams.indexOf(t.teamId) >= 0);
}

/**
 * Whether a ticket is in a queue (a ticket is in several: all open, mine, late …). `alarm` says whether the SLA is
 * late or at risk; it defaults to the due date alone.
 */
export function inQueue(t: DeskQueueRow, queue: QueueKey, viewer: QueueViewer, alarm: SlaAlarmOf): boolean {
  if (queue === 'resolvedRecently') return isFinishedStatus(t.status);
  if (!isOpenStatus(t.status)) return false;
  switch (queue) {
    case 'newForMyTeams': return t.status === 'new' && inMyTeams(t, viewer);
    // The receiving level works an escalated ticket while its assignee stays the requester's one interlocutor.
    case 'escalatedToMyTeam': return t.escalatedAt !== undefined && inMyTeams(t, viewer);
    case 'escalatedToMe': return t.escalatedTo !== undefined && t.escalatedTo.id === viewer.me;
    case 'mine': return t.assignedTo !== undefined && t.assignedTo.id === viewer.me;
    case 'awaitingUser': return inStatusGroup(t.status, 'waiting');
    case 'late': return alarm(t) !== undefined;
    case 'allOpen': return true;
    default: return false;
  }
}

/** Counts of every queue from one snapshot. */
export function queueCounts(rows: readonly DeskQueueRow[], viewer: QueueViewer, alarm: SlaAlarmOf): { [K in QueueKey]: number } {
  const counts = { newForMyTeams: 0, escalatedToMyTeam: 0, escalatedToMe: 0, mine: 0, awaitingUser: 0, late: 0, allOpen: 0, resolvedRecently: 0 };
  rows.forEach(t => QUEUES.forEach(q => { if (inQueue(t, q, viewer, alarm)) counts[q]++; }));
  return counts;
}

/** Open tickets per agent (assigned) and per team, so work is spread. */
export function workload(rows: readonly DeskQueueRow[]): { byAgent: { [id: number]: number }; byTeam: { [id: number]: number }; unassigned: number } {
  const byAgent: { [id: number]: number } = {};
  const byTeam: { [id: number]: number } = {};
  let unassigned = 0;
  rows.filter(t => isOpenStatus(t.status)).forEach(t => {
    if (t.assignedTo) byAgent[t.assignedTo.id] = (byAgent[t.assignedTo.id] || 0) + 1; else unassigned++;
    if (t.teamId) byTeam[t.teamId] = (byTeam[t.teamId] || 0) + 1;
  });
  return { byAgent, byTeam, unassigned };
}

/** The desk's filters; on the server each is an indexed column of HelpTicketStates. */
export interface DeskFilters {
  teamId?: number;
  level?: SupportLevel;
  categoryId?: number;
  kind?: TicketKind;
  locationId?: number;
  /** With `locationId` a room: the room and its equipment (a ticket names the equipment when there is one). */
  locationIds?: number[];
  priority?: TicketPriority;
  channel?: TicketChannel;
}

/** How the desk sorts a queue. */
export type DeskSort = 'newest' | 'oldest' | 'due' | 'priority';

/** What the agent chose: queue, filters, text, sort. */
export interface DeskView {
  queue: QueueKey;
  filters: DeskFilters;
  text: string;
  sort: DeskSort;
}

function matches(t: DeskQueueRow, f: DeskFilters): boolean {
  return (!f.teamId || t.teamId === f.teamId) && (!f.level || t.level === f.level) && (!f.categoryId || t.categoryId === f.categoryId)
    && (!f.kind || t.kind === f.kind) && (!f.priority || t.priority === f.priority) && (!f.channel || t.channel === f.channel)
    && (!f.locationId || t.locationId === f.locationId || (!!f.locationIds && t.locationId !== undefined && f.locationIds.indexOf(t.locationId) >= 0));
}

/**
 * The tickets of a queue after the filters, the title search and the sort. The search folds text the way every
 * search does (accents, case, invisible characters: foldText), each word matching the number or the title.
 */
export function visibleTickets(rows: readonly DeskQueueRow[], view: DeskView, viewer: QueueViewer, alarm: SlaAlarmOf): DeskQueueRow[] {
  const words = foldText(view.text).split(' ').filter(Boolean);
  const out = rows.filter(t => inQueue(t, view.queue, viewer, alarm) && matches(t, view.filters)
    && (!words.length || words.every(w => foldText(`${t.id} ${t.title}`).indexOf(w) >= 0)));
  const due = (t: DeskQueueRow): number => (t.dueAt ? t.dueAt.getTime() : Number.MAX_VALUE);
  const prio = (t: DeskQueueRow): number => TICKET_PRIORITIES.indexOf(t.priority);
  const by: { [K in DeskSort]: (a: DeskQueueRow, b: DeskQueueRow) => number } = {
    newest: (a, b) => b.id - a.id,
    oldest: (a, b) => a.id - b.id,
    due: (a, b) => due(a) - due(b) || a.id - b.id,
    priority: (a, b) => prio(b) - prio(a) || due(a) - due(b)
  };
  return out.sort(by[view.sort]);
}

/** Hours left before the due date (negative: overdue), rounded toward the alarm; undefined without a due date. */
export function hoursLeft(t: DeskQueueRow, now: Date): number | undefined {
  if (!t.dueAt) return undefined;
  const ms = t.dueAt.getTime() - now.getTime();
  return ms >= 0 ? Math.floor(ms / 3600000) : -Math.ceil(-ms / 3600000);
}
