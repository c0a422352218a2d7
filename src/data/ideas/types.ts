/** View models of the idea box: what its pages read (never raw HC* columns). */
import type { IdeaStatus, Language } from '../../domain/vocabulary';

/** A category as the box's filter and form show it. */
export interface IdeaCategory {
  id: number;
  titleFr: string;
  titleEn: string;
  parentId?: number;
  sortOrder: number;
}

/** The person using the box and what SharePoint lets them do. */
export interface IdeaActor {
  id: number;
  email: string;
  displayName: string;
  /** May write the team's truth (IdeaStates: the support group and owners). */
  isTeam: boolean;
}

/** The team's answer about an idea (IdeaStates). */
export interface IdeaStateView {
  stateId: number;
  status: IdeaStatus;
  answer?: string;
  answeredBy?: string;
  /** When the state was last written (ISO). */
  answeredAt?: string;
  /** Status changes so far. */
  sequence: number;
  /** The tally the team last counted. */
  countedVotes: number;
  /** The state's ETag: a status change is written only over the state the team member saw. */
  etag?: string;
}

/** An idea as a card shows it. */
export interface IdeaSummary {
  id: number;
  title: string;
  description: string;
  categoryId?: number;
  createdAt: string;
  authorName: string;
  language: Language;
  /** The team's answer; absent while the team has not received the idea (it is new). */
  state?: IdeaStateView;
  /** Distinct voters now (counted from IdeaVotes when read). */
  votes: number;
  /** Whether the reader voted for it. */
  voted: boolean;
  /** The request for change it came from (desk). */
  sourceTicket?: number;
}

/** The box's order: most votes first, or newest first. */
export type IdeaOrder = 'top' | 'newest';

/** What the box shows. */
export interface IdeaQuery {
  order: IdeaOrder;
  categoryId?: number;
  status?: IdeaStatus;
}

/** Where the next page starts (opaque to the page). */
export interface IdeaCursor {
  /** The last shown item's sort key: its votes (top) and its idea id. */
  votes?: number;
  ideaId: number;
}

/** One page of the box. */
export interface IdeaBoxPage {
  ideas: IdeaSummary[];
  /** The next page's start, when there is one. */
  more?: IdeaCursor;
}

/** The box at first render: its first page, the categories and who reads it. */
export interface IdeaBoxFirstPage extends IdeaBoxPage {
  actor: IdeaActor;
  categories: IdeaCategory[];
}

/** A comment on an idea (SharePoint's item comments; plain text). */
export interface IdeaComment {
  id: string;
  text: string;
  authorName: string;
  createdAt: string;
}

/** An idea's page. */
export interface IdeaDetail {
  idea: IdeaSummary;
  actor: IdeaActor;
  categories: IdeaCategory[];
  comments: IdeaComment[];
  /** Names of the people who voted (who supports an idea is public). */
  voterNames: string[];
}

/** After a vote or its withdrawal. */
export interface VoteOutcome {
  voted: boolean;
  votes: number;
}

/** After a submit. */
export interface SubmitOutcome {
  id: number;
  /** False when a retry found the idea saved by an earlier attempt. */
  created: boolean;
}

/** What happened to a status change's mails. */
export type IdeaMailsOutcome = 'sent' | 'none' | 'queued' | 'failed';

/** After a status change. */
export interface StatusChangeOutcome {
  state: IdeaStateView;
  mails: IdeaMailsOutcome;
  /** How many people were told (author and voters, the actor excepted). */
  informed: number;
}
