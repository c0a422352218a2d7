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
}

declare module 'HelpCenterSetupStrings' {
  const strings: IHelpCenterSetupStrings;
  export = strings;
}
