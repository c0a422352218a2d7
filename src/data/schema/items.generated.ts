// Generated from src/data/schema by scripts/generate-schema-artifacts.ts: do not edit by hand.
// SharePoint returns null for empty values: these raw shapes describe that legacy API as it is.
/* eslint-disable @rushstack/no-new-null */

/** Columns every item has. */
export interface RawItemBase {
  Id: number;
  Title: string | null;
  /** ISO date (UTC). */
  Created: string;
  /** ISO date (UTC). */
  Modified: string;
  AuthorId: number;
  EditorId: number;
}

export const BASE_SELECT: readonly string[] = ['Id', 'Title', 'Created', 'Modified', 'AuthorId', 'EditorId'];

/** A HelpTeams item as REST returns it (Support teams, levels and hours). */
export interface RawHelpTeamsItem extends RawItemBase {
  /** Name (English): English name. */
  HCTitleEn: string | null;
  /** Level: Support level of the team. */
  HCLevel: 'L1' | 'L2' | 'L3' | null;
  /** Members: Agents of the team. */
  HCMembersId: number[] | null;
  /** Queue address: Shared mailbox informed of new tickets. */
  HCQueueEmail: string | null;
  /** Business hours: JSON calendar: weekly hours, exam periods, holidays, time zone. */
  HCBusinessHours: string | null;
}

/** `$select` of every column of HelpTeams. */
export const HELP_TEAMS_SELECT: readonly string[] = [...BASE_SELECT, 'HCTitleEn', 'HCLevel', 'HCMembersId', 'HCQueueEmail', 'HCBusinessHours'];

/** A HelpCategories item as REST returns it (Request and knowledge base categories). */
export interface RawHelpCategoriesItem extends RawItemBase {
  /** Name (English): English name. */
  HCTitleEn: string | null;
  /** Parent category: Parent in the tree (empty for a root). */
  HCParentId: number | null;
  /** Default team: Team a new ticket of this category goes to. */
  HCDefaultTeamId: number | null;
  /** Form fields: Extra fields the ticket form shows for this category. */
  HCFormFields: ('course' | 'screenshot' | 'location' | 'equipment' | 'incidentType' | 'severity' | 'priority' | 'beneficiary')[] | null;
  /** Required fields: Which of the extra fields are required. */
  HCRequiredFields: ('course' | 'screenshot' | 'location' | 'equipment' | 'incidentType' | 'severity' | 'priority' | 'beneficiary')[] | null;
  /** First response (business hours): SLA target for the first response. */
  HCFirstResponseHours: number | null;
  /** Resolution (business hours): SLA target for resolution. */
  HCResolutionHours: number | null;
  /** Targets per priority: SLA targets per priority (JSON {"critical":{"firstResponseHours":1,"resolutionHours":4},…}, written by the set-up page); a priority not listed uses the two columns above. */
  HCSlaByPriority: string | null;
  /** Approval required: Requests need a referent's approval (derogations). */
  HCApprovalRequired: boolean | null;
  /** Approved by: When approval is required: the referent the desk asks by default (empty: the agent names the approver each time, e.g. the course's teacher). */
  HCApproverId: number | null;
  /** Order: Display order among siblings. */
  HCSortOrder: number | null;
  /** Icon: Fluent UI icon name. */
  HCIcon: string | null;
  /** Community (link): Address of the category's Teams channel or Viva Engage community (https, Microsoft Teams or Viva Engage only; shown on the category's knowledge page, in the ticket form and on expert cards). */
  HCCommunityUrl: string | null;
  /** Community (name): Name of that community as people know it. */
  HCCommunityName: string | null;
  /** Reviewers: Who reviews and publishes this category's articles (none: the nearest parent's, else the owners and the reviewers group). They must also be in the reviewers group: SharePoint lets only that group and the owners write KnowledgeArticles. */
  HCReviewersId: number[] | null;
}

/** `$select` of every column of HelpCategories. */
export const HELP_CATEGORIES_SELECT: readonly string[] = [...BASE_SELECT, 'HCTitleEn', 'HCParentId', 'HCDefaultTeamId', 'HCFormFields', 'HCRequiredFields', 'HCFirstResponseHours', 'HCResolutionHours', 'HCSlaByPriority', 'HCApprovalRequired', 'HCApproverId', 'HCSortOrder', 'HCIcon', 'HCCommunityUrl', 'HCCommunityName', 'HCReviewersId'];

