import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { TicketPageData } from '../../data/tickets/TicketRepository';
import { useHelpCenter } from '../common/HelpCenterContext';
import { LoadingState } from '../common/LoadingState';
import { formatString } from '../common/format';
import type { FormClasses } from '../tickets/form/formStyles';
import { teamsChatLink } from './teamsLinks';
import { DeskActions } from './DeskActions';
import type { TicketAction } from '../../domain/tickets/actions';
import type { FormTeam } from '../../data/intake/IntakeService';
import { TicketConflictError } from '../../data/tickets/TicketRepository';
import { TicketActionError } from '../../data/tickets/ticketErrors';

/** What the desk's ticket page reads and writes. */
export interface DeskTicketServices {
  /** The ticket with its history, conversation, files and internal notes (one $batch). */
  page(id: number): Promise<TicketPageData | undefined>;
  reply(id: number, text: string): Promise<void>;
  addNote(id: number, text: string): Promise<void>;
  /** A domain action on the ticket as read at `etag`; resolves with whether every mail went out. */
  act(id: number, etag: string, action: TicketAction): Promise<{ mailSent: boolean }>;
}

/** Props of {@link DeskTicketView}. */
export interface DeskTicketViewProps {
  id: number;
  services: DeskTicketServices;
  classes: FormClasses;
  teams: FormTeam[];
  onBack(): void;
}

