import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { FollowedRequest, MyTicketsServices } from '../../../data/tickets/MyTicketsServices';
import type { WatchHistoryEntry, WatchView } from '../../../domain/tickets/watchView';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { LoadingState } from '../../common/LoadingState';
import { TicketFields } from '../../common/TicketFields';
import { UserText } from '../../common/UserText';
import { dateText } from '../../common/fieldText';
import { formatString } from '../../common/format';
import type { FormClasses } from '../form/formStyles';
import { watchViewFields } from './watchViewFields';
import { formatNodes } from '../../common/formatNodes';

/** Props of {@link FollowedRequestView}. */
export interface FollowedRequestViewProps {
  /** The request followed (`?follow=ID`, the link of the watcher's mail). */
  ticketId: number;
  services: MyTicketsServices;
  classes: FormClasses;
  onBack(): void;
}

/** One step of the public history, in words. */
function HistoryStep(props: { step: WatchHistoryEntry }): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.follow;
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
      <p style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}><UserText text={e.message} /></p></>;
  }
  return <li><time dateTime={e.at}>{dateText(new Date(e.at), locale)}</time>{' — '}{what}</li>;
}

/** The view itself, once loaded. */
function FollowedRequestBody(props: { view: WatchView; files: { name: string; url: string }[]; classes: FormClasses }): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.follow;
  const v = props.view;
  const { fields, names } = watchViewFields(v);
  return (
    <>
      <MessageBar messageBarType={MessageBarType.info}>{formatNodes(s.informedNote, <UserText text={v.requester} />)}</MessageBar>
      <p><strong>{s.statusLabel}</strong>{' '}{strings.ticketStatus[v.status] || v.status}</p>
      <section aria-labelledby="hc-follow-description">
        <h3 id="hc-follow-description">{s.descriptionHeading}</h3>
        <p style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}><UserText text={v.summary} /></p>
      </section>
      {fields.length ? <TicketFields fields={fields} names={names} headingId="hc-follow-fields" /> : undefined}
      {v.resolution ? (
        <section aria-labelledby="hc-follow-resolution" className={props.classes.panel}>
          <h3 id="hc-follow-resolution">{s.resolutionHeading}</h3>
          <p style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}><UserText text={v.resolution} /></p>
        </section>
      ) : undefined}
      <section aria-labelledby="hc-follow-history">
        <h3 id="hc-follow-history">{s.historyHeading}</h3>
        {v.historyTruncated ? <p>{s.historyTruncated}</p> : undefined}
        <ol style={{ overflowWrap: 'anywhere' }}>{v.history.map((step, i) => <HistoryStep key={i} step={step} />)}</ol>
      </section>
      {props.files.length ? (
        <section aria-labelledby="hc-follow-files">
          <h3 id="hc-follow-files">{formatNodes(s.filesHeading, <UserText text={v.requester} />)}</h3>
          <ul>{props.files.map(f => <li key={f.name}><a href={f.url} download><UserText text={f.name} /></a></li>)}</ul>
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
  const [data, setData] = React.useState<FollowedRequest | undefined>();
  const [failed, setFailed] = React.useState(false);
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    let live = true;
    setData(undefined);
    setFailed(false);
    props.services.followedRequest(props.ticketId).then(d => { if (live) setData(d); },
      (e: unknown) => { console.error('[HelpCenter] Loading the followed request failed:', e); if (live) setFailed(true); });
    return () => { live = false; };
  }, [props.services, props.ticketId]);
  React.useEffect(() => { if (data && data.kind === 'view' && heading.current) heading.current.focus(); }, [data]);

  const back = <div><DefaultButton text={s.back} onClick={props.onBack} /></div>;
  if (failed) return <MessageBar messageBarType={MessageBarType.error} actions={back}>{s.loadFailed}</MessageBar>;
  if (!data) return <LoadingState label={s.loading} />;
  if (data.kind === 'notFollowed') return <MessageBar messageBarType={MessageBarType.warning} actions={back}>{s.notFollowed}</MessageBar>;
  return (
    <article className={props.classes.form} aria-labelledby="hc-follow-title">
      {back}
      <h2 id="hc-follow-title" tabIndex={-1} ref={heading} style={{ overflowWrap: 'anywhere' }}>
        {formatNodes(s.heading, data.view.ticketId, <UserText text={data.view.title} />)}
      </h2>
      <FollowedRequestBody view={data.view} files={data.files} classes={props.classes} />
    </article>
  );
}