/** A HelpLocations item as REST returns it (Rooms, equipment and services). */
export interface RawHelpLocationsItem extends RawItemBase {
  /** Kind: Room, equipment or service. */
  HCLocationKind: 'room' | 'equipment' | 'service' | null;
  /** Building: Building or site. */
  HCBuilding: string | null;
  /** Room: Room an equipment is in. */
  HCParentLocationId: number | null;
  /** Asset tag: Inventory number of an equipment. */
  HCAssetTag: string | null;
}

/** `$select` of every column of HelpLocations. */
export const HELP_LOCATIONS_SELECT: readonly string[] = [...BASE_SELECT, 'HCLocationKind', 'HCBuilding', 'HCParentLocationId', 'HCAssetTag'];

/** A HelpSettings item as REST returns it (Help center settings). */
export interface RawHelpSettingsItem extends RawItemBase {
  /** Value: Value (text or JSON). */
  HCValue: string | null;
  /** Unique key: Setting key (unique). */
  HCSettingKey: string | null;
}

/** `$select` of every column of HelpSettings. */
export const HELP_SETTINGS_SELECT: readonly string[] = [...BASE_SELECT, 'HCValue', 'HCSettingKey'];

/** A KnowledgeArticles item as REST returns it (Knowledge base articles (FAQ)). */
export interface RawKnowledgeArticlesItem extends RawItemBase {
  /** Summary: One-paragraph answer shown in results. */
  HCSummary: string | null;
  /** Body: Sanitized HTML body. */
  HCBody: string | null;
  /** Keywords: Keywords, comma-separated. */
  HCKeywords: string | null;
  /** Other phrasings: Other ways people ask the question, one per line. */
  HCQuestions: string | null;
  /** Category: Category. */
  HCCategoryId: number | null;
  /** Language: Language of the item (fr, en); mails and articles follow it. */
  HCLanguage: 'fr' | 'en' | null;
  /** Article kind: FAQ, how-to, troubleshooting, known issue. */
  HCArticleKind: 'faq' | 'howto' | 'troubleshooting' | 'known_issue' | null;
  /** Translation of: The other-language version. */
  HCTranslationOfId: number | null;
  /** Status: Draft, in review, published, outdated. */
  HCStatus: 'draft' | 'in_review' | 'published' | 'outdated' | null;
  /** Review by: Date the article must be reviewed. */
  HCReviewDate: string | null;
  /** Owner: Contributor responsible for the article. */
  HCOwnerId: number | null;
  /** Views: Times opened. */
  HCViews: number | null;
  /** Helpful: Helpful votes. */
  HCHelpful: number | null;
  /** Not helpful: Not-helpful votes. */
  HCNotHelpful: number | null;
  /** Published at: When a reviewer last published it (from a draft, or a restored version). */
  HCPublishedAt: string | null;
  /** Published by: The reviewer who last published it (proven expertise: articles reviewed). Written only by those who may publish. */
  HCPublishedById: number | null;
  /** Source ticket: The resolved ticket the article was written from (a number: readers cannot read tickets). */
  HCSourceTicket: number | null;
  /** Change number: Workflow changes applied so far: mail change keys are article:<id>:<sequence>:<event>, so a retry mails once. */
  HCWorkflowSequence: number | null;
}

/** `$select` of every column of KnowledgeArticles. */
export const KNOWLEDGE_ARTICLES_SELECT: readonly string[] = [...BASE_SELECT, 'HCSummary', 'HCBody', 'HCKeywords', 'HCQuestions', 'HCCategoryId', 'HCLanguage', 'HCArticleKind', 'HCTranslationOfId', 'HCStatus', 'HCReviewDate', 'HCOwnerId', 'HCViews', 'HCHelpful', 'HCNotHelpful', 'HCPublishedAt', 'HCPublishedById', 'HCSourceTicket', 'HCWorkflowSequence'];

