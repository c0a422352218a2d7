import type { HelpCenterServices } from '../../data/services';
import type { FeatureName } from '../../ui/common/featureStrings';
import { HelpCenterFeature, HelpCenterWebPart, IHelpCenterWebPartProps } from '../common/HelpCenterWebPart';

/** Thin SPFx entry point of the set-up page: it provisions the site it is on; its feature loads in its own chunk. */
export default class HelpCenterSetupWebPart extends HelpCenterWebPart<IHelpCenterWebPartProps, HelpCenterServices> {
  protected loadFeature(): Promise<HelpCenterFeature<IHelpCenterWebPartProps, HelpCenterServices>> {
    return import(/* webpackChunkName: 'help-center-setup' */ './setupFeature').then(m => m.setupFeature);
  }

  protected get featureName(): FeatureName {
    return 'setup';
  }

  protected get hasSiteProperty(): boolean {
    return false;
  }
}
