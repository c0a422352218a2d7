import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBarType, Notice } from '../common/Notice';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { Shimmer } from '@fluentui/react/lib/Shimmer';
import { mergeStyleSets, mergeStyles } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { DeskQueueRow, DeskView, QueueKey } from '../../domain/desk/queues';
import { QUEUES, dueDateAlarm, queueCounts, visibleTickets, workload } from '../../domain/desk/queues';
import type { IntakeFormData } from '../../data/intake/IntakeService';
import type { FieldNames } from '../../data/tickets/ticketView';
import { useHelpCenter } from '../common/HelpCenterContext';
import { LiveRegion } from '../common/LiveRegion';
import { formatString } from '../common/format';
import { useAlive, useLoad } from '../common/useLoad';
import { DeskWorkload } from './DeskWorkload';
import { DeskToolbar } from './DeskToolbar';
import type { DeskColumnSort } from './DeskTable';
import type { DeskTicketServices } from './DeskTicketView';
import { alarmFrom, snapshotReader, useSlaModule } from './deskSla';
import { usePhone } from '../common/usePhone';
import { useRenderedMark } from '../common/rendered';
import { WithStrings } from '../common/WithStrings';
import { DESK_TICKET_STRINGS } from '../common/featureStrings';

// A ticket's page (its panel, its actions, the state machine that decides them, its fields and conversation) loads when
// the agent opens a ticket, not with the queues: the queues' first render stays light.
// The queue's table (its columns from the field catalogue) loads in parallel with the queues' data: the page shows
// its loading state until both are there, so nothing waits longer, and the web part's own bundle stays small.
const loadDeskTable = (): Promise<{ default: typeof import('./DeskTable').DeskTable }> =>
  import(/* webpackChunkName: 'help-center-desk-table' */ './DeskTable').then(m => ({ default: m.DeskTable }));
const DeskTable = React.lazy(loadDeskTable);
const loadTicketPanel = (): Promise<{ default: typeof import('./DeskTicketPanel').DeskTicketPanel }> =>
  import(/* webpackChunkName: 'help-center-desk-ticket' */ './DeskTicketPanel').then(m => ({ default: m.DeskTicketPanel }));
const DeskTicketPanel = React.lazy(loadTicketPanel);

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

/** The queue's id of the element (the ticket's link in its row or card) that opened the panel. */
const OPENER_PREFIX = 'hc-desk-open-';

const classes = mergeStyleSets({
  // One column as wide as the page, never wider (a grid column otherwise grows to its widest content: the table).
  desk: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 12, minWidth: 0, maxWidth: '100%' },
  top: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', gap: 8 },
  panel: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 12, paddingTop: 12, minWidth: 0 },
  count: { margin: 0 }
});

