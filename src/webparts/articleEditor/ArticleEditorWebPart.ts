import type { AuthoringServices } from '../../data/knowledge/authoring/services';
import type { IArticleEditorWebPartProps } from './articleEditorFeature';
import type { FeatureName } from '../../ui/common/featureStrings';
import { HelpCenterFeature, HelpCenterWebPart } from '../common/HelpCenterWebPart';

/** Thin SPFx entry point of the contributors' page (write, review, publish articles): its feature loads in its own chunk. */
export default class ArticleEditorWebPart extends HelpCenterWebPart<IArticleEditorWebPartProps, AuthoringServices> {
  protected loadFeature(): Promise<HelpCenterFeature<IArticleEditorWebPartProps, AuthoringServices>> {
    return import(/* webpackChunkName: 'help-center-authoring-page' */ './articleEditorFeature').then(m => m.articleEditorFeature);
  }

  protected get featureName(): FeatureName {
    return 'authoring';
  }
}
