/**
 * Who an announcement is shown to (Announcements.HCAudience), as the help bar and the home apply it. Like SharePoint's
 * own audience targeting, a filter of what is shown, not security: every reader of the list may read every item.
 * Kept apart from the rules of the form (announcementRules.ts) because the help bar, on every page of the tenant,
 * carries it: a few lines, no import.
 */

/** What a reader is, from her effective permissions (the help bar's and the home's reads). */
export interface AudienceRoles {
  /** "Override list behaviors" on HelpTickets: the support team (owners too). */
  agent: boolean;
  /** May add KnowledgeDrafts: the knowledge base's contributors. */
  contributor: boolean;
}

/**
 * Whether an announcement for `audience` is shown to a reader with `roles`: `everyone`, an empty value (items older
 * than the column) or an unknown one to all; `requesters` to whoever is not in the support team; `support` to the
 * support team; `contributors` to whoever may write drafts.
 */
export function isForReader(audience: unknown, roles: AudienceRoles): boolean {
  if (audience === 'requesters') return !roles.agent;
  if (audience === 'support') return roles.agent;
  if (audience === 'contributors') return roles.contributor;
  return true;
}
