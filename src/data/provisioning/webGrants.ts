import { ListGrant } from '../schema';

/**
 * Role assignments the help center needs on the web itself (lists without unique permissions use them).
 * - support -> the agent level: HelpTickets, HelpNotifications, ArticleFeedback, SearchEvents inherit the
 *   web's permissions and use ReadSecurity/WriteSecurity=2, so agents need "Override List Behaviors" at
 *   the web scope to read and handle every ticket.
 * - contributors -> Read: enough to open the help center's pages; what they edit (KnowledgeArticles)
 *   comes from that list's own grants. Filing tickets needs the site's Members level like every employee,
 *   so Contribute on the web is deliberately not given (it would add nothing for members and would let a
 *   contributor who is not a member write to every inheriting list).
 * - reviewers -> Read, for the same reason: what they publish (KnowledgeArticles) comes from that list's grants.
 * - referents -> Read, for the same reason: what they keep (HelpLocations) comes from that list's grants.
 * - managers -> Read, for the same reason: what they read (the reports' lists) comes from those lists' grants.
 */
export const HELP_CENTER_WEB_GRANTS: readonly ListGrant[] = [
  { principal: 'support', role: 'supportAgent' },
  { principal: 'contributors', role: 'read' },
  { principal: 'reviewers', role: 'read' },
  { principal: 'referents', role: 'read' },
  { principal: 'managers', role: 'read' }
];