/** A KnowledgeDrafts item as REST returns it (Article drafts). */
export interface RawKnowledgeDraftsItem extends RawItemBase {
  /** Summary: One-paragraph answer shown in results. */
  HCSummary: string | null;
  /** Body: HTML body, sanitised by the page on save and on display; pasted images are the draft's attachments. */
  HCBody: string | null;
  /** Keywords: Keywords, comma-separated. */
  HCKeywords: string | null;
  /** Other phrasings: Other ways people ask the question, one per line. */
  HCQuestions: string | null;
  /** Category: Category (its reviewers review the draft). */
  HCCategoryId: number | null;
  /** Language: Language of the item (fr, en); mails and articles follow it. */
  HCLanguage: 'fr' | 'en' | null;
  /** Article kind: FAQ, how-to, troubleshooting, known issue. */
  HCArticleKind: 'faq' | 'howto' | 'troubleshooting' | 'known_issue' | null;
  /** Template: The template the draft was started from (src/domain/knowledge/templates.ts). */
  HCTemplate: string | null;
  /** Published article: The published article this draft edits (empty for a new article; set on publication). */
  HCArticleId: number | null;
  /** Translation of: The published article this draft translates. */
  HCTranslationOfId: number | null;
  /** Draft status: draft, review (the contributor asks for a review: a claim, not a publication), published (copied into KnowledgeArticles by a reviewer). */
  HCDraftStatus: 'draft' | 'review' | 'published' | null;
  /** Review comment: The reviewer's words when sending the draft back. */
  HCReviewComment: string | null;
  /** Review by: Review date the published article will carry. */
  HCReviewDate: string | null;
  /** Source ticket: The resolved ticket the draft was written from. */
  HCSourceTicket: number | null;
  /** Base version: Version label of the published article the draft started from: publishing over a newer publication is a conflict. */
  HCBaseVersion: string | null;
  /** Change number: Workflow changes of the draft: mail change keys (article:<draft id>:<sequence>:<event>). */
  HCWorkflowSequence: number | null;
}

/** `$select` of every column of KnowledgeDrafts. */
export const KNOWLEDGE_DRAFTS_SELECT: readonly string[] = [...BASE_SELECT, 'HCSummary', 'HCBody', 'HCKeywords', 'HCQuestions', 'HCCategoryId', 'HCLanguage', 'HCArticleKind', 'HCTemplate', 'HCArticleId', 'HCTranslationOfId', 'HCDraftStatus', 'HCReviewComment', 'HCReviewDate', 'HCSourceTicket', 'HCBaseVersion', 'HCWorkflowSequence'];

/** A HelpTickets item as REST returns it (Help requests). */
export interface RawHelpTicketsItem extends RawItemBase {
  /** Description: What the requester wrote (plain text). */
  HCDescription: string | null;
  /** Kind: Assistance, anomaly, evolution, problem. */
  HCKind: 'assistance' | 'anomaly' | 'evolution' | 'problem' | null;
  /** Category: Category (drives form fields, team, SLA). */
  HCCategoryId: number | null;
  /** Intervention type: Malfunction, installation, update, repair, change. */
  HCSeverity: 'malfunction' | 'installation' | 'update' | 'repair' | 'change' | null;
  /** Incident type: Software, hardware, internet, whiteboard, wifi. */
  HCIncidentType: 'software' | 'hardware' | 'internet' | 'whiteboard' | 'wifi' | 'other' | null;
  /** Priority: Priority the requester asks for (the desk's priority is in HelpTicketStates). */
  HCPriority: 'low' | 'normal' | 'high' | 'critical' | null;
  /** Location / equipment: Room, equipment or service concerned. */
  HCLocationId: number | null;
  /** Course / exam: Course or exam concerned (exam help desk). */
  HCCourse: string | null;
  /** On behalf of: Person the request is for, when an agent files it (the ticket's Created By is set to them, so item-level security lets them follow it). */
  HCBeneficiaryId: number | null;
  /** Filed by: Agent who filed the request for someone else (phone, email, desk, Teams). */
  HCFiledById: number | null;
  /** Channel: Where the request came in. */
  HCChannel: 'portal' | 'phone' | 'email' | 'teams' | 'desk' | null;
  /** Watchers: People the requester asks to keep informed (teacher, referent); the desk's list is in HelpTicketStates. */
  HCWatchersId: number[] | null;
  /** Files shared: The requester lets the people kept informed see her attachments (otherwise they stay hers and the desk's). */
  HCShareFiles: boolean | null;
  /** Expert asked: The expert the requester asked ("ask this expert"): a claim; the desk assigns the request to them only if they are listed in the directory and an agent of a team, and informs them. */
  HCExpertId: number | null;
  /** Client request id: Idempotent submit: a retry first reads the requester's own tickets with this id and creates none if one exists (not unique: SharePoint refuses unique columns on lists where people read only their own items). */
  HCClientRequestId: string | null;
  /** Language: Language of the item (fr, en); mails and articles follow it. */
  HCLanguage: 'fr' | 'en' | null;
}

