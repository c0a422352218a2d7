/** Strings of the requester's, the watcher's and the approver's pages (MyTickets web part). */
declare interface IHelpCenterMyTicketsStrings {
  /** MyTickets web part. `{0}`, `{1}`: values in the order the component passes them. */
  myTickets: {
    title: string;
    loading: string;
    loadFailed: string;
    tabMine: string;
    tabOnBehalf: string;
    statusFilter: string;
    /** The button that shows (or hides, showing all again) the status filter. */
    filterByStatus: string;
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
    /** The flag of a request the desk waits for her on (its question, or its resolution to accept). */
    waitingForYou: string;
    /** No request in the status chosen. */
    emptyStatus: string;
    /** A card's number on a phone: {0} the number. */
    cardNumber: string;
    /** A card's last change: {0} the date. */
    updatedOn: string;
    descriptionHeading: string;
    /** Under the name of a support agent in the conversation. */
    fromDesk: string;
    /** The heading of her own requests' section (the page's title, "My requests", is the host page's). */
    sectionMine: string;
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
  /** The page of a person kept informed of a request (a watcher), and the "requests I follow" section of My requests. `{0}`, `{1}`: values in the order the component passes them. */
  follow: {
    sectionHeading: string;
    sectionIntro: string;
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
}

declare module 'HelpCenterMyTicketsStrings' {
  const strings: IHelpCenterMyTicketsStrings;
  export = strings;
}
