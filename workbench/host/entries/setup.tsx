/** `/sites/helpcenter/SitePages/Setup.aspx`: the HelpCenterSetup web part's feature with the fake SPFx context. */
import { setupFeature } from '../../../src/webparts/helpCenterSetup/setupFeature';
import { mountFeature } from '../runtime/feature';
import { mountHelpBar } from '../runtime/helpBar';

mountHelpBar();
mountFeature((s) => s.workbench.setupTitle, 'setup', setupFeature, { helpCenterSiteUrl: '' });