/** `$select` of every column of HelpTickets. */
export const HELP_TICKETS_SELECT: readonly string[] = [...BASE_SELECT, 'HCDescription', 'HCKind', 'HCCategoryId', 'HCSeverity', 'HCIncidentType', 'HCPriority', 'HCLocationId', 'HCCourse', 'HCBeneficiaryId', 'HCFiledById', 'HCChannel', 'HCWatchersId', 'HCShareFiles', 'HCExpertId', 'HCClientRequestId', 'HCLanguage'];

/** A HelpTicketStates item as REST returns it (Ticket states (kept by the support desk)). */
export interface RawHelpTicketStatesItem extends RawItemBase {
  /** Ticket #: The HelpTickets item this is the state of (one state per ticket; not unique: SharePoint refuses unique columns on lists with item-level security, so intake looks it up first and the first written counts). */
  HCTicketId: number | null;
  /** Requester: The requester as the desk recognised them at intake (empty when the ticket's Created By could not be trusted). */
  HCRequesterId: number | null;
  /** Received at: When the request was filed, as far as the desk can tell (the SLA clocks start here). */
  HCReceivedAt: string | null;
  /** Kind: Assistance, anomaly, evolution, problem (the desk's classification). */
  HCKind: 'assistance' | 'anomaly' | 'evolution' | 'problem' | null;
  /** Category: Category (the desk's). */
  HCCategoryId: number | null;
  /** Priority: Priority (SLA targets depend on it). */
  HCPriority: 'low' | 'normal' | 'high' | 'critical' | null;
  /** Location / equipment: Room, equipment or service concerned (desk filter). */
  HCLocationId: number | null;
  /** Channel: Where the request came in. */
  HCChannel: 'portal' | 'phone' | 'email' | 'teams' | 'desk' | null;
  /** Status: Lifecycle state. */
  HCStatus: 'new' | 'taken_in_charge' | 'in_progress' | 'awaiting_user' | 'resolved' | 'closed' | 'no_follow_up' | null;
  /** Level: Support level handling it. */
  HCLevel: 'L1' | 'L2' | 'L3' | null;
  /** Team: Team handling it. */
  HCTeamId: number | null;
  /** Assigned to: The one interlocutor of the requester. */
  HCAssignedToId: number | null;
  /** Escalated at: When the ticket was last escalated: it shows in the receiving team's "escalated to my team" queue while open. */
  HCEscalatedAt: string | null;
  /** Escalated to: The agent it was escalated to by name, if any ("escalated to me"). */
  HCEscalatedToId: number | null;
  /** Watchers: People the desk keeps informed (teacher, referent). */
  HCWatchersId: number[] | null;
  /** Due: Resolution due date (SLA, business hours). */
  HCDueDate: string | null;
  /** First response at: When the desk first answered. */
  HCFirstResponseAt: string | null;
  /** Resolved at: When it was resolved. */
  HCResolvedAt: string | null;
  /** Closed at: When it was closed. */
  HCClosedAt: string | null;
  /** Reopened at: When it was last reopened, by its requester or an agent (the reports count reopenings by it). */
  HCReopenedAt: string | null;
  /** Resolution: How it was resolved. */
  HCResolution: string | null;
  /** Support message: The desk's latest public message to the requester; the versions hold every one (the requester can delete none). */
  HCPublicMessage: string | null;
  /** Linked problem: Problem ticket this incident belongs to. */
  HCProblemId: number | null;
  /** Solving article: Article that solved it. */
  HCArticleId: number | null;
  /** Satisfaction: Requester rating 1-5, as the desk accepted it. */
  HCSatisfaction: number | null;
  /** Satisfaction comment: Requester comment at closure. */
  HCSatisfactionComment: string | null;
  /** Change number: Actions applied so far: notification change keys are ticket:sequence:event, so a retry is recorded once. */
  HCSequence: number | null;
  /** Derogation approval: JSON: who was asked to approve, the hash of their link's secret (never the secret), who decided, when, the decision and comment. */
  HCApproval: string | null;
  /** People informed: JSON: who was informed of each change and when (the requester reads it here; HelpNotifications is the support's). */
  HCInformed: string | null;
  /** Missing fields: Required fields of the category the ticket arrived without (filed over REST), comma-separated; empty when complete. */
  HCIncomplete: string | null;
  /** Requester unverified: The ticket's Created By and Modified By disagreed at intake (rewritten through ValidateUpdateListItem): nobody is shown it as theirs. */
  HCUnverified: boolean | null;
  /** Language: Language of the item (fr, en); mails and articles follow it. */
  HCLanguage: 'fr' | 'en' | null;
}

