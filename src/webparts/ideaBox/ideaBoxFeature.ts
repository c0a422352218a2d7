import * as React from 'react';
import { createIdeaServices, type IdeaServices } from '../../data/ideas/services';
import { pageLinks } from '../../data/pageLinks';
import { IdeaBoxRoot } from '../../ui/ideas/IdeaBoxRoot';
import type { HelpCenterFeature, IHelpCenterWebPartProps } from '../common/HelpCenterWebPart';

/** Web part properties (property pane): only the help center's site. */
export type IIdeaBoxWebPartProps = IHelpCenterWebPartProps;

/** The idea box's feature chunk: its services and ui root; what it shows comes from the address. */
export const ideaBoxFeature: HelpCenterFeature<IIdeaBoxWebPartProps, IdeaServices> = {
  createServices: (host, sp, siteUrl) => createIdeaServices(sp, () => host.graph(), pageLinks(siteUrl)),
  render: (_host, w, theme) => React.createElement(IdeaBoxRoot, {
    context: w.context, theme, services: w.services, search: window.location.search
  })
};
