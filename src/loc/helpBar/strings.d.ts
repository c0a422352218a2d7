/** Strings of the help bar (application customizer on every page). */
declare interface IHelpCenterHelpBarStrings {
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
    knowledgeLink: string;
    expertsLink: string;
    ideasLink: string;
    deskLink: string;
    articlesLink: string;
    setupLink: string;
    menuButton: string;
    suggestionsLabel: string;
    suggestionCount: string;
    suggestionCountOne: string;
    noSuggestion: string;
    suggestionsFailed: string;
    openCount: string;
    openCountOne: string;
    waitingCount: string;
    waitingCountOne: string;
    dismissAnnouncement: string;
    panelClose: string;
    articlePanelTitle: string;
    requestPanelTitle: string;
    fullPage: string;
    panelLoading: string;
    panelFailed: string;
  };
}

declare module 'HelpCenterHelpBarStrings' {
  const strings: IHelpCenterHelpBarStrings;
  export = strings;
}