/** `$select` of every column of HelpTicketStates. */
export const HELP_TICKET_STATES_SELECT: readonly string[] = [...BASE_SELECT, 'HCTicketId', 'HCRequesterId', 'HCReceivedAt', 'HCKind', 'HCCategoryId', 'HCPriority', 'HCLocationId', 'HCChannel', 'HCStatus', 'HCLevel', 'HCTeamId', 'HCAssignedToId', 'HCEscalatedAt', 'HCEscalatedToId', 'HCWatchersId', 'HCDueDate', 'HCFirstResponseAt', 'HCResolvedAt', 'HCClosedAt', 'HCReopenedAt', 'HCResolution', 'HCPublicMessage', 'HCProblemId', 'HCArticleId', 'HCSatisfaction', 'HCSatisfactionComment', 'HCSequence', 'HCApproval', 'HCInformed', 'HCIncomplete', 'HCUnverified', 'HCLanguage'];

/** A HelpTicketClaims item as REST returns it (Requester actions (answers, reopenings, ratings)). */
export interface RawHelpTicketClaimsItem extends RawItemBase {
  /** Ticket #: Ticket the action is about. */
  HCTicketId: number | null;
  /** Action: answer, comment, accept, reopen or rate. */
  HCAction: 'answer' | 'comment' | 'accept' | 'reopen' | 'rate' | null;
  /** Message: What the requester wrote (plain text). */
  HCMessage: string | null;
  /** Rating: Rating 1-5 (rate). */
  HCRating: number | null;
  /** Key: Ticket + a random id drawn by the page: a retried click is one action (looked up first; not unique, see HCTicketId). */
  HCClaimKey: string | null;
  /** Applied: The desk has taken the action into account (or refused it: see the outcome). */
  HCApplied: boolean | null;
  /** Outcome: applied, or why the desk did not apply it. */
  HCOutcome: string | null;
}

/** `$select` of every column of HelpTicketClaims. */
export const HELP_TICKET_CLAIMS_SELECT: readonly string[] = [...BASE_SELECT, 'HCTicketId', 'HCAction', 'HCMessage', 'HCRating', 'HCClaimKey', 'HCApplied', 'HCOutcome'];

/** A HelpTicketWatches item as REST returns it (Followed requests (what people kept informed see)). */
export interface RawHelpTicketWatchesItem extends RawItemBase {
  /** Ticket #: The request followed. */
  HCTicketId: number | null;
  /** Watcher: Who follows it (the item's Author is set to them too, so ReadSecurity 2 shows it to them only). */
  HCWatcherId: number | null;
  /** Key: ticket|watcher id: the desk looks it up before adding (not unique: item-level security forbids unique columns). */
  HCWatchKey: string | null;
  /** Status: The request's status, as the desk last wrote it. */
  HCStatus: 'new' | 'taken_in_charge' | 'in_progress' | 'awaiting_user' | 'resolved' | 'closed' | 'no_follow_up' | null;
  /** Change number: The state's change number (HCSequence) this row was written from: the housekeeping resyncs rows behind their state. */
  HCSequence: number | null;
  /** View: JSON: the summary, the fields the catalogue shows watchers and the public history (status changes and the desk's public messages). */
  HCView: string | null;
  /** Files shared: The requester shared her files: they are copied here as attachments. */
  HCFilesShared: boolean | null;
  /** Following: Cleared when the desk stops informing this person (the item stays, read-only history). */
  HCActive: boolean | null;
  /** Language: Language of the item (fr, en); mails and articles follow it. */
  HCLanguage: 'fr' | 'en' | null;
}

/** `$select` of every column of HelpTicketWatches. */
export const HELP_TICKET_WATCHES_SELECT: readonly string[] = [...BASE_SELECT, 'HCTicketId', 'HCWatcherId', 'HCWatchKey', 'HCStatus', 'HCSequence', 'HCView', 'HCFilesShared', 'HCActive', 'HCLanguage'];

/** A HelpInternalNotes item as REST returns it (Support internal notes). */
export interface RawHelpInternalNotesItem extends RawItemBase {
  /** Ticket: Ticket the note belongs to. */
  HCTicketId: number | null;
  /** Note: Note text. */
  HCBody: string | null;
}

/** `$select` of every column of HelpInternalNotes. */
export const HELP_INTERNAL_NOTES_SELECT: readonly string[] = [...BASE_SELECT, 'HCTicketId', 'HCBody'];

