/**
 * Write payloads of the help-center lists, typed from the schema's vocabulary. Each interface names the REST
 * properties the seed may send (`<Field>Id` for lookups and people, plain arrays for multi-values), and
 * `PAYLOAD_PROPERTIES` lists them again as a `Record<keyof …, true>`, so an interface and its runtime list can
 * never drift apart. `assertPayload` checks every key against the property names the schema itself derives
 * (`schemaWriteProperties`), and a unit test compares both sides: a renamed or removed schema field breaks the
 * seed before it reaches the emulator.
 */
import { HELP_CENTER_LISTS, ListDefinition } from '../../src/data/schema';
import type { ClaimView } from '../../src/data/tickets/ticketTypes';
import {
  AnnouncementAudience, AnnouncementSeverity, ArticleKind, ArticleStatus, ExpertAvailability, IncidentType, Language, LocationKind,
  SupportLevel, TicketChannel, TicketKind, TicketPriority, TicketSeverity, TicketStatus
} from '../../src/domain/vocabulary';

/** What a requester can ask of the desk (the HCAction choices of HelpTicketClaims). */
export type ClaimKind = ClaimView['action'];

/** Extra ticket-form fields a category can ask for (the HCFormFields choices). */
export type FormField = 'course' | 'screenshot' | 'location' | 'equipment' | 'incidentType' | 'severity' | 'priority' | 'beneficiary';

/** HelpTeams item. */
export interface TeamWrite { Title: string; HCTitleEn: string; HCLevel: SupportLevel; HCMembersId: number[]; HCQueueEmail: string; HCBusinessHours: string }
/** HelpCategories item. */
export interface CategoryWrite {
  Title: string; HCTitleEn: string; HCParentId: number | null; HCDefaultTeamId: number | null; HCFormFields: FormField[];
  HCRequiredFields: FormField[]; HCFirstResponseHours: number; HCResolutionHours: number; HCApprovalRequired: boolean; HCApproverId?: number | null;
  HCSortOrder: number; HCIcon: string; HCReviewersId: number[]; HCCommunityUrl: string; HCCommunityName: string; HCSlaByPriority?: string | null;
}
/** HelpLocations item. */
export interface LocationWrite { Title: string; HCLocationKind: LocationKind; HCBuilding: string; HCParentLocationId: number | null; HCAssetTag: string }
/** HelpSettings item. */
export interface SettingWrite { Title: string; HCValue: string; HCSettingKey: string }
/** KnowledgeArticles item. */
export interface ArticleWrite {
  Title: string; HCSummary: string; HCBody: string; HCKeywords: string; HCQuestions: string; HCCategoryId: number;
  HCLanguage: Language; HCArticleKind: ArticleKind; HCTranslationOfId: number | null; HCStatus: ArticleStatus;
  HCReviewDate: string; HCOwnerId: number; HCViews: number; HCHelpful: number; HCNotHelpful: number;
  HCPublishedAt: string; HCPublishedById: number; HCSourceTicket: number | null; HCWorkflowSequence: number;
}
/** HelpTickets item: what the requester owns (the desk's truth is in HelpTicketStates). */
export interface TicketWrite {
  Title: string; HCDescription: string; HCKind: TicketKind; HCCategoryId: number; HCSeverity: TicketSeverity | null;
  HCIncidentType: IncidentType | null; HCPriority: TicketPriority; HCLocationId: number | null; HCCourse: string | null;
  HCBeneficiaryId: number | null; HCFiledById: number | null; HCChannel: TicketChannel; HCWatchersId: number[]; HCClientRequestId: string;
  HCLanguage: Language; HCShareFiles: boolean;
  /** "Ask this expert": the expert the requester asked (the demo's tickets name none). */
  HCExpertId?: number | null;
}
/** HelpTicketStates item: the desk's truth about one ticket, written by agents. */
export interface StateWrite {
  Title: string; HCTicketId: number; HCRequesterId: number | null; HCReceivedAt: string; HCKind: TicketKind; HCCategoryId: number | null;
  HCPriority: TicketPriority; HCLocationId: number | null; HCChannel: TicketChannel; HCStatus: TicketStatus; HCLevel: SupportLevel;
  HCTeamId: number | null; HCAssignedToId: number | null; HCEscalatedAt: string | null; HCEscalatedToId: number | null; HCWatchersId: number[]; HCDueDate: string | null; HCFirstResponseAt: string | null;
  HCResolvedAt: string | null; HCClosedAt: string | null; HCReopenedAt?: string | null; HCResolution: string | null; HCPublicMessage: string | null; HCProblemId: number | null;
  HCArticleId: number | null; HCSatisfaction: number | null; HCSatisfactionComment: string | null; HCSequence: number; HCApproval: string | null;
  HCInformed: string | null; HCIncomplete: string | null; HCUnverified: boolean; HCLanguage: Language;
}
/** HelpTicketClaims item: a requester's action on their ticket, and whether the desk applied it. */
export interface ClaimWrite {
  Title: string; HCTicketId: number; HCAction: ClaimKind; HCMessage: string | null; HCRating: number | null; HCClaimKey: string;
  HCApplied: boolean; HCOutcome: string | null;
}
/** HelpInternalNotes item. */
export interface InternalNoteWrite { Title: string; HCTicketId: number; HCBody: string }
/** ArticleFeedback item. */
export interface FeedbackWrite { Title: string; HCArticleId: number; HCHelpful: boolean; HCOutdated: boolean; HCComment: string; HCVoteKey: string }
/** SearchEvents item. */
export interface SearchEventWrite { Title: string; HCQuery: string; HCResultCount: number; HCOpenedArticleId: number | null; HCFiledTicket: boolean; HCHelpfulVote: boolean; HCLanguage: Language }
/** Experts item. */
export interface ExpertWrite {
  Title: string; HCPersonId: number; HCSkills: string; HCCategoriesId: number[]; HCLanguages: Language[]; HCBio: string;
  HCAvailability: ExpertAvailability; HCListed: boolean; HCConsentAt: string | null;
}
/** Announcements item. */
export interface AnnouncementWrite {
  Title: string; HCBody: string; HCSeverity: AnnouncementSeverity; HCStart: string; HCEnd: string; HCProblemId: number | null; HCLanguage: Language; HCAudience?: AnnouncementAudience;
}

