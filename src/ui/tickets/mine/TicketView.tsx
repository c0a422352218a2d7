import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { MyTicketsServices, RequesterAction } from '../../../data/tickets/MyTicketsServices';
import type { TicketPageData } from '../../../data/tickets/TicketRepository';
import { newClaimKey } from '../../../data/tickets/claims';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { LoadingState } from '../../common/LoadingState';
import { formatString } from '../../common/format';
import { formatNodes } from '../../common/formatNodes';
import { UserText } from '../../common/UserText';
import { TicketFields } from '../../common/TicketFields';
import { dateText } from '../../common/fieldText';
import type { FormClasses } from '../form/formStyles';
import { RequesterActions } from './RequesterActions';
import { InformedList } from './InformedList';

/** Props of {@link TicketView}. */
export interface TicketViewProps {
  id: number;
  services: MyTicketsServices;
  classes: FormClasses;
  onBack(): void;
}

/** One request as its requester sees it: status, the fields she gave and the desk's, history, conversation, files, and what she can do next. */
export function TicketView(props: TicketViewProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.myTickets;
  const [data, setData] = React.useState<TicketPageData | undefined | 'missing'>();
  const [failed, setFailed] = React.useState(false);
  const [notice, setNotice] = React.useState<{ type: MessageBarType; text: string } | undefined>();
  const [version, setVersion] = React.useState(0);
  const heading = React.useRef<HTMLHeadingElement>(null);
  // One key per action until it is recorded: a retried click after a failure is the same claim, never two.
  const claimKey = React.useRef<{ key: string; action: string } | undefined>();

  React.useEffect(() => {
    let live = true;
    props.services.ticketPage(props.id).then(d => { if (live) setData(d || 'missing'); },
      (e: unknown) => { console.error('[HelpCenter] Loading the request failed:', e); if (live) setFailed(true); });
    return () => { live = false; };
  }, [props.services, props.id, version]);
  React.useEffect(() => { if (data && data !== 'missing' && heading.current && version === 0) heading.current.focus(); }, [data, version]);

  const when = (iso: string): string => dateText(new Date(iso), locale);
  const back = <div><DefaultButton text={s.back} onClick={props.onBack} /></div>;
  if (failed) return <MessageBar messageBarType={MessageBarType.error} actions={back}>{s.loadFailed}</MessageBar>;
  if (!data) return <LoadingState label={s.loading} />;
  if (data === 'missing') return <MessageBar messageBarType={MessageBarType.warning} actions={back}>{s.notFound}</MessageBar>;
  const v = data.view;

  /** Sends an action to the desk as the requester's claim; returns false when it failed so the form keeps the text. */
  const act = async (action: RequesterAction): Promise<boolean> => {
    const same = JSON.stringify(action);
    const pending = claimKey.current && claimKey.current.action === same ? claimKey.current : { key: newClaimKey(), action: same };
    claimKey.current = pending;
    try {
      await props.services.act(v.id, action, pending.key);
      // The next action is a new claim (a retry of the same action after a failure reuses the key, so it lands once).
      if (claimKey.current === pending) claimKey.current = undefined;
      setNotice({ type: MessageBarType.success, text: s.claimSent });
      setVersion(v => v + 1);
      return true;
    } catch (e) {
      console.error('[HelpCenter] The action failed:', e);
      setNotice({ type: MessageBarType.error, text: s.actionFailed });
      return false;
    }
  };
  // What the requester asked that the desk has not applied yet shows at once; so does what it did not apply.
  const pending = data.claims.filter(c => !c.applied && c.action !== 'comment');
  const refused = data.claims.filter(c => c.applied && !!c.outcome && c.outcome !== 'applied');
  return (
    <article className={props.classes.form} aria-labelledby="hc-ticket-title">
      {back}
      <h2 id="hc-ticket-title" tabIndex={-1} ref={heading}>{formatNodes(s.ticketHeading, v.id, <UserText text={v.title} />)}</h2>
      <p><strong>{v.received ? strings.ticketStatus[v.status] : s.notReceived}</strong></p>
      <p style={{ whiteSpace: 'pre-wrap' }}><UserText text={v.description} /></p>
      <TicketFields fields={v.fields} names={v.names} headingId="hc-ticket-fields" />
      {notice ? <MessageBar messageBarType={notice.type} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.common.dismiss}>{notice.text}</MessageBar> : undefined}
      {v.resolution && v.finished ? (
        <section aria-labelledby="hc-resolution" className={props.classes.panel}>
          <h3 id="hc-resolution">{s.resolutionHeading}</h3>
          <p style={{ whiteSpace: 'pre-wrap' }}><UserText text={v.resolution} /></p>
        </section>
      ) : undefined}
      {pending.map(c => <MessageBar key={c.id} messageBarType={MessageBarType.info}>{formatString(s.claimPending, s.claimActions[c.action])}</MessageBar>)}
      {refused.map(c => <MessageBar key={c.id} messageBarType={MessageBarType.warning}>{formatString(s.claimRefused, s.claimActions[c.action], when(c.at))}</MessageBar>)}
      <RequesterActions ticket={v.ticket} classes={props.classes} onAct={act} waiting={pending.length > 0 || !v.received} />
      <section aria-labelledby="hc-conversation">
        <h3 id="hc-conversation">{s.conversationHeading}</h3>
        {data.comments.length ? (
          <ol>
            {data.comments.map(c => (
              <li key={c.id}><p style={{ whiteSpace: 'pre-wrap', margin: 0 }}><UserText text={c.text} /></p><small>{formatNodes(s.commentBy, <UserText text={c.authorName} />, when(c.createdDate))}</small></li>
            ))}
          </ol>
        ) : <p>{s.noComment}</p>}
      </section>
      <section aria-labelledby="hc-files">
        <h3 id="hc-files">{s.filesHeading}</h3>
        {data.files.length ? <ul>{data.files.map(f => <li key={f.name}><a href={f.url} download style={{ display: 'inline-block', minHeight: 24, lineHeight: '24px' }}><UserText text={f.name} /></a></li>)}</ul> : <p>{s.noFile}</p>}
        <label className={props.classes.label}>
          {s.addFile}
          <input type="file" onChange={e => {
            const file = e.target.files && e.target.files[0];
            if (file) props.services.addAttachment(v.id, file.name, file).then(() => setVersion(v => v + 1), (err: unknown) => { console.error(err); setNotice({ type: MessageBarType.error, text: s.actionFailed }); });
            e.target.value = '';
          }} />
        </label>
      </section>
      <section aria-labelledby="hc-timeline">
        <h3 id="hc-timeline">{s.timelineHeading}</h3>
        <ol>
          {data.timeline.map((step, i) => <li key={i}>{formatNodes(s.timelineStep, strings.ticketStatus[step.status], when(step.at), <UserText text={step.byName} />)}</li>)}
        </ol>
      </section>
      <InformedList id="hc-informed" entries={data.informed} intro={strings.informed.requesterIntro}
        people={{ confirmed: data.names.watchers, asked: data.names.requestedWatchers }} />
    </article>
  );
}
