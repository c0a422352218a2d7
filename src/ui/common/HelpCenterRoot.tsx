import * as React from 'react';
import { PartialTheme, ThemeProvider } from '@fluentui/react/lib/Theme';
import { HelpCenterContextValue, HelpCenterProvider } from './HelpCenterContext';
import { ErrorBoundary } from './ErrorBoundary';

/** Props of {@link HelpCenterRoot}. */
export interface HelpCenterRootProps {
  /** Context built by the host (SPFx web part or local workbench). */
  context: HelpCenterContextValue;
  /** The section's theme (SPFx theme variants); the default Fluent theme when undefined. */
  theme?: PartialTheme;
  /** The feature component. */
  children?: React.ReactNode;
}

/** What every ui root shares: theme, context provider and an error boundary. */
export function HelpCenterRoot(props: HelpCenterRootProps): React.ReactElement {
  return (
    <ThemeProvider theme={props.theme}>
      <HelpCenterProvider value={props.context}>
        <ErrorBoundary strings={props.context.strings}>{props.children}</ErrorBoundary>
      </HelpCenterProvider>
    </ThemeProvider>
  );
}
