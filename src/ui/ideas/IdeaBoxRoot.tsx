import * as React from 'react';
import { PartialTheme } from '@fluentui/react/lib/Theme';
import type { IdeaServices } from '../../data/ideas/services';
import { HelpCenterContextValue, useHelpCenter } from '../common/HelpCenterContext';
import { HelpCenterRoot } from '../common/HelpCenterRoot';
import { ThemeText } from '../common/ThemeText';
import { useRenderedMark } from '../common/rendered';

/** Props of {@link IdeaBoxRoot}. */
export interface IdeaBoxRootProps {
  context: HelpCenterContextValue;
  theme?: PartialTheme;
  services: IdeaServices;
  /** The page's address query (`window.location.search`). */
  search: string;
}

function Frame(): React.ReactElement {
  const { strings } = useHelpCenter();
  useRenderedMark('ideas', true);
  return <section aria-labelledby="hc-ideas-title"><ThemeText as="h2" variant="xLarge" id="hc-ideas-title">{strings.ideas.title}</ThemeText></section>;
}

/** The ui root the web part and the workbench page both render. */
export function IdeaBoxRoot(props: IdeaBoxRootProps): React.ReactElement {
  return <HelpCenterRoot context={props.context} theme={props.theme}><Frame /></HelpCenterRoot>;
}
