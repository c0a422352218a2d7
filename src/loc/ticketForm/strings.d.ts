/** Strings of the request form (TicketForm web part) and of the hours in force. */
declare interface IHelpCenterTicketFormStrings {
  /** The ticket form (TicketForm web part). `{0}`, `{1}`: values in the order the component passes them. */
  ticketForm: {
    screenshotAndAttachments: string;
    fileSize: string;
    screenshotError: string;
    title: string;
    intro: string;
    loading: string;
    loadFailed: string;
    kindLabel: string;
    kindHelp: Record<import('../../domain/vocabulary').TicketKind, string>;
    categoryLabel: string;
    categoryPlaceholder: string;
    titleLabel: string;
    titlePlaceholder: string;
    descriptionLabel: string;
    descriptionPlaceholder: string;
    courseLabel: string;
    locationLabel: string;
    locationPlaceholder: string;
    equipmentLabel: string;
    equipmentPlaceholder: string;
    incidentTypeLabel: string;
    severityLabel: string;
    priorityLabel: string;
    choose: string;
    screenshotLabel: string;
    screenshotHelp: string;
    attachmentsLabel: string;
    attachmentsHelp: string;
    chooseFiles: string;
    removeFile: string;
    pastedScreenshot: string;
    watchersLabel: string;
    watchersHelp: string;
    /** The action that reveals the (optional) people to keep informed. */
    watchersShow: string;
    peopleSearchPlaceholder: string;
    peopleNoResult: string;
    /** Shown while the people search runs. */
    peopleSearching: string;
    /** A line of the error summary: `{0}` the field's label, `{1}` its message. */
    problemLine: string;
    removePerson: string;
    onBehalfHeading: string;
    beneficiaryLabel: string;
    channelLabel: string;
    suggestionsHeading: string;
    suggestionSolved: string;
    suggestionOpen: string;
    deflected: string;
    submit: string;
    submitting: string;
    draftRestored: string;
    discardDraft: string;
    draftSaved: string;
    fixErrors: string;
    submitFailed: string;
    retry: string;
    required: string;
    tooLong: string;
    fileTooLarge: string;
    fileTypeNotAllowed: string;
    fileBlocked: string;
    fileEmpty: string;
    fileDuplicate: string;
    tooManyFiles: string;
    confirmationTitle: string;
    confirmationNext: string;
    confirmationFirstResponse: string;
    confirmationEmail: string;
    confirmationEmailFailed: string;
    confirmationEmailByDesk: string;
    followLink: string;
    newRequest: string;
    /** `{0}`: the name the file is stored under. */
    fileStoredAs: string;
    /** `{0}`: the file's name; `{1}`: its extension in capitals ("PDF"). */
    fileContentMismatch: string;
    /** The name of a file whose own name had nothing usable left. */
    fileFallbackName: string;
    shareFilesLabel: string;
    shareFilesHelp: string;
    confirmationHoursHeading: string;
    /** "Ask this expert" (`?expert=`): while the person is looked up. */
    expertLoading: string;
    /** Above the person the request goes to. */
    expertHeading: string;
    /** Under the person, when the desk will hand them the request (listed, and an agent). */
    expertRouted: string;
    /** `{0}`: the person's name, when they take no requests through the help center. */
    expertNotRouted: string;
    /** `{0}`: the address the link gave, which names nobody known. */
    expertUnknown: string;
    expertFailed: string;
    /** `{0}`: the category's community (a Teams channel): the link opens in a new tab. */
    communityTeams: string;
    /** `{0}`: the category's community on Viva Engage. */
    communityEngage: string;
  };
  /** A team's hours now and next (ui/tickets/form/hoursText). `{n}` in the order hoursText passes them. */
  hours: {
    heading: string;
    /** `{0}`: closing time. */
    openNow: string;
    /** `{0}`: next opening ("lundi 26 mai à 7h30"). */
    closedNow: string;
    /** `{0}`: the holiday; `{1}`: next opening. */
    closedHoliday: string;
    /** `{0}`: the weekly hours. */
    weekly: string;
    /** `{0}`: the period's name; `{1}`: its weekly hours. */
    weeklyPeriod: string;
    /** `{0}`: date; `{1}`: weekly hours. */
    changeHours: string;
    /** `{0}`: date; `{1}`: the period's name; `{2}`: weekly hours. */
    changePeriod: string;
    /** `{0}`: date; `{1}`: the holiday. */
    changeHoliday: string;
    /** `{0}`: date. */
    changeHolidayUnnamed: string;
    /** `{0}`: day; `{1}`: time. */
    dayAt: string;
    /** `{0}`–`{1}`: first and last weekday. */
    dayRange: string;
    /** `{0}`–`{1}`: opening and closing time. */
    slotRange: string;
    listSeparator: string;
    /** `{0}`: hour, on the hour. */
    timeOnHour: string;
    /** `{0}`: hour; `{1}`: minutes, two digits. */
    time: string;
  };
}

declare module 'HelpCenterTicketFormStrings' {
  const strings: IHelpCenterTicketFormStrings;
  export = strings;
}
