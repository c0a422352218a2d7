import type { HomeServices } from '../../data/home/services';
import type { IHelpCenterHomeWebPartProps } from './helpCenterHomeFeature';
import type { FeatureName } from '../../ui/common/featureStrings';
import { HelpCenterFeature, HelpCenterWebPart } from '../common/HelpCenterWebPart';

/** Thin SPFx entry point of the help center's home page: its feature loads in its own chunk. */
export default class HelpCenterHomeWebPart extends HelpCenterWebPart<IHelpCenterHomeWebPartProps, HomeServices> {
  protected loadFeature(): Promise<HelpCenterFeature<IHelpCenterHomeWebPartProps, HomeServices>> {
    return import(/* webpackChunkName: 'help-center-home-page' */ './helpCenterHomeFeature').then(m => m.helpCenterHomeFeature);
  }

  protected get featureName(): FeatureName {
    return 'home';
  }
}
