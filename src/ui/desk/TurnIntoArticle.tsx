import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { Ticket } from '../../domain/tickets/model';
import { canAddDrafts } from '../../data/knowledge/authoring/draftRights';
import { pageLinks } from '../../data/pageLinks';
import { useHelpCenter } from '../common/HelpCenterContext';
import { useLoad } from '../common/useLoad';

/** Props of {@link TurnIntoArticle}. */
export interface TurnIntoArticleProps {
  /** The ticket as the desk holds it: only a resolved or closed one offers the action. */
  ticket: Ticket;
}

/**
 * "Turn into an article" on a resolved or closed ticket, for an agent who may write articles (Add Items on
 * KnowledgeDrafts, read when such a ticket is first shown, never with the queues): the contributors' page opens in a
 * new tab with a new article prefilled from the ticket (names, addresses and numbers removed there), linked back to it.
 */
export function TurnIntoArticle(props: TurnIntoArticleProps): React.ReactElement {
  const { sp, siteUrl, strings } = useHelpCenter();
  const t = props.ticket;
  const finished = t.status === 'resolved' || t.status === 'closed';
  const { state } = useLoad(() => (finished && siteUrl ? Promise.resolve().then(() => canAddDrafts(sp)) : Promise.resolve(false)), [sp, siteUrl, finished]);
  if (!finished || !siteUrl || state.status !== 'done' || !state.value) return <></>;
  const s = strings.deskTicket;
  const href = pageLinks(siteUrl).authoring({ kind: 'new', ticketId: t.id, language: t.language, categoryId: t.categoryId });
  return (
    <div>
      <DefaultButton href={href} target="_blank" rel="noopener noreferrer" iconProps={{ iconName: 'PageAdd' }} text={s.turnIntoArticle}
        ariaLabel={`${s.turnIntoArticle} ${s.newTab}`} />
    </div>
  );
}
