import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Notice, MessageBarType } from '../../common/Notice';
import type { FollowedPage, FollowedRequestSummary, MyTicketsServices } from '../../../data/tickets/MyTicketsServices';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { StatusPill } from '../../common/pills';
import { useAlive, useLoad } from '../../common/useLoad';
import { RequestList, focusRequestLink } from '../mine/RequestList';
import { useRequestClasses } from '../mine/requestStyles';

/** Props of {@link FollowedRequests}. */
export interface FollowedRequestsProps {
  services: MyTicketsServices;
  /** Opens a followed request's page (the address becomes `?follow=ID`). */
  onOpen(ticketId: number): void;
  /** The followed request whose page was just closed: its link takes the focus once the list is shown. */
  focusId?: number;
  /** The focus went back (or could not). */
  onFocused?(): void;
}

const LINK_PREFIX = 'hc-followed-request-';

/**
 * "Requests I follow" on My requests: the requests the person is kept informed of, newest first, page by page, as
 * a table (cards on a phone). Nothing shows for someone who follows none (most requesters).
 */
export function FollowedRequests(props: FollowedRequestsProps): React.ReactElement | null { // eslint-disable-line @rushstack/no-new-null
  const { strings } = useHelpCenter();
  const s = strings.follow;
  const c = useRequestClasses();
  const alive = useAlive();
  const [more, setMore] = React.useState<{ items: FollowedRequestSummary[]; next: FollowedPage['next'] } | undefined>();
  const [moreFailed, setMoreFailed] = React.useState(false);
  const { state, reload } = useLoad(() => {
    setMore(undefined);
    return props.services.followed().catch((e: unknown) => { console.error('[HelpCenter] Loading the followed requests failed:', e); throw e; });
  }, [props.services]);
  const items = state.status === 'done' ? state.value.items.concat(more ? more.items : []) : undefined;
  const next = more ? more.next : state.status === 'done' ? state.value.next : undefined;

  const { focusId, onFocused } = props;
  React.useEffect(() => {
    if (!focusId || !items) return undefined;
    return focusRequestLink(LINK_PREFIX, focusId, () => { if (onFocused) onFocused(); });
  }, [focusId, !!items]);

  const loadMore = (): void => {
    if (!next) return;
    setMoreFailed(false);
    next().then(p => { if (alive()) setMore(m => ({ items: (m ? m.items : []).concat(p.items), next: p.next })); },
      (e: unknown) => { console.error('[HelpCenter] Loading more followed requests failed:', e); if (alive()) setMoreFailed(true); });
  };
  if (state.status === 'failed') {
    return <Notice messageBarType={MessageBarType.warning} actions={<DefaultButton text={strings.common.retry} onClick={reload} />}>{s.listLoadFailed}</Notice>;
  }
  // Loading quietly: the section appears only for people who follow a request.
  if (!items || !items.length) return null; // eslint-disable-line @rushstack/no-new-null
  const rows = items.map(i => ({ id: i.ticketId, title: i.title, updatedAt: i.updatedAt, status: <StatusPill status={i.status} labels={strings.ticketStatus} /> }));
  return (
    <section aria-labelledby="hc-followed-heading" className={c.page}>
      <div>
        <h2 id="hc-followed-heading" className={c.heading}>{s.sectionHeading}</h2>
        <p className={c.muted}>{s.sectionIntro}</p>
      </div>
      <RequestList rows={rows} label={s.sectionHeading} idPrefix={LINK_PREFIX} href={id => `?follow=${id}`} onOpen={props.onOpen} />
      {moreFailed ? <Notice messageBarType={MessageBarType.error}>{s.listLoadFailed}</Notice> : undefined}
      {next ? <div><DefaultButton text={s.more} onClick={loadMore} /></div> : undefined}
    </section>
  );
}
