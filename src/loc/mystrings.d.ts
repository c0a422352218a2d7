/** Singular and plural forms of a counted message; `{0}` is the count. */
declare interface IHelpCenterPlural {
  one: string;
  other: string;
}

/**
 * Every user-visible string of the help center, one module shared by all components (SPFx maps it
 * through config/config.json `localizedResources`). Labels of domain codes are keyed by code, so the
 * compiler checks that each code of src/domain/vocabulary.ts has a label.
 */
declare interface IHelpCenterStrings {
  common: {
    dismiss: string;
    loading: string;
    retry: string;
    errorTitle: string;
    /** `{0}`: the technical cause. */
    errorCause: string;
    unexpectedError: string;
    empty: string;
  };
  ticketStatus: Record<import('../domain/vocabulary').TicketStatus, string>;
  /** Statuses in the desk's words ("awaiting the requester"): every desk page; ticketStatus is the requester's wording. */
  deskStatus: Record<import('../domain/vocabulary').TicketStatus, string>;
  ticketKind: Record<import('../domain/vocabulary').TicketKind, string>;
  ticketSeverity: Record<import('../domain/vocabulary').TicketSeverity, string>;
  incidentType: Record<import('../domain/vocabulary').IncidentType, string>;
  ticketPriority: Record<import('../domain/vocabulary').TicketPriority, string>;
  supportLevel: Record<import('../domain/vocabulary').SupportLevel, string>;
  ticketChannel: Record<import('../domain/vocabulary').TicketChannel, string>;
  /** The ticket field catalogue's labels (src/domain/tickets/fields.ts): one label per field for the form, the ticket pages and the queues. */
  fields: Record<import('../domain/tickets/fields').TicketFieldKey, { label: string }>;
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
  language: Record<import('../domain/vocabulary').Language, string>;
  articleStatus: Record<import('../domain/vocabulary').ArticleStatus, string>;
  articleKind: Record<import('../domain/vocabulary').ArticleKind, string>;
  locationKind: Record<import('../domain/vocabulary').LocationKind, string>;
  announcementSeverity: Record<import('../domain/vocabulary').AnnouncementSeverity, string>;
  expertAvailability: Record<import('../domain/vocabulary').ExpertAvailability, string>;
  setup: {
    title: string;
    intro: string;
    checking: string;
    ready: string;
    notReady: string;
    listsReady: IHelpCenterPlural;
    itemsToFix: IHelpCenterPlural;
    nothingToFix: string;
    applyButton: string;
    applying: string;
    /** `{0}` done, `{1}` total, `{2}` the step just handled. */
    progressDescription: string;
    announceStart: string;
    /** `{0}`: percentage done. */
    announceProgress: string;
    announceDone: string;
    announceDoneWithErrors: string;
    notOwner: string;
    inspectFailed: string;
    applyFailed: string;
    stepErrors: string;
    /** `{0}` check id, `{1}` SharePoint's message. */
    stepError: string;
    detailsHeading: string;
    siteGroup: string;
    /** `{0}` ok checks, `{1}` all checks of the group. */
    groupSummary: string;
    /** `{0}` expected value, `{1}` actual value. */
    expectedActual: string;
    /** `{0}`: expected value. */
    expected: string;
    checkKind: Record<import('../data/provisioning/types').ProvisioningCheckKind, string>;
    checkStatus: Record<import('../data/provisioning/types').ProvisioningStatus, string>;
  };
  helpBar: {
    searchLabel: string;
    searchPlaceholder: string;
    searchButton: string;
    requestLink: string;
    myRequestsLink: string;
    announcementsLabel: string;
    labelSeparator: string;
    regionLabel: string;
    helpCenterLink: string;
  };
  /** The ticket form (TicketForm web part). `{0}`, `{1}`: values in the order the component passes them. */
  ticketForm: {
    screenshotAndAttachments: string;
    fileSize: string;
    screenshotError: string;
    title: string;
    intro: string;
    loading: string;
    loadFailed: string;
    kindLabel: string;
    kindHelp: Record<import('../domain/vocabulary').TicketKind, string>;
    categoryLabel: string;
    categoryPlaceholder: string;
    titleLabel: string;
    titlePlaceholder: string;
    descriptionLabel: string;
    descriptionPlaceholder: string;
    courseLabel: string;
    locationLabel: string;
    locationPlaceholder: string;
    equipmentLabel: string;
    equipmentPlaceholder: string;
    incidentTypeLabel: string;
    severityLabel: string;
    priorityLabel: string;
    choose: string;
    screenshotLabel: string;
    screenshotHelp: string;
    attachmentsLabel: string;
    attachmentsHelp: string;
    chooseFiles: string;
    removeFile: string;
    pastedScreenshot: string;
    watchersLabel: string;
    watchersHelp: string;
    peopleSearchPlaceholder: string;
    peopleNoResult: string;
    removePerson: string;
    onBehalfHeading: string;
    beneficiaryLabel: string;
    channelLabel: string;
    suggestionsHeading: string;
    suggestionSolved: string;
    suggestionOpen: string;
    deflected: string;
    submit: string;
    submitting: string;
    draftRestored: string;
    discardDraft: string;
    draftSaved: string;
    fixErrors: string;
    submitFailed: string;
    retry: string;
    required: string;
    tooLong: string;
    fileTooLarge: string;
    fileTypeNotAllowed: string;
    fileBlocked: string;
    fileEmpty: string;
    fileDuplicate: string;
    tooManyFiles: string;
    confirmationTitle: string;
    confirmationNext: string;
    confirmationFirstResponse: string;
    confirmationEmail: string;
    confirmationEmailFailed: string;
    confirmationEmailByDesk: string;
    followLink: string;
    newRequest: string;
    /** `{0}`: the name the file is stored under. */
    fileStoredAs: string;
    /** `{0}`: the file's name; `{1}`: its extension in capitals ("PDF"). */
    fileContentMismatch: string;
    /** The name of a file whose own name had nothing usable left. */
    fileFallbackName: string;
    shareFilesLabel: string;
    shareFilesHelp: string;
    confirmationHoursHeading: string;
  };
  /** A team's hours now and next (ui/tickets/form/hoursText). `{n}` in the order hoursText passes them. */
  hours: {
    heading: string;
    /** `{0}`: closing time. */
    openNow: string;
    /** `{0}`: next opening ("lundi 26 mai à 7h30"). */
    closedNow: string;
    /** `{0}`: the holiday; `{1}`: next opening. */
    closedHoliday: string;
    /** `{0}`: the weekly hours. */
    weekly: string;
    /** `{0}`: the period's name; `{1}`: its weekly hours. */
    weeklyPeriod: string;
    /** `{0}`: date; `{1}`: weekly hours. */
    changeHours: string;
    /** `{0}`: date; `{1}`: the period's name; `{2}`: weekly hours. */
    changePeriod: string;
    /** `{0}`: date; `{1}`: the holiday. */
    changeHoliday: string;
    /** `{0}`: date. */
    changeHolidayUnnamed: string;
    /** `{0}`: day; `{1}`: time. */
    dayAt: string;
    /** `{0}`–`{1}`: first and last weekday. */
    dayRange: string;
    /** `{0}`–`{1}`: opening and closing time. */
    slotRange: string;
    listSeparator: string;
    /** `{0}`: hour, on the hour. */
    timeOnHour: string;
    /** `{0}`: hour; `{1}`: minutes, two digits. */
    time: string;
  };
  /** Unit words of durations ("15 min", "3 jours ouvrés"): ui/common/format durationText. */
  durations: import('../domain/time/durations').DurationWords;
  ticketFormPane: {
    newRequestUrl: string;
    description: string;
    group: string;
    myTicketsUrl: string;
    helpCenterSiteUrl: string;
    helpCenterSiteUrlHelp: string;
  };
  /** MyTickets web part. `{0}`, `{1}`: values in the order the component passes them. */
  myTickets: {
    title: string;
    loading: string;
    loadFailed: string;
    tabMine: string;
    tabOnBehalf: string;
    statusFilter: string;
    allStatuses: string;
    empty: string;
    newRequest: string;
    more: string;
    columnNumber: string;
    columnTitle: string;
    columnStatus: string;
    columnUpdated: string;
    ticketHeading: string;
    back: string;
    notFound: string;
    filedOn: string;
    timelineHeading: string;
    timelineStep: string;
    conversationHeading: string;
    noComment: string;
    commentBy: string;
    addCommentLabel: string;
    sendComment: string;
    answerLabel: string;
    answerHelp: string;
    sendAnswer: string;
    filesHeading: string;
    noFile: string;
    addFile: string;
    resolutionHeading: string;
    acceptResolution: string;
    reopen: string;
    reopenLabel: string;
    rateHeading: string;
    rateLabel: string;
    rateStar: string;
    rateComment: string;
    sendRating: string;
    rated: string;
    actionFailed: string;
    conflict: string;
    saved: string;
    claimSent: string;
    claimPending: string;
    claimRefused: string;
    notReceived: string;
    claimActions: { answer: string; comment: string; accept: string; reopen: string; rate: string };
  };
  /** SupportDesk web part. `{0}`, `{1}`: values in the order the component passes them. */
  desk: {
    title: string;
    loading: string;
    loadFailed: string;
    notAgent: string;
    queuesLabel: string;
    queue: Record<import('../domain/desk/queues').QueueKey, string>;
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
    noteBy: string;
    extrasLoading: string;
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
    severity: Record<import('../domain/vocabulary').AnnouncementSeverity, string>;
    resolveProblem: string;
    resolveProblemLabel: string;
    resolveProblemHelp: string;
    loadFailed: string;
  };
  /** The approver's page (MyTickets `?approval=ID&key=N`, from the approval mail). */
  approvalDecision: {
    /** {0}: the ticket number. */
    heading: string;
    intro: string;
    commentLabel: string;
    approve: string;
    refuse: string;
    saving: string;
    /** {0}: the decision (approved / refused), {1}: when. */
    recorded: string;
    /** {0}: the approver's comment. */
    recordedComment: string;
    approved: string;
    refused: string;
    agentIntro: string;
    /** {0}: the ticket number. */
    openDesk: string;
    failed: string;
    /** A forwarded link: the viewer is not the approver it was sent to. */
    notForYou: string;
    loadFailed: string;
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
  /** The page of a person kept informed of a request (a watcher), and the "requests I follow" section of My requests. `{0}`, `{1}`: values in the order the component passes them. */
  follow: {
    sectionHeading: string;
    sectionIntro: string;
    /** One followed request: {0} number, {1} title. */
    item: string;
    /** {0} a date. */
    updatedOn: string;
    more: string;
    loading: string;
    listLoadFailed: string;
    loadFailed: string;
    /** Shown to someone who is not (or no longer) kept informed of the request of the link. */
    notFollowed: string;
    back: string;
    /** {0} number, {1} title. */
    heading: string;
    /** {0} the requester's name. */
    informedNote: string;
    statusLabel: string;
    descriptionHeading: string;
    resolutionHeading: string;
    historyHeading: string;
    historyTruncated: string;
    /** History steps: filed {0} requester; status {0} status label; replyBy {0} the agent; handedOverTeam {0} team; handedOverLevel {0} level label. */
    events: { filed: string; status: string; reply: string; replyBy: string; handedOverTeam: string; handedOverLevel: string };
    /** {0} a person. */
    by: string;
    /** {0} the requester's name. */
    filesHeading: string;
    fieldsHeading: string;
  };
  /** The requester's view of who is kept informed: people the desk confirmed, people she asked for and it has not confirmed yet. */
  informedPeople: {
    heading: string;
    confirmed: string;
    asked: string;
    none: string;
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
    errors: Record<import('../domain/tickets/actions').TicketErrorCode, string>;
  };
  /** KnowledgeSearch web part. */
  knowledge: {
    title: string;
    searchLabel: string;
    searchPlaceholder: string;
    loading: string;
    loadFailed: string;
    resultsLabel: string;
    resultCount: string;
    popular: string;
    recent: string;
    filterCategory: string;
    filterLanguage: string;
    filterKind: string;
    all: string;
    updated: string;
    translation: string;
    otherLanguage: string;
    noResults: string;
    didYouMean: string;
    closestCategories: string;
    stillNeedHelp: string;
    close: string;
    readIn: string;
    related: string;
    attachments: string;
    helpfulQuestion: string;
    yes: string;
    no: string;
    commentLabel: string;
    sendVote: string;
    thanks: string;
    outdated: string;
    outdatedDone: string;
    voteFailed: string;
    articleNotFound: string;
    /** "Experts in {0} can help too": {0} is a category. */
    experts: string;
    /** Link to a Teams chat; {0} is the expert's name. */
    chatWith: string;
  };
  knowledgePane: {
    ticketFormUrl: string;
    defaultCategory: string;
    defaultCategoryHelp: string;
    defaultLanguage: string;
    anyLanguage: string;
    resultCount: string;
    provider: string;
    providerAuto: string;
    providerLocal: string;
    providerSharePoint: string;
  };
  workbench: {
    knowledgeTitle: string;
    knowledgeDescription: string;
    deskTitle: string;
    deskDescription: string;
    myTicketsTitle: string;
    myTicketsDescription: string;
    ticketFormTitle: string;
    ticketFormDescription: string;
    identityLabel: string;
    homeTitle: string;
    webPartsHeading: string;
    setupTitle: string;
    setupDescription: string;
    outboxTitle: string;
    outboxDescription: string;
    outboxEmpty: string;
    /** `{0}` sender, `{1}` recipients. */
    outboxFromTo: string;
    outboxSentAt: string;
  };
}

declare module 'HelpCenterStrings' {
  const strings: IHelpCenterStrings;
  export = strings;
}
