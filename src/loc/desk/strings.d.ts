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
    workloadAgent: string;
    workloadTeam: string;
    workloadUnassigned: string;
    refresh: string;
    /** SLA clocks in business hours; `{0}`: a duration such as "2 h 05". */
    sla: { firstResponse: string; resolution: string; left: string; atRisk: string; overdue: string; breached: string; paused: string; met: string; heading: string; none: string; hoursMinutes: string; minutes: string };
  };
  /** The desk's ticket page. */
  deskTicket: {
    back: string;
    requester: string;
    assignee: string;
    watchers: string;
    chatRequester: string;
    chatAssignee: string;
    replyLabel: string;
    sendReply: string;
    notesHeading: string;
    noNote: string;
    noteLabel: string;
    addNote: string;
    extrasLoading: string;
    /** The persona's second line. */
    requesterRole: string;
    assigneeRole: string;
    /** Error summary of an action refused for missing words; {0}: the field's label. */
    errorSummary: string;
    required: string;
    /** The overflow menu of actions on a phone. */
    moreActions: string;
  };
  /** The desk ticket page's extra panels: derogation approval, problems (ITIL), people informed. */
  deskExtra: {
    approvalHeading: string;
    approvalNone: string;
    approvalPending: string;
    approvalDecided: string;
    approvalRecordedBy: string;
    /** The approver decided on the approval page (a HelpApprovalDecisions item). */
    approvalFromLink: string;
    /** {0}: the approver, who may decide from their mail link. */
    approvalPendingLink: string;
    approvalReason: string;
    approvalComment: string;
    approvalCommentLabel: string;
    approvalReasonLabel: string;
    approver: string;
    approverHelp: string;
    requestApproval: string;
    approve: string;
    refuse: string;
    recordFor: string;
    approved: string;
    refused: string;
    problemHeading: string;
    linkedTo: string;
    linkLabel: string;
    linkAction: string;
    noOpenProblem: string;
    incidentsHeading: string;
    noIncident: string;
    announcementHeading: string;
    announcementTitle: string;
    announcementBody: string;
    announcementSeverity: string;
    announcementEnd: string;
    announcementPublish: string;
    announcementPublished: string;
    announcementFailed: string;
    severity: Record<import('../../domain/vocabulary').AnnouncementSeverity, string>;
    resolveProblem: string;
    resolveProblemLabel: string;
    resolveProblemHelp: string;
    loadFailed: string;
  };
  /** Ticket actions (desk and requester) and the domain's error codes. */
  ticketActions: {
    heading: string;
    takeInCharge: string;
    askInfo: string;
    askInfoLabel: string;
    escalate: string;
    escalateLevel: string;
    escalateTeam: string;
    /** The optional named agent of the receiving team (a people field). */
    escalateTo: string;
    escalateToHelp: string;
    reasonLabel: string;
    transfer: string;
    resolve: string;
    resolutionLabel: string;
    close: string;
    closeNoFollowUp: string;
    reopen: string;
    confirm: string;
    cancel: string;
    done: string;
    mailPending: string;
    conflict: string;
    errors: Record<import('../../domain/tickets/actions').TicketErrorCode, string>;
  };
}

declare module 'HelpCenterDeskStrings' {
  const strings: IHelpCenterDeskStrings;
  export = strings;
}
