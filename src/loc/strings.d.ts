/** Singular and plural forms of a counted message; `{0}` is the count. */
declare interface IHelpCenterPlural {
  one: string;
  other: string;
}


/**
 * Every page string of the help center: one common module plus one per feature, each an SPFx localized resource
 * (config/config.json `localizedResources`, src/loc/<feature>/{fr-fr,en-us}.js). The web parts compose them into one
 * object (src/webparts/common/helpCenterStrings.ts); labels of domain codes are keyed by code, so the compiler checks
 * that each code of src/domain/vocabulary.ts has a label. The strings take only domain types.
 */
declare type IHelpCenterStrings = IHelpCenterCommonStrings & IHelpCenterSetupStrings & IHelpCenterHelpBarStrings & IHelpCenterTicketFormStrings & IHelpCenterMyTicketsStrings & IHelpCenterDeskStrings & IHelpCenterDeskTicketStrings & IHelpCenterKnowledgeStrings & IHelpCenterArticleEditorStrings & IHelpCenterAuthoringStrings & IHelpCenterExpertsStrings & IHelpCenterIdeasStrings & IHelpCenterHomeStrings & IHelpCenterReportsStrings & IHelpCenterConfigCategoriesStrings & IHelpCenterConfigTeamsStrings & IHelpCenterConfigMailsStrings & IHelpCenterConfigAnnouncementsStrings & IHelpCenterConfigSettingsStrings;
