import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { openRequests, waitingForMe } from '../../data/home/homeModel';
import type { PageLinks } from '../../data/pageLinks';
import type { TicketSummary } from '../../data/tickets/ticketView';
import { useHelpCenter } from '../common/HelpCenterContext';
import { dayText, isoText } from '../common/dates';
import { formatCount, formatString } from '../common/format';
import { Pill, StatusPill } from '../common/pills';
import type { HomeClasses } from './homeStyles';

/** Requests listed on the home (the rest: "see all my requests"). */
const SHOWN = 5;

/** Props of {@link MyOpenRequests}. */
export interface MyOpenRequestsProps {
  /** Her newest requests; undefined when they could not be read. */
  requests?: TicketSummary[];
  links: PageLinks;
  classes: HomeClasses;
}

/**
 * Her open requests with their status as the desk holds it, those waiting for her first (flagged), each opening its
 * page in "My requests"; without any, a way to make one.
 */
export function MyOpenRequests(props: MyOpenRequestsProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.home;
  const c = props.classes;
  const open = props.requests ? openRequests(props.requests) : [];
  const waiting = open.filter(waitingForMe).length;
  return (
    <section className={`${c.section} ${c.card} ${c.firstOnPhone}`} aria-labelledby="hc-home-requests">
      <h3 id="hc-home-requests" className={c.sectionHeading}>{s.requestsHeading}</h3>
      {!props.requests ? <p className={c.muted} role="alert">{s.requestsFailed}</p> : undefined}
      {props.requests && !open.length ? (
        <>
          <p className={c.muted}>{s.requestsNone}</p>
          <div><PrimaryButton href={props.links.newRequest()} text={s.makeRequest} /></div>
        </>
      ) : undefined}
      {waiting ? <p className={c.muted}><strong>{formatCount(locale, waiting, s.requestsWaiting)}</strong></p> : undefined}
      {open.length ? (
        <ul className={c.list}>
          {open.slice(0, SHOWN).map(r => (
            <li key={r.id} className={c.request}>
              <Link href={props.links.request(r.id)}>{r.title || formatString(s.requestNumber, r.id)}</Link>
              <span className={c.requestMeta}>
                {r.received ? <StatusPill status={r.status} labels={strings.ticketStatus} /> : <Pill tone="neutral">{s.notReceived}</Pill>}
                {waitingForMe(r) ? <Pill tone="warning">{s.waitingForYou}</Pill> : undefined}
                <span>{formatString(s.requestNumber, r.id)}</span>
                <time dateTime={isoText(r.modifiedAt)}>{formatString(s.updatedOn, dayText(r.modifiedAt, locale))}</time>
              </span>
            </li>
          ))}
        </ul>
      ) : undefined}
      {props.requests && props.requests.length ? <Link className={c.more} href={props.links.myRequests()}>{s.seeAllRequests}</Link> : undefined}
    </section>
  );
}
