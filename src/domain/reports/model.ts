/**
 * What the reports read: the desk's own rows (HelpTicketStates, written by the support group only) and the
 * search events, mapped once by the data layer (src/data/reports). Never the requester-written HelpTickets
 * columns: those are claims (README, security).
 */
import type { SupportLevel, TicketChannel, TicketKind, TicketPriority, TicketStatus } from '../vocabulary';

/** One request as the desk's state says it is. */
export interface ReportTicket {
  /** The HelpTickets item's id (HCTicketId). */
  ticketId: number;
  receivedAt: Date;
  kind: TicketKind;
  categoryId?: number;
  priority: TicketPriority;
  locationId?: number;
  channel: TicketChannel;
  status: TicketStatus;
  level: SupportLevel;
  teamId?: number;
  /** The interlocutor (site user id) and their name. */
  assignedToId?: number;
  assignedToName?: string;
  escalatedAt?: Date;
  firstResponseAt?: Date;
  resolvedAt?: Date;
  closedAt?: Date;
  /** HCDueDate: the resolution due date in business hours (the desk's SLA). */
  dueAt?: Date;
  /** 1-5, as the desk accepted it. */
  satisfaction?: number;
  satisfactionComment?: string;
  /** The article that solved it (HCArticle). */
  articleId?: number;
}

/** One search of the help bar or the knowledge page (SearchEvents). */
export interface ReportSearchEvent {
  at: Date;
  query: string;
  resultCount: number;
  openedArticleId?: number;
  filedTicket: boolean;
  helpfulVote: boolean;
}

/** A half-open period [from, to). */
export interface ReportPeriod { from: Date; to: Date }

/** The filters of every ticket figure (the desk's classification). */
export interface ReportFilters {
  teamId?: number;
  level?: SupportLevel;
  categoryId?: number;
  kind?: TicketKind;
  channel?: TicketChannel;
  locationId?: number;
}

/** Whether a ticket passes the filters. */
export function matchesFilters(t: ReportTicket, f: ReportFilters): boolean {
  return (f.teamId === undefined || t.teamId === f.teamId)
    && (f.level === undefined || t.level === f.level)
    && (f.categoryId === undefined || t.categoryId === f.categoryId)
    && (f.kind === undefined || t.kind === f.kind)
    && (f.channel === undefined || t.channel === f.channel)
    && (f.locationId === undefined || t.locationId === f.locationId);
}

/** Whether an instant is in a period. */
export function inPeriod(at: Date | undefined, p: ReportPeriod): boolean {
  return !!at && at.getTime() >= p.from.getTime() && at.getTime() < p.to.getTime();
}
