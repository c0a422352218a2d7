import * as React from 'react';
import { createAuthoringServices, type AuthoringServices } from '../../data/knowledge/authoring/services';
import { pageLinks } from '../../data/pageLinks';
import { authoringRouteFromUrl } from '../../data/authoringRoute';
import { ArticleEditorRoot } from '../../ui/authoring/ArticleEditorRoot';
import type { HelpCenterFeature, IHelpCenterWebPartProps } from '../common/HelpCenterWebPart';

/** Web part properties (property pane): only the help center's site. */
export type IArticleEditorWebPartProps = IHelpCenterWebPartProps;

/** The contributors' page's feature chunk: its services and ui root; what it shows comes from the address. */
export const articleEditorFeature: HelpCenterFeature<IArticleEditorWebPartProps, AuthoringServices> = {
  createServices: (host, sp, siteUrl) => createAuthoringServices(sp, () => host.graph(), pageLinks(siteUrl),
    { userLoginName: host.context.pageContext.user.loginName, cacheKey: siteUrl }),
  render: (_host, w, theme) => React.createElement(ArticleEditorRoot, {
    context: w.context, theme, services: w.services, route: authoringRouteFromUrl(window.location.search)
  })
};
