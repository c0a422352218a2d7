import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import type { IList } from '@pnp/sp/lists';

/**
 * The help center's list titles, in provisioning order. They are the schema's list names (src/data/schema/lists.ts,
 * where a name is also the list's title and URL segment), spelt again here as literal types because the schema
 * types them as plain strings: a misspelt title then does not compile. A unit test keeps the two equal; the schema
 * itself is not imported, so that a bundle reading one list does not carry every field definition.
 */
export const HELP_LIST_NAMES = [
  'HelpTeams', 'HelpCategories', 'HelpLocations', 'HelpSettings', 'KnowledgeArticles', 'KnowledgeDrafts', 'HelpTickets', 'HelpTicketStates',
  'HelpTicketClaims', 'HelpTicketWatches', 'HelpInternalNotes', 'ArticleFeedback', 'SearchEvents', 'Experts', 'Announcements', 'HelpNotifications',
  'HelpApprovalDecisions', 'ArticleNotifications', 'ExpertiseRecords', 'Ideas', 'IdeaStates', 'IdeaVotes', 'IdeaNotifications', 'ReportSubscriptions'
] as const;

/** The title of one help-center list. */
export type HelpListName = (typeof HELP_LIST_NAMES)[number];

/** One help-center list of the site `sp` points at (batched, sent once, or plain: whatever `sp` is). */
export function helpList(sp: SPFI, name: HelpListName): IList {
  return sp.web.lists.getByTitle(name);
}
