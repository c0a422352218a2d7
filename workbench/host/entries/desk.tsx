/** `/sites/helpcenter/SitePages/Desk.aspx`: the SupportDesk web part's feature with the fake SPFx context. */
import { deskFeature } from '../../../src/webparts/supportDesk/deskFeature';
import { mountFeature } from '../runtime/feature';
import { mountHelpBar } from '../runtime/helpBar';

mountHelpBar();
mountFeature((s) => s.workbench.deskTitle, 'desk', deskFeature, { helpCenterSiteUrl: '' });