/** The support desk: queues as tabs with counts, filters and sort, the queue's table, a ticket in a panel, and the workload. */
export function SupportDesk(props: SupportDeskProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.desk;
  const phone = usePhone();
  const alive = useAlive();
  const [attempt, setAttempt] = React.useState(0);
  const [view, setView] = React.useState<DeskView>({ queue: 'newForMyTeams', filters: {}, text: '', sort: 'due' });
  const [columnSort, setColumnSort] = React.useState<DeskColumnSort | undefined>();
  const [ticketId, setTicketId] = React.useState<number | undefined>(props.initialTicketId);
  // The ticket the panel shows, kept while it slides out after closing.
  const [panelId, setPanelId] = React.useState<number | undefined>(props.initialTicketId);
  const [approval, setApproval] = React.useState(!!props.initialApproval);
  const heading = React.useRef<HTMLHeadingElement>(null);
  const theme = useTheme();
  const headingClass = React.useMemo(() => mergeStyles(theme.fonts.xLarge, { margin: 0, selectors: { ':focus': { outline: 'none' } } }), [theme]);
  const open = (id: number | undefined): void => {
    setTicketId(id);
    if (id) setPanelId(id);
    setApproval(false);
    const url = new URL(window.location.href);
    if (id) url.searchParams.set('ticket', String(id)); else url.searchParams.delete('ticket');
    url.searchParams.delete('approval');
    window.history.pushState({}, '', url.toString());
  };
  // Closed: back to the link of the ticket in its queue (or to the desk's heading when it is not in the queue shown);
  // the queues are read again, the previous ones staying on screen meanwhile so that link stays where it was.
  const closed = (): void => {
    const opener = panelId !== undefined ? document.getElementById(`${OPENER_PREFIX}${panelId}`) : null;
    if (opener) opener.focus(); else if (heading.current) heading.current.focus();
    setPanelId(undefined);
    setAttempt(a => a + 1);
  };

  // A ticket's panel: its code comes while its strings do (WithStrings), not after them.
  React.useEffect(() => {
    if (panelId !== undefined) loadTicketPanel().catch((e: unknown) => console.error('[HelpCenter] The ticket panel could not be loaded:', e));
  }, [panelId !== undefined]);

  // Housekeeping once per visit, a moment after the first render so it never competes with it (it is
  // idempotent and safe for two desks at once); the queues reload if it closed anything.
  React.useEffect(() => {
    const timer = setTimeout(() => {
      props.services.housekeep().then(n => { if (alive() && n > 0) setAttempt(a => a + 1); },
        (e: unknown) => console.error('[HelpCenter] Housekeeping failed:', e));
    }, HOUSEKEEPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [props.services]);

  // "Now" is the moment the snapshot was read, so counts and the table agree until the next refresh. The table's code
  // is fetched alongside the data (a static file, not a SharePoint request).
  const { state, reload } = useLoad(() => {
    loadDeskTable().catch((e: unknown) => console.error('[HelpCenter] The queue table could not be loaded:', e));
    return Promise.all([props.services.loadReference(), props.services.snapshot()]).then(([ref, rows]) => ({ ref, rows, now: new Date() }), (e: unknown) => {
      console.error('[HelpCenter] Loading the desk failed:', e);
      throw e;
    });
  }, [props.services, attempt], { keepValue: true });
  const loaded = state.value;
  const ref = loaded && loaded.ref;
  const rows = loaded && loaded.rows;
  const now = loaded ? loaded.now : undefined;
  // The business-hours clocks load after the first render (the queues flag lateness by due dates until they arrive).
  const sla = useSlaModule(!!loaded);

  // One reading per ticket and snapshot: typing in the filters re-renders without recounting business hours.
  const read = React.useMemo(() => (sla && ref && now ? snapshotReader(sla, ref, now) : undefined), [sla, ref, now]);
  const alarm = React.useMemo(() => (sla && read ? alarmFrom(sla, read) : dueDateAlarm(now || new Date())), [sla, read, now]);
  const names = React.useMemo(() => (ref ? namesOf(ref) : undefined), [ref]);

  // The page says its first render is on screen (bench/run.mjs waits for it).
  useRenderedMark('desk', state.status === 'failed' || !!(ref && rows && names && now));
  if (state.status === 'failed') return <Notice messageBarType={MessageBarType.error} actions={<DefaultButton text={strings.common.retry} onClick={reload} />}>{s.loadFailed}</Notice>;
  if (!ref || !rows || !names || !now) return <QueueShimmer label={s.loading} />;
  if (!ref.isAgent) return <Notice messageBarType={MessageBarType.warning}>{s.notAgent}</Notice>;

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
  const queueName = s.queue[view.queue];
  const queue = (
    <div className={classes.panel}>
      <DeskToolbar view={view} reference={ref} onChange={setView} onSortChosen={() => setColumnSort(undefined)} />
      <LiveRegion message={formatString(s.results, shown.length)} />
      <p className={classes.count}>{formatString(s.results, shown.length)}</p>
      {shown.length ? (
        <React.Suspense fallback={<QueueShimmer label={s.loading} />}>
          <DeskTable rows={shown} names={names} now={now} sla={read} label={formatString(s.listLabel, queueName)} phone={phone}
            sort={columnSort} onSort={setColumnSort} onOpen={open} />
        </React.Suspense>
      ) : <p>{s.empty}</p>}
    </div>
  );

  return (
    <div className={classes.desk}>
      <div className={classes.top}>
        <h2 className={headingClass} ref={heading} tabIndex={-1}>{s.title}</h2>
        <DefaultButton text={s.refresh} iconProps={{ iconName: 'Refresh' }} onClick={() => setAttempt(a => a + 1)} />
      </div>
      <Pivot aria-label={s.queuesLabel} selectedKey={view.queue} overflowAriaLabel={s.queuesLabel}
        // Every queue in view on a desk (the tabs wrap to a second line); on a phone the ones that do not fit go in a menu.
        overflowBehavior={phone ? 'menu' : 'none'} styles={phone ? undefined : { root: { display: 'flex', flexWrap: 'wrap' } }}
        onLinkClick={item => { const q = item && item.props.itemKey; if (q) setView(v => ({ ...v, queue: q as QueueKey })); }}>
        {QUEUES.map(q => (
          <PivotItem key={q} itemKey={q} headerText={formatString(s.queueCount, s.queue[q], counts[q])}>
            {view.queue === q ? queue : undefined}
          </PivotItem>
        ))}
      </Pivot>
      <DeskWorkload load={load} teamName={teamName} agentName={agentName} />
      {panelId !== undefined ? (
        // The panel's code and its strings load together when a ticket is first opened.
        // Meanwhile screen readers hear "loading" (the row's link keeps the focus until the panel takes it).
        <WithStrings modules={DESK_TICKET_STRINGS} fallback={<LiveRegion message={s.loading} />}>
          <React.Suspense fallback={<LiveRegion message={s.loading} />}>
            <DeskTicketPanel isOpen={ticketId !== undefined} phone={phone} onDismissed={closed} id={panelId} services={props.services} reference={ref} sla={sla}
              snapshot={rows} openApproval={approval} onOpen={open} onBack={() => open(undefined)} refreshKey={attempt} />
          </React.Suspense>
        </WithStrings>
      ) : undefined}
    </div>
  );
}

/** Grey lines where the queue's rows will be, while the queues load (the label is read by screen readers). */
function QueueShimmer(props: { label: string }): React.ReactElement {
  return (
    <div role="status" aria-label={props.label} style={{ display: 'grid', gap: 12 }}>
      {[0, 1, 2, 3, 4].map(i => <Shimmer key={i} width={i === 0 ? '40%' : '100%'} />)}
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
