import type { RawHelpTicketsItem } from '../schema/items.generated';
import type { InformedEntry } from './notificationLog';
import type { TicketChannel, TicketKind, TicketPriority, TicketSeverity, IncidentType, TicketStatus, SupportLevel, Language } from '../../domain/vocabulary';

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
  teamId?: number;
  level?: SupportLevel;
  /** ISO due date computed from the SLA. */
  dueDate?: string;
  /** HCInformed: who the filing informs (see src/domain/tickets/informed.ts). */
  informed?: string;
}

/** A file to attach. */
export interface TicketAttachment {
  name: string;
  content: Blob | ArrayBuffer;
}

/** A ticket item with the ETag of the version that was read. */
export interface StoredTicket {
  item: RawHelpTicketsItem;
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
  items: RawHelpTicketsItem[];
  /** Call to read the next page; undefined on the last page. */
  next?: () => Promise<TicketPage>;
}

/** A public comment (native item comment). */
export interface TicketComment {
  id: string;
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
  ticket: StoredTicket;
  names: TicketNames;
  /** Internal notes, when asked for (agents). */
  notes: InternalNote[];
  timeline: StatusStep[];
  comments: TicketComment[];
  files: TicketFile[];
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
