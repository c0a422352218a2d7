/** `/sites/helpcenter/SitePages/MyRequests.aspx`: the MyTickets web part's feature (also the approver's and the watcher's pages). */
import { myTicketsFeature } from '../../../src/webparts/myTickets/myTicketsFeature';
import { mountFeature } from '../runtime/feature';
import { mountHelpBar } from '../runtime/helpBar';

mountHelpBar();
mountFeature((s) => s.workbench.myTicketsTitle, 'myTickets', myTicketsFeature, { helpCenterSiteUrl: '', newRequestUrl: '' });