/** A ArticleFeedback item as REST returns it (Article feedback). */
export interface RawArticleFeedbackItem extends RawItemBase {
  /** Article: Article voted on. */
  HCArticleId: number | null;
  /** Helpful: Yes or no. */
  HCHelpful: boolean | null;
  /** Outdated: Reader flagged the article as outdated. */
  HCOutdated: boolean | null;
  /** Comment: Optional comment. */
  HCComment: string | null;
  /** Vote key: Article + voter: one vote per person per article, found by reading one's own votes first (not unique: SharePoint refuses unique columns on lists where people read only their own items). */
  HCVoteKey: string | null;
}

/** `$select` of every column of ArticleFeedback. */
export const ARTICLE_FEEDBACK_SELECT: readonly string[] = [...BASE_SELECT, 'HCArticleId', 'HCHelpful', 'HCOutdated', 'HCComment', 'HCVoteKey'];

/** A SearchEvents item as REST returns it (Searches (anonymous analytics)). */
export interface RawSearchEventsItem extends RawItemBase {
  /** Query: Normalised query text. */
  HCQuery: string | null;
  /** Results: Number of results shown. */
  HCResultCount: number | null;
  /** Opened article: Article opened from the results. */
  HCOpenedArticleId: number | null;
  /** Ticket filed: A ticket was filed after this search. */
  HCFiledTicket: boolean | null;
  /** Found helpful: The searcher voted the article opened from this search helpful: its query is proposed as another phrasing of the article's question. */
  HCHelpfulVote: boolean | null;
  /** Language: Language of the item (fr, en); mails and articles follow it. */
  HCLanguage: 'fr' | 'en' | null;
}

/** `$select` of every column of SearchEvents. */
export const SEARCH_EVENTS_SELECT: readonly string[] = [...BASE_SELECT, 'HCQuery', 'HCResultCount', 'HCOpenedArticleId', 'HCFiledTicket', 'HCHelpfulVote', 'HCLanguage'];

/** A Experts item as REST returns it (Experts directory). */
export interface RawExpertsItem extends RawItemBase {
  /** Person: The expert. Not unique: a unique column would let anyone squat a colleague's entry; the directory shows one entry per person, the one they wrote themself (Author = Editor = HCPerson). */
  HCPersonId: number | null;
  /** Skills: Skills, comma-separated. */
  HCSkills: string | null;
  /** Categories: Categories the expert answers. */
  HCCategoriesId: number[] | null;
  /** Languages: Languages spoken. */
  HCLanguages: ('fr' | 'en')[] | null;
  /** Bio: Short presentation. */
  HCBio: string | null;
  /** Availability: Available, busy, away. */
  HCAvailability: 'available' | 'busy' | 'away' | null;
  /** Listed in the directory: The person's consent: listed in the experts directory, with the expertise the help center proves (tickets solved, articles). Off: the entry is kept but shown nowhere. */
  HCListed: boolean | null;
  /** Consent given at: When the person last opted in (empty: never, or withdrawn). */
  HCConsentAt: string | null;
}

/** `$select` of every column of Experts. */
export const EXPERTS_SELECT: readonly string[] = [...BASE_SELECT, 'HCPersonId', 'HCSkills', 'HCCategoriesId', 'HCLanguages', 'HCBio', 'HCAvailability', 'HCListed', 'HCConsentAt'];

/** A Announcements item as REST returns it (Announcements and known incidents). */
export interface RawAnnouncementsItem extends RawItemBase {
  /** Message: Message shown in the help bar. */
  HCBody: string | null;
  /** Severity: Info, warning, outage. */
  HCSeverity: 'info' | 'warning' | 'outage' | null;
  /** Start: Shown from. */
  HCStart: string | null;
  /** End: Shown until. */
  HCEnd: string | null;
  /** Audience: Who it is shown to: everyone, requesters, support, contributors (a filter, not security). */
  HCAudience: 'everyone' | 'requesters' | 'support' | 'contributors' | null;
  /** Linked problem: Problem ticket behind it. */
  HCProblemId: number | null;
  /** Language: Language of the item (fr, en); mails and articles follow it. */
  HCLanguage: 'fr' | 'en' | null;
}

/** `$select` of every column of Announcements. */
export const ANNOUNCEMENTS_SELECT: readonly string[] = [...BASE_SELECT, 'HCBody', 'HCSeverity', 'HCStart', 'HCEnd', 'HCAudience', 'HCProblemId', 'HCLanguage'];

