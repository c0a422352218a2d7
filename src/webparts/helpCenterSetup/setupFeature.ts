import * as React from 'react';
import { createHelpCenterServices, HelpCenterServices } from '../../data/services';
import { HelpCenterSetupRoot } from '../../ui/setup/HelpCenterSetupRoot';
import type { HelpCenterFeature, IHelpCenterWebPartProps } from '../common/HelpCenterWebPart';

/** The set-up page's feature chunk: the provisioning services and the ui root. */
export const setupFeature: HelpCenterFeature<IHelpCenterWebPartProps, HelpCenterServices> = {
  createServices: (_host, sp) => createHelpCenterServices(sp),
  render: (_host, w, theme) => React.createElement(HelpCenterSetupRoot, { context: { ...w.context, services: w.services }, theme })
};
