/** Strings of the knowledge base (KnowledgeSearch web part). */
declare interface IHelpCenterKnowledgeStrings {
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
    /** The button opening the filters, and with the number of filters set ({0}). */
    filtersToggle: string;
    filtersToggleCount: string;
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
    /** The search failed (the query is kept). */
    searchFailed: string;
    /** Read to screen readers while a search runs. */
    searching: string;
    /** The search box's clear button. */
    clear: string;
    /** "Experts in {0} can help too": {0} is a category. */
    experts: string;
    /** Link to a Teams chat; {0} is the expert's name. */
    chatWith: string;
    /** An expert card's "ask this expert" link (a request assigned to them); {0}: their name. */
    askExpert: string;
    /** The link under the experts' cards to the experts directory filtered on the category. */
    seeAllExperts: string;
    /** `{0}`: the chosen category's community (a Teams channel): the link opens in a new tab. */
    communityTeams: string;
    /** `{0}`: the chosen category's community on Viva Engage. */
    communityEngage: string;
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
}

declare module 'HelpCenterKnowledgeStrings' {
  const strings: IHelpCenterKnowledgeStrings;
  export = strings;
}
