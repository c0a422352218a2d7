import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Notice, MessageBarType } from '../../common/Notice';
import type { TicketStatus } from '../../../domain/vocabulary';
import type { TicketSummary } from '../../../data/tickets/ticketView';
import type { MyTicketsServices } from '../../../data/tickets/MyTicketsServices';
import type { TicketPage } from '../../../data/tickets/TicketRepository';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { useAlive, useLoad } from '../../common/useLoad';
import { Pill, StatusPill } from '../../common/pills';
import { RequestList, RequestRow, focusRequestLink } from './RequestList';
import { ListShimmer } from './ListShimmer';
import { useRequestClasses } from './requestStyles';
import { useRenderedMark } from '../../common/rendered';

/** Props of {@link TicketList}. */
export interface TicketListProps {
  services: MyTicketsServices;
  newRequestUrl?: string;
  onOpen(id: number): void;
  /** The request whose page was just closed: its link takes the focus once the list is shown. */
  focusId?: number;
  /** The focus went back (or could not): the page forgets {@link TicketListProps.focusId}. */
  onFocused?(): void;
}

type Tab = 'mine' | 'filedForOthers';
// Only agents have two lists: the tabs load for them.
const AgentTabs = React.lazy(() => import(/* webpackChunkName: 'help-center-my-requests-tabs' */ './AgentTabs'));
// The status filter shows when she asks for it: it loads then.
const StatusFilter = React.lazy(() => import(/* webpackChunkName: 'help-center-my-requests-filter' */ './StatusFilter'));
const LINK_PREFIX = 'hc-my-request-';

/** Whether the desk waits for her: its question to answer, or its resolution to accept or contest. */
export function waitsForRequester(r: Pick<TicketSummary, 'status' | 'received'>): boolean {
  return r.received && (r.status === 'awaiting_user' || r.status === 'resolved');
}

// The placeholder rows live in their own module: a request's page shows them without loading the lists' code.
export { ListShimmer } from './ListShimmer';

/** The person's requests (agents: also those they filed for others), by status, page by page; a table or cards on a phone. */
export function TicketList(props: TicketListProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.myTickets;
  const c = useRequestClasses();
  const alive = useAlive();
  const [tab, setTab] = React.useState<Tab>('mine');
  const [status, setStatus] = React.useState<TicketStatus | ''>('');
  const [filtering, setFiltering] = React.useState(false);
  const [more, setMore] = React.useState<{ rows: TicketSummary[]; next: TicketPage['next'] } | undefined>();
  const [moreFailed, setMoreFailed] = React.useState(false);
  const viewer = useLoad(() => props.services.viewer(), [props.services]);
  const { state, reload } = useLoad(() => {
    setMore(undefined);
    setMoreFailed(false);
    return props.services.list(tab, status || undefined).catch((e: unknown) => { console.error('[HelpCenter] Loading the requests failed:', e); throw e; });
  }, [props.services, tab, status]);
  const isAgent = viewer.state.status === 'done' && viewer.state.value.isAgent;
  const page = state.status === 'done' ? state.value : undefined;
  useRenderedMark('my-tickets', state.status !== 'loading');
  const rows = page ? page.summaries.concat(more ? more.rows : []) : undefined;
  const next = more ? more.next : page && page.next;

  // Back from a request's page: its link takes the focus again once the list shows it.
  const { focusId, onFocused } = props;
  React.useEffect(() => {
    if (!focusId || !rows) return undefined;
    return focusRequestLink(LINK_PREFIX, focusId, () => { if (onFocused) onFocused(); });
  }, [focusId, !!rows]);

  const loadMore = (): void => {
    if (!next) return;
    setMoreFailed(false);
    next().then(p => { if (alive()) setMore(m => ({ rows: (m ? m.rows : []).concat(p.summaries), next: p.next })); },
      (e: unknown) => { console.error('[HelpCenter] Loading more requests failed:', e); if (alive()) setMoreFailed(true); });
  };
  // Hiding the filter shows all her requests again.
  const toggleFilter = (): void => {
    if (filtering) setStatus('');
    setFiltering(!filtering);
  };
  const toRow = (r: TicketSummary): RequestRow => ({
    id: r.id, title: r.title, updatedAt: r.modifiedAt,
    status: r.received ? <StatusPill status={r.status} labels={strings.ticketStatus} /> : <Pill tone="neutral">{s.notReceived}</Pill>,
    flag: waitsForRequester(r) ? <Pill tone="warning">{s.waitingForYou}</Pill> : undefined
  });
  const label = tab === 'mine' ? s.sectionMine : s.tabOnBehalf;
  return (
    <div className={c.page}>
      {isAgent ? (
        <React.Suspense fallback={<div style={{ minHeight: 44 }} />}>
          <AgentTabs selected={tab} onSelect={setTab} label={s.title} mine={s.tabMine} filedForOthers={s.tabOnBehalf} />
        </React.Suspense>
      ) : undefined}
      {tab === 'mine' && (filtering || !rows || rows.length > 0) ? (
        <div className={c.page} style={{ gap: 8 }}>
          <div><DefaultButton text={s.filterByStatus} iconProps={{ iconName: 'Filter' }} checked={filtering} aria-expanded={filtering} onClick={toggleFilter} /></div>
          {filtering ? (
            <React.Suspense fallback={<div style={{ minHeight: 61 }} />}>
              <StatusFilter status={status} onChange={setStatus} />
            </React.Suspense>
          ) : undefined}
        </div>
      ) : undefined}
      {state.status === 'failed' ? (
        <Notice messageBarType={MessageBarType.error} actions={<DefaultButton text={strings.common.retry} onClick={reload} />}>{s.loadFailed}</Notice>
      ) : undefined}
      {state.status === 'loading' ? <ListShimmer label={s.loading} /> : undefined}
      {rows && !rows.length ? (
        <div className={c.panel}>
          <p className={c.muted}>{status ? s.emptyStatus : s.empty}</p>
          {props.newRequestUrl && !status ? <div><PrimaryButton href={props.newRequestUrl} text={s.newRequest} /></div> : undefined}
        </div>
      ) : undefined}
      {rows && rows.length ? <RequestList rows={rows.map(toRow)} label={label} idPrefix={LINK_PREFIX} href={id => `?ticket=${id}`} onOpen={props.onOpen} /> : undefined}
      {moreFailed ? <Notice messageBarType={MessageBarType.error}>{s.loadFailed}</Notice> : undefined}
      {next ? <div><DefaultButton text={s.more} onClick={loadMore} /></div> : undefined}
    </div>
  );
}
