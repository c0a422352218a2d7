import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import type { TicketPageData } from '../../data/tickets/TicketRepository';
import type { IntakeFormData } from '../../data/intake/IntakeService';
import { useHelpCenter } from '../common/HelpCenterContext';
import { LoadingState } from '../common/LoadingState';
import { formatString } from '../common/format';
import { UserText } from '../common/UserText';
import { formatNodes } from '../common/formatNodes';
import { TicketFields } from '../common/TicketFields';
import { dateTimeText } from '../common/dates';
import { useLoad } from '../common/useLoad';
import { deskActionLabel } from './deskActionLabel';
import type { FormClasses } from '../common/formStyles';
import { DeskTicketHeader } from './DeskTicketHeader';
import { DeskActions } from './DeskActions';
import { deskActor } from './deskActor';
import { DeskConversation } from './DeskConversation';
import { DeskTicketSla } from './DeskTicketSla';
import { TurnIntoArticle } from './TurnIntoArticle';
import { TurnIntoIdea } from './TurnIntoIdea';
import type { SlaModule } from './deskSla';
import type { TicketAction } from '../../domain/tickets/actions';
import { TicketConflictError } from '../../data/tickets/ticketTypes';
import { TicketActionError } from '../../data/tickets/ticketErrors';
import type { DeskExtraServices, DeskExtraUi, DeskTicketExtrasProps } from './extra/DeskTicketExtras';
import { PeopleField } from '../common/PeopleField';

/** How often a ticket whose requester's action is still pending is read again (a third of the takeover delay). */
const CLAIM_RECHECK_MS = 10000;

// Approval, problems and the people informed are panels most visits never use: their own chunk.
const DeskTicketExtras = React.lazy(() => import(/* webpackChunkName: 'help-center-desk-extra' */ './extra/DeskTicketExtras'));

/** The Fluent components of the lazy panels come from this bundle (see DeskExtraUi). */
const EXTRA_UI: DeskExtraUi = { PrimaryButton, DefaultButton, PeopleField, Dropdown, TextField, Checkbox, Link };

/** What the desk's ticket page reads and writes. */
export interface DeskTicketServices extends DeskExtraServices {
  /** The ticket with its history, conversation, files, internal notes and people informed (one $batch). */
  page(id: number): Promise<TicketPageData | undefined>;
  addNote(id: number, text: string): Promise<void>;
  /** A domain action on the ticket as read at `etag`; resolves with whether every mail went out. */
  act(id: number, etag: string, action: TicketAction): Promise<{ mailSent: boolean }>;
}

// Links alone on their line are touch targets: at least 24 px high (WCAG 2.5.8).
const TARGET: React.CSSProperties = { display: 'inline-block', minHeight: 24, lineHeight: '24px' };

/** Props of {@link DeskTicketView}. */
export interface DeskTicketViewProps {
  id: number;
  services: DeskTicketServices;
  classes: FormClasses;
  reference: IntakeFormData;
  /** The SLA module (loaded after the desk's first render). */
  sla?: SlaModule;
  /** The desk's snapshot (open problems to link an incident to). */
  snapshot: DeskTicketExtrasProps['snapshot'];
  /** Opened from the approver's mail (`&approval=1`): the approval panel comes first. */
  openApproval: boolean;
  onOpen(id: number): void;
  onBack(): void;
  /** Changes when the desk's data changed under the page (its housekeeping received tickets, applied claims …): the ticket is read again. */
  refreshKey?: number;
}

