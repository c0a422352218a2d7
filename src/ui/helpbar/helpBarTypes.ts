import type { SPFI } from '@pnp/sp';

/** Where the help bar's links go (pages of the help center site). */
export interface HelpBarLinks {
  /** The help center's home page. */
  home: string;
  /** The page with the KnowledgeSearch web part (receives `?q=`). */
  knowledge: string;
  /** The page with the TicketForm web part. */
  request: string;
  /** The page with the MyTickets web part. */
  myRequests: string;
  /** The experts directory. */
  experts: string;
  /** The idea box. */
  ideas: string;
  /** The support desk (agents). */
  desk: string;
  /** The contributors' page (contributors). */
  articles: string;
  /** The set-up page (site owners). */
  setup: string;
}

import type { HelpBarAnnouncement, HelpBarCounts, HelpBarRoles, HelpBarStatus } from '../../data/helpbar/statusTypes';
export type { HelpBarAnnouncement, HelpBarCounts, HelpBarRoles, HelpBarStatus };

/** PnPjs bound to the help center site, as the host builds it (SPFx in SharePoint, the workbench's fake context). */
export interface HelpBarConnection {
  /** PnPjs on the help center site, acting as the person. */
  sp: SPFI;
  /** Microsoft Graph as SPFx gives it (the ticket form's notification mail). */
  graph(): Promise<{ api(path: string): { post(body: unknown): Promise<unknown> } }>;
  /** The person. */
  user: { loginName: string; email: string; displayName: string };
}

/** Strings the bar shows (the common module's severities and the help bar's own module). */
export type HelpBarStrings = Pick<IHelpCenterStrings, 'helpBar' | 'announcementSeverity'>;

/** What the help bar needs from its host. */
export interface HelpBarOptions {
  /** Strings of the page's language. */
  strings: HelpBarStrings;
  /** Absolute URL of the help center's site. */
  helpCenterUrl: string;
  /** Page links; conventional pages of the help center site when omitted. */
  links?: Partial<HelpBarLinks>;
  /** The page's culture ('fr-FR', 'en-US'): announcements in its language are preferred. */
  language?: string;
  /** The person's login (dismissed announcements and the cached user id are remembered per person). */
  userLogin?: string;
  /** Absolute URL of the page's site: when it is the help center's, `formDigest` is valid there (one $batch). */
  pageSiteUrl?: string;
  /** The page's form digest (SPFx: legacyPageContext.formDigestValue), valid on the page's site only. */
  formDigest?: string;
  /**
   * Reads the announcements, the person's counts and roles after the bar is usable (one request); by default the
   * bar's own $batch (statusRequest.ts). None are shown when false.
   */
  fetchStatus?: false | (() => Promise<HelpBarStatus>);
  /** Builds PnPjs for the help center site, in a chunk of the host's (type-ahead and panels). Without it: no type-ahead, links only. */
  connect?: () => Promise<HelpBarConnection>;
  /** Where the bar keeps what it remembers (tests); window.localStorage by default. */
  storage?: Storage;
}
