import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { RawHelpTicketsItem } from '../schema/items.generated';
import { odataString } from '../notifications/spErrors';
import { forEachPage } from '../paging';
import type { SupportLevel, TicketChannel, TicketKind, TicketPriority, TicketStatus } from '../../domain/vocabulary';

/** Statuses of a ticket the desk still has to handle. */
export const OPEN_STATUSES: readonly TicketStatus[] = ['new', 'taken_in_charge', 'in_progress', 'awaiting_user'];

/** The desk's filters; every one is an indexed column of HelpTickets. */
export interface DeskFilters {
  teamId?: number;
  level?: SupportLevel;
  categoryId?: number;
  kind?: TicketKind;
  locationId?: number;
  priority?: TicketPriority;
  channel?: TicketChannel;
}

/** The columns the desk's queues need (a narrow $select: the snapshot may hold thousands of rows). */
export const DESK_SELECT = ['Id', 'Title', 'Created', 'Modified', 'AuthorId', 'HCStatus', 'HCTeamId', 'HCLevel', 'HCAssignedToId', 'HCDueDate',
  'HCPriority', 'HCCategoryId', 'HCKind', 'HCLocationId', 'HCChannel', 'HCFirstResponseAt', 'HCProblemId'] as const;

/** An open ticket as the desk lists it, with the interlocutor's name. */
export type DeskTicket = Pick<RawHelpTicketsItem, typeof DESK_SELECT[number]> & { HCAssignedTo?: { Title?: string } };

/** Rows per page: SharePoint's maximum page size, which is also its list view threshold. */
const PAGE = 5000;

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
  return `(${statuses.map(s => `HCStatus eq ${odataString(s)}`).join(' or ')})`;
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
    const rows: DeskTicket[] = [];
    try {
      await forEachPage<DeskTicket>(this.query([statusClause(OPEN_STATUSES), ...filterClauses(filters)]), page => { rows.push(...page); });
    } catch (e) {
      // A backlog above the threshold: one query per status keeps each limiting clause under it.
      if (!isThrottled(e)) throw e;
      rows.length = 0;
      for (const status of OPEN_STATUSES) {
        await forEachPage<DeskTicket>(this.query([statusClause([status]), ...filterClauses(filters)]), page => { rows.push(...page); });
      }
      rows.sort((a, b) => b.Id - a.Id);
    }
    return rows;
  }

  /** Tickets resolved or closed since a date (Modified is indexed and, being recent, selective). */
  public async finishedSince(since: Date, filters: DeskFilters = {}): Promise<DeskTicket[]> {
    const rows: DeskTicket[] = [];
    const clauses = [`Modified ge datetime'${since.toISOString()}'`, statusClause(['resolved', 'closed', 'no_follow_up']), ...filterClauses(filters)];
    await forEachPage<DeskTicket>(this.query(clauses), page => { rows.push(...page); });
    return rows;
  }

  private query(clauses: string[]): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] {
    return this.sp.web.lists.getByTitle('HelpTickets').items.select(...DESK_SELECT, 'HCAssignedTo/Title').expand('HCAssignedTo')
      .filter(clauses.join(' and ')).orderBy('ID', false).top(this.pageSize);
  }
}

function isThrottled(e: unknown): boolean {
  const message = e instanceof Error ? e.message : String(e);
  return /SPQueryThrottledException|-2147024860|list view threshold/i.test(message);
}

/** The desk's queues. */
export type QueueKey = 'newForMyTeams' | 'mine' | 'awaitingUser' | 'late' | 'allOpen';

/** Which queue a ticket belongs to (a ticket is in several: all open, mine, late …). */
export function inQueue(t: DeskTicket, queue: QueueKey, me: number, myTeams: number[], now: Date): boolean {
  switch (queue) {
    case 'newForMyTeams': return t.HCStatus === 'new' && (!myTeams.length || (t.HCTeamId !== null && myTeams.indexOf(t.HCTeamId) >= 0));
    case 'mine': return t.HCAssignedToId === me;
    case 'awaitingUser': return t.HCStatus === 'awaiting_user';
    // Awaiting the user pauses the SLA clock: such a ticket is not late.
    case 'late': return t.HCStatus !== 'awaiting_user' && !!t.HCDueDate && new Date(t.HCDueDate).getTime() < now.getTime();
    case 'allOpen': return true;
    default: return false;
  }
}

/** Counts of every queue from one snapshot of the open tickets. */
export function queueCounts(rows: DeskTicket[], me: number, myTeams: number[], now: Date): { [K in QueueKey]: number } {
  const counts = { newForMyTeams: 0, mine: 0, awaitingUser: 0, late: 0, allOpen: 0 };
  rows.forEach(t => (Object.keys(counts) as QueueKey[]).forEach(q => { if (inQueue(t, q, me, myTeams, now)) counts[q]++; }));
  return counts;
}

/** Open tickets per agent (assigned) and per team, so work is spread. */
export function workload(rows: DeskTicket[]): { byAgent: { [id: number]: number }; byTeam: { [id: number]: number }; unassigned: number } {
  const byAgent: { [id: number]: number } = {};
  const byTeam: { [id: number]: number } = {};
  let unassigned = 0;
  rows.forEach(t => {
    if (t.HCAssignedToId) byAgent[t.HCAssignedToId] = (byAgent[t.HCAssignedToId] || 0) + 1; else unassigned++;
    if (t.HCTeamId) byTeam[t.HCTeamId] = (byTeam[t.HCTeamId] || 0) + 1;
  });
  return { byAgent, byTeam, unassigned };
}
