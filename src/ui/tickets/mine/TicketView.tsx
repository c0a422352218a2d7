import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { MyTicketsServices, RequesterAction } from '../../../data/tickets/MyTicketsServices';
import { newClaimKey } from '../../../data/tickets/claims';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { Pill, StatusPill } from '../../common/pills';
import { dateTimeText } from '../../common/dates';
import { formatString } from '../../common/format';
import { formatNodes } from '../../common/formatNodes';
import { useLoad } from '../../common/useLoad';
import { UserText } from '../../common/UserText';
import { TicketFields } from '../../common/TicketFields';
import { RequesterActions } from './RequesterActions';
import { InformedList } from './InformedList';
import { Conversation, Files, Timeline } from './TicketHistory';
import { ListShimmer } from './ListShimmer';
import { useRequestClasses } from './requestStyles';
import { useRenderedMark } from '../../common/rendered';

/** Props of {@link TicketView}. */
export interface TicketViewProps {
  id: number;
  services: MyTicketsServices;
  onBack(): void;
}

/** One request as its requester sees it: status, the fields she gave and the desk's, history, conversation, files, and what she can do next. */
export function TicketView(props: TicketViewProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.myTickets;
  const c = useRequestClasses();
  const [notice, setNotice] = React.useState<{ type: MessageBarType; text: string } | undefined>();
  const [version, setVersion] = React.useState(0);
  const heading = React.useRef<HTMLHeadingElement>(null);
  // One key per action until it is recorded: a retried click after a failure is the same claim, never two.
  const claimKey = React.useRef<{ key: string; action: string } | undefined>();
  const { state } = useLoad(() => props.services.ticketPage(props.id).catch((e: unknown) => {
    console.error('[HelpCenter] Loading the request failed:', e);
    throw e;
  }), [props.services, props.id, version], { keepValue: true });
  const data = state.status === 'done' ? state.value : undefined;
  React.useEffect(() => { if (data && heading.current && version === 0) heading.current.focus(); }, [!!data, version]);

  const back = <div><DefaultButton text={s.back} iconProps={{ iconName: 'Back' }} onClick={props.onBack} /></div>;
  // The page says its first render is on screen (bench/run.mjs waits for it).
  useRenderedMark('my-tickets', state.status !== 'loading');
  if (state.status === 'failed') return <div className={c.page}>{back}<MessageBar messageBarType={MessageBarType.error}>{s.loadFailed}</MessageBar></div>;
  if (state.status === 'loading') return <div className={c.page}>{back}<ListShimmer label={s.loading} /></div>;
  if (!data) return <div className={c.page}>{back}<MessageBar messageBarType={MessageBarType.warning}>{s.notFound}</MessageBar></div>;
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
      setVersion(n => n + 1);
      return true;
    } catch (e) {
      console.error('[HelpCenter] The action failed:', e);
      setNotice({ type: MessageBarType.error, text: s.actionFailed });
      return false;
    }
  };
  // What the requester asked that the desk has not applied yet shows at once; so does what it did not apply.
  const pending = data.claims.filter(cl => !cl.applied && cl.action !== 'comment');
  const refused = data.claims.filter(cl => cl.applied && !!cl.outcome && cl.outcome !== 'applied');
  return (
    <article className={c.page} aria-labelledby="hc-ticket-title">
      {back}
      <div className={c.page} style={{ gap: 8 }}>
        <h2 id="hc-ticket-title" className={c.heading} tabIndex={-1} ref={heading}>{formatNodes(s.ticketHeading, v.id, <UserText text={v.title} />)}</h2>
        <div className={c.meta}>
          <span id="hc-ticket-status">{v.received ? <StatusPill status={v.status} labels={strings.ticketStatus} /> : <Pill tone="neutral">{s.notReceived}</Pill>}</span>
        </div>
      </div>
      {notice ? <MessageBar messageBarType={notice.type} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.common.dismiss}>{notice.text}</MessageBar> : undefined}
      {pending.map(cl => <MessageBar key={cl.id} messageBarType={MessageBarType.info}>{formatString(s.claimPending, s.claimActions[cl.action])}</MessageBar>)}
      {refused.map(cl => <MessageBar key={cl.id} messageBarType={MessageBarType.warning}>{formatString(s.claimRefused, s.claimActions[cl.action], dateTimeText(cl.at, locale))}</MessageBar>)}
      <section aria-labelledby="hc-description" className={c.section}>
        <h3 id="hc-description" className={c.subheading}>{s.descriptionHeading}</h3>
        <p className={c.text}><UserText text={v.description} /></p>
      </section>
      <TicketFields fields={v.fields} names={v.names} headingId="hc-ticket-fields" />
      {v.resolution && v.finished ? (
        <section aria-labelledby="hc-resolution" className={c.panel}>
          <h3 id="hc-resolution" className={c.subheading} style={{ margin: 0 }}>{s.resolutionHeading}</h3>
          <p className={c.text}><UserText text={v.resolution} /></p>
        </section>
      ) : undefined}
      <RequesterActions ticket={v.ticket} onAct={act} waiting={pending.length > 0 || !v.received} />
      <Conversation comments={data.comments} />
      <Files id={v.id} files={data.files} services={props.services} onAdded={() => setVersion(n => n + 1)}
        onFailed={() => setNotice({ type: MessageBarType.error, text: s.actionFailed })} />
      <Timeline steps={data.timeline} />
      <InformedList id="hc-informed" entries={data.informed} intro={strings.informed.requesterIntro}
        people={{ confirmed: data.names.watchers, asked: data.names.requestedWatchers }} />
    </article>
  );
}
