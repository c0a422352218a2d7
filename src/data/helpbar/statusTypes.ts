/** What the help bar's one request reads (src/data/helpbar/statusRequest.ts), as its ui shows it. */

/** A current announcement ("we know, we are on it"). */
export interface HelpBarAnnouncement {
  id: number;
  title: string;
  body?: string;
  severity: 'info' | 'warning' | 'outage';
  language?: string;
  /** When it was last edited (an edited announcement shows again to those who dismissed it). */
  modified?: string;
}

/** What the person may open: the pages the links menu shows beyond everyone's. */
export interface HelpBarRoles {
  /** "Override list behaviors" on HelpTickets: the support desk. */
  agent: boolean;
  /** May add drafts: the contributors' page. */
  contributor: boolean;
  /** "Manage web": the set-up page. */
  owner: boolean;
}

/** The person's requests, as the help bar counts them. */
export interface HelpBarCounts {
  /** Open requests (new, taken in charge, in progress, awaiting the requester), received by the desk or not yet. */
  open: number;
  /** Those awaiting the person's answer. */
  waiting: number;
}

/** What the help bar's one request answers (each part may be missing when SharePoint refused it). */
export interface HelpBarStatus {
  announcements: HelpBarAnnouncement[];
  roles: HelpBarRoles;
  /** Undefined when the person's id on the help center site was not known yet (read in this request, counted next time). */
  counts?: HelpBarCounts;
  /** The person's user id on the help center site. */
  userId?: number;
}
