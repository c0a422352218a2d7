/**
 * The help desk's vocabulary, taken from the seeds (ENT support, collège maintenance, exam help desk,
 * L1/L2/L3 help center). Values are stable codes stored in SharePoint choice fields; labels live in src/loc.
 */

/** Ticket lifecycle states (see ARCHITECTURE.md, "Ticket lifecycle"). */
export const TICKET_STATUSES = ['new', 'taken_in_charge', 'in_progress', 'awaiting_user', 'resolved', 'closed', 'no_follow_up'] as const;
/** One ticket status code. */
export type TicketStatus = typeof TICKET_STATUSES[number];

/** What kind of request: assistance, anomaly (something broken), evolution (change request), problem (ITIL, groups incidents). */
export const TICKET_KINDS = ['assistance', 'anomaly', 'evolution', 'problem'] as const;
/** One ticket kind code. */
export type TicketKind = typeof TICKET_KINDS[number];

/** Severity / nature of an equipment intervention (collège maintenance form). */
export const TICKET_SEVERITIES = ['malfunction', 'installation', 'update', 'repair', 'change'] as const;
/** One severity code. */
export type TicketSeverity = typeof TICKET_SEVERITIES[number];

/** Incident type for room and equipment maintenance (collège maintenance form). */
export const INCIDENT_TYPES = ['software', 'hardware', 'internet', 'whiteboard', 'wifi', 'other'] as const;
/** One incident type code. */
export type IncidentType = typeof INCIDENT_TYPES[number];

/** Priorities, lowest to highest. */
export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'critical'] as const;
/** One priority code. */
export type TicketPriority = typeof TICKET_PRIORITIES[number];

/** Support levels: first line, second line (technical), third line (experts, vendors). */
export const SUPPORT_LEVELS = ['L1', 'L2', 'L3'] as const;
/** One support level. */
export type SupportLevel = typeof SUPPORT_LEVELS[number];

/** Where a request came in (every request is recorded wherever it arrived). */
export const TICKET_CHANNELS = ['portal', 'phone', 'email', 'teams', 'desk'] as const;
/** One channel code. */
export type TicketChannel = typeof TICKET_CHANNELS[number];

/** Languages the help center speaks; French is the default. */
export const LANGUAGES = ['fr', 'en'] as const;
/** One language code. */
export type Language = typeof LANGUAGES[number];

/** Knowledge article workflow. */
export const ARTICLE_STATUSES = ['draft', 'in_review', 'published', 'outdated'] as const;
/** One article status code. */
export type ArticleStatus = typeof ARTICLE_STATUSES[number];

/** A KnowledgeDrafts item's state: being written, asked for review (the contributor's claim), copied into the base. */
export const DRAFT_STATUSES = ['draft', 'review', 'published'] as const;
/** One draft status code. */
export type DraftStatus = typeof DRAFT_STATUSES[number];

/** Kinds of knowledge article. */
export const ARTICLE_KINDS = ['faq', 'howto', 'troubleshooting', 'known_issue'] as const;
/** One article kind code. */
export type ArticleKind = typeof ARTICLE_KINDS[number];

/** What a location item is: a room, a piece of equipment, or a service (wifi, website, ENT). */
export const LOCATION_KINDS = ['room', 'equipment', 'service'] as const;
/** One location kind code. */
export type LocationKind = typeof LOCATION_KINDS[number];

/** Announcement severity shown in the help bar. */
export const ANNOUNCEMENT_SEVERITIES = ['info', 'warning', 'outage'] as const;
/** One announcement severity. */
export type AnnouncementSeverity = typeof ANNOUNCEMENT_SEVERITIES[number];

/**
 * Who an announcement is for: everyone, the requesters (whoever is not in the support team), the support team, the
 * knowledge base's contributors. Like SharePoint's own audience targeting, a filter of what is shown, not a security
 * boundary (an announcement is readable by everyone who reads the list).
 */
export const ANNOUNCEMENT_AUDIENCES = ['everyone', 'requesters', 'support', 'contributors'] as const;
/** One announcement audience. */
export type AnnouncementAudience = typeof ANNOUNCEMENT_AUDIENCES[number];

/** Expert availability. */
export const EXPERT_AVAILABILITIES = ['available', 'busy', 'away'] as const;
/** One availability code. */
export type ExpertAvailability = typeof EXPERT_AVAILABILITIES[number];

/** Where an idea of the idea box stands, as the team answers it (seed 003). */
export const IDEA_STATUSES = ['new', 'under_study', 'planned', 'done', 'declined'] as const;
/** One idea status code. */
export type IdeaStatus = typeof IDEA_STATUSES[number];
