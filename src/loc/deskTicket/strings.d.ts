/** Strings of a ticket on the support desk (its panel: page, conversation, actions, problems, approvals), loaded with the panel. */
declare interface IHelpCenterDeskTicketStrings {
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
    /** A resolved or closed ticket's action for agents who write articles: a new article prefilled from it (new tab). */
    turnIntoArticle: string;
    /** A request for change's action for agents: the idea box makes an idea of it, its requester its author (new tab). */
    turnIntoIdea: string;
    /** Said after a link's name when it opens a new tab. */
    newTab: string;
  };
  /** The desk ticket page's extra panels: derogation approval, problems (ITIL), people informed. */
  deskExtra: {
    approvalHeading: string;
    approvalNone: string;
    approvalRequired: string;
    approvalRequiredBy: string;
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

declare module 'HelpCenterDeskTicketStrings' {
  const strings: IHelpCenterDeskTicketStrings;
  export = strings;
}
