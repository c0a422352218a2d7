import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IItems } from '@pnp/sp/items';
import '@pnp/sp/batching';
import type { RawHelpTicketStatesItem } from '../schema/items.generated';
import { anyOf, odataString } from '../sp/odata';
import { forEachPage } from '../sp/paging';
import { STATES_LIST } from '../tickets/ticketRow';
import type { SupportLevel, TicketChannel, TicketKind, TicketPriority, TicketStatus } from '../../domain/vocabulary';
import { helpList } from '../sp/lists';
import { exceedsListViewThreshold } from '../sp/errors';

/** Statuses of a ticket the desk still has to handle. */
export const OPEN_STATUSES: readonly TicketStatus[] = ['new', 'taken_in_charge', 'in_progress', 'awaiting_user'];

/** The desk's filters; every one is an indexed column of HelpTicketStates. */
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

/**
 * The state columns the desk's queues need (a narrow $select: the snapshot may hold thousands of rows). The queues
 * read the desk's states only: what the requester wrote (title, category) was copied there at intake.
 */
export const DESK_SELECT = ['Id', 'Title', 'Created', 'Modified', 'HCTicketId', 'HCRequesterId', 'HCReceivedAt', 'HCStatus', 'HCTeamId', 'HCLevel', 'HCAssignedToId', 'HCDueDate',
  'HCPriority', 'HCCategoryId', 'HCKind', 'HCLocationId', 'HCChannel', 'HCFirstResponseAt', 'HCResolvedAt', 'HCProblemId', 'HCIncomplete', 'HCUnverified'] as const;

/** A state row as the queues read it. */
export type DeskStateRow = Pick<RawHelpTicketStatesItem, typeof DESK_SELECT[number]> & { HCAssignedTo?: { Title?: string } };

/**
 * An open ticket as the desk lists it, with the interlocutor's name: `Id` is the ticket's, `AuthorId` the requester
 * the desk recognised, `Created` when the desk counts the request as filed (HCReceivedAt).
 */
export type DeskTicket = Omit<DeskStateRow, 'HCTicketId' | 'HCRequesterId' | 'HCReceivedAt'> & { AuthorId: number; stateId: number };

/** A state row → the desk's ticket; when a race left two states for one ticket, the first written counts. */
export function toDeskTickets(rows: DeskStateRow[]): DeskTicket[] {
  const seen: { [ticketId: number]: number } = {};
  rows.forEach(r => { const id = r.HCTicketId || 0; if (!seen[id] || r.Id < seen[id]) seen[id] = r.Id; });
  return rows.filter(r => r.HCTicketId && seen[r.HCTicketId] === r.Id).map(r => {
    const { HCTicketId, HCRequesterId, HCReceivedAt, Id, ...rest } = r;
    return { ...rest, Id: HCTicketId || 0, stateId: Id, AuthorId: HCRequesterId || 0, Created: HCReceivedAt || r.Created };
  });
}

/** Rows per page: SharePoint's maximum page size, which is also its list view threshold. */
const PAGE = 5000;

/** Statuses of a finished ticket. */
export const FINISHED_STATUSES: readonly TicketStatus[] = ['resolved', 'closed', 'no_follow_up'];

/** How far back the "resolved recently" queue looks. */
export const RESOLVED_RECENTLY_DAYS = 7;

/** The shortest look-back tried when a busy period exceeds the list view threshold. */
const MIN_LOOK_BACK_MS = 3600000;

function filterClauses(f: DeskFilters): string[] {
  const c: string[] = [];
  if (f.teamId) c.push(`HCTeamId eq ${f.teamId}`);
  if (f.level) c.push(`HCLevel eq ${odataString(f.level)}`);
  if (f.categoryId) c.push(`HCCategoryId eq ${f.categoryId}`);
  if (f.kind) c.push(`HCKind eq ${odataString(f.kind)}`);
  if (f.locationId) c.push(`HCLocationId eq ${f.locationId}`);
  if (f.priority) c.push(`HCPriority eq ${odataString(f.priority)}`);
  if (f.channel) c.push(`HCChannel eq ${odataString(f.channel)}`);
  return c;
}

