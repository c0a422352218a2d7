import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { MyTicketsServices } from '../../../data/tickets/MyTicketsServices';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { FollowedRequests } from '../follow/FollowedRequests';
import { TicketList } from './TicketList';
import { useRequestClasses } from './requestStyles';

/** Props of {@link RequestLists}. */
export interface RequestListsProps {
  services: MyTicketsServices;
  newRequestUrl?: string;
  /** Opens one of her requests (`?ticket=ID`). */
  onOpenTicket(id: number): void;
  /** Opens a request she is kept informed of (`?follow=ID`). */
  onOpenFollowed(id: number): void;
  /** The request whose page was just closed: its row or card takes the focus back. */
  returnTo?: { ticket?: number; follow?: number };
  onFocused(): void;
}

/**
 * My requests' lists: the person's requests and the requests she follows, each section headed once. Its own chunk
 * (the tables, the status filter, the tabs): a request's page opened from a mail does not load it.
 */
export default function RequestLists(props: RequestListsProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const c = useRequestClasses();
  const { returnTo } = props;
  return (
    <div className={c.page}>
      <section aria-labelledby="hc-my-requests-heading" className={c.page}>
        <div className={c.header}>
          <h2 id="hc-my-requests-heading" className={c.heading}>{strings.myTickets.sectionMine}</h2>
          {props.newRequestUrl ? <DefaultButton href={props.newRequestUrl} text={strings.myTickets.newRequest} iconProps={{ iconName: 'Add' }} /> : undefined}
        </div>
        <TicketList services={props.services} newRequestUrl={props.newRequestUrl} onOpen={props.onOpenTicket}
          focusId={returnTo && returnTo.ticket} onFocused={props.onFocused} />
      </section>
      <FollowedRequests services={props.services} onOpen={props.onOpenFollowed} focusId={returnTo && returnTo.follow} onFocused={props.onFocused} />
    </div>
  );
}
