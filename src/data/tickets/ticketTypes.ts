import type { TicketRow } from './ticketRow';
import type { InformedEntry } from './notificationLog';
import type { TicketSummary, TicketView } from './ticketView';
import type { TicketChannel, TicketKind, TicketPriority, TicketSeverity, IncidentType, TicketStatus, Language } from '../../domain/vocabulary';

/* What the tickets' repository takes and gives (TicketRepository.ts re-exports all of it). */

/** What the form submits for a new ticket (already validated against the category's form configuration). */
export interface NewTicketInput {
  /** Generated once per draft by the form; a retry of the same submit reuses it. */
  clientRequestId: string;
  title: string;
  description: string;
  kind: TicketKind;
  categoryId: number;
  language: Language;
  priority?: TicketPriority;
  severity?: TicketSeverity;
  incidentType?: IncidentType;
  locationId?: number;
  course?: string;
  /** Site user id of the person the request is for, when an agent files on someone's behalf. */
  beneficiaryId?: number;
  /** Their claims login: the ticket's Created By is set to them so that item-level security lets them follow it. */
  beneficiaryLoginName?: string;
  /** Site user id of the agent filing for someone else. */
  filedById?: number;
  channel?: TicketChannel;
  watcherIds?: number[];
  /** The requester lets the people kept informed see her attachments (HCShareFiles). */
  shareFiles?: boolean;
  /** Site user id of the expert she asks ("ask this expert", HCExpert): her claim, which the desk checks at intake. */
  expertId?: number;
}

/** A file to attach. */
export interface TicketAttachment {
  name: string;
  content: Blob | ArrayBuffer;
}

/**
 * A ticket (the requester's item with the desk's state over it) and the ETag of the state that was read: the
 * desk's changes are written to the state, checked against it. Empty until the desk has received the ticket.
 */
export interface StoredTicket {
  item: TicketRow;
  etag: string;
}

/** Someone else changed the ticket since it was read: the caller shows who changed what. */
export class TicketConflictError extends Error {
  public constructor(public readonly current: StoredTicket) {
    super('The ticket was changed by someone else since it was read.');
  }
}

/** One page of a ticket list and the means to get the next. */
export interface TicketPage {
  items: TicketRow[];
  /** The same requests as pages show them. */
  summaries: TicketSummary[];
  /** Call to read the next page; undefined on the last page. */
  next?: () => Promise<TicketPage>;
}

/** A message of the public conversation: the desk's (its state's versions) or the requester's (their claims, or older native comments). */
export interface TicketComment {
  id: string;
  /** Who wrote it: the support desk or the requester. */
  from?: 'desk' | 'requester';
  text: string;
  createdDate: string;
  authorName: string;
  authorEmail: string;
}

/** A file attached to the ticket. */
export interface TicketFile {
  name: string;
  url: string;
}

/** Names of the ticket's lookups, for display. */
export interface TicketNames {
  categoryFr?: string;
  categoryEn?: string;
  teamFr?: string;
  teamEn?: string;
  assignedTo?: string;
  assignedToEmail?: string;
  requester?: string;
  requesterEmail?: string;
  teamQueueEmail?: string;
  watchers: { name: string; email: string }[];
  /** People the requester asked to keep informed whom the desk does not inform yet (an agent confirms them). */
  requestedWatchers: { id: number; name: string; email: string }[];
}

/** An internal note (HelpInternalNotes: support only). */
export interface InternalNote {
  id: number;
  text: string;
  created: string;
  authorName: string;
}

/** What the ticket page shows. */
export interface TicketPageData {
  /** The stored rows and the state's ETag (for the desk's writes; pages read `view`). */
  ticket: StoredTicket;
  /** The ticket as the page shows it, with the catalogue's fields for the reader's audience. */
  view: TicketView;
  names: TicketNames;
  /** Internal notes, when asked for (agents). */
  notes: InternalNote[];
  timeline: StatusStep[];
  comments: TicketComment[];
  files: TicketFile[];
  /** The requester's actions on the ticket and whether the desk has applied them yet (pending ones show at once). */
  claims: ClaimView[];
  /**
   * Who was informed of the ticket's changes (HelpNotifications, when asked for); undefined when that list
   * could not be read. SharePoint trims it to the rows the reader may see.
   */
  informed?: InformedEntry[];
}

/** A status the ticket went through, from its version history. */
export interface StatusStep {
  status: TicketStatus;
  at: string;
  byId: number;
  byName: string;
}

/** A requester's action (HelpTicketClaims) as the ticket page shows it. */
export interface ClaimView {
  id: number;
  action: 'answer' | 'comment' | 'accept' | 'reopen' | 'rate';
  message?: string;
  rating?: number;
  at: string;
  authorId: number;
  /** The desk has taken it into account (or refused it: see outcome). */
  applied: boolean;
  outcome?: string;
}
