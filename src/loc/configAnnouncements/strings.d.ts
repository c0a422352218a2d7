/** Strings of the set-up page's announcements area (issue 18: severity, period, audience), loaded with its chunk. */
declare interface IHelpCenterConfigAnnouncementsStrings {
  announcementsConfig: {
    heading: string;
    intro: string;
    loading: string;
    currentHeading: string;
    pastHeading: string;
    noCurrent: string;
    noPast: string;
    moreCurrentButton: string;
    moreButton: string;
    addButton: string;
    readFailed: string;
    /** `{0}` the announcement's title. */
    editLabel: string;
    phases: { current: string; upcoming: string; ended: string };
    /** `{0}` start, `{1}` end. */
    period: string;
    /** `{0}` a date and time. */
    periodFromOnly: string;
    audiences: { everyone: string; requesters: string; support: string; contributors: string };
    languages: { fr: string; en: string; both: string };
    /** `{0}` label, `{1}` value. */
    fieldProblem: string;
    /** `{0}` the problem ticket's number, `{1}` its title. */
    problemValue: string;
    shown: IHelpCenterPlural;
    newTitle: string;
    editTitle: string;
    close: string;
    fields: { title: string; body: string; severity: string; start: string; end: string; audience: string; language: string; problem: string };
    bodyHelp: string;
    day: string;
    time: string;
    timeHelp: string;
    /** `{0}` the IANA time zone. */
    timeZone: string;
    /** `{0}` the most days. */
    spanHelp: string;
    audienceHelp: string;
    languageHelp: string;
    problemHelp: string;
    problems: {
      required: string; tooLong: string; markup: string; unknownChoice: string; invalidDate: string; endBeforeStart: string; endPast: string; spanTooLong: string;
    };
    errorSummary: string;
    save: string;
    saving: string;
    cancel: string;
    /** `{0}` title. */
    saved: string;
    saveFailed: string;
    endNow: string;
    /** `{0}` title. */
    ended: string;
    remove: string;
    removeTitle: string;
    /** `{0}` title. */
    removeBody: string;
    confirmRemove: string;
    /** `{0}` title. */
    removed: string;
    draftRestored: string;
    conflictTitle: string;
    conflictBody: string;
    overwrite: string;
    takeTheirs: string;
    deletedMeanwhile: string;
    historyHeading: string;
    historyEmpty: string;
    historyEntry: string;
    previewHeading: string;
    previewHelp: string;
    /** The help bar's `labelSeparator` (" : " / ": "), for its rendering of the preview. */
    previewSeparator: string;
    /** The help bar's `dismissAnnouncement` (`{0}` title). */
    previewDismiss: string;
    datePicker: { goToToday: string; prevMonth: string; nextMonth: string; prevYear: string; nextYear: string; closeButton: string; invalid: string };
  };
}

declare module 'HelpCenterConfigAnnouncementsStrings' {
  const strings: IHelpCenterConfigAnnouncementsStrings;
  export = strings;
}
