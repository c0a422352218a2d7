import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { IItems } from '@pnp/sp/items';
import type { ReportPeriod, ReportSearchEvent, ReportTicket } from '../../domain/reports/model';
import { STATUS_GROUPS } from '../../domain/tickets/statusGroups';
import { helpList } from '../sp/lists';
import { anyOf, odataDate } from '../sp/odata';
import { currentUserHas, PermissionKinds } from '../sp/permissions';
import { completeRead, PagedRead, REPORT_PAGE, sharedScan } from './pagedReads';
import { ReferenceRows, referenceQueries, toReportReference, type ReportReference } from './reportReference';
import {
  CLAIM_SELECT, ClaimRow, EVENT_SELECT, EventRow, STATE_EXPAND, STATE_SELECT, StateRow, reopenedInPeriod, toReportEvent, toReportTickets
} from './reportRows';

/** The rows of one period: what the figures are computed from. */
export interface ReportRows {
  /** States received in the period (and, after a scan, others: the figures keep the period's). */
  received: ReportTicket[];
  /** States finished since the period began (the figures keep those resolved in it). */
  resolved: ReportTicket[];
  open: ReportTicket[];
  events: ReportSearchEvent[];
  reopenedTicketIds: number[];
}

/** What the first render reads, in one `$batch`. */
export interface ReportFirstData { reference: ReportReference; rows: ReportRows }

/** `f ge from and f lt to`, and the same with its upper bound first (selective when the period is old). */
function rangeFilters(field: string, p: ReportPeriod): string[] {
  const ge = `${field} ge ${odataDate(p.from)}`;
  const lt = `${field} lt ${odataDate(p.to)}`;
  return [`${ge} and ${lt}`, `${lt} and ${ge}`];
}

/**
 * The reports' reads, for an agent, an owner or a manager (Override List Behaviors on the lists read: with ReadSecurity 2
 * anyone else reads only their own states and searches, so the page shows figures only to them). Correct on lists of any size: see
 * pagedReads.ts.
 */
export class ReportsRepository {
  /**
   * @param sp PnPjs bound to the help center's site.
   * @param pageSize rows per request, at most the list view threshold (SharePoint Online: 5,000).
   */
  public constructor(private readonly sp: SPFI, private readonly pageSize: number = REPORT_PAGE) {}

  /** The reference data, whether the person reads the reports, and the period's rows: one `$batch` when no list is large. */
  public async first(period: ReportPeriod): Promise<ReportFirstData> {
    const [batched, execute] = this.sp.batched();
    const reference = referenceQueries(batched, this.pageSize);
    // Agents, owners and managers read every state (Override List Behaviors on HelpTicketStates); a list the person
    // cannot read at all answers 404 inside the batch.
    const isReader = currentUserHas(helpList(batched, 'HelpTicketStates'), PermissionKinds.CancelCheckout).catch(() => false);
    const rows = this.periodReads(batched, period, isReader);
    // A sub-request refused (the threshold) rejects the batch's promise too: each read's own promise says why.
    await execute().catch(() => undefined);
    const [ref, reader] = await Promise.all([this.completeReference(reference), isReader]);
    // Anyone else reads only their own items (ReadSecurity 2), and SharePoint may refuse those reads on a large list
    // (their own items are not an indexed clause): the page shows them no figures, so none are read on.
    if (!reader) return { reference: toReportReference(ref, reader), rows: { received: [], resolved: [], open: [], events: [], reopenedTicketIds: [] } };
    return { reference: toReportReference(ref, reader), rows: await rows };
  }

  /** The rows of another period (one `$batch` when no list is large). */
  public async rows(period: ReportPeriod): Promise<ReportRows> {
    const [batched, execute] = this.sp.batched();
    const rows = this.periodReads(batched, period);
    await execute().catch(() => undefined);
    return rows;
  }

  private async completeReference(first: { [K in keyof ReferenceRows]: Promise<ReferenceRows[K]> }): Promise<ReferenceRows> {
    const more = <T>(name: 'HelpLocations' | 'KnowledgeArticles', select: string[], page: Promise<T[]>): Promise<T[]> => completeRead(page, {
      query: () => helpList(this.sp, name).items.select(...select).top(this.pageSize), filters: [''],
      scan: () => Promise.reject(new Error(`${name} cannot be read page by page`))
    }, this.pageSize);
    const [teams, categories, settings, locations, articles] = await Promise.all([
      first.teams, first.categories, first.settings,
      more('HelpLocations', ['Id', 'Title'], first.locations), more('KnowledgeArticles', ['Id', 'Title', 'HCStatus', 'HCLanguage'], first.articles)
    ]);
    return { teams, categories, settings, locations, articles };
  }

  /** Sends the first page of each of the period's reads into `batched`; the promise completes them after it runs. */
  private periodReads(batched: SPFI, period: ReportPeriod, allowed: Promise<boolean> = Promise.resolve(true)): Promise<ReportRows> {
    const states = (sp: SPFI): IItems => helpList(sp, 'HelpTicketStates').items.select(...STATE_SELECT, `${STATE_EXPAND}/Title`).expand(STATE_EXPAND);
    const stateScan = sharedScan<StateRow>(() => states(this.sp).top(this.pageSize));
    const read = <T>(list: (sp: SPFI) => IItems, filters: string[], scan: () => Promise<T[]>): Promise<T[]> => {
      const def: PagedRead<T> = { query: f => (f ? list(this.sp).filter(f) : list(this.sp)).top(this.pageSize), filters, scan };
      const first: Promise<T[]> = list(batched).filter(filters[0]).top(this.pageSize)();
      // Not an agent: the first pages are dropped unread on (see first()).
      return allowed.then(ok => (ok ? completeRead<T>(first, def, this.pageSize) : first.then(() => [], () => [])));
    };
    const received = read<StateRow>(states, rangeFilters('HCReceivedAt', period), stateScan);
    // HCResolvedAt is not indexed (HelpTicketStates holds SharePoint's 20 indexes): a ticket resolved in the period
    // was saved then or later, so Modified (indexed) since the period began finds it.
    const resolved = read<StateRow>(states, [`Modified ge ${odataDate(period.from)} and ${anyOf('HCStatus', STATUS_GROUPS.finished)}`], stateScan);
    const open = read<StateRow>(states, [anyOf('HCStatus', STATUS_GROUPS.open)], stateScan);
    const events = (sp: SPFI): IItems => helpList(sp, 'SearchEvents').items.select(...EVENT_SELECT);
    const eventRows = read<EventRow>(events, rangeFilters('Created', period), sharedScan<EventRow>(() => events(this.sp).top(this.pageSize)));
    const claims = (sp: SPFI): IItems => helpList(sp, 'HelpTicketClaims').items.select(...CLAIM_SELECT);
    const claimRows = read<ClaimRow>(claims, rangeFilters('Created', period), sharedScan<ClaimRow>(() => claims(this.sp).top(this.pageSize)));
    return Promise.all([received, resolved, open, eventRows, claimRows]).then(([r, s, o, e, c]) => ({
      received: toReportTickets(r),
      resolved: toReportTickets(s).filter(t => !!t.resolvedAt),
      open: toReportTickets(o),
      events: e.map(toReportEvent),
      reopenedTicketIds: reopenedInPeriod(c, r.concat(s, o), period)
    }));
  }
}
