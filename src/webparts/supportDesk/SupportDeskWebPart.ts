import type { DeskDataServices } from '../../data/desk/deskServices';
import type { FeatureName } from '../../ui/common/featureStrings';
import { HelpCenterFeature, HelpCenterWebPart, IHelpCenterWebPartProps } from '../common/HelpCenterWebPart';

/** Thin SPFx entry point of the support desk (also a Teams tab): its feature loads in its own chunk. */
export default class SupportDeskWebPart extends HelpCenterWebPart<IHelpCenterWebPartProps, DeskDataServices> {
  protected loadFeature(): Promise<HelpCenterFeature<IHelpCenterWebPartProps, DeskDataServices>> {
    return import(/* webpackChunkName: 'help-center-desk' */ './deskFeature').then(m => m.deskFeature);
  }

  protected get featureName(): FeatureName {
    return 'desk';
  }
}
