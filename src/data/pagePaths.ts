/**
 * The pages' paths alone, in a module of their own: the help bar (on every page of the tenant) needs them without the
 * rest of the links' code (src/data/pageLinks.ts, which re-exports them).
 */

/** The pages of a help-center site (SitePages of the site that hosts it). */
export const PAGE_PATHS = {
  knowledge: 'SitePages/Knowledge.aspx',
  request: 'SitePages/Request.aspx',
  myRequests: 'SitePages/MyRequests.aspx',
  desk: 'SitePages/Desk.aspx',
  articles: 'SitePages/Articles.aspx',
  experts: 'SitePages/Experts.aspx',
  ideas: 'SitePages/Ideas.aspx',
  reports: 'SitePages/Reports.aspx',
  setup: 'SitePages/Setup.aspx'
} as const;
