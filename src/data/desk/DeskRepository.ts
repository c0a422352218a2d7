import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IItems } from '@pnp/sp/items';
import '@pnp/sp/batching';
import type { RawHelpTicketStatesItem } from '../schema/items.generated';
import { anyOf, odataDate, odataString } from '../sp/odata';
import { forEachPage } from '../sp/paging';
import { STATES_LIST } from '../tickets/ticketRow';
import type { TicketStatus } from '../../domain/vocabulary';
import type { PersonRef } from '../../domain/tickets/model';
import { STATUS_GROUPS } from '../../domain/tickets/statusGroups';
import type { DeskFilters, DeskQueueRow } from '../../domain/desk/queues';
import { helpList } from '../sp/lists';
import { exceedsListViewThreshold } from '../sp/errors';

export type { DeskFilters, DeskQueueRow } from '../../domain/desk/queues';
/** The queue row under its former name (pages that still say DeskTicket read the same view model). */
export type DeskTicket = DeskQueueRow;

/**
 * The state columns the desk's queues need (a narrow $select: the snapshot may hold thousands of rows). The queues
 * read the desk's states only: what the requester wrote (title, category) was copied there at intake.
 */
export const DESK_SELECT = ['Id', 'Title', 'Created', 'Modified', 'HCTicketId', 'HCRequesterId', 'HCReceivedAt', 'HCStatus', 'HCTeamId', 'HCLevel', 'HCAssignedToId', 'HCDueDate',
  'HCPriority', 'HCCategoryId', 'HCKind', 'HCLocationId', 'HCChannel', 'HCFirstResponseAt', 'HCResolvedAt', 'HCProblemId', 'HCIncomplete', 'HCUnverified',
  'HCEscalatedAt', 'HCEscalatedToId'] as const;

/** The people's names the queues show, expanded in the same request (three user lookups: far below the lookup threshold). */
export const DESK_PEOPLE = ['HCAssignedTo', 'HCRequester', 'HCEscalatedTo'] as const;

/** A state row as the queues read it. */
export type DeskStateRow = Pick<RawHelpTicketStatesItem, typeof DESK_SELECT[number]>
  & { HCAssignedTo?: { Title?: string }; HCRequester?: { Title?: string }; HCEscalatedTo?: { Title?: string } };

// SharePoint's REST returns null for empty values: the raw side of the mapper takes them as they come.
/* eslint-disable @rushstack/no-new-null */
function person(id: number | null | undefined, u: { Title?: string } | undefined): PersonRef | undefined {
  return id ? { id, email: '', displayName: (u && u.Title) || undefined } : undefined;
}
const date = (iso: string | null | undefined): Date | undefined => (iso ? new Date(iso) : undefined);
/* eslint-enable @rushstack/no-new-null */

/** A state row → the queue row (the ticket's id; the requester the desk recognised; filed when the desk received it). */
export function toQueueRow(r: DeskStateRow): DeskQueueRow {
  return {
    id: r.HCTicketId || 0, stateId: r.Id, title: r.Title || '', status: r.HCStatus || 'new', kind: r.HCKind || 'assistance', level: r.HCLevel || 'L1',
    teamId: r.HCTeamId || undefined, categoryId: r.HCCategoryId || undefined, locationId: r.HCLocationId || undefined,
    priority: r.HCPriority || 'normal', channel: r.HCChannel || 'portal',
    requester: person(r.HCRequesterId, r.HCRequester) || { id: 0, email: '' }, assignedTo: person(r.HCAssignedToId, r.HCAssignedTo),
    escalatedAt: date(r.HCEscalatedAt), escalatedTo: person(r.HCEscalatedToId, r.HCEscalatedTo),
    createdAt: new Date(r.HCReceivedAt || r.Created), modifiedAt: date(r.Modified), dueAt: date(r.HCDueDate),
    firstResponseAt: date(r.HCFirstResponseAt), resolvedAt: date(r.HCResolvedAt), problemId: r.HCProblemId || undefined,
    incomplete: !!r.HCIncomplete, unverified: !!r.HCUnverified
  };
}

/** State rows → queue rows; when a race left two states for one ticket, the first written counts. */
export function toQueueRows(rows: DeskStateRow[]): DeskQueueRow[] {
  const seen: { [ticketId: number]: number } = {};
  rows.forEach(r => { const id = r.HCTicketId || 0; if (!seen[id] || r.Id < seen[id]) seen[id] = r.Id; });
  return rows.filter(r => r.HCTicketId && seen[r.HCTicketId] === r.Id).map(toQueueRow);
}

/** Rows per page: SharePoint's maximum page size, which is also its list view threshold. */
const PAGE = 5000;

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
  public async openTickets(filters: DeskFilters = {}): Promise<DeskQueueRow[]> {
    const rows: DeskStateRow[] = [];
    try {
      await forEachPage<DeskStateRow>(this.query([statusClause(STATUS_GROUPS.open), ...filterClauses(filters)]), page => { rows.push(...page); });
    } catch (e) {
      // A backlog above the threshold: one query per status keeps each limiting clause under it.
      if (!exceedsListViewThreshold(e)) throw e;
      rows.length = 0;
      for (const status of STATUS_GROUPS.open) {
        await forEachPage<DeskStateRow>(this.query([statusClause([status]), ...filterClauses(filters)]), page => { rows.push(...page); });
      }
    }
    return toQueueRows(rows).sort((a, b) => b.id - a.id);
  }

  /** Tickets resolved or closed since a date (Modified is indexed and, being recent, selective). */
  public async finishedSince(since: Date, filters: DeskFilters = {}): Promise<DeskQueueRow[]> {
    const rows: DeskStateRow[] = [];
    await forEachPage<DeskStateRow>(this.query(finishedClauses(since, filters)), page => { rows.push(...page); });
    return toQueueRows(rows);
  }

  /**
   * The desk's snapshot in one round trip: the first page of the open tickets and the first page of those
   * finished since `since`, in one $batch. A full page (more rows than one request returns) or a backlog
   * above the list view threshold falls back to the paged readers, so nothing is ever cut off.
   */
  public async snapshot(since: Date): Promise<{ open: DeskQueueRow[]; finished: DeskQueueRow[] }> {
    const [batched, execute] = this.sp.batched();
    const open = this.query([statusClause(STATUS_GROUPS.open)], batched)();
    const finished = this.query(finishedClauses(since, {}), batched)();
    await execute();
    const settled = await Promise.all([open, finished].map(p => (p as Promise<DeskStateRow[]>).then(rows => ({ rows }), (error: unknown) => ({ error }))));
    const read = async (i: number, paged: () => Promise<DeskQueueRow[]>): Promise<DeskQueueRow[]> => {
      const r = settled[i] as { rows?: DeskStateRow[]; error?: unknown };
      if (r.rows && r.rows.length < this.pageSize) return toQueueRows(r.rows);
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
  private async recentlyFinished(since: Date): Promise<DeskQueueRow[]> {
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
    return helpList(sp, STATES_LIST).items.select(...DESK_SELECT, ...DESK_PEOPLE.map(p => `${p}/Title`)).expand(...DESK_PEOPLE)
      .filter(clauses.join(' and ')).orderBy('ID', false).top(this.pageSize);
  }
}

function finishedClauses(since: Date, filters: DeskFilters): string[] {
  return [`Modified ge ${odataDate(since)}`, statusClause(STATUS_GROUPS.finished), ...filterClauses(filters)];
}

