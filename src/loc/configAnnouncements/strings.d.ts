/** Strings of the set-up page's announcements area (issue 18: severity, period, audience), loaded with its chunk. */
declare interface IHelpCenterConfigAnnouncementsStrings {
  announcementsConfig: {
    heading: string;
    intro: string;
    loading: string;
  };
}

declare module 'HelpCenterConfigAnnouncementsStrings' {
  const strings: IHelpCenterConfigAnnouncementsStrings;
  export = strings;
}
