import * as common from 'HelpCenterCommonStrings';
import * as setup from 'HelpCenterSetupStrings';
import * as helpBar from 'HelpCenterHelpBarStrings';
import * as ticketForm from 'HelpCenterTicketFormStrings';
import * as myTickets from 'HelpCenterMyTicketsStrings';
import * as desk from 'HelpCenterDeskStrings';
import * as knowledge from 'HelpCenterKnowledgeStrings';

/**
 * The page strings of the user's language: the common module and one module per feature (src/loc/<feature>),
 * each an SPFx localized resource, composed once into the object the components read from their context.
 */
export const helpCenterStrings: IHelpCenterStrings = {
  ...common, ...setup, ...helpBar, ...ticketForm, ...myTickets, ...desk, ...knowledge
};
