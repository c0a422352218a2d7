import * as React from 'react';
import { PartialTheme } from '@fluentui/react/lib/Theme';
import type { ExpertsServices } from '../../data/experts/services';
import { HelpCenterContextValue, useHelpCenter } from '../common/HelpCenterContext';
import { HelpCenterRoot } from '../common/HelpCenterRoot';
import { ThemeText } from '../common/ThemeText';
import { useRenderedMark } from '../common/rendered';

/** Props of {@link ExpertsDirectoryRoot}. */
export interface ExpertsDirectoryRootProps {
  context: HelpCenterContextValue;
  theme?: PartialTheme;
  services: ExpertsServices;
  /** The page's address query (`window.location.search`). */
  search: string;
}

function Frame(): React.ReactElement {
  const { strings } = useHelpCenter();
  useRenderedMark('experts', true);
  return <section aria-labelledby="hc-experts-title"><ThemeText as="h2" variant="xLarge" id="hc-experts-title">{strings.experts.title}</ThemeText></section>;
}

/** The ui root the web part and the workbench page both render. */
export function ExpertsDirectoryRoot(props: ExpertsDirectoryRootProps): React.ReactElement {
  return <HelpCenterRoot context={props.context} theme={props.theme}><Frame /></HelpCenterRoot>;
}