/** A ticket as the desk handles it: the requester's view plus internal notes, people and Teams links. */
export function DeskTicketView(props: DeskTicketViewProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.deskTicket;
  const m = strings.myTickets;
  const c = props.classes;
  const [data, setData] = React.useState<TicketPageData | undefined | 'missing'>();
  const [version, setVersion] = React.useState(0);
  const [reply, setReply] = React.useState('');
  const [note, setNote] = React.useState('');
  const [notice, setNotice] = React.useState<{ type: MessageBarType; text: string } | undefined>();
  React.useEffect(() => {
    let live = true;
    props.services.page(props.id).then(d => { if (live) setData(d || 'missing'); }, (e: unknown) => {
      console.error('[HelpCenter] Loading the ticket failed:', e);
      if (live) setNotice({ type: MessageBarType.error, text: m.loadFailed });
    });
    return () => { live = false; };
  }, [props.services, props.id, version]);

  const back = <div><DefaultButton text={s.back} onClick={props.onBack} /></div>;
  if (!data) return notice ? <MessageBar messageBarType={notice.type} actions={back}>{notice.text}</MessageBar> : <LoadingState label={m.loading} />;
  if (data === 'missing') return <MessageBar messageBarType={MessageBarType.warning} actions={back}>{m.notFound}</MessageBar>;
  const t = data.ticket.item;
  const n = data.names;
  const when = (iso: string): string => new Date(iso).toLocaleString(locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'medium', timeStyle: 'short' } as Intl.DateTimeFormatOptions);
  const a = strings.ticketActions;
  const actionLabel = (action: TicketAction): string => {
    switch (action.type) {
      case 'takeInCharge': return a.takeInCharge;
      case 'askForInformation': return a.askInfo;
      case 'escalate': return a.escalate;
      case 'transfer': return a.transfer;
      case 'resolve': return a.resolve;
      case 'close': return a.close;
      case 'closeNoFollowUp': return a.closeNoFollowUp;
      case 'reopen': return a.reopen;
      default: return action.type;
    }
  };
  const act = async (action: TicketAction): Promise<boolean> => {
    try {
      const out = await props.services.act(t.Id, data.ticket.etag, action);
      setNotice({ type: out.mailSent ? MessageBarType.success : MessageBarType.warning, text: out.mailSent ? formatString(a.done, actionLabel(action)) : a.mailPending });
      setVersion(v => v + 1);
      return true;
    } catch (e) {
      if (e instanceof TicketConflictError) {
        setNotice({ type: MessageBarType.warning, text: formatString(a.conflict, e.current.item.HCStatus ? strings.ticketStatus[e.current.item.HCStatus] : '') });
        setVersion(v => v + 1);
      } else if (e instanceof TicketActionError) {
        setNotice({ type: MessageBarType.error, text: formatString(a.errors[e.code], e.takenBy || '') });
      } else {
        console.error('[HelpCenter] The desk action failed:', e);
        setNotice({ type: MessageBarType.error, text: m.actionFailed });
      }
      return false;
    }
  };
  const run = (p: Promise<void>, clear: () => void): void => {
    p.then(() => { clear(); setNotice({ type: MessageBarType.success, text: m.saved }); setVersion(v => v + 1); }, (e: unknown) => {
      console.error('[HelpCenter] The desk action failed:', e);
      setNotice({ type: MessageBarType.error, text: m.actionFailed });
    });
  };
  return (
    <article className={c.form} style={{ maxWidth: 960 }} aria-labelledby="hc-desk-ticket">
      {back}
      <h2 id="hc-desk-ticket">{formatString(m.ticketHeading, t.Id, t.Title || '')}</h2>
      <p>
        <strong>{t.HCStatus ? strings.ticketStatus[t.HCStatus] : ''}</strong>{t.HCLevel ? ` · ${strings.supportLevel[t.HCLevel]}` : ''}
        {' · '}{(locale === 'en' ? n.teamEn : n.teamFr) || ''}{' · '}{(locale === 'en' ? n.categoryEn : n.categoryFr) || ''}
        {' · '}{formatString(m.filedOn, when(t.Created))}{t.HCChannel ? ` · ${strings.ticketChannel[t.HCChannel]}` : ''}
      </p>
      <ul>
        <li>
          {formatString(s.requester, n.requester || '')}
          {n.requesterEmail ? <>{' — '}<a href={teamsChatLink(n.requesterEmail, `#${t.Id} ${t.Title || ''}`)} target="_blank" rel="noopener noreferrer">{formatString(s.chatRequester, n.requester || n.requesterEmail)}</a></> : undefined}
        </li>
        <li>
          {formatString(s.assignee, n.assignedTo || strings.desk.unassigned)}
          {n.assignedToEmail ? <>{' — '}<a href={teamsChatLink(n.assignedToEmail, `#${t.Id} ${t.Title || ''}`)} target="_blank" rel="noopener noreferrer">{s.chatAssignee}</a></> : undefined}
        </li>
        {n.watchers.length ? <li>{formatString(s.watchers, n.watchers.map(w => w.name).join(', '))}</li> : undefined}
      </ul>
      <p style={{ whiteSpace: 'pre-wrap' }}>{t.HCDescription}</p>
      {notice ? <MessageBar messageBarType={notice.type} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.common.dismiss}>{notice.text}</MessageBar> : undefined}
      {t.HCStatus && t.HCLevel ? (
        <DeskActions status={t.HCStatus} level={t.HCLevel} teamId={t.HCTeamId || undefined} teams={props.teams} classes={c} busy={false} onAct={act} />
      ) : undefined}
      <section aria-labelledby="hc-desk-conversation">
        <h3 id="hc-desk-conversation">{m.conversationHeading}</h3>
        {data.comments.length ? (
          <ol>{data.comments.map(x => <li key={x.id}><p style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{x.text}</p><small>{formatString(m.commentBy, x.authorName, when(x.createdDate))}</small></li>)}</ol>
        ) : <p>{m.noComment}</p>}
        <div className={c.field}>
          <label htmlFor="hc-desk-reply" className={c.label}>{s.replyLabel}</label>
          <textarea id="hc-desk-reply" className={c.textarea} value={reply} onChange={e => setReply(e.target.value)} />
        </div>
        <PrimaryButton text={s.sendReply} disabled={!reply.trim()} onClick={() => run(props.services.reply(t.Id, reply.trim()), () => setReply(''))} />
      </section>
      <section aria-labelledby="hc-desk-notes" className={c.panel}>
        <h3 id="hc-desk-notes">{s.notesHeading}</h3>
        {data.notes.length ? (
          <ol>{data.notes.map(x => <li key={x.id}><p style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{x.text}</p><small>{formatString(s.noteBy, x.authorName, when(x.created))}</small></li>)}</ol>
        ) : <p>{s.noNote}</p>}
        <div className={c.field}>
          <label htmlFor="hc-desk-note" className={c.label}>{s.noteLabel}</label>
          <textarea id="hc-desk-note" className={c.textarea} value={note} onChange={e => setNote(e.target.value)} />
        </div>
        <DefaultButton text={s.addNote} disabled={!note.trim()} onClick={() => run(props.services.addNote(t.Id, note.trim()), () => setNote(''))} />
      </section>
      <section aria-labelledby="hc-desk-files">
        <h3 id="hc-desk-files">{m.filesHeading}</h3>
        {data.files.length ? <ul>{data.files.map(f => <li key={f.name}><a href={f.url} download>{f.name}</a></li>)}</ul> : <p>{m.noFile}</p>}
      </section>
      <section aria-labelledby="hc-desk-timeline">
        <h3 id="hc-desk-timeline">{m.timelineHeading}</h3>
        <ol>{data.timeline.map((step, i) => <li key={i}>{formatString(m.timelineStep, strings.ticketStatus[step.status], when(step.at), step.byName)}</li>)}</ol>
      </section>
    </article>
  );
}
