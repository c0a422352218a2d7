import { IPropertyPaneField, PropertyPaneDropdown, PropertyPaneSlider, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import type { KnowledgeService } from '../../data/knowledge/types';
import type { IKnowledgeSearchWebPartProps } from './knowledgeFeature';
import type { FeatureName } from '../../ui/common/featureStrings';
import { HelpCenterFeature, HelpCenterWebPart } from '../common/HelpCenterWebPart';

/** Thin SPFx entry point of the knowledge search: its feature loads in its own chunk. */
export default class KnowledgeSearchWebPart extends HelpCenterWebPart<IKnowledgeSearchWebPartProps, KnowledgeService> {
  protected loadFeature(): Promise<HelpCenterFeature<IKnowledgeSearchWebPartProps, KnowledgeService>> {
    return import(/* webpackChunkName: 'help-center-knowledge-page' */ './knowledgeFeature').then(m => m.knowledgeFeature);
  }

  protected get featureName(): FeatureName {
    return 'knowledge';
  }

  protected paneFields(): IPropertyPaneField<unknown>[] {
    const s = this.strings.knowledgePane;
    return [
      PropertyPaneTextField('ticketFormUrl', { label: s.ticketFormUrl }),
      PropertyPaneTextField('defaultCategoryId', { label: s.defaultCategory, description: s.defaultCategoryHelp }),
      PropertyPaneDropdown('defaultLanguage', { label: s.defaultLanguage, options: [{ key: '', text: s.anyLanguage }, { key: 'fr', text: this.strings.language.fr }, { key: 'en', text: this.strings.language.en }] }),
      PropertyPaneSlider('resultCount', { label: s.resultCount, min: 3, max: 30, step: 1 }),
      PropertyPaneDropdown('provider', { label: s.provider, options: [{ key: 'auto', text: s.providerAuto }, { key: 'local', text: s.providerLocal }, { key: 'sharepoint', text: s.providerSharePoint }] })
    ];
  }
}
