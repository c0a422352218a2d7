import * as React from 'react';
import { IPropertyPaneField, PropertyPaneDropdown, PropertyPaneSlider, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { PartialTheme } from '@fluentui/react/lib/Theme';
import { SPFI } from '@pnp/sp';
import { helpCenterStrings as strings } from '../common/helpCenterStrings';
import { createLazyKnowledgeService } from '../../data/knowledge/lazy';
import type { ArticleLanguage, KnowledgeService } from '../../data/knowledge/types';
import { pageLinks } from '../../data/pageLinks';
import { KnowledgeSearchRoot, knowledgeParamsFromUrl } from '../../ui/knowledge/KnowledgeSearchRoot';
import { HelpCenterWebPart, HelpCenterWiring, IHelpCenterWebPartProps } from '../common/HelpCenterWebPart';

/** Web part properties (property pane). */
export interface IKnowledgeSearchWebPartProps extends IHelpCenterWebPartProps {
  /** Page of the TicketForm web part ("still need help?"). */
  ticketFormUrl: string;
  /** Category id shown first (empty: all). */
  defaultCategoryId?: string;
  /** Language filter applied first (empty: the reader's, others too). */
  defaultLanguage?: '' | ArticleLanguage;
  resultCount: number;
  /** 'auto' uses SharePoint Search above 5,000 articles. */
  provider: 'auto' | 'local' | 'sharepoint';
}

/** Thin SPFx entry point of the knowledge search. */
export default class KnowledgeSearchWebPart extends HelpCenterWebPart<IKnowledgeSearchWebPartProps, KnowledgeService> {
  protected createServices(sp: SPFI, siteUrl: string): KnowledgeService {
    return createLazyKnowledgeService(sp, {
      userLoginName: this.context.pageContext.user.loginName, provider: this.properties.provider || 'auto', cacheKey: siteUrl,
      initialArticleId: knowledgeParamsFromUrl(window.location.search).initialArticleId
    });
  }

  protected renderRoot(w: HelpCenterWiring<KnowledgeService>, theme: PartialTheme | undefined): React.ReactElement {
    const p = this.properties;
    return React.createElement(KnowledgeSearchRoot, {
      context: w.context, theme, service: w.services, ticketFormUrl: p.ticketFormUrl || pageLinks(w.siteUrl).newRequest(),
      defaultCategoryId: Number(p.defaultCategoryId) || undefined, defaultLanguage: p.defaultLanguage || undefined, resultCount: p.resultCount || 10,
      ...knowledgeParamsFromUrl(window.location.search)
    });
  }

  protected paneFields(): IPropertyPaneField<unknown>[] {
    const s = strings.knowledgePane;
    return [
      PropertyPaneTextField('ticketFormUrl', { label: s.ticketFormUrl }),
      PropertyPaneTextField('defaultCategoryId', { label: s.defaultCategory, description: s.defaultCategoryHelp }),
      PropertyPaneDropdown('defaultLanguage', { label: s.defaultLanguage, options: [{ key: '', text: s.anyLanguage }, { key: 'fr', text: strings.language.fr }, { key: 'en', text: strings.language.en }] }),
      PropertyPaneSlider('resultCount', { label: s.resultCount, min: 3, max: 30, step: 1 }),
      PropertyPaneDropdown('provider', { label: s.provider, options: [{ key: 'auto', text: s.providerAuto }, { key: 'local', text: s.providerLocal }, { key: 'sharepoint', text: s.providerSharePoint }] })
    ];
  }
}