/** A ticket as the desk handles it: its fields, SLA, actions, conversation, internal notes, approval, problem, people informed. */
export function DeskTicketView(props: DeskTicketViewProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.deskTicket;
  const m = strings.myTickets;
  const a = strings.ticketActions;
  const c = props.classes;
  const [version, setVersion] = React.useState(0);
  const [notice, setNotice] = React.useState<{ type: MessageBarType; text: string } | undefined>();
  // From an action until the ticket is read again, the page holds the old ETag: its actions wait (a second click
  // would otherwise be refused as a conflict with the agent's own first action).
  const [busy, setBusy] = React.useState(false);
  // The ticket read again after an action stays on screen until the new reading arrives (the focus stays where it was).
  const { state } = useLoad(() => props.services.page(props.id).then(d => ({ d, now: new Date() }), (e: unknown) => {
    console.error('[HelpCenter] Loading the ticket failed:', e);
    throw e;
  }), [props.services, props.id, version, props.refreshKey], { keepValue: true });
  React.useEffect(() => { if (state.status !== 'loading') setBusy(false); }, [state]);
  // A requester's action still pending once the ticket is shown is being applied by another desk (or one that stopped
  // mid-way, taken over after CLAIM_TAKING_STALE_MS): the ticket is read again until it is applied.
  const claimPending = state.status === 'done' && !!state.value.d && state.value.d.claims.some(cl => !cl.applied);
  React.useEffect(() => {
    if (!claimPending) return undefined;
    const timer = setTimeout(() => setVersion(n => n + 1), CLAIM_RECHECK_MS);
    return () => clearTimeout(timer);
  }, [claimPending, state]);
  // A clash: the ticket as read just now, until the next reading.
  const [fresh, setFresh] = React.useState<TicketPageData | undefined>();
  React.useEffect(() => setFresh(undefined), [state]);

  const back = <div><DefaultButton text={s.back} onClick={props.onBack} /></div>;
  if (state.status === 'failed') return <MessageBar messageBarType={MessageBarType.error} actions={back}>{m.loadFailed}</MessageBar>;
  if (state.status === 'loading') return <LoadingState label={m.loading} />;
  const data = fresh || state.value.d;
  const now = state.value.now;
  if (!data) return <MessageBar messageBarType={MessageBarType.warning} actions={back}>{m.notFound}</MessageBar>;
  const v = data.view;
  const t = v.ticket;
  // Required fields the ticket arrived without (filed over REST, not through the form), named in the agent's language;
  // asking for them is the domain's askForInformation, which needs the ticket taken in charge.
  const missing = v.incompleteFields.map(k => (strings.desk.missingFields as { [key: string]: string })[k] || k);
  const when = (at: string | Date): string => dateTimeText(at, locale);
  const x = strings.deskExtra;
  const act = async (action: TicketAction): Promise<boolean> => {
    if (busy) return false;
    setBusy(true);
    try {
      const out = await props.services.act(v.id, data.ticket.etag, action);
      setNotice({ type: out.mailSent ? MessageBarType.success : MessageBarType.warning, text: out.mailSent ? formatString(a.done, deskActionLabel(action, strings)) : a.mailPending });
      setVersion(n => n + 1);
      return true;
    } catch (e) {
      if (e instanceof TicketConflictError) {
        // Someone changed the ticket since it was shown: reload it and say who has it now when that is the clash.
        const read = await props.services.page(v.id).catch(() => undefined);
        const taker = read && read.view.ticket.assignedTo;
        const status = read ? strings.deskStatus[read.view.status] : '';
        setNotice({ type: MessageBarType.warning, text: action.type === 'takeInCharge' && taker ? formatString(a.errors.alreadyTakenBy, taker.displayName || taker.email) : formatString(a.conflict, status) });
        if (read) { setFresh(read); setBusy(false); } else setVersion(n => n + 1);
      } else if (e instanceof TicketActionError) {
        setBusy(false);
        setNotice({ type: MessageBarType.error, text: formatString(a.errors[e.code], e.takenBy || '') });
      } else {
        console.error('[HelpCenter] The desk action failed:', e);
        setBusy(false);
        setNotice({ type: MessageBarType.error, text: m.actionFailed });
      }
      return false;
    }
  };
  const run = async (p: Promise<void>): Promise<boolean> => {
    try {
      await p;
      setNotice({ type: MessageBarType.success, text: m.saved });
      setVersion(n => n + 1);
      return true;
    } catch (e) {
      console.error('[HelpCenter] The desk action failed:', e);
      setNotice({ type: MessageBarType.error, text: m.actionFailed });
      return false;
    }
  };
  const approval = t.approval;
  const person = (p: { displayName?: string; email: string } | undefined): string => (p ? p.displayName || p.email : '');
  // The status history (version history) with the derogation's request and decision, in time order.
  const history: { at: Date; what: string; by: string }[] = data.timeline.map(step => ({ at: new Date(step.at), what: strings.deskStatus[step.status], by: step.byName }));
  if (approval) history.push({ at: approval.requestedAt, what: x.requestApproval, by: person(approval.requestedBy) });
  if (approval && approval.decision && approval.decidedAt) history.push({ at: approval.decidedAt, what: approval.decision === 'approved' ? x.approved : x.refused, by: person(approval.decidedBy) });
  const extras = (
    <React.Suspense fallback={<LoadingState label={s.extrasLoading} />}>
      <DeskTicketExtras data={data} services={props.services} classes={c} snapshot={props.snapshot} currentUserId={props.reference.currentUserId}
        openApproval={props.openApproval} onAct={act} onOpen={props.onOpen} onNotice={(type, text) => setNotice({ type: type === 'success' ? MessageBarType.success : MessageBarType.error, text })} ui={EXTRA_UI} />
    </React.Suspense>
  );
  const requestedWatchers = data.names.requestedWatchers;
  return (
    <article className={c.form} style={{ maxWidth: 960 }} aria-labelledby="hc-desk-ticket">
      <DeskTicketHeader view={v} watchers={data.names.watchers.map(w => w.name || w.email)} />
      <p style={{ whiteSpace: 'pre-wrap', margin: 0, overflowWrap: 'anywhere' }}><UserText text={v.description} /></p>
      {notice ? <MessageBar messageBarType={notice.type} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.common.dismiss}>{notice.text}</MessageBar> : undefined}
      {v.unverified ? <MessageBar messageBarType={MessageBarType.severeWarning}>{strings.desk.unverified}</MessageBar> : undefined}
      {missing.length ? (
        <MessageBar messageBarType={MessageBarType.warning} actions={t.status === 'taken_in_charge' || t.status === 'in_progress' ? (
          <DefaultButton text={strings.desk.askMissing} disabled={busy} onClick={() => { act({ type: 'askForInformation', message: formatString(strings.desk.askMissingMessage, missing.join(', ')) }).catch(() => undefined); }} />
        ) : undefined}>{formatString(strings.desk.incomplete, missing.join(', '))}{t.status === 'new' ? ` ${strings.desk.askMissingFirst}` : ''}</MessageBar>
      ) : undefined}
      {requestedWatchers.length && v.received ? (
        <MessageBar messageBarType={MessageBarType.info} actions={
          <DefaultButton text={strings.desk.confirmWatchers} disabled={busy} onClick={() => {
            // Those informed already stay (by id: the domain tells only the people added).
            const keep = t.watchers.map(w => ({ id: w.id, email: '' }));
            const asked = requestedWatchers.map(w => ({ id: w.id, email: w.email, displayName: w.name }));
            act({ type: 'confirmWatchers', watchers: keep.concat(asked) }).catch(() => undefined);
          }} />
        }>{formatNodes(strings.desk.requestedWatchers, <UserText text={person(t.requester)} />, <UserText text={requestedWatchers.map(w => w.name || w.email).join(', ')} />)}</MessageBar>
      ) : undefined}
      {props.openApproval ? extras : undefined}
      <DeskTicketSla data={data} reference={props.reference} sla={props.sla} now={now} />
      <TicketFields fields={v.fields} names={v.names} headingId="hc-desk-fields" />
      {v.received ? (
        <DeskActions ticket={t} actor={deskActor(props.reference)} people={props.services} teams={props.reference.teams} classes={c} busy={busy} onAct={act} />
      ) : undefined}
      {v.received ? <TurnIntoArticle ticket={t} /> : undefined}
      {v.received ? <TurnIntoIdea ticket={t} actor={deskActor(props.reference)} /> : undefined}
      <DeskConversation data={data} classes={c} when={when} onReply={text => act({ type: 'replyPublic', message: text })} onNote={text => run(props.services.addNote(v.id, text))} />
      {props.openApproval ? undefined : extras}
      <section aria-labelledby="hc-desk-files">
        <h3 id="hc-desk-files">{m.filesHeading}</h3>
        {data.files.length ? <ul>{data.files.map(f => <li key={f.name}><a href={f.url} download style={TARGET}><UserText text={f.name} /></a></li>)}</ul> : <p>{m.noFile}</p>}
      </section>
      <section aria-labelledby="hc-desk-timeline">
        <h3 id="hc-desk-timeline">{m.timelineHeading}</h3>
        <ol>{history.sort((p, q) => p.at.getTime() - q.at.getTime()).map((h, i) => <li key={i}>{formatNodes(m.timelineStep, h.what, when(h.at), <UserText text={h.by} />)}</li>)}</ol>
      </section>
    </article>
  );
}
