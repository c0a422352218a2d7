/** Strings of the support desk (SupportDesk web part). */
declare interface IHelpCenterDeskStrings {
  /** SupportDesk web part. `{0}`, `{1}`: values in the order the component passes them. */
  desk: {
    title: string;
    loading: string;
    loadFailed: string;
    notAgent: string;
    queuesLabel: string;
    queue: Record<import('../../domain/desk/queues').QueueKey, string>;
    queueCount: string;
    incomplete: string;
    askMissingFirst: string;
    askMissing: string;
    askMissingMessage: string;
    unverified: string;
    missingFields: { course: string; screenshot: string; location: string; equipment: string; incidentType: string; severity: string; priority: string; beneficiary: string };
    requestedWatchers: string;
    confirmWatchers: string;
    filtersLabel: string;
    /** The button opening the filters and the sort; `{0}`: how many are set. */
    filtersToggle: string;
    filtersToggleCount: string;
    filterTeam: string;
    filterLevel: string;
    filterCategory: string;
    filterKind: string;
    filterPriority: string;
    filterChannel: string;
    /** Filter: room or service (a room includes its equipment). */
    filterLocation: string;
    filterText: string;
    all: string;
    sortLabel: string;
    sort: { newest: string; oldest: string; due: string; priority: string };
    columnNumber: string;
    columnTitle: string;
    columnStatus: string;
    columnTeam: string;
    columnAssignee: string;
    columnDue: string;
    /** Queue column: the ticket's team and support level ({0} team, {1} level in columnTeamLevelValue). */
    columnTeamLevel: string;
    columnTeamLevelValue: string;
    columnUpdated: string;
    /** Accessible name of the queue's table or cards: {0} the queue. */
    listLabel: string;
    /** The ticket panel's close button. */
    closeTicket: string;
    unassigned: string;
    overdue: string;
    dueIn: string;
    paused: string;
    empty: string;
    results: string;
    workloadHeading: string;
    /** The workload's groups (tiles of counts) and the tile of the tickets nobody has. */
    workloadTeams: string;
    workloadPeople: string;
    workloadNobody: string;
    refresh: string;
    /** SLA clocks in business hours; `{0}`: a duration such as "2 h 05". */
    sla: { firstResponse: string; resolution: string; left: string; atRisk: string; overdue: string; breached: string; paused: string; met: string; heading: string; none: string; hoursMinutes: string; minutes: string };
  };
}

declare module 'HelpCenterDeskStrings' {
  const strings: IHelpCenterDeskStrings;
  export = strings;
}
