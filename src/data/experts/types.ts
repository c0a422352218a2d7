import type { Community } from '../../domain/categories/community';
import type { DirectoryExpert } from '../../domain/experts/directory';
import type { ExpertAvailability, Language } from '../../domain/vocabulary';
import type { KnowledgeCategory } from '../knowledge/types';

/** A category of the directory's filter, with its community (communityOf: validated, or none). */
export interface ExpertsCategory extends KnowledgeCategory {
  community?: Community;
}

/** Who looks at the directory. */
export interface ExpertsActor {
  id: number;
  email: string;
  name: string;
  /** May read every ticket state (support group or owners): runs the expertise refresh. */
  isAgent: boolean;
}

/** A listed expert as the page shows them (login name for the profile read). */
export interface ListedExpert extends DirectoryExpert {
  /** Experts item id. */
  entryId: number;
  /** The person's claims login (`i:0#.f|membership|<UPN>`), the key of their user profile. */
  loginName?: string;
}

/** What a person declares about themself (the "My entry" panel). */
export interface MyEntryInput {
  skills: string[];
  categoryIds: number[];
  languages: Language[];
  bio: string;
  availability: ExpertAvailability;
  /** Consent: listed in the directory, with the expertise the help center proves. */
  listed: boolean;
}

/** The person's own entry as stored. */
export interface MyEntry extends MyEntryInput {
  id: number;
  etag: string;
  /** When they last opted in (undefined: not listed). */
  consentAt?: string;
}

/** The directory's first read (one $batch, then the pages beyond the first if any). */
export interface DirectoryData {
  actor: ExpertsActor;
  /** Listed people, their own entries, with their record when the desk computed one. */
  experts: ListedExpert[];
  categories: ExpertsCategory[];
  /** Members of a support team (HelpTeams.HCMembers): the people one can "ask" through a request. */
  agentIds: number[];
  /** The viewer's own entry (listed or not), undefined when they have none. */
  myEntry?: MyEntry;
  /** When the records were last computed (the latest HCComputedAt), undefined when there is none. */
  recordsComputedAt?: Date;
  /** Whether the listed people and the people with a record differ (a fresh opt-in or a withdrawal not counted yet). */
  recordsStale: boolean;
}

/** Job title and department from a person's user profile. */
export interface ExpertProfile {
  jobTitle?: string;
  department?: string;
}

/** What a refresh of the records did. */
export interface RefreshOutcome {
  written: number;
  updated: number;
  removed: number;
  unchanged: number;
}
