import * as React from 'react';
import { PartialTheme } from '@fluentui/react/lib/Theme';
import type { HomeServices } from '../../data/home/services';
import { HelpCenterContextValue } from '../common/HelpCenterContext';
import { HelpCenterRoot } from '../common/HelpCenterRoot';
import { HomePage } from './HomePage';

/** Props of {@link HelpCenterHomeRoot}. */
export interface HelpCenterHomeRootProps {
  context: HelpCenterContextValue;
  theme?: PartialTheme;
  services: HomeServices;
  /** The page's address query (`window.location.search`). */
  search: string;
}

/** The ui root the web part and the workbench page both render. */
export function HelpCenterHomeRoot(props: HelpCenterHomeRootProps): React.ReactElement {
  return (
    <HelpCenterRoot context={props.context} theme={props.theme}>
      <HomePage services={props.services} />
    </HelpCenterRoot>
  );
}
