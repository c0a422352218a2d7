/** Ticket domain model: the shape the lifecycle works on, mappable field by field to the HelpTickets list. */
import { IncidentType, Language, SupportLevel, TicketChannel, TicketKind, TicketPriority, TicketSeverity, TicketStatus } from '../vocabulary';

/** A person, as the data layer resolves a SharePoint user field. */
export interface PersonRef {
  /** SharePoint user id on the site. */
  id: number;
  email: string;
  displayName?: string;
  /** Preferred language for notifications (defaults to the ticket's language). */
  language?: Language;
}

/** One status change (from the item's version history). */
export interface StatusChange { status: TicketStatus; at: Date }

/** A derogation approval (seed 000): who was asked, and their decision. */
export interface Approval {
  approver: PersonRef;
  requestedBy: PersonRef;
  requestedAt: Date;
  reason: string;
  decision?: 'approved' | 'refused';
  decidedBy?: PersonRef;
  decidedAt?: Date;
  comment?: string;
  /** The agent who recorded the decision for the approver (given by phone or mail), when not the approver. */
  recordedBy?: PersonRef;
  /** The ticket's sequence once the request was made: with the approver's id it keys their decision from the mail link. */
  requestSequence?: number;
  /**
   * A secret sent only in the approver's mail link, which their decision item must carry. Held only while the
   * request is made (it goes into the mail); what is stored is its SHA-256 (tokenHash), so reading the state —
   * which the requester may — never reveals it.
   */
  token?: string;
  /** Hex SHA-256 of the link's secret. */
  tokenHash?: string;
  /** The HelpApprovalDecisions item the approver added from the mail link, when the decision came that way. */
  decisionItemId?: number;
}

/** A help request. Comments name the HelpTickets field each property maps to. */
export interface Ticket {
  /** Item Id. */
  id: number;
  /** Title. */
  title: string;
  /** HCDescription. */
  description: string;
  /** HCKind. */
  kind: TicketKind;
  /** HCCategory (lookup id). */
  categoryId?: number;
  /** HCCourse: course or exam concerned (requester's, HelpTickets). */
  course?: string;
  /** HCLocation (lookup id): room, equipment or service concerned (the desk's once received). */
  locationId?: number;
  /** HCIncidentType (requester's, HelpTickets). */
  incidentType?: IncidentType;
  /** HCSeverity: nature of the intervention (requester's, HelpTickets). */
  severity?: TicketSeverity;
  /** HCPriority the requester asked for on the form (HelpTickets), when the desk's differs or is not set yet. */
  askedPriority?: TicketPriority;
  /** HCPriority. */
  priority: TicketPriority;
  /** HCChannel. */
  channel: TicketChannel;
  /** HCStatus. */
  status: TicketStatus;
  /** HCLevel. */
  level: SupportLevel;
  /** HCTeam (lookup id). */
  teamId?: number;
  /** HCAssignedTo: the requester's one interlocutor. */
  assignedTo?: PersonRef;
  /** HCEscalatedAt: when the ticket was last escalated (it then shows in the receiving team's "escalated to my team" queue). */
  escalatedAt?: Date;
  /** HCEscalatedTo: the agent of the receiving level/team it was escalated to by name, if any ("escalated to me"). */
  escalatedTo?: PersonRef;
  /** HCRequester of the desk's state: whoever the request is for, as the desk recognised them at intake. */
  requester: PersonRef;
  /** HCBeneficiary: on behalf of (when different from the requester). */
  beneficiary?: PersonRef;
  /** HCFiledBy: agent who filed it for someone else. */
  filedBy?: PersonRef;
  /** HCWatchers: people kept informed (teacher, referent). */
  watchers: PersonRef[];
  /** Created. */
  createdAt: Date;
  /** HCDueDate. */
  dueAt?: Date;
  /** HCFirstResponseAt. */
  firstResponseAt?: Date;
  /** HCResolvedAt. */
  resolvedAt?: Date;
  /** HCClosedAt. */
  closedAt?: Date;
  /** HCReopenedAt: when it was last reopened (by its requester's claim or an agent): the reports' reopen rate. */
  reopenedAt?: Date;
  /** HCResolution. */
  resolution?: string;
  /** HCProblem (lookup id of the problem ticket). */
  problemId?: number;
  /** HCArticle (lookup id). */
  articleId?: number;
  /** HCSatisfaction (1–5). */
  satisfaction?: number;
  /** HCSatisfactionComment. */
  satisfactionComment?: string;
  /** HCLanguage. */
  language: Language;
  /** Pending or last derogation approval (stored by the data layer; not a HelpTickets column yet). */
  approval?: Approval;
  /** Status history, oldest first (from the version history). */
  statusHistory: StatusChange[];
  /**
   * Number of domain actions applied so far. It makes change keys independent of the ETag: two agents (or two
   * retries) applying the same action to the same state produce the same key, so the outbox records it once.
   * The data layer persists it with the item (needs a numeric field, e.g. HCSequence).
   */
  sequence: number;
  /** Editor (Modified By). */
  modifiedBy?: PersonRef;
  /** Modified. */
  modifiedAt?: Date;
  /** HCIncomplete: required fields of the category the ticket arrived without (filed over REST). */
  incompleteFields?: string[];
  /** HCUnverified: the ticket's Created By could not be trusted at intake; nobody is shown it as theirs. */
  unverified?: boolean;
}

