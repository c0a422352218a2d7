import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { TicketPageData } from '../../data/tickets/TicketRepository';
import type { DeskTicket } from '../../data/desk/DeskRepository';
import type { IntakeFormData } from '../../data/intake/IntakeService';
import { parseApproval } from '../../data/tickets/ticketMapper';
import { useHelpCenter } from '../common/HelpCenterContext';
import { LoadingState } from '../common/LoadingState';
import { formatString } from '../common/format';
import type { FormClasses } from '../tickets/form/formStyles';
import { teamsChatLink } from './teamsLinks';
import { DeskActions } from './DeskActions';
import { DeskConversation } from './DeskConversation';
import { DeskTicketSla } from './DeskTicketSla';
import type { SlaModule } from './deskSla';
import type { TicketAction } from '../../domain/tickets/actions';
import { TicketConflictError } from '../../data/tickets/ticketTypes';
import { TicketActionError } from '../../data/tickets/ticketErrors';
import type { DeskExtraServices, DeskExtraUi } from './extra/DeskTicketExtras';
import { PeopleField } from '../tickets/form/PeopleField';

// Approval, problems and the people informed are panels most visits never use: their own chunk.
const DeskTicketExtras = React.lazy(() => import(/* webpackChunkName: 'help-center-desk-extra' */ './extra/DeskTicketExtras'));

/** The Fluent components of the lazy panels come from this bundle (see DeskExtraUi). */
const EXTRA_UI: DeskExtraUi = { PrimaryButton, DefaultButton, PeopleField };

/** What the desk's ticket page reads and writes. */
export interface DeskTicketServices extends DeskExtraServices {
  /** The ticket with its history, conversation, files, internal notes and people informed (one $batch). */
  page(id: number): Promise<TicketPageData | undefined>;
  addNote(id: number, text: string): Promise<void>;
  /** A domain action on the ticket as read at `etag`; resolves with whether every mail went out. */
  act(id: number, etag: string, action: TicketAction): Promise<{ mailSent: boolean }>;
}

/** Props of {@link DeskTicketView}. */
export interface DeskTicketViewProps {
  id: number;
  services: DeskTicketServices;
  classes: FormClasses;
  reference: IntakeFormData;
  /** The SLA module (loaded after the desk's first render). */
  sla?: SlaModule;
  /** The desk's snapshot (open problems to link an incident to). */
  snapshot: DeskTicket[];
  /** Opened from the approver's mail (`&approval=1`): the approval panel comes first. */
  openApproval: boolean;
  onOpen(id: number): void;
  onBack(): void;
  /** Changes when the desk's data changed under the page (its housekeeping received tickets, applied claims …): the ticket is read again. */
  refreshKey?: number;
}

