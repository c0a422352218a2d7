/** Strings of the set-up page (HelpCenterSetup web part). */
declare interface IHelpCenterSetupStrings {
  setup: {
    title: string;
    intro: string;
    checking: string;
    ready: string;
    notReady: string;
    listsReady: IHelpCenterPlural;
    itemsToFix: IHelpCenterPlural;
    nothingToFix: string;
    applyButton: string;
    applying: string;
    /** `{0}` done, `{1}` total, `{2}` the step just handled. */
    progressDescription: string;
    announceStart: string;
    /** `{0}`: percentage done. */
    announceProgress: string;
    announceDone: string;
    announceDoneWithErrors: string;
    notOwner: string;
    inspectFailed: string;
    applyFailed: string;
    stepErrors: string;
    /** `{0}` check id, `{1}` SharePoint's message. */
    stepError: string;
    detailsHeading: string;
    siteGroup: string;
    /** `{0}` ok checks, `{1}` all checks of the group. */
    groupSummary: string;
    /** `{0}` expected value, `{1}` actual value. */
    expectedActual: string;
    /** `{0}`: expected value. */
    expected: string;
    checkKind: Record<import('../../domain/provisioning').ProvisioningCheckKind, string>;
    checkStatus: Record<import('../../domain/provisioning').ProvisioningStatus, string>;
  };
  locationsConfig: {
    areasLabel: string;
    /** The tabs' overflow menu on a narrow screen. */
    moreAreas: string;
    setupTab: string;
    locationsTab: string;
    categoriesTab: string;
    teamsTab: string;
    mailsTab: string;
    announcementsTab: string;
    settingsTab: string;
    heading: string;
    intro: string;
    searchLabel: string;
    kindFilterLabel: string;
    allKinds: string;
    addButton: string;
    importButton: string;
    exportButton: string;
    exporting: string;
    /** `{0}`: rows exported. */
    exported: string;
    moreButton: string;
    loading: string;
    empty: string;
    /** `{0}`: rows shown. */
    shown: IHelpCenterPlural;
    tooBroad: string;
    readFailed: string;
    columnActions: string;
    /** `{0}`: the location's name. */
    editLabel: string;
    fields: Record<import('../../domain/config/locationRules').LocationField, string>;
    kinds: Record<import('../../domain/vocabulary').LocationKind, string>;
    problems: Record<import('../../domain/config/locationRules').LocationProblemCode, string>;
    roomHelp: string;
    newTitle: string;
    editTitle: string;
    save: string;
    cancel: string;
    saving: string;
    /** `{0}`: the name. */
    saved: string;
    saveFailed: string;
    errorSummary: string;
    conflictTitle: string;
    /** `{0}` who, `{1}` when. */
    conflictBody: string;
    overwrite: string;
    takeTheirs: string;
    deletedMeanwhile: string;
    remove: string;
    confirmRemove: string;
    /** `{0}`: the name. */
    removed: string;
    inUse: string;
    historyHeading: string;
    historyEmpty: string;
    /** `{0}` version, `{1}` when, `{2}` who. */
    historyEntry: string;
    draftRestored: string;
    importTitle: string;
    importIntro: string;
    fileLabel: string;
    fileUnreadable: string;
    noNameColumn: string;
    emptyFile: string;
    /** `{0}`: the ignored headers. */
    ignoredColumns: string;
    checking: string;
    /** `{0}` new, `{1}` existing, `{2}` refused. */
    previewSummary: string;
    previewCaption: string;
    columnLine: string;
    columnStatus: string;
    statusNew: string;
    statusExisting: string;
    statusInvalid: string;
    /** `{0}` field, `{1}` message. */
    rowProblem: string;
    /** `{0}`: rows to write. */
    importConfirm: string;
    importing: string;
    /** `{0}` done, `{1}` total. */
    importProgress: string;
    /** `{0}` written, `{1}` already there, `{2}` refused. */
    importDone: string;
    downloadRefused: string;
    refusedFileName: string;
    exportFileName: string;
    close: string;
  };
}

declare module 'HelpCenterSetupStrings' {
  const strings: IHelpCenterSetupStrings;
  export = strings;
}
