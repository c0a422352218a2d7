import * as React from 'react';
import { PartialTheme } from '@fluentui/react/lib/Theme';
import type { MyTicketsServices } from '../../../data/tickets/MyTicketsServices';
import { HelpCenterContextValue } from '../../common/HelpCenterContext';
import { HelpCenterRoot } from '../../common/HelpCenterRoot';
import { MyTickets } from './MyTickets';

/** Props of {@link MyTicketsRoot}. */
export interface MyTicketsRootProps {
  context: HelpCenterContextValue;
  theme?: PartialTheme;
  services: MyTicketsServices;
  initialTicketId?: number;
  newRequestUrl?: string;
}

/** The ui root the MyTickets web part and the workbench page both render. */
export function MyTicketsRoot(props: MyTicketsRootProps): React.ReactElement {
  return (
    <HelpCenterRoot context={props.context} theme={props.theme}>
      <MyTickets services={props.services} initialTicketId={props.initialTicketId} newRequestUrl={props.newRequestUrl} />
    </HelpCenterRoot>
  );
}

/** The `?ticket=ID` of a page address. */
export function ticketIdFromUrl(search: string): number | undefined {
  const match = /[?&]ticket=(\d+)/.exec(search);
  const id = match ? Number(match[1]) : NaN;
  return Number.isInteger(id) && id > 0 ? id : undefined;
}
