import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { DeskQueueRow, DeskView } from '../../domain/desk/queues';
import { QUEUES, dueDateAlarm, queueCounts, visibleTickets, workload } from '../../domain/desk/queues';
import type { IntakeFormData } from '../../data/intake/IntakeService';
import type { FieldNames } from '../../data/tickets/ticketView';
import { useHelpCenter } from '../common/HelpCenterContext';
import { LoadingState } from '../common/LoadingState';
import { LiveRegion } from '../common/LiveRegion';
import { formatString } from '../common/format';
import { UserText } from '../common/UserText';
import { formClasses } from '../tickets/form/formStyles';
import { DeskFiltersBar } from './DeskFiltersBar';
import type { DeskTicketServices } from './DeskTicketView';
import { alarmFrom, snapshotReader, useSlaModule } from './deskSla';

// A ticket's page (its actions, the state machine that decides them, its fields and conversation) loads when the agent
// opens a ticket, not with the queues: the queues' first render stays light.
// The queue's table (its columns from the field catalogue) loads in parallel with the queues' data: the page shows
// its loading state until both are there, so nothing waits longer, and the web part's own bundle stays small.
const loadDeskTable = (): Promise<{ default: typeof import('./DeskTable').DeskTable }> =>
  import(/* webpackChunkName: 'help-center-desk-table' */ './DeskTable').then(m => ({ default: m.DeskTable }));
const DeskTable = React.lazy(loadDeskTable);
const DeskTicketView = React.lazy(() => import(/* webpackChunkName: 'help-center-desk-ticket' */ './DeskTicketView').then(m => ({ default: m.DeskTicketView })));

/** What the desk reads and writes. */
export interface DeskServices extends DeskTicketServices {
  /** Categories, teams, locations, the current user and whether they are an agent (one batch). */
  loadReference(): Promise<IntakeFormData>;
  /** The open tickets and those finished recently (one $batch of queries led by indexed clauses, paged past one page). */
  snapshot(): Promise<DeskQueueRow[]>;
  /** Housekeeping run once when the desk loads; returns how many tickets it closed. */
  housekeep(): Promise<number>;
}

/** Props of {@link SupportDesk}. */
export interface SupportDeskProps {
  services: DeskServices;
  /** Ticket to open first (`?ticket=ID`). */
  initialTicketId?: number;
  /** Open the ticket's approval (`&approval=1`: the link mailed to the approver). */
  initialApproval?: boolean;
}

const HOUSEKEEPING_DELAY_MS = 3000;

