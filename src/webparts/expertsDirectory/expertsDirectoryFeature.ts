import * as React from 'react';
import { createExpertsServices, type ExpertsServices } from '../../data/experts/services';
import { pageLinks } from '../../data/pageLinks';
import { ExpertsDirectoryRoot } from '../../ui/experts/ExpertsDirectoryRoot';
import type { HelpCenterFeature, IHelpCenterWebPartProps } from '../common/HelpCenterWebPart';

/** Web part properties (property pane): only the help center's site. */
export type IExpertsDirectoryWebPartProps = IHelpCenterWebPartProps;

/** The experts directory's feature chunk: its services and ui root; what it shows comes from the address. */
export const expertsDirectoryFeature: HelpCenterFeature<IExpertsDirectoryWebPartProps, ExpertsServices> = {
  createServices: (host, sp, siteUrl) => createExpertsServices(sp, () => host.graph(), pageLinks(siteUrl)),
  render: (_host, w, theme) => React.createElement(ExpertsDirectoryRoot, {
    context: w.context, theme, services: w.services, search: window.location.search
  })
};
