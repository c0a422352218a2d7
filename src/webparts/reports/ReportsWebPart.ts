import type { ReportsServices } from '../../data/reports/services';
import type { IReportsWebPartProps } from './reportsFeature';
import type { FeatureName } from '../../ui/common/featureStrings';
import { HelpCenterFeature, HelpCenterWebPart } from '../common/HelpCenterWebPart';

/** Thin SPFx entry point of the support's reports: its feature loads in its own chunk. */
export default class ReportsWebPart extends HelpCenterWebPart<IReportsWebPartProps, ReportsServices> {
  protected loadFeature(): Promise<HelpCenterFeature<IReportsWebPartProps, ReportsServices>> {
    return import(/* webpackChunkName: 'help-center-reports-page' */ './reportsFeature').then(m => m.reportsFeature);
  }

  protected get featureName(): FeatureName {
    return 'reports';
  }
}
