/** Strings of the set-up page's settings area (issue 18: delays, limits, contact), loaded with its chunk. */
declare interface IHelpCenterConfigSettingsStrings {
  settingsConfig: {
    heading: string;
    intro: string;
    loading: string;
    /** The name of the links to the sections. */
    sectionsNav: string;
    readFailed: string;
    /** `{0}`: the section's heading. */
    save: string;
    saving: string;
    /** `{0}`: the section's heading. */
    saved: string;
    saveFailed: string;
    errorSummary: string;
    /** `{0}`: the field, `{1}`: the problem. */
    fieldProblem: string;
    missing: string;
    malformed: string;
    /** `{0}` who, `{1}` when. */
    lastSaved: string;
    overwrite: string;
    takeTheirs: string;
    conflictTitle: string;
    /** `{0}` who, `{1}` when. */
    conflictBody: string;
    deletedMeanwhile: string;
    historyHeading: string;
    historyEmpty: string;
    /** `{0}` label, `{1}` when, `{2}` who. */
    historyEntry: string;
    unreadable: string;
    /** Words of each problem code; `{0}`/`{1}`: the bounds or the value. */
    problems: {
      required: string;
      notWhole: string;
      range: string;
      reminderNotBefore: string;
      tooLong: string;
      invalidPhone: string;
      invalidEmail: string;
      invalidExtension: string;
      blockedExtension: string;
      groupTooSmall: string;
      termTooLong: string;
      tooManyGroups: string;
    };
    delays: {
      heading: string;
      intro: string;
      applies: string;
      resolvedToClosedDays: string;
      resolvedToClosedHelp: string;
      awaitingUserReminderDays: string;
      reminderHelp: string;
      awaitingUserToNoFollowUpDays: string;
      noFollowUpHelp: string;
      /** `{0}` closed after, `{1}` reminder, `{2}` no follow-up (one line of the history). */
      describe: string;
      never: string;
      none: string;
    };
    attachments: {
      heading: string;
      intro: string;
      applies: string;
      maxFileSizeMb: string;
      maxFileSizeHelp: string;
      maxFiles: string;
      maxFilesHelp: string;
      allowedExtensions: string;
      allowedExtensionsHelp: string;
      /** `{0}` size, `{1}` files, `{2}` extensions. */
      describe: string;
    };
    contact: {
      heading: string;
      intro: string;
      applies: string;
      phone: string;
      examPhone: string;
      phoneHelp: string;
      email: string;
      noteFr: string;
      noteEn: string;
      noteHelp: string;
    };
    desk: {
      heading: string;
      intro: string;
      applies: string;
      fr: string;
      en: string;
      help: string;
    };
    hours: {
      heading: string;
      intro: string;
      applies: string;
    };
    synonyms: {
      heading: string;
      intro: string;
      applies: string;
      label: string;
      help: string;
      /** `{0}`: how many groups. */
      describe: string;
    };
  };
}

declare module 'HelpCenterConfigSettingsStrings' {
  const strings: IHelpCenterConfigSettingsStrings;
  export = strings;
}
