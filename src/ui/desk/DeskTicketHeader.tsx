import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { TicketView } from '../../data/tickets/ticketView';
import { useHelpCenter } from '../common/HelpCenterContext';
import { formatString } from '../common/format';
import { formatNodes } from '../common/formatNodes';
import { UserText } from '../common/UserText';
import { PRIORITY_TONE, Pill, StatusPill } from '../common/pills';
import { PersonBadge } from '../common/PersonBadge';
import { teamsChatLink } from './teamsLinks';

/** Props of {@link DeskTicketHeader}. */
export interface DeskTicketHeaderProps {
  view: TicketView;
  /** Names of the people kept informed. */
  watchers: string[];
}

/** The top of a desk ticket: its heading, status and priority pills, the requester and the agent who has it, Teams chats. */
export function DeskTicketHeader(props: DeskTicketHeaderProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.deskTicket;
  const m = strings.myTickets;
  const theme = useTheme();
  const c = React.useMemo(() => mergeStyleSets({
    heading: [theme.fonts.xLarge, { margin: 0, overflowWrap: 'anywhere' }],
    pills: { display: 'flex', flexWrap: 'wrap', gap: 8 },
    people: { display: 'flex', flexWrap: 'wrap', gap: '8px 32px', alignItems: 'flex-start' },
    person: { display: 'grid', gap: 4, minWidth: 0 },
    // Links alone on their line are touch targets: at least 24 px high (WCAG 2.5.8).
    chat: { display: 'inline-block', minHeight: 24, lineHeight: '24px' }
  }), [theme]);
  const v = props.view;
  const t = v.ticket;
  const name = (p: { displayName?: string; email: string }): string => p.displayName || p.email;
  const chat = (p: { displayName?: string; email: string }, label: string): React.ReactNode => (p.email
    ? <Link className={c.chat} href={teamsChatLink(p.email, `#${v.id} ${v.title}`)} target="_blank" rel="noopener noreferrer">{label}</Link> : undefined);
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <h2 id="hc-desk-ticket" className={c.heading}>{formatNodes(m.ticketHeading, v.id, <UserText text={v.title} />)}</h2>
      <div className={c.pills}>
        <StatusPill status={v.status} labels={strings.deskStatus} />
        <Pill tone={PRIORITY_TONE[t.priority]} title={strings.fields.priority.label}>{strings.ticketPriority[t.priority]}</Pill>
      </div>
      <div className={c.people}>
        {t.requester ? (
          <div className={c.person}>
            <PersonBadge name={name(t.requester)} email={t.requester.email} secondaryText={s.requesterRole} size="regular" />
            {chat(t.requester, formatString(s.chatRequester, name(t.requester)))}
          </div>
        ) : undefined}
        <div className={c.person}>
          {t.assignedTo ? <PersonBadge name={name(t.assignedTo)} email={t.assignedTo.email} secondaryText={s.assigneeRole} size="regular" />
            : <PersonBadge name={strings.desk.unassigned} secondaryText={s.assigneeRole} size="regular" />}
          {t.assignedTo ? chat(t.assignedTo, s.chatAssignee) : undefined}
        </div>
      </div>
      {props.watchers.length ? <p style={{ margin: 0 }}>{formatNodes(s.watchers, <UserText text={props.watchers.join(', ')} />)}</p> : undefined}
    </div>
  );
}
