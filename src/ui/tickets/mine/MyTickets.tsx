import * as React from 'react';
import type { MyTicketsServices } from '../../../data/tickets/MyTicketsServices';
import { followIdFromUrl, ticketIdFromUrl } from '../../../data/pageLinks';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { ListShimmer } from './ListShimmer';
import { useRequestClasses } from './requestStyles';

// Each view is its own chunk: the lists do not load a request's page (its form, history, files), and a request's
// page opened from a mail does not load the lists (tables, filter, tabs).
const RequestLists = React.lazy(() => import(/* webpackChunkName: 'help-center-my-requests' */ './RequestLists'));
const TicketView = React.lazy(() => import(/* webpackChunkName: 'help-center-my-request' */ './TicketView').then(m => ({ default: m.TicketView })));
const FollowedRequestView = React.lazy(() => import(/* webpackChunkName: 'help-center-followed-request' */ '../follow/FollowedRequestView')
  .then(m => ({ default: m.FollowedRequestView })));

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
 * The person's requests and the requests they follow, each section headed once; with `?ticket=ID` one of their
 * requests, with `?follow=ID` one request they are kept informed of. The address follows what is shown (back and
 * forward work), and back on the lists the focus returns to the link of the request that was open.
 */
export function MyTickets(props: MyTicketsProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const c = useRequestClasses();
  const [shown, setShown] = React.useState<Shown>(() => {
    const follow = props.initialFollowId || (typeof window !== 'undefined' ? followIdFromUrl(window.location.search) : undefined);
    return follow ? { follow } : { ticket: props.initialTicketId };
  });
  // The request whose page was closed: its row or card takes the focus back.
  const [returnTo, setReturnTo] = React.useState<Shown | undefined>();
  const current = React.useRef(shown);
  const change = (next: Shown): void => {
    const was = current.current;
    if (!next.ticket && !next.follow && (was.ticket || was.follow)) setReturnTo(was);
    current.current = next;
    setShown(next);
  };
  const show = (next: Shown): void => {
    change(next);
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
    const onPop = (): void => change(shownAt(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const back = (): void => show({});
  const focused = React.useCallback(() => setReturnTo(undefined), []);
  // While a view's code loads: the same placeholder rows as while its data loads.
  const loading = <div className={c.page}><ListShimmer label={strings.myTickets.loading} /></div>;
  return (
    <React.Suspense fallback={loading}>
      {shown.follow ? <FollowedRequestView ticketId={shown.follow} services={props.services} onBack={back} />
        : shown.ticket ? <TicketView id={shown.ticket} services={props.services} onBack={back} />
        : <RequestLists services={props.services} newRequestUrl={props.newRequestUrl} onOpenTicket={id => show({ ticket: id })}
          onOpenFollowed={id => show({ follow: id })} returnTo={returnTo} onFocused={focused} />}
    </React.Suspense>
  );
}
