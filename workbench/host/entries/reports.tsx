/** `/sites/helpcenter/SitePages/Reports.aspx`: the Reports web part's feature. */
import { reportsFeature } from '../../../src/webparts/reports/reportsFeature';
import { mountFeature } from '../runtime/feature';
import { mountHelpBar } from '../runtime/helpBar';

mountHelpBar();
mountFeature((s) => s.reports.title, 'reports', reportsFeature, { helpCenterSiteUrl: '' });
