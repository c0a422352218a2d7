import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { Actor, Ticket } from '../../domain/tickets/model';
import { canTurnIntoIdea } from '../../domain/tickets/availableActions';
import { pageLinks } from '../../data/pageLinks';
import { useHelpCenter } from '../common/HelpCenterContext';

/** Props of {@link TurnIntoIdea}. */
export interface TurnIntoIdeaProps {
  ticket: Ticket;
  actor: Actor;
}

/**
 * "Turn into an idea" on a request for change, for agents and owners (canTurnIntoIdea): the idea box opens in a new
 * tab, makes the idea from the ticket (its requester its author, looked up first: once per ticket) and shows it.
 */
export function TurnIntoIdea(props: TurnIntoIdeaProps): React.ReactElement {
  const { siteUrl, strings } = useHelpCenter();
  if (!siteUrl || !canTurnIntoIdea(props.ticket, props.actor)) return <></>;
  const s = strings.deskTicket;
  return (
    <div>
      <DefaultButton href={pageLinks(siteUrl).ideaFromTicket(props.ticket.id)} target="_blank" rel="noopener noreferrer" iconProps={{ iconName: 'Lightbulb' }}
        text={s.turnIntoIdea} ariaLabel={`${s.turnIntoIdea} ${s.newTab}`} />
    </div>
  );
}
