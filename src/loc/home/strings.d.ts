/** Strings of the help center's home page (HelpCenterHome web part). */
declare interface IHelpCenterHomeStrings {
  /** The home page (src/ui/home). */
  home: {
    /** The hero's heading. */
    title: string;
    loading: string;
    loadFailed: string;
    retry: string;
    searchLabel: string;
    searchPlaceholder: string;
    searchButton: string;
    searchHint: string;
    suggestionsLabel: string;
    /** Live region: how many suggestions. */
    suggestionsCount: IHelpCenterPlural;
    noSuggestion: string;
    /** The last suggestion: the knowledge page searched for {0}. */
    searchAll: string;
    suggestionsLoading: string;
    suggestionsFailed: string;
    categoriesHeading: string;
    /** A category's published articles in the reader's language. */
    articleCount: IHelpCenterPlural;
    articleCountLoading: string;
    popularHeading: string;
    recentHeading: string;
    articlesLoading: string;
    articlesFailed: string;
    articlesNone: string;
    /** After an article in the other language. */
    otherLanguage: string;
    seeKnowledge: string;
    announcementsHeading: string;
    requestsHeading: string;
    requestsNone: string;
    /** How many of her requests wait for her. */
    requestsWaiting: IHelpCenterPlural;
    waitingForYou: string;
    notReceived: string;
    /** A request's number. */
    requestNumber: string;
    updatedOn: string;
    seeAllRequests: string;
    makeRequest: string;
    requestsFailed: string;
    contactHeading: string;
    contactForm: string;
    contactFormHelp: string;
    phone: string;
    examPhone: string;
    email: string;
    /** Where the desk receives people (HelpSettings helpdesk.desk). */
    desk: string;
    hoursHeading: string;
    expertsHeading: string;
    expertsIntro: string;
    expertsLoading: string;
    expertsFailed: string;
    expertsNone: string;
    seeExperts: string;
    communitiesHeading: string;
    communityTeams: string;
    communityEngage: string;
    skills: string;
    /** Between skills. */
    listSeparator: string;
  };
  /** The support's hours on the home: the ticket form's words (src/ui/tickets/form/hoursText.ts), the home loading only its own strings. */
  homeHours: IHelpCenterTicketFormStrings['hours'];
}

declare module 'HelpCenterHomeStrings' {
  const strings: IHelpCenterHomeStrings;
  export = strings;
}
