/**
 * `/_layouts/15/teamshostedapp.aspx?teams&personal&componentId=<id>&forceLocale=fr-fr`: a tab of the Teams app, the
 * web part alone on the tenant's root site as SharePoint hosts it for Teams, with Teams' context
 * (runtime/fakeContext.ts: `sdks.microsoftTeams`) and its site property empty: the tenant property HelpCenterSiteUrl
 * names the help center. No help bar: Teams shows the tab without SharePoint's chrome.
 */
import { helpCenterHomeFeature } from '../../../src/webparts/helpCenterHome/helpCenterHomeFeature';
import { myTicketsFeature } from '../../../src/webparts/myTickets/myTicketsFeature';
import { knowledgeFeature } from '../../../src/webparts/knowledgeSearch/knowledgeFeature';
import { deskFeature } from '../../../src/webparts/supportDesk/deskFeature';
import { TEAMS_COMPONENTS } from '../../../src/domain/teams/teamsApp';
import { mountFeature } from '../runtime/feature';

const componentId = (new URLSearchParams(window.location.search).get('componentId') || '').toLowerCase();
if (componentId === TEAMS_COMPONENTS.home) {
  mountFeature((s) => s.workbench.helpHomeTitle, 'home', helpCenterHomeFeature, { helpCenterSiteUrl: '' });
} else if (componentId === TEAMS_COMPONENTS.myRequests) {
  mountFeature((s) => s.workbench.myTicketsTitle, 'myTickets', myTicketsFeature, { helpCenterSiteUrl: '', newRequestUrl: '' });
} else if (componentId === TEAMS_COMPONENTS.knowledge) {
  mountFeature((s) => s.workbench.knowledgeTitle, 'knowledge', knowledgeFeature, { helpCenterSiteUrl: '', ticketFormUrl: '', resultCount: 10, provider: 'auto' });
} else if (componentId === TEAMS_COMPONENTS.desk) {
  mountFeature((s) => s.workbench.deskTitle, 'desk', deskFeature, { helpCenterSiteUrl: '' });
}