/** A HelpNotifications item as REST returns it (Notifications sent (audit trail)). */
export interface RawHelpNotificationsItem extends RawItemBase {
  /** Ticket: Ticket the notification is about. */
  HCTicketId: number | null;
  /** Change key: Ticket + change: a retry reads its own rows with this key first and never records or sends twice (not unique: SharePoint refuses unique columns on lists where people read only their own items). */
  HCChangeKey: string | null;
  /** Recipients: Addresses informed. */
  HCRecipients: string | null;
  /** Values: JSON: the values the template is rendered with when the mail is sent (never rendered HTML). */
  HCValues: string | null;
  /** Sender: browser: sent with Graph as the agent who acted; server: sent by the server-side flow from the help desk's mailbox. */
  HCSender: 'browser' | 'server' | null;
  /** Template: Template key. */
  HCTemplate: string | null;
  /** Language: Language of the item (fr, en); mails and articles follow it. */
  HCLanguage: 'fr' | 'en' | null;
  /** Sent at: When sent (empty = to retry). */
  HCSentAt: string | null;
  /** Error: Last sending error. */
  HCError: string | null;
}

/** `$select` of every column of HelpNotifications. */
export const HELP_NOTIFICATIONS_SELECT: readonly string[] = [...BASE_SELECT, 'HCTicketId', 'HCChangeKey', 'HCRecipients', 'HCValues', 'HCSender', 'HCTemplate', 'HCLanguage', 'HCSentAt', 'HCError'];

/** A HelpApprovalDecisions item as REST returns it (Derogation decisions (from the mail link)). */
export interface RawHelpApprovalDecisionsItem extends RawItemBase {
  /** Ticket #: Ticket the decision is about (a number: the approver cannot read the ticket). */
  HCTicketId: number | null;
  /** Decision: approved or refused. */
  HCDecision: 'approved' | 'refused' | null;
  /** Comment: Optional comment of the approver. */
  HCComment: string | null;
  /** Link secret: The secret of the approver's mail link; the desk checks it against the hash it kept. */
  HCToken: string | null;
  /** Decision key: Ticket + request sequence + approver user id: one decision per request and approver, found by reading one's own decisions first (not unique: SharePoint refuses unique columns on lists where people read only their own items). */
  HCApprovalKey: string | null;
}

/** `$select` of every column of HelpApprovalDecisions. */
export const HELP_APPROVAL_DECISIONS_SELECT: readonly string[] = [...BASE_SELECT, 'HCTicketId', 'HCDecision', 'HCComment', 'HCToken', 'HCApprovalKey'];

/** A ArticleNotifications item as REST returns it (Article notifications (audit trail)). */
export interface RawArticleNotificationsItem extends RawItemBase {
  /** Change key: Article or draft + change + recipient (article:<id>:<sequence>:<event>|<address>): a retry reads its own rows with this key first and never records or sends twice. */
  HCChangeKey: string | null;
  /** Recipients: Addresses informed. */
  HCRecipients: string | null;
  /** Values: JSON: the values the template is rendered with when the mail is sent (never rendered HTML). */
  HCValues: string | null;
  /** Sender: browser: sent with Graph as the person who acted; server: sent by the server-side flow from the help desk's mailbox. */
  HCSender: 'browser' | 'server' | null;
  /** Template: Template key. */
  HCTemplate: string | null;
  /** Language: Language of the item (fr, en); mails and articles follow it. */
  HCLanguage: 'fr' | 'en' | null;
  /** Sent at: When sent (empty = to retry). */
  HCSentAt: string | null;
  /** Error: Last sending error. */
  HCError: string | null;
}

/** `$select` of every column of ArticleNotifications. */
export const ARTICLE_NOTIFICATIONS_SELECT: readonly string[] = [...BASE_SELECT, 'HCChangeKey', 'HCRecipients', 'HCValues', 'HCSender', 'HCTemplate', 'HCLanguage', 'HCSentAt', 'HCError'];

/** A ExpertiseRecords item as REST returns it (Proven expertise (computed by the support desk)). */
export interface RawExpertiseRecordsItem extends RawItemBase {
  /** Person: Whose record it is (one item per person; the first written counts). */
  HCPersonId: number | null;
  /** Record: JSON: per category and month, requests solved, articles written, articles published as reviewer, helpful votes on their articles (src/domain/experts). */
  HCRecord: string | null;
  /** Computed at: When the desk last computed it. */
  HCComputedAt: string | null;
}

/** `$select` of every column of ExpertiseRecords. */
export const EXPERTISE_RECORDS_SELECT: readonly string[] = [...BASE_SELECT, 'HCPersonId', 'HCRecord', 'HCComputedAt'];

