/** Strings of the experts directory (ExpertsDirectory web part). */
declare interface IHelpCenterExpertsStrings {
  /** The experts directory page (src/ui/experts). */
  experts: {
    /** The page's heading. */
    title: string;
    /** One line under the heading. */
    intro: string;
    loading: string;
    loadFailed: string;
    retry: string;
    /** The search box's label. */
    searchLabel: string;
    filterCategory: string;
    filterLanguage: string;
    filterAvailability: string;
    sortLabel: string;
    sortRelevance: string;
    sortName: string;
    allCategories: string;
    allLanguages: string;
    anyAvailability: string;
    /** Result count (live region). */
    resultsOne: string;
    /** {0}: how many. */
    resultsMany: string;
    resultsNone: string;
    emptyDirectory: string;
    showMore: string;
    skills: string;
    categories: string;
    languages: string;
    availability: string;
    /** The card's 'why listed' sentence. {0}: category, {1}: counts. */
    why: string;
    /** Label of the sentence. */
    whyLabel: string;
    resolvedOne: string;
    resolvedMany: string;
    writtenOne: string;
    writtenMany: string;
    reviewedOne: string;
    reviewedMany: string;
    helpfulOne: string;
    helpfulMany: string;
    /** {0}: the community's name. */
    community: string;
    chat: string;
    chatLabel: string;
    mail: string;
    mailLabel: string;
    ask: string;
    askLabel: string;
    /** Label of a card's contact links. */
    contact: string;
    topTitle: string;
    topPeriod: string;
    periodMonth: string;
    periodTerm: string;
    periodYear: string;
    topNone: string;
    /** The button opening the panel. */
    myEntry: string;
    myEntryTitle: string;
    myEntryIntro: string;
    skillsField: string;
    skillsHelp: string;
    categoriesField: string;
    languagesField: string;
    bioField: string;
    availabilityField: string;
    listedField: string;
    consent: string;
    listedSince: string;
    notListed: string;
    save: string;
    close: string;
    saving: string;
    saved: string;
    draftRestored: string;
    errorConflict: string;
    errorDenied: string;
    errorFailed: string;
    errorSkills: string;
  };
}

declare module 'HelpCenterExpertsStrings' {
  const strings: IHelpCenterExpertsStrings;
  export = strings;
}
