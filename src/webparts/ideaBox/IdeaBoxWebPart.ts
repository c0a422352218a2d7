import type { IdeaServices } from '../../data/ideas/services';
import type { IIdeaBoxWebPartProps } from './ideaBoxFeature';
import type { FeatureName } from '../../ui/common/featureStrings';
import { HelpCenterFeature, HelpCenterWebPart } from '../common/HelpCenterWebPart';

/** Thin SPFx entry point of the idea box page: its feature loads in its own chunk. */
export default class IdeaBoxWebPart extends HelpCenterWebPart<IIdeaBoxWebPartProps, IdeaServices> {
  protected loadFeature(): Promise<HelpCenterFeature<IIdeaBoxWebPartProps, IdeaServices>> {
    return import(/* webpackChunkName: 'help-center-ideas-page' */ './ideaBoxFeature').then(m => m.ideaBoxFeature);
  }

  protected get featureName(): FeatureName {
    return 'ideas';
  }
}
