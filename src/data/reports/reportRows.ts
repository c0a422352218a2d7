/**
 * The rows the reports read, and their mappers: the desk's states (HelpTicketStates, written by the support group
 * only), search events, and the reopen claims the desk applied.
 */
import type { RawHelpTicketClaimsItem, RawHelpTicketStatesItem, RawSearchEventsItem } from '../schema/items.generated';
import type { ReportSearchEvent, ReportTicket } from '../../domain/reports/model';

/** The state columns the figures need (a narrow $select: a year may hold 100,000 rows). */
export const STATE_SELECT = ['Id', 'Created', 'HCTicketId', 'HCReceivedAt', 'HCKind', 'HCCategoryId', 'HCPriority', 'HCLocationId', 'HCChannel', 'HCStatus',
  'HCLevel', 'HCTeamId', 'HCAssignedToId', 'HCEscalatedAt', 'HCFirstResponseAt', 'HCResolvedAt', 'HCClosedAt', 'HCReopenedAt', 'HCDueDate', 'HCSatisfaction',
  'HCSatisfactionComment', 'HCArticleId'] as const;
/** The interlocutor's name, expanded in the same request. */
export const STATE_EXPAND = 'HCAssignedTo';

/** A state row as the reports read it. */
export type StateRow = Pick<RawHelpTicketStatesItem, typeof STATE_SELECT[number]> & { HCAssignedTo?: { Title?: string } };

/** The search event columns. */
export const EVENT_SELECT = ['Id', 'Created', 'HCQuery', 'HCResultCount', 'HCOpenedArticleId', 'HCFiledTicket', 'HCHelpfulVote'] as const;
/** A search event row. */
export type EventRow = Pick<RawSearchEventsItem, typeof EVENT_SELECT[number]>;

/** The claim columns a reopening is recognised by. */
export const CLAIM_SELECT = ['Id', 'Created', 'AuthorId', 'EditorId', 'HCTicketId', 'HCAction', 'HCOutcome'] as const;
/** A claim row. */
export type ClaimRow = Pick<RawHelpTicketClaimsItem, typeof CLAIM_SELECT[number]>;

// SharePoint's REST returns null for empty values: the raw side of the mappers takes them as they come.
/* eslint-disable @rushstack/no-new-null */
const date = (iso: string | null | undefined): Date | undefined => (iso ? new Date(iso) : undefined);
const id = (n: number | null | undefined): number | undefined => (n ? n : undefined);
/* eslint-enable @rushstack/no-new-null */

/** A state row → the figures' ticket (received when the desk says; its item's creation otherwise). */
export function toReportTicket(r: StateRow): ReportTicket {
  const rating = r.HCSatisfaction;
  return {
    ticketId: r.HCTicketId || 0, receivedAt: new Date(r.HCReceivedAt || r.Created), kind: r.HCKind || 'assistance', categoryId: id(r.HCCategoryId),
    priority: r.HCPriority || 'normal', locationId: id(r.HCLocationId), channel: r.HCChannel || 'portal', status: r.HCStatus || 'new', level: r.HCLevel || 'L1',
    teamId: id(r.HCTeamId), assignedToId: id(r.HCAssignedToId), assignedToName: (r.HCAssignedTo && r.HCAssignedTo.Title) || undefined,
    escalatedAt: date(r.HCEscalatedAt), firstResponseAt: date(r.HCFirstResponseAt), resolvedAt: date(r.HCResolvedAt), closedAt: date(r.HCClosedAt),
    dueAt: date(r.HCDueDate), satisfaction: typeof rating === 'number' && rating >= 1 && rating <= 5 ? rating : undefined,
    satisfactionComment: r.HCSatisfactionComment || undefined, articleId: id(r.HCArticleId)
  };
}

/**
 * The tickets reopened in `period`: the reopen claims the desk applied then, and the states whose HCReopenedAt (the
 * desk's lifecycle stamps it on every reopening, an agent's included) falls in it.
 */
export function reopenedInPeriod(claims: readonly ClaimRow[], states: readonly StateRow[], period: { from: Date; to: Date }): number[] {
  const within = (iso: string | null | undefined): boolean => { // eslint-disable-line @rushstack/no-new-null
    const at = iso ? new Date(iso).getTime() : NaN;
    return at >= period.from.getTime() && at < period.to.getTime();
  };
  const ids = reopenedTicketIds(claims.filter(c => within(c.Created)));
  states.forEach(s => { if (s.HCTicketId && within(s.HCReopenedAt) && ids.indexOf(s.HCTicketId) < 0) ids.push(s.HCTicketId); });
  return ids;
}

/** State rows → tickets, one per ticket: when a race left two states, the first written counts (as on the desk). */
export function toReportTickets(rows: readonly StateRow[]): ReportTicket[] {
  const first: { [ticketId: number]: StateRow } = {};
  rows.forEach(r => { if (r.HCTicketId && (!first[r.HCTicketId] || r.Id < first[r.HCTicketId].Id)) first[r.HCTicketId] = r; });
  return Object.keys(first).map(k => toReportTicket(first[Number(k)]));
}

/** A search event row → the figures' event. */
export function toReportEvent(r: EventRow): ReportSearchEvent {
  return {
    at: new Date(r.Created), query: r.HCQuery || '', resultCount: r.HCResultCount || 0, openedArticleId: id(r.HCOpenedArticleId),
    filedTicket: !!r.HCFiledTicket, helpfulVote: !!r.HCHelpfulVote
  };
}

/**
 * The tickets a requester's reopening was applied to: claims `reopen` the desk marked `applied`. Requesters add
 * claims and cannot edit them (add only), so a claim the desk applied was last saved by someone else than its
 * author; one saved by its author only is the requester's own word ("applied" typed in at creation) and counts not.
 */
export function reopenedTicketIds(rows: readonly ClaimRow[]): number[] {
  const ids: number[] = [];
  rows.forEach(r => {
    if (r.HCAction === 'reopen' && r.HCOutcome === 'applied' && r.HCTicketId && r.EditorId !== r.AuthorId && ids.indexOf(r.HCTicketId) < 0) ids.push(r.HCTicketId);
  });
  return ids;
}