/** The support desk: queues with counts, filters and sort, and the workload of agents and teams. */
export function SupportDesk(props: SupportDeskProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.desk;
  const classes = formClasses(useTheme());
  const sla = useSlaModule();
  const [ref, setRef] = React.useState<IntakeFormData | undefined>();
  const [rows, setRows] = React.useState<DeskQueueRow[] | undefined>();
  const [failed, setFailed] = React.useState(false);
  const [attempt, setAttempt] = React.useState(0);
  const [view, setView] = React.useState<DeskView>({ queue: 'newForMyTeams', filters: {}, text: '', sort: 'due' });
  const [ticketId, setTicketId] = React.useState<number | undefined>(props.initialTicketId);
  const [approval, setApproval] = React.useState(!!props.initialApproval);
  const open = (id: number | undefined): void => {
    setTicketId(id);
    setApproval(false);
    if (!id) setAttempt(a => a + 1);
    const url = new URL(window.location.href);
    if (id) url.searchParams.set('ticket', String(id)); else url.searchParams.delete('ticket');
    url.searchParams.delete('approval');
    window.history.pushState({}, '', url.toString());
  };
  // "Now" is the moment the snapshot was read, so counts and the table agree until the next refresh.
  const [now, setNow] = React.useState(() => new Date());

  // Housekeeping once per visit, a moment after the first render so it never competes with it (it is
  // idempotent and safe for two desks at once); the queues reload if it closed anything.
  React.useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      props.services.housekeep().then(n => { if (live && n > 0) setAttempt(a => a + 1); },
        (e: unknown) => console.error('[HelpCenter] Housekeeping failed:', e));
    }, HOUSEKEEPING_DELAY_MS);
    return () => { live = false; clearTimeout(timer); };
  }, [props.services]);

  React.useEffect(() => {
    let live = true;
    setFailed(false);
    // The table's code is fetched alongside the data (a static file, not a SharePoint request).
    loadDeskTable().catch((e: unknown) => console.error('[HelpCenter] The queue table could not be loaded:', e));
    Promise.all([props.services.loadReference(), props.services.snapshot()]).then(([r, open]) => {
      if (live) { setRef(r); setRows(open); setNow(new Date()); }
    }, (e: unknown) => { console.error('[HelpCenter] Loading the desk failed:', e); if (live) setFailed(true); });
    return () => { live = false; };
  }, [props.services, attempt]);

  // One reading per ticket and snapshot: typing in the filters re-renders without recounting business hours.
  const read = React.useMemo(() => (sla && ref ? snapshotReader(sla, ref, now) : undefined), [sla, ref, now]);
  const alarm = React.useMemo(() => (sla && read ? alarmFrom(sla, read) : dueDateAlarm(now)), [sla, read, now]);
  const names = React.useMemo(() => (ref ? namesOf(ref) : undefined), [ref]);

  if (failed) return <MessageBar messageBarType={MessageBarType.error} actions={<DefaultButton text={strings.common.retry} onClick={() => setAttempt(a => a + 1)} />}>{s.loadFailed}</MessageBar>;
  if (!ref || !rows || !names) return <LoadingState label={s.loading} />;
  if (!ref.isAgent) return <MessageBar messageBarType={MessageBarType.warning}>{s.notAgent}</MessageBar>;
  if (ticketId) {
    return (
      <React.Suspense fallback={<LoadingState label={s.loading} />}>
        <DeskTicketView id={ticketId} services={props.services} classes={classes} reference={ref} sla={sla} snapshot={rows} openApproval={approval} onOpen={open} onBack={() => open(undefined)} refreshKey={attempt} />
      </React.Suspense>
    );
  }

  const me = ref.currentUserId;
  const viewer = { me, myTeams: ref.teams.filter(t => t.memberIds.indexOf(me) >= 0).map(t => t.id) };
  const counts = queueCounts(rows, viewer, alarm);
  const shown = visibleTickets(rows, view, viewer, alarm);
  const load = workload(rows);
  const teamName = (id: number): string => (names.teams[id] ? names.teams[id][locale] : String(id));
  const agentName = (id: number): string => {
    const t = rows.filter(r => r.assignedTo && r.assignedTo.id === id && r.assignedTo.displayName)[0];
    return t && t.assignedTo && t.assignedTo.displayName ? t.assignedTo.displayName : formatString(strings.fieldDisplay.unknown, id);
  };

  return (
    <div className={classes.form} style={{ maxWidth: 'none' }}>
      <Text as="h2" variant="xLarge">{s.title}</Text>
      <div className={classes.actions}>
        <div role="tablist" aria-label={s.queuesLabel} className={classes.actions}>
          {QUEUES.map(q => (
            <DefaultButton key={q} role="tab" id={`hc-queue-${q}`} aria-selected={view.queue === q} aria-controls="hc-queue-panel" checked={view.queue === q}
              text={formatString(s.queueCount, s.queue[q], counts[q])} onClick={() => setView(v => ({ ...v, queue: q }))} />
          ))}
        </div>
        <DefaultButton text={s.refresh} onClick={() => setAttempt(a => a + 1)} />
      </div>
      <div role="tabpanel" id="hc-queue-panel" aria-labelledby={`hc-queue-${view.queue}`} className={classes.form} style={{ maxWidth: 'none' }}>
        <DeskFiltersBar view={view} reference={ref} classes={classes} onChange={setView} />
        <LiveRegion message={formatString(s.results, shown.length)} />
        <p className={classes.help}>{formatString(s.results, shown.length)}</p>
        {shown.length ? (
          <React.Suspense fallback={<LoadingState label={s.loading} />}>
            <DeskTable rows={shown} names={names} now={now} classes={classes} sla={read} onOpen={open} />
          </React.Suspense>
        ) : <p>{s.empty}</p>}
      </div>
      <section aria-labelledby="hc-workload">
        <h3 id="hc-workload">{s.workloadHeading}</h3>
        <ul>
          {Object.keys(load.byTeam).map(id => <li key={`t${id}`}>{formatString(s.workloadTeam, teamName(Number(id)), load.byTeam[Number(id)])}</li>)}
          {Object.keys(load.byAgent).map(id => <li key={`a${id}`}><UserText text={agentName(Number(id))} />{formatString(s.workloadTeam, '', load.byAgent[Number(id)])}</li>)}
          <li>{formatString(s.workloadUnassigned, load.unassigned)}</li>
        </ul>
      </section>
    </div>
  );
}

/** The names the queue's columns show for categories, teams and places, from the desk's reference data (read once). */
function namesOf(ref: IntakeFormData): FieldNames {
  const names: FieldNames = { categories: {}, teams: {}, places: {} };
  ref.categories.forEach(c => { names.categories[c.id] = { fr: c.titleFr, en: c.titleEn }; });
  ref.teams.forEach(t => { names.teams[t.id] = { fr: t.titleFr, en: t.titleEn }; });
  ref.locations.forEach(l => { names.places[l.id] = { name: l.title, kind: l.kind, building: l.building || undefined }; });
  return names;
}
