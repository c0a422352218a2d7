/** Strings every help-center component shares: common messages, the labels of domain codes (statuses, kinds, priorities, fields…), durations and the property pane. */
declare interface IHelpCenterCommonStrings {
  common: {
    dismiss: string;
    loading: string;
    retry: string;
    errorTitle: string;
    /** `{0}`: the technical cause. */
    errorCause: string;
    unexpectedError: string;
    /** Shown instead of a web part when no setting names the help center's site (in Teams, on the root site). */
    helpCenterSiteMissing: string;
    empty: string;
  };
  ticketStatus: Record<import('../../domain/vocabulary').TicketStatus, string>;
  /** Statuses in the desk's words ("awaiting the requester"): every desk page; ticketStatus is the requester's wording. */
  deskStatus: Record<import('../../domain/vocabulary').TicketStatus, string>;
  ticketKind: Record<import('../../domain/vocabulary').TicketKind, string>;
  ticketSeverity: Record<import('../../domain/vocabulary').TicketSeverity, string>;
  incidentType: Record<import('../../domain/vocabulary').IncidentType, string>;
  ticketPriority: Record<import('../../domain/vocabulary').TicketPriority, string>;
  supportLevel: Record<import('../../domain/vocabulary').SupportLevel, string>;
  ticketChannel: Record<import('../../domain/vocabulary').TicketChannel, string>;
  /** The ticket field catalogue's labels (src/domain/tickets/fields.ts): one label per field for the form, the ticket pages and the queues. */
  fields: Record<import('../../domain/tickets/fields').TicketFieldKey, { label: string }>;
  /** How the ticket pages show the catalogue's values. */
  fieldDisplay: {
    /** Heading of the ticket's fields on the ticket pages. */
    heading: string;
    /** A room or service in its building: `{0}` the room, `{1}` the building. */
    inBuilding: string;
    /** An equipment in its room: `{0}` the equipment, `{1}` the room (with its building). */
    inRoom: string;
    /** A value the reader's page cannot name (a deleted category, team or place): `{0}` its number. */
    unknown: string;
  };
  language: Record<import('../../domain/vocabulary').Language, string>;
  articleStatus: Record<import('../../domain/vocabulary').ArticleStatus, string>;
  articleKind: Record<import('../../domain/vocabulary').ArticleKind, string>;
  locationKind: Record<import('../../domain/vocabulary').LocationKind, string>;
  announcementSeverity: Record<import('../../domain/vocabulary').AnnouncementSeverity, string>;
  expertAvailability: Record<import('../../domain/vocabulary').ExpertAvailability, string>;
  /** Unit words of durations ("15 min", "3 jours ouvrés"): ui/common/format durationText. */
  durations: import('../../domain/time/durations').DurationWords;
  ticketFormPane: {
    newRequestUrl: string;
    description: string;
    group: string;
    myTicketsUrl: string;
    helpCenterSiteUrl: string;
    helpCenterSiteUrlHelp: string;
  };
  /** Who was informed of a ticket's changes (HelpNotifications). `{0}`, `{1}`: values in the order the component passes them. */
  informed: {
    heading: string;
    requesterIntro: string;
    /** A person or team without an address: {0} who, {1} the change. */
    entryNoEmail: string;
    /** From the ticket's own log: "informed on {0}" (a date). */
    informedOn: string;
    /** The team's queue, unnamed. */
    team: string;
    /** The team's queue: {0} is the team's name. */
    teamNamed: string;
    none: string;
    entry: string;
    sent: string;
    pending: string;
    failed: string;
    loadFailed: string;
    events: { [event: string]: string };
  };
}

declare module 'HelpCenterCommonStrings' {
  const strings: IHelpCenterCommonStrings;
  export = strings;
}