/** Payload type of each list the seed writes. */
export interface ListPayloads {
  HelpTeams: TeamWrite;
  HelpCategories: CategoryWrite;
  HelpLocations: LocationWrite;
  HelpSettings: SettingWrite;
  KnowledgeArticles: ArticleWrite;
  HelpTickets: TicketWrite;
  HelpTicketStates: StateWrite;
  HelpTicketClaims: ClaimWrite;
  HelpInternalNotes: InternalNoteWrite;
  ArticleFeedback: FeedbackWrite;
  SearchEvents: SearchEventWrite;
  Experts: ExpertWrite;
  Announcements: AnnouncementWrite;
}
/** A list the seed writes. */
export type SeedListName = keyof ListPayloads;

/** Every property of every payload, at runtime (the compiler checks these records against the interfaces). */
export const PAYLOAD_PROPERTIES: { [L in SeedListName]: Record<keyof ListPayloads[L], true> } = {
  HelpTeams: { Title: true, HCTitleEn: true, HCLevel: true, HCMembersId: true, HCQueueEmail: true, HCBusinessHours: true },
  HelpCategories: {
    Title: true, HCTitleEn: true, HCParentId: true, HCDefaultTeamId: true, HCFormFields: true, HCRequiredFields: true,
    HCFirstResponseHours: true, HCResolutionHours: true, HCApprovalRequired: true, HCApproverId: true, HCSortOrder: true, HCIcon: true, HCReviewersId: true,
    HCCommunityUrl: true, HCCommunityName: true, HCSlaByPriority: true
  },
  HelpLocations: { Title: true, HCLocationKind: true, HCBuilding: true, HCParentLocationId: true, HCAssetTag: true },
  HelpSettings: { Title: true, HCValue: true, HCSettingKey: true },
  KnowledgeArticles: {
    Title: true, HCSummary: true, HCBody: true, HCKeywords: true, HCQuestions: true, HCCategoryId: true, HCLanguage: true,
    HCArticleKind: true, HCTranslationOfId: true, HCStatus: true, HCReviewDate: true, HCOwnerId: true, HCViews: true,
    HCHelpful: true, HCNotHelpful: true, HCPublishedAt: true, HCPublishedById: true, HCSourceTicket: true, HCWorkflowSequence: true
  },
  HelpTickets: {
    Title: true, HCDescription: true, HCKind: true, HCCategoryId: true, HCSeverity: true, HCIncidentType: true, HCPriority: true,
    HCLocationId: true, HCCourse: true, HCBeneficiaryId: true, HCFiledById: true, HCChannel: true, HCWatchersId: true,
    HCClientRequestId: true, HCLanguage: true, HCShareFiles: true, HCExpertId: true
  },
  HelpTicketStates: {
    Title: true, HCTicketId: true, HCRequesterId: true, HCReceivedAt: true, HCKind: true, HCCategoryId: true, HCPriority: true,
    HCLocationId: true, HCChannel: true, HCStatus: true, HCLevel: true, HCTeamId: true, HCAssignedToId: true, HCEscalatedAt: true, HCEscalatedToId: true, HCWatchersId: true,
    HCDueDate: true, HCFirstResponseAt: true, HCResolvedAt: true, HCClosedAt: true, HCReopenedAt: true, HCResolution: true, HCPublicMessage: true,
    HCProblemId: true, HCArticleId: true, HCSatisfaction: true, HCSatisfactionComment: true, HCSequence: true, HCApproval: true,
    HCInformed: true, HCIncomplete: true, HCUnverified: true, HCLanguage: true
  },
  HelpTicketClaims: {
    Title: true, HCTicketId: true, HCAction: true, HCMessage: true, HCRating: true, HCClaimKey: true, HCApplied: true, HCOutcome: true
  },
  HelpInternalNotes: { Title: true, HCTicketId: true, HCBody: true },
  ArticleFeedback: { Title: true, HCArticleId: true, HCHelpful: true, HCOutdated: true, HCComment: true, HCVoteKey: true },
  SearchEvents: { Title: true, HCQuery: true, HCResultCount: true, HCOpenedArticleId: true, HCFiledTicket: true, HCHelpfulVote: true, HCLanguage: true },
  Experts: { Title: true, HCPersonId: true, HCSkills: true, HCCategoriesId: true, HCLanguages: true, HCBio: true, HCAvailability: true, HCListed: true, HCConsentAt: true },
  Announcements: { Title: true, HCBody: true, HCSeverity: true, HCStart: true, HCEnd: true, HCProblemId: true, HCLanguage: true, HCAudience: true }
};

