import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { FollowedPage, FollowedRequestSummary, MyTicketsServices } from '../../../data/tickets/MyTicketsServices';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { UserText } from '../../common/UserText';
import { formatString } from '../../common/format';
import type { FormClasses } from '../form/formStyles';
import { formatNodes } from '../../common/formatNodes';

/** Props of {@link FollowedRequests}. */
export interface FollowedRequestsProps {
  services: MyTicketsServices;
  classes: FormClasses;
  /** Opens a followed request's page (the address becomes `?follow=ID`). */
  onOpen(ticketId: number): void;
}

/**
 * "Requests I follow" on My requests: the requests the person is kept informed of, newest first, page by page.
 * Nothing shows for someone who follows none (most requesters).
 */
export function FollowedRequests(props: FollowedRequestsProps): React.ReactElement | null { // eslint-disable-line @rushstack/no-new-null
  const { strings, locale } = useHelpCenter();
  const s = strings.follow;
  const [items, setItems] = React.useState<FollowedRequestSummary[] | undefined>();
  const [next, setNext] = React.useState<FollowedPage['next']>();
  const [failed, setFailed] = React.useState(false);
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let live = true;
    setFailed(false);
    props.services.followed().then(page => {
      if (!live) return;
      setItems(page.items);
      setNext(() => page.next);
    }, (e: unknown) => { console.error('[HelpCenter] Loading the followed requests failed:', e); if (live) setFailed(true); });
    return () => { live = false; };
  }, [props.services, attempt]);

  const more = (): void => {
    if (!next) return;
    next().then(page => { setItems(i => (i || []).concat(page.items)); setNext(() => page.next); },
      (e: unknown) => { console.error('[HelpCenter] Loading more followed requests failed:', e); setFailed(true); });
  };
  const date = (iso: string): string => new Date(iso).toLocaleDateString(locale === 'en' ? 'en-GB' : 'fr-FR');
  if (failed) {
    return <MessageBar messageBarType={MessageBarType.warning} actions={<DefaultButton text={strings.common.retry} onClick={() => setAttempt(a => a + 1)} />}>{s.listLoadFailed}</MessageBar>;
  }
  // Loading quietly: the section appears only for people who follow a request.
  if (!items || !items.length) return null; // eslint-disable-line @rushstack/no-new-null
  return (
    <section aria-labelledby="hc-followed-heading" className={props.classes.form}>
      <h2 id="hc-followed-heading">{s.sectionHeading}</h2>
      <p>{s.sectionIntro}</p>
      <ul>
        {items.map(i => (
          <li key={i.ticketId}>
            <a href={`?follow=${i.ticketId}`} onClick={e => { e.preventDefault(); props.onOpen(i.ticketId); }}>
              {formatNodes(s.item, i.ticketId, <UserText text={i.title} />)}
            </a>
            {' — '}{strings.ticketStatus[i.status] || i.status}{' · '}{formatString(s.updatedOn, date(i.updatedAt))}
          </li>
        ))}
      </ul>
      {next ? <DefaultButton text={s.more} onClick={more} /> : undefined}
    </section>
  );
}
