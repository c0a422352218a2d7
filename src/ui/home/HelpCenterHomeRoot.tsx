import * as React from 'react';
import { PartialTheme } from '@fluentui/react/lib/Theme';
import type { HomeServices } from '../../data/home/services';
import { HelpCenterContextValue, useHelpCenter } from '../common/HelpCenterContext';
import { HelpCenterRoot } from '../common/HelpCenterRoot';
import { markRendered } from '../common/renderedMark';

/** Props of {@link HelpCenterHomeRoot}. */
export interface HelpCenterHomeRootProps {
  context: HelpCenterContextValue;
  theme?: PartialTheme;
  services: HomeServices;
  /** The page's address query (`window.location.search`). */
  search: string;
}

/** Scaffold (issue 16): the home page's heading only; the home page's session writes the page. */
function HomeScaffold(): React.ReactElement {
  const { strings } = useHelpCenter();
  React.useEffect(() => markRendered('home'), []);
  return <h2>{strings.home.title}</h2>;
}

/** The ui root the web part and the workbench page both render. */
export function HelpCenterHomeRoot(props: HelpCenterHomeRootProps): React.ReactElement {
  return (
    <HelpCenterRoot context={props.context} theme={props.theme}>
      <HomeScaffold />
    </HelpCenterRoot>
  );
}