/** `(HCStatus eq 'a' or HCStatus eq 'b' …)`. */
function statusClause(statuses: readonly TicketStatus[]): string {
  return anyOf('HCStatus', statuses);
}

/**
 * HelpTickets for the support desk, written for lists of 100,000 tickets: SharePoint considers only the
 * first clause of an `and` for its list view threshold, so each query starts with a selective indexed
 * clause (the open statuses, or a recent Modified date) and the other filters follow; results are read
 * page by page. The open tickets are few even when the list is huge (closed ones are the mass), so the
 * desk reads them once and derives every queue and count from that snapshot.
 */
export class DeskRepository {
  /**
   * @param sp PnPjs bound to the help center site (as an agent: Override List Behaviors shows every ticket).
   * @param pageSize rows per request, at most the list view threshold (SharePoint Online: 5,000).
   */
  public constructor(private readonly sp: SPFI, private readonly pageSize: number = PAGE) {}

  /** Every open ticket (new, taken in charge, in progress, awaiting the user), filtered, newest first. */
  public async openTickets(filters: DeskFilters = {}): Promise<DeskTicket[]> {
    const rows: DeskStateRow[] = [];
    try {
      await forEachPage<DeskStateRow>(this.query([statusClause(OPEN_STATUSES), ...filterClauses(filters)]), page => { rows.push(...page); });
    } catch (e) {
      // A backlog above the threshold: one query per status keeps each limiting clause under it.
      if (!exceedsListViewThreshold(e)) throw e;
      rows.length = 0;
      for (const status of OPEN_STATUSES) {
        await forEachPage<DeskStateRow>(this.query([statusClause([status]), ...filterClauses(filters)]), page => { rows.push(...page); });
      }
    }
    return toDeskTickets(rows).sort((a, b) => b.Id - a.Id);
  }

  /** Tickets resolved or closed since a date (Modified is indexed and, being recent, selective). */
  public async finishedSince(since: Date, filters: DeskFilters = {}): Promise<DeskTicket[]> {
    const rows: DeskStateRow[] = [];
    await forEachPage<DeskStateRow>(this.query(finishedClauses(since, filters)), page => { rows.push(...page); });
    return toDeskTickets(rows);
  }

  /**
   * The desk's snapshot in one round trip: the first page of the open tickets and the first page of those
   * finished since `since`, in one $batch. A full page (more rows than one request returns) or a backlog
   * above the list view threshold falls back to the paged readers, so nothing is ever cut off.
   */
  public async snapshot(since: Date): Promise<{ open: DeskTicket[]; finished: DeskTicket[] }> {
    const [batched, execute] = this.sp.batched();
    const open = this.query([statusClause(OPEN_STATUSES)], batched)();
    const finished = this.query(finishedClauses(since, {}), batched)();
    await execute();
    const settled = await Promise.all([open, finished].map(p => (p as Promise<DeskStateRow[]>).then(rows => ({ rows }), (error: unknown) => ({ error }))));
    const read = async (i: number, paged: () => Promise<DeskTicket[]>): Promise<DeskTicket[]> => {
      const r = settled[i] as { rows?: DeskStateRow[]; error?: unknown };
      if (r.rows && r.rows.length < this.pageSize) return toDeskTickets(r.rows);
      if (r.error !== undefined && !exceedsListViewThreshold(r.error)) throw r.error;
      return paged();
    };
    return { open: await read(0, () => this.openTickets()), finished: await read(1, () => this.recentlyFinished(since)) };
  }

  /**
   * What was finished since `since`, or since a later moment when that window holds more rows than the list
   * view threshold lets one query match (the look-back halves, down to an hour). The desk must keep working
   * when a busy week cannot be read at once: past an hour, the queue is left empty and the cause logged.
   */
  private async recentlyFinished(since: Date): Promise<DeskTicket[]> {
    const now = Date.now();
    for (let from = since.getTime(); now - from >= MIN_LOOK_BACK_MS; from = now - (now - from) / 2) {
      try {
        return await this.finishedSince(new Date(from));
      } catch (e) {
        if (!exceedsListViewThreshold(e)) throw e;
      }
    }
    console.error('[HelpCenter] Even the last hour of finished tickets exceeds the list view threshold: the "resolved recently" queue is left empty.');
    return [];
  }

