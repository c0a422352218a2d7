import * as React from 'react';
import { PartialTheme } from '@fluentui/react/lib/Theme';
import type { IdeaServices } from '../../data/ideas/services';
import { HelpCenterContextValue } from '../common/HelpCenterContext';
import { HelpCenterRoot } from '../common/HelpCenterRoot';
import { IdeaBox } from './IdeaBox';
import { IdeaPage } from './IdeaPage';
import { IdeaFromTicket } from './IdeaFromTicket';
import { ideaRoute } from './ideaView';

/** Props of {@link IdeaBoxRoot}. */
export interface IdeaBoxRootProps {
  context: HelpCenterContextValue;
  theme?: PartialTheme;
  services: IdeaServices;
  /** The page's address query (`window.location.search`). */
  search: string;
}

/** The ui root the web part and the workbench page both render: the box, one idea's page (`?idea=ID`), or a request turned into an idea (`?fromTicket=ID`). */
export function IdeaBoxRoot(props: IdeaBoxRootProps): React.ReactElement {
  const route = React.useMemo(() => ideaRoute(props.search), [props.search]);
  return (
    <HelpCenterRoot context={props.context} theme={props.theme}>
      {'query' in route ? <IdeaBox services={props.services} initial={route.query} />
        : 'fromTicket' in route ? <IdeaFromTicket services={props.services} ticketId={route.fromTicket} />
          : <IdeaPage services={props.services} ideaId={route.idea} />}
    </HelpCenterRoot>
  );
}
