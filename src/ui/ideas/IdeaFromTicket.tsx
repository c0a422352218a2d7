import * as React from 'react';
import type { IdeaServices } from '../../data/ideas/services';
import { useHelpCenter } from '../common/HelpCenterContext';
import { LoadingState } from '../common/LoadingState';
import { Notice, MessageBarType } from '../common/Notice';
import { useRenderedMark } from '../common/rendered';
import { useLoad } from '../common/useLoad';
import { IdeaPage } from './IdeaPage';

/** Props of {@link IdeaFromTicket}. */
export interface IdeaFromTicketProps {
  services: IdeaServices;
  ticketId: number;
}

/**
 * The desk's "turn into an idea" (`?fromTicket=ID`, a team member's new tab): makes the idea from the request for
 * change (once per ticket: a second visit finds the same idea), puts the idea's own address in the history, and
 * shows its page.
 */
export function IdeaFromTicket(props: IdeaFromTicketProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const { state } = useLoad(() => props.services.team().then(t => t.fromTicket(props.ticketId)), [props.ticketId]);
  useRenderedMark('ideas', state.status === 'failed');
  React.useEffect(() => {
    if (state.status === 'done') window.history.replaceState(window.history.state, '', props.services.links.idea(state.value.ideaId));
    if (state.status === 'failed') console.error('[HelpCenter] Request not turned into an idea:', state.error);
  }, [state]);
  if (state.status === 'loading') return <LoadingState label={strings.ideas.fromTicketRunning} />;
  if (state.status === 'failed') return <Notice messageBarType={MessageBarType.error}>{strings.ideas.fromTicketFailed}</Notice>;
  return <IdeaPage services={props.services} ideaId={state.value.ideaId} />;
}
