import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { MyTicketsServices } from '../../../data/tickets/MyTicketsServices';
import { followIdFromUrl, ticketIdFromUrl } from '../../../data/pageLinks';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { formClasses } from '../form/formStyles';
import { FollowedRequestView } from '../follow/FollowedRequestView';
import { FollowedRequests } from '../follow/FollowedRequests';
import { TicketList } from './TicketList';
import { TicketView } from './TicketView';

/** Props of {@link MyTickets}. */
export interface MyTicketsProps {
  services: MyTicketsServices;
  /** Ticket to open first (deep link `?ticket=ID`, as in the mails). */
  initialTicketId?: number;
  /** Followed request to open first (`?follow=ID`, the link of a watcher's mail); read from the address when not given. */
  initialFollowId?: number;
  newRequestUrl?: string;
}

/** What the page shows: the lists, one of the person's requests, or one request they are kept informed of. */
type Shown = { ticket?: number; follow?: number };

function shownAt(search: string): Shown {
  const follow = followIdFromUrl(search);
  return follow ? { follow } : { ticket: ticketIdFromUrl(search) };
}

/**
 * The person's requests and the requests they follow; with `?ticket=ID` one of their requests, with `?follow=ID`
 * one request they are kept informed of. The address follows what is shown (back and forward work).
 */
export function MyTickets(props: MyTicketsProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const classes = formClasses(useTheme());
  const [shown, setShown] = React.useState<Shown>(() => {
    const follow = props.initialFollowId || (typeof window !== 'undefined' ? followIdFromUrl(window.location.search) : undefined);
    return follow ? { follow } : { ticket: props.initialTicketId };
  });
  const show = (next: Shown): void => {
    setShown(next);
    if (typeof window !== 'undefined' && window.history && window.history.pushState) {
      const url = new URL(window.location.href);
      url.searchParams.delete('ticket');
      url.searchParams.delete('follow');
      if (next.ticket) url.searchParams.set('ticket', String(next.ticket));
      if (next.follow) url.searchParams.set('follow', String(next.follow));
      window.history.pushState({}, '', url.toString());
    }
  };
  React.useEffect(() => {
    const onPop = (): void => setShown(shownAt(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const back = (): void => show({});
  if (shown.follow) return <div><FollowedRequestView ticketId={shown.follow} services={props.services} classes={classes} onBack={back} /></div>;
  if (shown.ticket) return <div><TicketView id={shown.ticket} services={props.services} classes={classes} onBack={back} /></div>;
  return (
    <div>
      <Text as="h2" variant="xLarge">{strings.myTickets.title}</Text>
      <TicketList services={props.services} classes={classes} newRequestUrl={props.newRequestUrl} onOpen={id => show({ ticket: id })} />
      <FollowedRequests services={props.services} classes={classes} onOpen={id => show({ follow: id })} />
    </div>
  );
}