/** A Ideas item as REST returns it (Idea box). */
export interface RawIdeasItem extends RawItemBase {
  /** Description: What the author proposes (plain text). */
  HCDescription: string | null;
  /** Category: Category it concerns. */
  HCCategoryId: number | null;
  /** Source request: The request for change (an "evolution" ticket) an agent turned into this idea. */
  HCSourceTicket: number | null;
  /** Client request id: Idempotent submit: a retry reads the author's own ideas with this id first and adds none if one exists. */
  HCClientRequestId: string | null;
  /** Language: Language of the item (fr, en); mails and articles follow it. */
  HCLanguage: 'fr' | 'en' | null;
}

/** `$select` of every column of Ideas. */
export const IDEAS_SELECT: readonly string[] = [...BASE_SELECT, 'HCDescription', 'HCCategoryId', 'HCSourceTicket', 'HCClientRequestId', 'HCLanguage'];

/** A IdeaStates item as REST returns it (Idea statuses (kept by the team)). */
export interface RawIdeaStatesItem extends RawItemBase {
  /** Idea #: The Ideas item this is the state of (looked up first: one per idea, the first written counts). */
  HCIdeaId: number | null;
  /** Status: New, under study, planned, done, declined. */
  HCStatus: 'new' | 'under_study' | 'planned' | 'done' | 'declined' | null;
  /** Team answer: The team's answer to the author and voters (plain text). */
  HCAnswer: string | null;
  /** Answered by: Who last changed the status. */
  HCAnsweredById: number | null;
  /** Category: Category as the team files the idea (top ideas per category). */
  HCCategoryId: number | null;
  /** Votes: Distinct voters, as the team last counted them. */
  HCVotes: number | null;
  /** Change number: Status changes so far: mail change keys are idea:<id>:<sequence>:<status>|<address>, so a retry mails once. */
  HCSequence: number | null;
}

/** `$select` of every column of IdeaStates. */
export const IDEA_STATES_SELECT: readonly string[] = [...BASE_SELECT, 'HCIdeaId', 'HCStatus', 'HCAnswer', 'HCAnsweredById', 'HCCategoryId', 'HCVotes', 'HCSequence'];

/** A IdeaVotes item as REST returns it (Idea votes). */
export interface RawIdeaVotesItem extends RawItemBase {
  /** Idea: The idea voted for. */
  HCIdeaId: number | null;
  /** Vote key: Idea + voter: a retry finds the voter's vote first. */
  HCVoteKey: string | null;
}

/** `$select` of every column of IdeaVotes. */
export const IDEA_VOTES_SELECT: readonly string[] = [...BASE_SELECT, 'HCIdeaId', 'HCVoteKey'];

/** A IdeaNotifications item as REST returns it (Idea box notifications (audit trail)). */
export interface RawIdeaNotificationsItem extends RawItemBase {
  /** Change key: Idea + change + recipient (idea:<id>:<sequence>:<status>|<address>): a retry reads its own rows with this key first and never records or sends twice. */
  HCChangeKey: string | null;
  /** Recipients: Addresses informed. */
  HCRecipients: string | null;
  /** Values: JSON: the values the template is rendered with when the mail is sent (never rendered HTML). */
  HCValues: string | null;
  /** Sender: browser: sent with Graph as the team member who changed the status; server: sent by the server-side flow from the help desk's mailbox. */
  HCSender: 'browser' | 'server' | null;
  /** Template: Template key. */
  HCTemplate: string | null;
  /** Language: Language of the item (fr, en); mails and articles follow it. */
  HCLanguage: 'fr' | 'en' | null;
  /** Sent at: When sent (empty = to retry). */
  HCSentAt: string | null;
  /** Error: Last sending error. */
  HCError: string | null;
}

/** `$select` of every column of IdeaNotifications. */
export const IDEA_NOTIFICATIONS_SELECT: readonly string[] = [...BASE_SELECT, 'HCChangeKey', 'HCRecipients', 'HCValues', 'HCSender', 'HCTemplate', 'HCLanguage', 'HCSentAt', 'HCError'];

/** A ReportSubscriptions item as REST returns it (Monthly report summary subscriptions). */
export interface RawReportSubscriptionsItem extends RawItemBase {
  /** Monthly summary: The person receives the monthly summary of the reports by mail (their own choice; off: the item is kept, no mail). */
  HCMonthlySummary: boolean | null;
}

/** `$select` of every column of ReportSubscriptions. */
export const REPORT_SUBSCRIPTIONS_SELECT: readonly string[] = [...BASE_SELECT, 'HCMonthlySummary'];
