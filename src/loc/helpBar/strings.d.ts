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
  };
}

declare module 'HelpCenterHelpBarStrings' {
  const strings: IHelpCenterHelpBarStrings;
  export = strings;
}
