/** `/sites/helpcenter` (and `SitePages/Home.aspx`): the help center site's home page, the HelpCenterHome web part's feature. */
import { helpCenterHomeFeature } from '../../../src/webparts/helpCenterHome/helpCenterHomeFeature';
import { mountFeature } from '../runtime/feature';
import { mountHelpBar } from '../runtime/helpBar';

mountHelpBar();
mountFeature((s) => s.workbench.helpHomeTitle, 'home', helpCenterHomeFeature, { helpCenterSiteUrl: '' });
