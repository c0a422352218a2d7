/** Strings of the set-up page's categories area (issue 18), loaded with its chunk. */
declare interface IHelpCenterConfigCategoriesStrings {
  categoriesConfig: {
    heading: string;
    intro: string;
    loading: string;
    readFailed: string;
    retry: string;
    empty: string;
    treeLabel: string;
    addButton: string;
    addChild: string;
    editLabel: string;
    upLabel: string;
    downLabel: string;
    moveLabel: string;
    moved: string;
    moveConflict: string;
    moveFailed: string;
    moveTitle: string;
    moveIntro: string;
    moveParentLabel: string;
    moveConfirm: string;
    root: string;
    levelInfo: string;
    summaryTeam: string;
    summarySla: string;
    summaryFields: IHelpCenterPlural;
    summaryApproval: string;
    noTarget: string;
    hoursText: string;
    newTitle: string;
    editTitle: string;
    close: string;
    save: string;
    saving: string;
    cancel: string;
    saved: string;
    saveFailed: string;
    errorSummary: string;
    rowProblem: string;
    draftRestored: string;
    conflictTitle: string;
    conflictBody: string;
    overwrite: string;
    takeTheirs: string;
    deletedMeanwhile: string;
    remove: string;
    confirmRemove: string;
    removed: string;
    hasChildren: string;
    inUse: string;
    fields: {
      titleFr: string;
      titleEn: string;
      parent: string;
      icon: string;
      defaultTeam: string;
      formFields: string;
      requiredFields: string;
      firstResponseHours: string;
      resolutionHours: string;
      approvalRequired: string;
    };
    iconHelp: string;
    iconPreview: string;
    noTeam: string;
    hoursHelp: string;
    priorityCaption: string;
    priorityColumn: string;
    /** Placeholder of an empty cell: "{0} (the category's)". */
    priorityInherits: string;
    priorityHelp: string;
    fieldShown: string;
    fieldRequired: string;
    fieldsCaption: string;
    fieldColumn: string;
    shownColumn: string;
    requiredColumn: string;
    problems: {
      required: string;
      tooLong: string;
      duplicate: string;
      parentNotFound: string;
      cycle: string;
      iconInvalid: string;
      iconUnknown: string;
      teamNotFound: string;
      unknownField: string;
      requiredNotShown: string;
      notANumber: string;
      outOfRange: string;
      tooPrecise: string;
      firstAfterResolution: string;
    };
    previewHeading: string;
    previewIntro: string;
    previewNone: string;
    previewRequired: string;
    historyHeading: string;
    historyEmpty: string;
    historyEntry: string;
  };
}

declare module 'HelpCenterConfigCategoriesStrings' {
  const strings: IHelpCenterConfigCategoriesStrings;
  export = strings;
}
