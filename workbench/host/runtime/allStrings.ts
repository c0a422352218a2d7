import * as common from 'HelpCenterCommonStrings';
import * as setup from 'HelpCenterSetupStrings';
import * as helpBar from 'HelpCenterHelpBarStrings';
import * as ticketForm from 'HelpCenterTicketFormStrings';
import * as myTickets from 'HelpCenterMyTicketsStrings';
import * as desk from 'HelpCenterDeskStrings';
import * as deskTicket from 'HelpCenterDeskTicketStrings';
import * as knowledge from 'HelpCenterKnowledgeStrings';
import * as articleEditor from 'HelpCenterArticleEditorStrings';
import * as authoring from 'HelpCenterAuthoringStrings';
import * as experts from 'HelpCenterExpertsStrings';
import * as ideas from 'HelpCenterIdeasStrings';
import * as home from 'HelpCenterHomeStrings';
import * as reports from 'HelpCenterReportsStrings';
import * as configCategories from 'HelpCenterConfigCategoriesStrings';
import * as configTeams from 'HelpCenterConfigTeamsStrings';
import * as configMails from 'HelpCenterConfigMailsStrings';
import * as configAnnouncements from 'HelpCenterConfigAnnouncementsStrings';
import * as configSettings from 'HelpCenterConfigSettingsStrings';

/**
 * Every page string of the user's language (the common module and every feature's, src/loc/<feature>), for the
 * workbench's shell and for tests. A web part's context holds only the common strings and its feature's
 * (src/webparts/common/featureStrings.ts); the workbench mounts features the same way (feature.tsx).
 */
export const helpCenterStrings: IHelpCenterStrings = {
  ...common, ...setup, ...helpBar, ...ticketForm, ...myTickets, ...desk, ...deskTicket, ...knowledge, ...articleEditor, ...authoring, ...experts, ...ideas, ...home, ...reports,
  ...configCategories, ...configTeams, ...configMails, ...configAnnouncements, ...configSettings
};
