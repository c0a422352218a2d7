/**
 * A ticket as the seed intends to write it: who files it, what it says, where its lifecycle stands at the
 * seed date, and the comments and internal notes that go with it. Pure data, built by generate.ts and
 * showcase.ts, written by index.ts.
 */
import {
  IncidentType, Language, SupportLevel, TicketChannel, TicketKind, TicketPriority, TicketSeverity, TicketStatus
} from '../../src/domain/vocabulary';
import { CategoryKey } from './data/categories';
import { LocationKey } from './data/locations';
import { CastKey } from './data/people';
import { TeamKey } from './data/teams';

/**
 * A public message on a ticket: an agent's is the desk's message of a state version (HCPublicMessage), the
 * requester's a claim (HelpTicketClaims). Without `at`, the messages spread over the ticket's life, in order.
 */
export interface PlannedComment { author: CastKey; text: string; at?: Date }
/** An internal note (HelpInternalNotes item). */
export interface PlannedNote { author: CastKey; text: string; at: Date }

/** One ticket to seed. */
export interface TicketPlan {
  /** Stable reference, also the HCClientRequestId. */
  ref: string;
  /** Author of the item: the requester, or the agent who filed it on their behalf. */
  filer: CastKey;
  /** The person the request is for. */
  requester: CastKey;
  language: Language;
  title: string;
  description: string;
  kind: TicketKind;
  category: CategoryKey;
  priority: TicketPriority;
  channel: TicketChannel;
  location?: LocationKey;
  incidentType?: IncidentType;
  severity?: TicketSeverity;
  course?: string;
  status: TicketStatus;
  level: SupportLevel;
  team: TeamKey;
  /** The requester's one interlocutor (unset while new). */
  assignee?: CastKey;
  watchers: CastKey[];
  createdAt: Date;
  dueAt: Date;
  firstResponseAt?: Date;
  /** When the interlocutor started working on it (in progress); the first response when unset. */
  startedAt?: Date;
  /** When the ticket went up a level (HCLevel/HCTeam); with the first response when unset and the team changed. */
  escalatedAt?: Date;
  /** When the desk asked the requester a question (awaiting the user). */
  askedAt?: Date;
  /** When the requester answered it (back in progress). */
  answeredAt?: Date;
  /** When the desk reminded the requester of its question (before her answer or the no-follow-up closing). */
  remindedAt?: Date;
  resolvedAt?: Date;
  closedAt?: Date;
  resolution?: string;
  /** Key of the article that solved it. */
  article?: string;
  /** Ref of the problem ticket it belongs to. */
  problemRef?: string;
  satisfaction?: number;
  satisfactionComment?: string;
  /** Last change, used as Modified. */
  lastActivityAt: Date;
  comments: PlannedComment[];
  notes: PlannedNote[];
}

/** Statuses once the desk has answered (first response recorded). */
export const ANSWERED: readonly TicketStatus[] = ['taken_in_charge', 'in_progress', 'awaiting_user', 'resolved', 'closed', 'no_follow_up'];
