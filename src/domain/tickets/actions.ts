/** Actions on a ticket, results, events and error codes. */
import { SupportLevel } from '../vocabulary';
import { PersonRef, Ticket } from './model';

/** Every action of the lifecycle (a discriminated union on `type`). */
export type TicketAction =
  | { type: 'file' }
  | { type: 'takeInCharge' }
  | { type: 'replyPublic'; message: string }
  | { type: 'addInternalNote'; body: string }
  | { type: 'askForInformation'; message: string }
  | { type: 'requesterAnswered'; message?: string }
  /** `to`: an agent of the receiving team or level, who then finds it under "escalated to me" (and is mailed as such). */
  | { type: 'escalate'; reason: string; level?: SupportLevel; teamId?: number; to?: PersonRef }
  | { type: 'transfer'; reason: string; teamId: number }
  | { type: 'requestApproval'; approver: PersonRef; reason: string; /** A secret the data layer draws; it goes into the approver's link only. */ token?: string }
  | { type: 'decideApproval'; decision: 'approved' | 'refused'; comment?: string; recordedForApprover?: boolean; fromApproverItem?: ApproverDecisionItem }
  | { type: 'resolve'; resolution: string; articleId?: number }
  | { type: 'acceptResolution' }
  | { type: 'reopen'; reason: string }
  | { type: 'close'; reason?: 'resolvedAutoClose' }
  | { type: 'closeNoFollowUp'; reason?: string; automatic?: boolean }
  | { type: 'rate'; rating: number; comment?: string }
  | { type: 'linkToProblem'; problemId: number }
  /** The desk keeps these people informed (a requester's request to inform someone is hers until an agent confirms it). */
  | { type: 'confirmWatchers'; watchers: PersonRef[] }
  | { type: 'resolveProblem'; resolution: string; articleId?: number };

/**
 * A decision the approver gave from the link in their mail (a HelpApprovalDecisions item), applied to the
 * ticket by an agent: SharePoint stamped the item's author and creation time, which no client can forge.
 */
export interface ApproverDecisionItem {
  /** Item Id. */
  itemId: number;
  /** AuthorId: must be the approver the ticket names. */
  authorId: number;
  /** Created: the moment of the decision. */
  at: Date;
  /** The request sequence read from the item's key: must be the pending request's. */
  requestSequence: number;
}

/** The action type names. */
export type TicketActionType = TicketAction['type'];

/** Error codes (the UI maps them to src/loc strings). */
export type TicketErrorCode =
  | 'notAllowed' | 'invalidStatus' | 'alreadyTakenBy' | 'alreadyFiled' | 'messageRequired' | 'reasonRequired'
  | 'resolutionRequired' | 'nothingToEscalate' | 'sameTeam' | 'approvalPending' | 'noPendingApproval' | 'approverRequired'
  | 'reopenWindowExpired' | 'invalidRating' | 'alreadyRated' | 'notAProblem' | 'problemCannotBeLinked' | 'alreadyLinked'
  /** An escalation names someone who is not an agent of the receiving team (checked by the data layer, which reads the team). */
  | 'notInReceivingTeam';

/** Who a notification is for: a role, and the person (or the team, for the queue address). */
export interface Recipient {
  /** `escalatedTo`: the agent a ticket was escalated to by name (the receiving team's queue is told as `teamQueue`). */
  role: 'requester' | 'beneficiary' | 'watcher' | 'assignee' | 'teamQueue' | 'approver' | 'escalatedTo';
  person?: PersonRef;
  /** For `teamQueue`: the team whose queue address the data layer resolves. */
  teamId?: number;
}

/** A field changed by an action (domain names; TICKET_LIST_FIELDS maps them to the list). */
export interface FieldChange { field: keyof Ticket; from: unknown; to: unknown }

/** Event kinds: one per action, plus the housekeeping notices (`awaitingUserReminder` changes nothing on the ticket). */
export type DomainEventType = Exclude<TicketActionType, 'resolveProblem'> | 'resolvedByProblem' | 'problemResolved' | 'closedNoFollowUpAutomatically' | 'closedAutomatically'
  | 'awaitingUserReminder';

/** Something that happened to a ticket, with who to inform. */
export interface DomainEvent {
  type: DomainEventType;
  ticketId: number;
  /** `${ticketId}:${sequence}:${type}` — unique per change, identical for retries of the same change (HCChangeKey). */
  changeKey: string;
  at: Date;
  actor: PersonRef;
  fromStatus: Ticket['status'];
  toStatus: Ticket['status'];
  recipients: Recipient[];
  /** Free details for the template (reason, message, decision, new level/team ...). */
  details: { [key: string]: string | number | undefined };
}

/** Successful application. */
export interface ApplyOk { ok: true; ticket: Ticket; changes: FieldChange[]; events: DomainEvent[] }
/** Refused action; `takenBy` is set with `alreadyTakenBy`. */
export interface ApplyError { ok: false; error: TicketErrorCode; takenBy?: PersonRef }
/** Result of applyAction. */
export type ApplyResult = ApplyOk | ApplyError;