function definitionOf(list: string): ListDefinition {
  const found = HELP_CENTER_LISTS.filter(l => l.name === list)[0];
  if (!found) throw new Error(`The schema has no list ${list}`);
  return found;
}

/** The REST properties SharePoint accepts on a list's items, derived from the schema (Title + one per field). */
export function schemaWriteProperties(list: SeedListName): string[] {
  const lookupLike = ['Lookup', 'LookupMulti', 'User', 'UserMulti'];
  return ['Title'].concat(definitionOf(list).fields.map(f => (lookupLike.indexOf(f.kind) >= 0 ? `${f.name}Id` : f.name)));
}

/** Throws when a payload carries a property the schema does not define, or a choice code outside the field's choices. */
export function assertPayload<L extends SeedListName>(list: L, payload: Partial<ListPayloads[L]>): Partial<ListPayloads[L]> {
  const allowed = schemaWriteProperties(list);
  const fields = definitionOf(list).fields;
  for (const key of Object.keys(payload)) {
    if (allowed.indexOf(key) < 0) throw new Error(`Seed payload for ${list} has ${key}, which the schema does not define`);
    const field = fields.filter(f => f.name === key)[0];
    const value = (payload as Record<string, unknown>)[key];
    if (!field || !field.choices || value === null || value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (field.choices.indexOf(String(v)) < 0) throw new Error(`Seed payload for ${list}.${key} uses ${String(v)}, not one of its choices`);
    }
  }
  return payload;
}