/** A ticket as the desk handles it: the requester's view plus SLA, actions, internal notes, approval, problem, people informed. */
export function DeskTicketView(props: DeskTicketViewProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.deskTicket;
  const m = strings.myTickets;
  const a = strings.ticketActions;
  const c = props.classes;
  const [data, setData] = React.useState<TicketPageData | undefined | 'missing'>();
  const [version, setVersion] = React.useState(0);
  const [now, setNow] = React.useState(() => new Date());
  const [notice, setNotice] = React.useState<{ type: MessageBarType; text: string } | undefined>();
  React.useEffect(() => {
    let live = true;
    props.services.page(props.id).then(d => { if (live) { setData(d || 'missing'); setNow(new Date()); } }, (e: unknown) => {
      console.error('[HelpCenter] Loading the ticket failed:', e);
      if (live) setNotice({ type: MessageBarType.error, text: m.loadFailed });
    });
    return () => { live = false; };
  }, [props.services, props.id, version, props.refreshKey]);

  const back = <div><DefaultButton text={s.back} onClick={props.onBack} /></div>;
  if (!data) return notice ? <MessageBar messageBarType={notice.type} actions={back}>{notice.text}</MessageBar> : <LoadingState label={m.loading} />;
  if (data === 'missing') return <MessageBar messageBarType={MessageBarType.warning} actions={back}>{m.notFound}</MessageBar>;
  const t = data.ticket.item;
  // Required fields the ticket arrived without (filed over REST, not through the form), named in the agent's language;
  // asking for them is the domain's askForInformation, which needs the ticket taken in charge.
  const missing = (t.HCIncomplete || '').split(',').map(k => k.trim()).filter(Boolean)
    .map(k => (strings.desk.missingFields as { [key: string]: string })[k] || k);
  const n = data.names;
  const when = (iso: string | Date): string => new Date(iso).toLocaleString(locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'medium', timeStyle: 'short' } as Intl.DateTimeFormatOptions);
  const x = strings.deskExtra;
  const actionLabel = (action: TicketAction): string => {
    switch (action.type) {
      case 'takeInCharge': return a.takeInCharge;
      case 'askForInformation': return a.askInfo;
      case 'escalate': return a.escalate;
      case 'transfer': return a.transfer;
      case 'resolve': return a.resolve;
      case 'resolveProblem': return x.resolveProblem;
      case 'close': return a.close;
      case 'closeNoFollowUp': return a.closeNoFollowUp;
      case 'reopen': return a.reopen;
      case 'requestApproval': return x.requestApproval;
      case 'decideApproval': return action.decision === 'approved' ? x.approved : x.refused;
      case 'linkToProblem': return x.linkAction;
      case 'confirmWatchers': return strings.desk.confirmWatchers;
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
        // Someone changed the ticket since it was shown: reload it and say who has it now when that is the clash.
        const fresh = await props.services.page(t.Id).catch(() => undefined);
        const taker = fresh && fresh.names.assignedTo;
        const status = e.current.item.HCStatus ? strings.ticketStatus[e.current.item.HCStatus] : '';
        setNotice({ type: MessageBarType.warning, text: action.type === 'takeInCharge' && taker ? formatString(a.errors.alreadyTakenBy, taker) : formatString(a.conflict, status) });
        if (fresh) setData(fresh); else setVersion(v => v + 1);
      } else if (e instanceof TicketActionError) {
        setNotice({ type: MessageBarType.error, text: formatString(a.errors[e.code], e.takenBy || '') });
      } else {
        console.error('[HelpCenter] The desk action failed:', e);
        setNotice({ type: MessageBarType.error, text: m.actionFailed });
      }
      return false;
    }
  };
  const run = async (p: Promise<void>): Promise<boolean> => {
    try {
      await p;
      setNotice({ type: MessageBarType.success, text: m.saved });
      setVersion(v => v + 1);
      return true;
    } catch (e) {
      console.error('[HelpCenter] The desk action failed:', e);
      setNotice({ type: MessageBarType.error, text: m.actionFailed });
      return false;
    }
  };
  const approval = parseApproval(t.HCApproval);
  const person = (p: { displayName?: string; email: string } | undefined): string => (p ? p.displayName || p.email : '');
  // The status history (version history) with the derogation's request and decision, in time order.
  const history: { at: Date; what: string; by: string }[] = data.timeline.map(step => ({ at: new Date(step.at), what: strings.ticketStatus[step.status], by: step.byName }));
  if (approval) history.push({ at: approval.requestedAt, what: x.requestApproval, by: person(approval.requestedBy) });
  if (approval && approval.decision && approval.decidedAt) history.push({ at: approval.decidedAt, what: approval.decision === 'approved' ? x.approved : x.refused, by: person(approval.decidedBy) });
  const extras = (
    <React.Suspense fallback={<LoadingState label={s.extrasLoading} />}>
      <DeskTicketExtras data={data} services={props.services} classes={c} snapshot={props.snapshot} currentUserId={props.reference.currentUserId}
        openApproval={props.openApproval} onAct={act} onOpen={props.onOpen} onNotice={(type, text) => setNotice({ type: type === 'success' ? MessageBarType.success : MessageBarType.error, text })} ui={EXTRA_UI} />
    </React.Suspense>
  );
  return (
    <article className={c.form} style={{ maxWidth: 960 }} aria-labelledby="hc-desk-ticket">
      {back}
      <h2 id="hc-desk-ticket">{formatString(m.ticketHeading, t.Id, t.Title || '')}</h2>
      <p>
        <strong>{t.HCStatus ? strings.ticketStatus[t.HCStatus] : ''}</strong>{t.HCLevel ? ` · ${strings.supportLevel[t.HCLevel]}` : ''}
        {' · '}{(locale === 'en' ? n.teamEn : n.teamFr) || ''}{' · '}{(locale === 'en' ? n.categoryEn : n.categoryFr) || ''}
        {' · '}{formatString(m.filedOn, when(t.Created))}{t.HCChannel ? ` · ${strings.ticketChannel[t.HCChannel]}` : ''}
        {t.HCKind ? ` · ${strings.ticketKind[t.HCKind]}` : ''}
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
      {t.HCUnverified ? <MessageBar messageBarType={MessageBarType.severeWarning}>{strings.desk.unverified}</MessageBar> : undefined}
      {missing.length ? (
        <MessageBar messageBarType={MessageBarType.warning} actions={t.HCStatus === 'taken_in_charge' || t.HCStatus === 'in_progress' ? (
          <DefaultButton text={strings.desk.askMissing} onClick={() => { act({ type: 'askForInformation', message: formatString(strings.desk.askMissingMessage, missing.join(', ')) }).catch(() => undefined); }} />
        ) : undefined}>{formatString(strings.desk.incomplete, missing.join(', '))}{t.HCStatus === 'new' ? ` ${strings.desk.askMissingFirst}` : ''}</MessageBar>
      ) : undefined}
      {data.names.requestedWatchers.length && t.received ? (
        <MessageBar messageBarType={MessageBarType.info} actions={
          <DefaultButton text={strings.desk.confirmWatchers} onClick={() => {
            // Those informed already stay (by id: the domain tells only the people added).
            const keep = (t.HCWatchersId || []).map(id => ({ id, email: '' }));
            const asked = data.names.requestedWatchers.map(w => ({ id: w.id, email: w.email, displayName: w.name }));
            act({ type: 'confirmWatchers', watchers: keep.concat(asked) }).catch(() => undefined);
          }} />
        }>{formatString(strings.desk.requestedWatchers, n.requester || '', data.names.requestedWatchers.map(w => w.name || w.email).join(', '))}</MessageBar>
      ) : undefined}
      {props.openApproval ? extras : undefined}
      <DeskTicketSla data={data} reference={props.reference} sla={props.sla} now={now} />
      {t.HCStatus && t.HCLevel ? (
        <DeskActions status={t.HCStatus} level={t.HCLevel} kind={t.HCKind || 'assistance'} teamId={t.HCTeamId || undefined} teams={props.reference.teams} classes={c} busy={false} onAct={act} />
      ) : undefined}
      <DeskConversation data={data} classes={c} when={when} onReply={text => act({ type: 'replyPublic', message: text })} onNote={text => run(props.services.addNote(t.Id, text))} />
      {props.openApproval ? undefined : extras}
      <section aria-labelledby="hc-desk-files">
        <h3 id="hc-desk-files">{m.filesHeading}</h3>
        {data.files.length ? <ul>{data.files.map(f => <li key={f.name}><a href={f.url} download>{f.name}</a></li>)}</ul> : <p>{m.noFile}</p>}
      </section>
      <section aria-labelledby="hc-desk-timeline">
        <h3 id="hc-desk-timeline">{m.timelineHeading}</h3>
        <ol>{history.sort((p, q) => p.at.getTime() - q.at.getTime()).map((h, i) => <li key={i}>{formatString(m.timelineStep, h.what, when(h.at), h.by)}</li>)}</ol>
      </section>
    </article>
  );
}
