import * as React from 'react';
import { createHomeServices, type HomeServices } from '../../data/home/services';
import { pageLinks } from '../../data/pageLinks';
import { HelpCenterHomeRoot } from '../../ui/home/HelpCenterHomeRoot';
import type { HelpCenterFeature, IHelpCenterWebPartProps } from '../common/HelpCenterWebPart';

/** Web part properties (property pane): only the help center's site. */
export type IHelpCenterHomeWebPartProps = IHelpCenterWebPartProps;

/** The home page's feature chunk: its services and ui root. */
export const helpCenterHomeFeature: HelpCenterFeature<IHelpCenterHomeWebPartProps, HomeServices> = {
  createServices: (host, sp, siteUrl) => createHomeServices(sp, pageLinks(siteUrl), { siteUrl, loginName: host.context.pageContext.user.loginName }),
  render: (_host, w, theme) => React.createElement(HelpCenterHomeRoot, {
    context: w.context, theme, services: w.services, search: window.location.search
  })
};
