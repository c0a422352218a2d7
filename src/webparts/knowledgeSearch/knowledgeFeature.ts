import * as React from 'react';
import { createLazyKnowledgeService } from '../../data/knowledge/lazy';
import type { ArticleLanguage, KnowledgeService } from '../../data/knowledge/types';
import { pageLinks } from '../../data/pageLinks';
import { openedFromTeams } from '../../domain/teams/teamsApp';
import { KnowledgeSearchRoot, knowledgeParamsFromUrl } from '../../ui/knowledge/KnowledgeSearchRoot';
import type { HelpCenterFeature, IHelpCenterWebPartProps } from '../common/HelpCenterWebPart';

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

/** The knowledge search's feature chunk: its service (itself lazy: the engine loads on first search) and ui root. */
export const knowledgeFeature: HelpCenterFeature<IKnowledgeSearchWebPartProps, KnowledgeService> = {
  createServices: (host, sp, siteUrl) => createLazyKnowledgeService(sp, {
    userLoginName: host.context.pageContext.user.loginName, provider: host.properties.provider || 'auto', cacheKey: siteUrl,
    initialArticleId: knowledgeParamsFromUrl(window.location.search).initialArticleId
  }),
  render: (host, w, theme) => {
    const p = host.properties;
    return React.createElement(KnowledgeSearchRoot, {
      context: w.context, theme, service: w.services, ticketFormUrl: openedFromTeams(p.ticketFormUrl || pageLinks(w.siteUrl).newRequest(), !!w.teams),
      defaultCategoryId: Number(p.defaultCategoryId) || undefined, defaultLanguage: p.defaultLanguage || undefined, resultCount: p.resultCount || 10,
      ...knowledgeParamsFromUrl(window.location.search)
    });
  }
};