/** Domain field name → HelpTickets internal field name, for the data layer's mapper and conflict messages. */
export const TICKET_LIST_FIELDS: { readonly [K in keyof Ticket]: string } = {
  id: 'Id', title: 'Title', description: 'HCDescription', kind: 'HCKind', categoryId: 'HCCategory', course: 'HCCourse', locationId: 'HCLocation',
  incidentType: 'HCIncidentType', severity: 'HCSeverity', askedPriority: 'HCPriority', priority: 'HCPriority', escalatedAt: 'HCEscalatedAt', escalatedTo: 'HCEscalatedTo',
  channel: 'HCChannel', status: 'HCStatus', level: 'HCLevel', teamId: 'HCTeam', assignedTo: 'HCAssignedTo', requester: 'HCRequester',
  beneficiary: 'HCBeneficiary', filedBy: 'HCFiledBy', watchers: 'HCWatchers', createdAt: 'Created', dueAt: 'HCDueDate',
  firstResponseAt: 'HCFirstResponseAt', resolvedAt: 'HCResolvedAt', closedAt: 'HCClosedAt', reopenedAt: 'HCReopenedAt', resolution: 'HCResolution',
  problemId: 'HCProblem', articleId: 'HCArticle', satisfaction: 'HCSatisfaction', satisfactionComment: 'HCSatisfactionComment',
  language: 'HCLanguage', approval: 'HCApproval', statusHistory: '_versions', sequence: 'HCSequence', modifiedBy: 'Editor', modifiedAt: 'Modified',
  incompleteFields: 'HCIncomplete', unverified: 'HCUnverified'
};

/** Who is acting, and in which capacity. */
export interface Actor {
  person: PersonRef;
  /** Member of the support group. */
  isAgent: boolean;
  /** Teams the agent belongs to (HelpTeams ids). */
  teamIds: number[];
  /** Site owner (help-center owner): may act as an agent of every team. */
  isSiteOwner: boolean;
  /** The housekeeping run (no person acts); only housekeeping transitions accept it. */
  isSystem?: boolean;
}

/** Lifecycle settings (HelpSettings). */
export interface LifecycleSettings {
  /** A closed ticket may be reopened within this many calendar days of closing; 0 = never. */
  reopenClosedWithinDays: number;
  /** Awaiting the user for more than this many business days → no follow-up. */
  awaitingUserMaxBusinessDays: number;
  /** Resolved and not reopened within this many calendar days → closed. */
  autoCloseResolvedAfterDays: number;
  /** Awaiting the user for this many business days → one reminder (before the no-follow-up closing); 0 or unset = none. */
  awaitingUserReminderBusinessDays?: number;
}

/** Default lifecycle settings. */
export const DEFAULT_LIFECYCLE_SETTINGS: LifecycleSettings = { reopenClosedWithinDays: 7, awaitingUserMaxBusinessDays: 5, autoCloseResolvedAfterDays: 7 };

/** The actor of housekeeping runs. */
export const SYSTEM_ACTOR: Actor = { person: { id: 0, email: '' }, isAgent: false, teamIds: [], isSiteOwner: false, isSystem: true };