  private query(clauses: string[], sp: SPFI = this.sp): IItems {
    return helpList(sp, STATES_LIST).items.select(...DESK_SELECT, 'HCAssignedTo/Title').expand('HCAssignedTo')
      .filter(clauses.join(' and ')).orderBy('ID', false).top(this.pageSize);
  }
}

function finishedClauses(since: Date, filters: DeskFilters): string[] {
  return [`Modified ge datetime'${since.toISOString()}'`, statusClause(FINISHED_STATUSES), ...filterClauses(filters)];
}

/** The desk's queues. */
export type QueueKey = 'newForMyTeams' | 'mine' | 'awaitingUser' | 'late' | 'allOpen' | 'resolvedRecently';

/** The queues, in the order the desk shows them. */
export const QUEUES: readonly QueueKey[] = ['newForMyTeams', 'mine', 'awaitingUser', 'late', 'allOpen', 'resolvedRecently'];

/** The SLA alarm of an open ticket (business hours, see src/domain/sla): late, at risk, or none. */
export type SlaAlarmOf = (t: DeskTicket) => 'late' | 'atRisk' | undefined;

/** Without business hours: late once the due date has passed (awaiting the user pauses the clock). */
export const dueDateAlarm = (now: Date): SlaAlarmOf => t =>
  t.HCStatus !== 'awaiting_user' && !!t.HCDueDate && new Date(t.HCDueDate).getTime() < now.getTime() ? 'late' : undefined;

/** Whether a ticket is still open. */
export function isOpenTicket(t: DeskTicket): boolean {
  return !!t.HCStatus && OPEN_STATUSES.indexOf(t.HCStatus) >= 0;
}

/**
 * Which queue a ticket belongs to (a ticket is in several: all open, mine, late …). `alarm` says whether
 * the SLA is late or at risk; it defaults to the due date alone.
 */
export function inQueue(t: DeskTicket, queue: QueueKey, me: number, myTeams: number[], now: Date, alarm: SlaAlarmOf = dueDateAlarm(now)): boolean {
  if (queue === 'resolvedRecently') return !!t.HCStatus && FINISHED_STATUSES.indexOf(t.HCStatus) >= 0;
  if (!isOpenTicket(t)) return false;
  switch (queue) {
    case 'newForMyTeams': return t.HCStatus === 'new' && (!myTeams.length || (t.HCTeamId !== null && myTeams.indexOf(t.HCTeamId) >= 0));
    case 'mine': return t.HCAssignedToId === me;
    case 'awaitingUser': return t.HCStatus === 'awaiting_user';
    case 'late': return alarm(t) !== undefined;
    case 'allOpen': return true;
    default: return false;
  }
}

/** Counts of every queue from one snapshot (open tickets and those finished recently). */
export function queueCounts(rows: DeskTicket[], me: number, myTeams: number[], now: Date, alarm: SlaAlarmOf = dueDateAlarm(now)): { [K in QueueKey]: number } {
  const counts = { newForMyTeams: 0, mine: 0, awaitingUser: 0, late: 0, allOpen: 0, resolvedRecently: 0 };
  rows.forEach(t => QUEUES.forEach(q => { if (inQueue(t, q, me, myTeams, now, alarm)) counts[q]++; }));
  return counts;
}

/** Open tickets per agent (assigned) and per team, so work is spread. */
export function workload(rows: DeskTicket[]): { byAgent: { [id: number]: number }; byTeam: { [id: number]: number }; unassigned: number } {
  const byAgent: { [id: number]: number } = {};
  const byTeam: { [id: number]: number } = {};
  let unassigned = 0;
  rows.filter(isOpenTicket).forEach(t => {
    if (t.HCAssignedToId) byAgent[t.HCAssignedToId] = (byAgent[t.HCAssignedToId] || 0) + 1; else unassigned++;
    if (t.HCTeamId) byTeam[t.HCTeamId] = (byTeam[t.HCTeamId] || 0) + 1;
  });
  return { byAgent, byTeam, unassigned };
}
