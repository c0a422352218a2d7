import * as React from 'react';
import { PartialTheme } from '@fluentui/react/lib/Theme';
import { HelpCenterContextValue } from '../common/HelpCenterContext';
import { HelpCenterRoot } from '../common/HelpCenterRoot';
import { SetupAreas } from './SetupAreas';

/** Props of {@link HelpCenterSetupRoot}. */
export interface HelpCenterSetupRootProps {
  /** Context built by the host (the SPFx web part or the local workbench page). */
  context: HelpCenterContextValue;
  /** The section's theme, when the host has one. */
  theme?: PartialTheme;
}

/** The ui root the setup web part and the workbench page both render. */
export function HelpCenterSetupRoot(props: HelpCenterSetupRootProps): React.ReactElement {
  return (
    <HelpCenterRoot context={props.context} theme={props.theme}>
      <SetupAreas />
    </HelpCenterRoot>
  );
}
