import * as React from 'react';
import { PartialTheme } from '@fluentui/react/lib/Theme';
import type { ReportsServices } from '../../data/reports/services';
import { HelpCenterContextValue } from '../common/HelpCenterContext';
import { HelpCenterRoot } from '../common/HelpCenterRoot';
import { ReportsPage } from './ReportsPage';

/** Props of {@link ReportsRoot}. */
export interface ReportsRootProps {
  context: HelpCenterContextValue;
  theme?: PartialTheme;
  services: ReportsServices;
}

/** The ui root the Reports web part and the workbench page both render. */
export function ReportsRoot(props: ReportsRootProps): React.ReactElement {
  return (
    <HelpCenterRoot context={props.context} theme={props.theme}>
      <ReportsPage services={props.services} />
    </HelpCenterRoot>
  );
}
