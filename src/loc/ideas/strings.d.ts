/** Strings of the idea box (IdeaBox web part). */
declare interface IHelpCenterIdeasStrings {
  /** The box and an idea's page (src/ui/ideas). */
  ideas: {
    /** The page's heading. */
    title: string;
    /** The box's heading (the page's own title is the host page's). */
    listHeading: string;
    intro: string;
    loading: string;
    loadFailed: string;
    retry: string;
    /** The filters' group label. */
    filters: string;
    category: string;
    allCategories: string;
    status: string;
    allStatuses: string;
    order: string;
    top: string;
    newest: string;
    empty: string;
    /** Live region after a load. */
    shown: IHelpCenterPlural;
    more: string;
    newIdea: string;
    /** The vote toggle: its visible text is its name; aria-pressed says whether the reader supports it. */
    support: string;
    voteDone: IHelpCenterPlural;
    voteWithdrawn: IHelpCenterPlural;
    voteFailed: string;
    votes: IHelpCenterPlural;
    teamAnswer: string;
    proposedBy: string;
    fromRequest: string;
    backToBox: string;
    notFound: string;
    supporters: string;
    noSupporters: string;
    comments: string;
    noComments: string;
    commentLabel: string;
    commentSend: string;
    commentSent: string;
    commentFailed: string;
    commentEmpty: string;
    answeredBy: string;
    noAnswer: string;
    /** The idea's status history (its state's versions). */
    history: string;
    historyStep: string;
    historyFailed: string;
    /** The desk's "turn into an idea" (Ideas.aspx?fromTicket=ID). */
    fromTicketRunning: string;
    fromTicketFailed: string;
  };
  /** Idea statuses (src/domain/vocabulary IDEA_STATUSES). */
  ideaStatus: {
    new: string;
    under_study: string;
    planned: string;
    done: string;
    declined: string;
  };
  /** The new idea form (lazy). */
  ideaForm: {
    heading: string;
    titleLabel: string;
    descriptionLabel: string;
    descriptionHelp: string;
    categoryLabel: string;
    categoryPlaceholder: string;
    submit: string;
    cancel: string;
    sending: string;
    summaryTitle: string;
    titleRequired: string;
    titleTooLong: string;
    descriptionRequired: string;
    descriptionTooShort: string;
    descriptionTooLong: string;
    categoryRequired: string;
    failed: string;
    sent: string;
    draftRestored: string;
    loadingForm: string;
  };
  /** The team's status change form (lazy). */
  ideaTeam: {
    heading: string;
    newStatus: string;
    chooseStatus: string;
    answer: string;
    answerHelp: string;
    save: string;
    saving: string;
    saved: IHelpCenterPlural;
    mailsFailed: string;
    conflict: string;
    answerRequired: string;
    answerTooLong: string;
    notAllowed: string;
    notTeam: string;
    failed: string;
    final: string;
    loadingForm: string;
  };
}

declare module 'HelpCenterIdeasStrings' {
  const strings: IHelpCenterIdeasStrings;
  export = strings;
}
