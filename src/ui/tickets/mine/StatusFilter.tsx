import * as React from 'react';
import { Dropdown, IDropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { TICKET_STATUSES, TicketStatus } from '../../../domain/vocabulary';
import { useHelpCenter } from '../../common/HelpCenterContext';

/** Props of {@link StatusFilter}. */
export interface StatusFilterProps {
  status: TicketStatus | '';
  onChange(status: TicketStatus | ''): void;
}

/**
 * The status filter of her requests, shown when she asks for it ("Filter by status"): its own chunk, so the list's
 * first render does not load it. It takes the focus when it appears.
 */
export default function StatusFilter(props: StatusFilterProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.myTickets;
  const dropdown = React.useRef<IDropdown>(null);
  React.useEffect(() => { if (dropdown.current) dropdown.current.focus(false); }, []);
  const options: IDropdownOption[] = [{ key: '', text: s.allStatuses }].concat(TICKET_STATUSES.map(st => ({ key: st, text: strings.ticketStatus[st] })));
  return (
    <Dropdown componentRef={dropdown} label={s.statusFilter} selectedKey={props.status} options={options} styles={{ root: { maxWidth: 320 } }}
      onChange={(_, o) => props.onChange(o ? (o.key as TicketStatus | '') : '')} />
  );
}
