/** `/sites/helpcenter/SitePages/Experts.aspx`: the ExpertsDirectory web part's feature. */
import { expertsDirectoryFeature } from '../../../src/webparts/expertsDirectory/expertsDirectoryFeature';
import { mountFeature } from '../runtime/feature';
import { mountHelpBar } from '../runtime/helpBar';

mountHelpBar();
mountFeature((s) => s.workbench.expertsTitle, 'experts', expertsDirectoryFeature, { helpCenterSiteUrl: '' });
