import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { MyTicketsServices } from '../../../data/tickets/MyTicketsServices';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { formClasses } from '../form/formStyles';
import { TicketList } from './TicketList';
import { TicketView } from './TicketView';

/** Props of {@link MyTickets}. */
export interface MyTicketsProps {
  services: MyTicketsServices;
  /** Ticket to open first (deep link `?ticket=ID`, as in the mails). */
  initialTicketId?: number;
  newRequestUrl?: string;
}

/** The requester's requests and, with `?ticket=ID`, one request's page; the address follows what is shown. */
export function MyTickets(props: MyTicketsProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const classes = formClasses(useTheme());
  const [ticketId, setTicketId] = React.useState<number | undefined>(props.initialTicketId);
  const open = (id: number | undefined): void => {
    setTicketId(id);
    if (typeof window !== 'undefined' && window.history && window.history.pushState) {
      const url = new URL(window.location.href);
      if (id) url.searchParams.set('ticket', String(id)); else url.searchParams.delete('ticket');
      window.history.pushState({}, '', url.toString());
    }
  };
  React.useEffect(() => {
    const onPop = (): void => {
      const id = Number(new URL(window.location.href).searchParams.get('ticket'));
      setTicketId(Number.isInteger(id) && id > 0 ? id : undefined);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  return (
    <div>
      {ticketId ? undefined : <Text as="h2" variant="xLarge">{strings.myTickets.title}</Text>}
      {ticketId
        ? <TicketView id={ticketId} services={props.services} classes={classes} onBack={() => open(undefined)} />
        : <TicketList services={props.services} classes={classes} newRequestUrl={props.newRequestUrl} onOpen={open} />}
    </div>
  );
}
