import * as React from 'react';
import { createReportsServices, type ReportsServices } from '../../data/reports/services';
import { ReportsRoot } from '../../ui/reports/ReportsRoot';
import type { HelpCenterFeature, IHelpCenterWebPartProps } from '../common/HelpCenterWebPart';

/** Web part properties (property pane): only the help center's site. */
export type IReportsWebPartProps = IHelpCenterWebPartProps;

/** The reports' feature chunk: its services and ui root. */
export const reportsFeature: HelpCenterFeature<IReportsWebPartProps, ReportsServices> = {
  createServices: (_host, sp) => createReportsServices(sp),
  render: (_host, w, theme) => React.createElement(ReportsRoot, { context: w.context, theme, services: w.services })
};
