import type { ExpertsServices } from '../../data/experts/services';
import type { IExpertsDirectoryWebPartProps } from './expertsDirectoryFeature';
import type { FeatureName } from '../../ui/common/featureStrings';
import { HelpCenterFeature, HelpCenterWebPart } from '../common/HelpCenterWebPart';

/** Thin SPFx entry point of the experts directory page: its feature loads in its own chunk. */
export default class ExpertsDirectoryWebPart extends HelpCenterWebPart<IExpertsDirectoryWebPartProps, ExpertsServices> {
  protected loadFeature(): Promise<HelpCenterFeature<IExpertsDirectoryWebPartProps, ExpertsServices>> {
    return import(/* webpackChunkName: 'help-center-experts-page' */ './expertsDirectoryFeature').then(m => m.expertsDirectoryFeature);
  }

  protected get featureName(): FeatureName {
    return 'experts';
  }
}
