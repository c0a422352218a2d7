/** Strings of the set-up page's teams area (issue 18), loaded with its chunk. */
declare interface IHelpCenterConfigTeamsStrings {
  teamsConfig: {
    heading: string;
    intro: string;
    loading: string;
    readFailed: string;
    empty: string;
    addButton: string;
    /** `{0}`: the team's name. */
    editLabel: string;
    /** `{0}`: how many people. */
    memberCount: IHelpCenterPlural;
    noMembers: string;
    columnName: string;
    columnLevel: string;
    columnMembers: string;
    columnMailbox: string;
    levels: Record<import('../../domain/vocabulary').SupportLevel, string>;
    newTitle: string;
    editTitle: string;
    close: string;
    save: string;
    saving: string;
    cancel: string;
    /** `{0}`: the name. */
    saved: string;
    saveFailed: string;
    errorSummary: string;
    /** `{0}`: the field; `{1}`: why. */
    fieldProblem: string;
    draftRestored: string;
    calendarUnreadable: string;
    conflictTitle: string;
    /** `{0}` who, `{1}` when. */
    conflictBody: string;
    overwrite: string;
    takeTheirs: string;
    deletedMeanwhile: string;
    teamSection: string;
    fields: Record<import('../../domain/config/teamRules').TeamField, string>;
    membersHelp: string;
    mailboxHelp: string;
    problems: Record<import('../../domain/config/teamRules').TeamProblemCode, string>;
    hoursSection: string;
    hoursIntro: string;
    timeZone: string;
    timeZoneHelp: string;
    weekHeading: string;
    days: Record<import('../../domain/sla/calendar').WeekdayKey, string>;
    closed: string;
    /** `{0}`: the day. */
    addSlot: string;
    /** `{0}` day, `{1}` range number. */
    slotStart: string;
    /** `{0}` day, `{1}` range number. */
    slotEnd: string;
    /** `{0}` day, `{1}` range number. */
    removeSlot: string;
    /** A range in the error summary: `{0}` day, `{1}` range number. */
    slotLabel: string;
    timeHint: string;
    holidaysHeading: string;
    holidaysEmpty: string;
    addHoliday: string;
    holidayDate: string;
    holidayNameFr: string;
    holidayNameEn: string;
    /** `{0}`: holiday number. */
    holidayGroup: string;
    /** `{0}`: holiday number. */
    removeHoliday: string;
    periodsHeading: string;
    periodsIntro: string;
    periodsEmpty: string;
    addPeriod: string;
    /** `{0}`: period number. */
    periodGroup: string;
    periodNameFr: string;
    periodNameEn: string;
    periodStart: string;
    periodEnd: string;
    /** `{0}`: the period's name (or number). */
    periodHours: string;
    /** `{0}`: period number. */
    removePeriod: string;
    previewHeading: string;
    previewIntro: string;
    previewInvalid: string;
    historyHeading: string;
    historyEmpty: string;
    /** `{0}` version, `{1}` when, `{2}` who. */
    historyEntry: string;
    /** `{0}`: exam periods named then. */
    historyPeriods: string;
    historyNoCalendar: string;
  };
}

declare module 'HelpCenterConfigTeamsStrings' {
  const strings: IHelpCenterConfigTeamsStrings;
  export = strings;
}
