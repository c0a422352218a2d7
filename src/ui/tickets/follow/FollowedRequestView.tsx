import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { MyTicketsServices } from '../../../data/tickets/MyTicketsServices';
import type { WatchHistoryEntry, WatchView } from '../../../domain/tickets/watchView';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { Link } from '@fluentui/react/lib/Link';
import { TicketFields } from '../../common/TicketFields';
import { UserText } from '../../common/UserText';
import { PersonBadge } from '../../common/PersonBadge';
import { StatusPill } from '../../common/pills';
import { dateTimeText, isoText } from '../../common/dates';
import { formatString } from '../../common/format';
import { formatNodes } from '../../common/formatNodes';
import { useLoad } from '../../common/useLoad';
import { ListShimmer } from '../mine/ListShimmer';
import { useRequestClasses } from '../mine/requestStyles';
import { watchViewFields } from './watchViewFields';
import { useRenderedMark } from '../../common/rendered';

/** Props of {@link FollowedRequestView}. */
export interface FollowedRequestViewProps {
  /** The request followed (`?follow=ID`, the link of the watcher's mail). */
  ticketId: number;
  services: MyTicketsServices;
  onBack(): void;
}

/** One step of the public history, in words. */
function HistoryStep(props: { step: WatchHistoryEntry }): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.follow;
  const c = useRequestClasses();
  const e = props.step;
  const by = e.by ? <> {formatNodes(s.by, <UserText text={e.by} />)}</> : undefined;
  let what: React.ReactNode;
  if (e.event === 'filed') what = formatNodes(s.events.filed, <UserText text={e.by} />);
  else if (e.event === 'status') what = <>{formatString(s.events.status, strings.ticketStatus[e.status] || e.status)}{by}</>;
  else if (e.event === 'handedOver') {
    what = e.team ? formatNodes(s.events.handedOverTeam, <UserText text={e.team[locale]} />)
      : formatString(s.events.handedOverLevel, e.level ? strings.supportLevel[e.level] : '');
  } else {
    what = <>{e.by ? formatNodes(s.events.replyBy, <UserText text={e.by} />) : s.events.reply}
      <p className={c.text} style={{ marginTop: 4 }}><UserText text={e.message} /></p></>;
  }
  return (
    <li className={e.event === 'reply' ? c.entry : undefined}>
      <div className={c.entryHead}>
        {e.event === 'reply' && e.by ? <PersonBadge name={e.by} coinOnly /> : undefined}
        <time dateTime={isoText(e.at)}>{dateTimeText(e.at, locale)}</time>
      </div>
      <div>{what}</div>
    </li>
  );
}

/** The view itself, once loaded. */
function FollowedRequestBody(props: { view: WatchView; files: { name: string; url: string }[] }): React.ReactElement {
  const { strings } = useHelpCenter();
  const c = useRequestClasses();
  const s = strings.follow;
  const v = props.view;
  const { fields, names } = watchViewFields(v);
  return (
    <>
      <MessageBar messageBarType={MessageBarType.info} isMultiline>{formatNodes(s.informedNote, <UserText text={v.requester} />)}</MessageBar>
      <section aria-labelledby="hc-follow-description" className={c.section}>
        <h3 id="hc-follow-description" className={c.subheading}>{s.descriptionHeading}</h3>
        <p className={c.text}><UserText text={v.summary} /></p>
      </section>
      {fields.length ? <TicketFields fields={fields} names={names} headingId="hc-follow-fields" /> : undefined}
      {v.resolution ? (
        <section aria-labelledby="hc-follow-resolution" className={c.panel}>
          <h3 id="hc-follow-resolution" className={c.subheading} style={{ margin: 0 }}>{s.resolutionHeading}</h3>
          <p className={c.text}><UserText text={v.resolution} /></p>
        </section>
      ) : undefined}
      <section aria-labelledby="hc-follow-history" className={c.section}>
        <h3 id="hc-follow-history" className={c.subheading}>{s.historyHeading}</h3>
        {v.historyTruncated ? <p className={c.muted}>{s.historyTruncated}</p> : undefined}
        <ol className={c.list}>{v.history.map((step, i) => <HistoryStep key={i} step={step} />)}</ol>
      </section>
      {props.files.length ? (
        <section aria-labelledby="hc-follow-files" className={c.section}>
          <h3 id="hc-follow-files" className={c.subheading}>{formatNodes(s.filesHeading, <UserText text={v.requester} />)}</h3>
          <ul className={c.list}>{props.files.map(f => <li key={f.name}><Link href={f.url} download style={{ overflowWrap: 'anywhere' }}><UserText text={f.name} /></Link></li>)}</ul>
        </section>
      ) : undefined}
    </>
  );
}

/**
 * A request as a person kept informed of it sees it (a professor, a referent): its summary, status, fields and
 * public history as the desk wrote them for them, the files the requester shared; no action. Someone who is not (or
 * no longer) kept informed is told so.
 */
export function FollowedRequestView(props: FollowedRequestViewProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.follow;
  const c = useRequestClasses();
  const heading = React.useRef<HTMLHeadingElement>(null);
  const { state } = useLoad(() => props.services.followedRequest(props.ticketId).catch((e: unknown) => {
    console.error('[HelpCenter] Loading the followed request failed:', e);
    throw e;
  }), [props.services, props.ticketId]);
  const data = state.status === 'done' ? state.value : undefined;
  React.useEffect(() => { if (data && data.kind === 'view' && heading.current) heading.current.focus(); }, [data]);

  const back = <div><DefaultButton text={s.back} iconProps={{ iconName: 'Back' }} onClick={props.onBack} /></div>;
  // The page says its first render is on screen (bench/run.mjs waits for it).
  useRenderedMark('my-tickets', state.status !== 'loading');
  if (state.status === 'failed') return <div className={c.page}>{back}<MessageBar messageBarType={MessageBarType.error}>{s.loadFailed}</MessageBar></div>;
  if (!data) return <div className={c.page}>{back}<ListShimmer label={s.loading} /></div>;
  if (data.kind === 'notFollowed') return <div className={c.page}>{back}<MessageBar messageBarType={MessageBarType.warning} isMultiline>{s.notFollowed}</MessageBar></div>;
  const v = data.view;
  return (
    <article className={c.page} aria-labelledby="hc-follow-title">
      {back}
      <div className={c.page} style={{ gap: 8 }}>
        <h2 id="hc-follow-title" className={c.heading} tabIndex={-1} ref={heading}>
          {formatNodes(s.heading, v.ticketId, <UserText text={v.title} />)}
        </h2>
        <div className={c.meta}>
          <span id="hc-follow-status">{strings.ticketStatus[v.status] ? <StatusPill status={v.status} labels={strings.ticketStatus} /> : v.status}</span>
        </div>
      </div>
      <FollowedRequestBody view={v} files={data.files} />
    </article>
  );
}
