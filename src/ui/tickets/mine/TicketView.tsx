import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { MyTicketsServices, RequesterAction } from '../../../data/tickets/MyTicketsServices';
import type { TicketPageData } from '../../../data/tickets/TicketRepository';
import { newClaimKey } from '../../../data/tickets/claims';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { LoadingState } from '../../common/LoadingState';
import { formatString } from '../../common/format';
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

/** One request as its requester sees it: status, history, conversation, files, and what they can do next. */
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

  const when = (iso: string): string => new Date(iso).toLocaleString(locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'medium', timeStyle: 'short' } as Intl.DateTimeFormatOptions);
  const back = <div><DefaultButton text={s.back} onClick={props.onBack} /></div>;
  if (failed) return <MessageBar messageBarType={MessageBarType.error} actions={back}>{s.loadFailed}</MessageBar>;
  if (!data) return <LoadingState label={s.loading} />;
  if (data === 'missing') return <MessageBar messageBarType={MessageBarType.warning} actions={back}>{s.notFound}</MessageBar>;
  const t = data.ticket.item;

  /** Sends an action to the desk as the requester's claim; returns false when it failed so the form keeps the text. */
  const act = async (action: RequesterAction): Promise<boolean> => {
    const same = JSON.stringify(action);
    const pending = claimKey.current && claimKey.current.action === same ? claimKey.current : { key: newClaimKey(), action: same };
    claimKey.current = pending;
    try {
      await props.services.act(t.Id, action, pending.key);
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
  const names = data.names;
  return (
    <article className={props.classes.form} aria-labelledby="hc-ticket-title">
      {back}
      <h2 id="hc-ticket-title" tabIndex={-1} ref={heading}>{formatString(s.ticketHeading, t.Id, t.Title || '')}</h2>
      <p>
        <strong>{!t.received ? s.notReceived : t.HCStatus ? strings.ticketStatus[t.HCStatus] : ''}</strong>
        {' · '}{(locale === 'en' ? names.categoryEn : names.categoryFr) || ''}
        {' · '}{formatString(s.filedOn, when(t.Created))}
        {names.assignedTo ? ` · ${names.assignedTo}` : ''}
      </p>
      <p style={{ whiteSpace: 'pre-wrap' }}>{t.HCDescription}</p>
      {notice ? <MessageBar messageBarType={notice.type} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.common.dismiss}>{notice.text}</MessageBar> : undefined}
      {t.HCResolution && (t.HCStatus === 'resolved' || t.HCStatus === 'closed') ? (
        <section aria-labelledby="hc-resolution" className={props.classes.panel}>
          <h3 id="hc-resolution">{s.resolutionHeading}</h3>
          <p style={{ whiteSpace: 'pre-wrap' }}>{t.HCResolution}</p>
        </section>
      ) : undefined}
      {pending.map(c => <MessageBar key={c.id} messageBarType={MessageBarType.info}>{formatString(s.claimPending, s.claimActions[c.action])}</MessageBar>)}
      {refused.map(c => <MessageBar key={c.id} messageBarType={MessageBarType.warning}>{formatString(s.claimRefused, s.claimActions[c.action], when(c.at))}</MessageBar>)}
      <RequesterActions ticket={t} classes={props.classes} onAct={act} waiting={pending.length > 0 || !t.received} />
      <section aria-labelledby="hc-conversation">
        <h3 id="hc-conversation">{s.conversationHeading}</h3>
        {data.comments.length ? (
          <ol>
            {data.comments.map(c => (
              <li key={c.id}><p style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{c.text}</p><small>{formatString(s.commentBy, c.authorName, when(c.createdDate))}</small></li>
            ))}
          </ol>
        ) : <p>{s.noComment}</p>}
      </section>
      <section aria-labelledby="hc-files">
        <h3 id="hc-files">{s.filesHeading}</h3>
        {data.files.length ? <ul>{data.files.map(f => <li key={f.name}><a href={f.url} download>{f.name}</a></li>)}</ul> : <p>{s.noFile}</p>}
        <label className={props.classes.label}>
          {s.addFile}
          <input type="file" onChange={e => {
            const file = e.target.files && e.target.files[0];
            if (file) props.services.addAttachment(t.Id, file.name, file).then(() => setVersion(v => v + 1), (err: unknown) => { console.error(err); setNotice({ type: MessageBarType.error, text: s.actionFailed }); });
            e.target.value = '';
          }} />
        </label>
      </section>
      <section aria-labelledby="hc-timeline">
        <h3 id="hc-timeline">{s.timelineHeading}</h3>
        <ol>
          {data.timeline.map((step, i) => <li key={i}>{formatString(s.timelineStep, strings.ticketStatus[step.status], when(step.at), step.byName)}</li>)}
        </ol>
      </section>
      <InformedList id="hc-informed" entries={data.informed} intro={strings.informed.requesterIntro} />
    </article>
  );
}
