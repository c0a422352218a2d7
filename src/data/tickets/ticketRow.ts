import type { RawHelpTicketStatesItem, RawHelpTicketsItem } from '../schema/items.generated';

/*
 * A ticket is two items: what the requester owns (HelpTickets: their words, their category fields, their files)
 * and the desk's truth about it (HelpTicketStates, one per ticket, written by agents only). Pages and the domain
 * read the two merged into one row: the desk's columns come from the state only, and where both lists have a
 * column (kind, category, priority, location, channel, watchers) the desk's value wins once the ticket is received.
 */

/** List names. */
export const TICKETS_LIST = 'HelpTickets';
export const STATES_LIST = 'HelpTicketStates';

/** The state columns the pages and the domain read. */
export const STATE_SELECT = ['Id', 'Title', 'Created', 'Modified', 'AuthorId', 'EditorId', 'HCTicketId', 'HCRequesterId', 'HCReceivedAt', 'HCKind', 'HCCategoryId',
  'HCPriority', 'HCLocationId', 'HCChannel', 'HCStatus', 'HCLevel', 'HCTeamId', 'HCAssignedToId', 'HCEscalatedAt', 'HCEscalatedToId', 'HCWatchersId', 'HCDueDate', 'HCFirstResponseAt', 'HCResolvedAt',
  'HCClosedAt', 'HCReopenedAt', 'HCResolution', 'HCPublicMessage', 'HCProblemId', 'HCArticleId', 'HCSatisfaction', 'HCSatisfactionComment', 'HCSequence', 'HCApproval', 'HCInformed',
  'HCIncomplete', 'HCUnverified', 'HCLanguage'] as const;

/** A HelpTicketStates item as read, with its ETag. */
export type StateRow = Pick<RawHelpTicketStatesItem, typeof STATE_SELECT[number]> & { 'odata.etag'?: string };

/** The desk's columns of the merged row (all from the state). */
export type DeskColumns = Pick<RawHelpTicketStatesItem, 'HCStatus' | 'HCLevel' | 'HCTeamId' | 'HCAssignedToId' | 'HCEscalatedAt' | 'HCEscalatedToId' | 'HCDueDate' | 'HCFirstResponseAt' | 'HCResolvedAt'
  | 'HCClosedAt' | 'HCReopenedAt' | 'HCResolution' | 'HCPublicMessage' | 'HCProblemId' | 'HCArticleId' | 'HCSatisfaction' | 'HCSatisfactionComment' | 'HCSequence' | 'HCApproval'
  | 'HCInformed' | 'HCIncomplete' | 'HCUnverified' | 'HCReceivedAt' | 'HCRequesterId'>;

/** A ticket as pages read it: the requester's item with the desk's state over it. */
export type TicketRow = RawHelpTicketsItem & DeskColumns & {
  /** The HelpTicketStates item; undefined until the desk has received the ticket. */
  stateId?: number;
  /** The desk has received the ticket (it has a state). */
  received: boolean;
  /** The priority the requester asked for on her item (HCPriority of HelpTickets; the row's HCPriority is the desk's once received). */
  askedPriority?: RawHelpTicketsItem['HCPriority'];
};

/* eslint-disable @rushstack/no-new-null */
const DESK_ONLY: (keyof DeskColumns)[] = ['HCStatus', 'HCLevel', 'HCTeamId', 'HCAssignedToId', 'HCEscalatedAt', 'HCEscalatedToId', 'HCDueDate', 'HCFirstResponseAt', 'HCResolvedAt', 'HCClosedAt', 'HCReopenedAt',
  'HCResolution', 'HCPublicMessage', 'HCProblemId', 'HCArticleId', 'HCSatisfaction', 'HCSatisfactionComment', 'HCSequence', 'HCApproval', 'HCInformed',
  'HCIncomplete', 'HCUnverified', 'HCReceivedAt', 'HCRequesterId'];
/** Columns both lists have: the requester's claim until the desk receives the ticket, the desk's value after. */
const SHARED = ['HCKind', 'HCCategoryId', 'HCPriority', 'HCLocationId', 'HCChannel', 'HCWatchersId'] as const;

/**
 * The merged row. `ticket` is undefined when the reader cannot read the requester's item (its Created By was
 * rewritten after intake): the state's copy of the title stands in, and the description is empty.
 */
export function mergeTicket(ticket: RawHelpTicketsItem | undefined, state: StateRow | undefined): TicketRow {
  const base = (ticket || {
    Id: state ? state.HCTicketId || 0 : 0, Title: state ? state.Title : '', Created: state ? state.HCReceivedAt || state.Created : '', Modified: state ? state.Modified : '',
    AuthorId: state ? state.HCRequesterId || 0 : 0, EditorId: state ? state.EditorId : 0, HCDescription: null, HCKind: null, HCCategoryId: null, HCSeverity: null,
    HCIncidentType: null, HCPriority: null, HCLocationId: null, HCCourse: null, HCBeneficiaryId: null, HCFiledById: null, HCChannel: null, HCWatchersId: null,
    HCClientRequestId: null, HCLanguage: null
  }) as RawHelpTicketsItem;
  const row = { ...base } as TicketRow;
  row.askedPriority = ticket ? ticket.HCPriority : undefined;
  DESK_ONLY.forEach(k => { (row as unknown as Record<string, unknown>)[k] = state ? state[k] : null; });
  if (state) SHARED.forEach(k => { (row as unknown as Record<string, unknown>)[k] = state[k]; });
  if (!state) row.HCStatus = 'new';
  row.stateId = state ? state.Id : undefined;
  row.received = !!state;
  return row;
}
/* eslint-enable @rushstack/no-new-null */

/** The state that counts when a race left two for one ticket: the first written (lowest Id). */
export function firstStateOf(rows: StateRow[], ticketId: number): StateRow | undefined {
  return rows.filter(r => r.HCTicketId === ticketId).sort((a, b) => a.Id - b.Id)[0];
}
