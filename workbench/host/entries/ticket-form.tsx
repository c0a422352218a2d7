/** `/sites/helpcenter/SitePages/Request.aspx`: the TicketForm web part's feature with the fake SPFx context. */
import { ticketFormFeature } from '../../../src/webparts/ticketForm/ticketFormFeature';
import { mountFeature } from '../runtime/feature';
import { mountHelpBar } from '../runtime/helpBar';

mountHelpBar();
mountFeature((s) => s.workbench.ticketFormTitle, 'form', ticketFormFeature, { helpCenterSiteUrl: '', myTicketsUrl: '' });
