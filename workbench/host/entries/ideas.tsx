/** `/sites/helpcenter/SitePages/Ideas.aspx`: the IdeaBox web part's feature. */
import { ideaBoxFeature } from '../../../src/webparts/ideaBox/ideaBoxFeature';
import { mountFeature } from '../runtime/feature';
import { mountHelpBar } from '../runtime/helpBar';

mountHelpBar();
mountFeature((s) => s.workbench.ideasTitle, 'ideas', ideaBoxFeature, { helpCenterSiteUrl: '' });
