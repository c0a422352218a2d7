/**
 * Queues the reports' monthly summary (issue 17) in the desk's outbox (HelpNotifications): run by an agent's desk
 * housekeeping, after the page's first render, on the first visit after the month changed. For each subscriber still
 * allowed to read the reports — SharePoint is asked, at that moment, whether the person may still write
 * ReportSubscriptions, whose grants are the reports' audience (owners, agents, managers) — the month that ended, in
 * their language, once per person and month: the change key is the month, so two desks queuing at once record it once
 * (the outbox's lookup, first written wins) and send it once (its claim).
 */
import { SPQueryable, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import '@pnp/sp/batching';
import { computeTicketFigures } from '../../domain/reports/figures';
import { computeSelfService } from '../../domain/reports/selfService';
import { monthKey, resolvePeriod } from '../../domain/reports/period';
import { monthlySummary, summaryChangeKey, summarySubscribers, type SubscriptionEntry } from '../../domain/reports/monthlySummary';
import type { ReportPeriod } from '../../domain/reports/model';
import { helpList } from '../sp/lists';
import { forEachPage } from '../sp/paging';
import { anyOfChunks } from '../sp/odata';
import { maskHas, PermissionKinds, type BasePermissionsMask } from '../sp/permissions';
import { NotificationOutbox } from '../notifications/NotificationOutbox';
import { mailTemplateSource } from '../notifications/templateCatalog';
import { isPageLinks } from '../pageLinks';
import { PAGE_PATHS } from '../pagePaths';
import { languagesFor } from '../notifications/languages';
import { REPORT_SUMMARY_MAIL } from '../notifications/mailTemplates';
import type { DeliveryResult, GraphClientLike, NotificationRecipient } from '../notifications/types';
import { DEFAULT_TIME_ZONE } from './reportReference';
import { ReportsRepository } from './ReportsRepository';
import { summaryMailValues } from './summaryValues';

type SubscriptionRow = { Id: number; AuthorId: number; EditorId: number; HCMonthlySummary: boolean | null; Author?: { EMail?: string; Title?: string; Name?: string } }; // eslint-disable-line @rushstack/no-new-null

/** Every subscription (one item per person: read whole, page by page, at any size). */
async function readSubscriptions(sp: SPFI): Promise<SubscriptionEntry[]> {
  const out: SubscriptionEntry[] = [];
  await forEachPage<SubscriptionRow>(helpList(sp, 'ReportSubscriptions').items
    .select('Id', 'AuthorId', 'EditorId', 'HCMonthlySummary', 'Author/EMail', 'Author/Title', 'Author/Name').expand('Author').top(5000), page => {
    page.forEach(r => out.push({
      id: r.Id, subscribed: !!r.HCMonthlySummary, authorId: r.AuthorId, editorId: r.EditorId,
      person: { email: (r.Author && r.Author.EMail) || '', displayName: (r.Author && r.Author.Title) || '', loginName: (r.Author && r.Author.Name) || '' }
    }));
  });
  return out;
}

/** The recipient keys already in the outbox (HCChangeKey is indexed). */
async function recordedKeys(sp: SPFI, keys: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const filter of anyOfChunks('HCChangeKey', keys, 10)) {
    const rows = await helpList(sp, 'HelpNotifications').items.select('HCChangeKey').filter(filter).top(100)<{ HCChangeKey: string }[]>();
    rows.forEach(r => found.push(r.HCChangeKey));
  }
  return found;
}

/**
 * Those SharePoint still lets write ReportSubscriptions, in one `$batch` (`getUserEffectivePermissions` needs Enumerate
 * Permissions there: the agents' level on that list has it). Groups are resolved by SharePoint, directory groups too.
 */
async function stillAllowed(sp: SPFI, people: SubscriptionEntry[]): Promise<{ allowed: SubscriptionEntry[]; unchecked: number }> {
  const [batched, execute] = sp.batched();
  const checks = people.map(p => {
    const q = SPQueryable(helpList(batched, 'ReportSubscriptions'), 'getUserEffectivePermissions(@user)');
    // PnPjs encodes the query's values itself; an OData string literal doubles its quotes.
    q.query.set('@user', `'${p.person.loginName.replace(/'/g, "''")}'`);
    return q<BasePermissionsMask>().then(mask => maskHas(mask, PermissionKinds.EditListItems), (e: unknown) => {
      console.warn(`[HelpCenter] The rights of ${p.person.email} on the reports could not be checked: no summary for them yet.`, e);
      return undefined;
    });
  });
  await execute().catch(() => undefined);
  const ok = await Promise.all(checks);
  return { allowed: people.filter((_p, i) => ok[i] === true), unchecked: ok.filter(x => x === undefined).length };
}

/** What one run did. */
export interface SummaryRun {
  /** The month summarised (YYYY-MM, the desk's time zone). */
  month: string;
  results: DeliveryResult[];
  /** Subscribers whose rights could not be checked (a site not repaired yet, a failure): the run is tried again. */
  unchecked: number;
}

/**
 * Queues (and, with the browser sender, sends) the summary of the month before `now` to every subscriber still allowed
 * to read the reports who has not had it. Figures are read only when someone is missing it.
 * @param reportsPage the Reports page's address, without query (the mail links to `?period=YYYY-MM`).
 */
export async function queueMonthlySummary(sp: SPFI, graph: () => Promise<GraphClientLike>, reportsPage: string, now: Date = new Date()): Promise<SummaryRun> {
  const resolveLastMonth = (tz: string): ReportPeriod => (resolvePeriod({ kind: 'lastMonth' }, now, tz, []) as { period: ReportPeriod }).period;
  let period = resolveLastMonth(DEFAULT_TIME_ZONE);
  let month = monthKey(period.from, DEFAULT_TIME_ZONE);
  const subscribers = summarySubscribers(await readSubscriptions(sp));
  const keyOf = (m: string, p: SubscriptionEntry): string => NotificationOutbox.recipientKey(summaryChangeKey(m), p.person.email);
  const recorded = subscribers.length ? await recordedKeys(sp, subscribers.map(p => keyOf(month, p))) : [];
  const { allowed, unchecked } = await stillAllowed(sp, subscribers.filter(p => recorded.indexOf(keyOf(month, p)) < 0));
  if (!allowed.length) return { month, results: [], unchecked };
  const repository = new ReportsRepository(sp);
  const first = await repository.first(period);
  const reference = first.reference;
  let rows = first.rows;
  if (reference.timeZone !== DEFAULT_TIME_ZONE) {
    period = resolveLastMonth(reference.timeZone);
    month = monthKey(period.from, reference.timeZone);
    rows = await repository.rows(period);
  }
  const tickets = computeTicketFigures({ period, filters: {}, now, timeZone: reference.timeZone, ...rows, calendarFor: reference.calendarFor, targetsFor: reference.targetsFor });
  const summary = monthlySummary(month, tickets, computeSelfService(rows.events, period));
  const languages = await languagesFor(sp, allowed.map(p => p.person.loginName));
  const recipients: NotificationRecipient[] = allowed.map(p => ({
    email: p.person.email, displayName: p.person.displayName, language: languages[p.person.loginName.toLowerCase()] || 'fr'
  }));
  const me = await sp.web.currentUser.select('Id')<{ Id: number }>();
  const outbox = new NotificationOutbox(sp, await graph(), mailTemplateSource(sp), me.Id);
  const results = await outbox.notify({
    changeKey: summaryChangeKey(month), template: REPORT_SUMMARY_MAIL, recipients,
    values: summaryMailValues(summary, `${reportsPage}?period=${month}`, now, reference.timeZone)
  }, () => new Date());
  return { month, results, unchecked };
}

/** The browser's stamp of the last month it queued (a desk checks once a month, not on each visit). */
function stampKey(site: string): string {
  return `hc-reports-summary|${site}`;
}

/**
 * The desk housekeeping's entry: on the first visit of a month in this browser (its stamp), queues the month that
 * ended; the stamp is kept only when the run went through, so a failure is tried again on the next visit.
 */
export async function queueMonthlySummaryOnce(sp: SPFI, graph: () => Promise<GraphClientLike>, reportsPage: string, now: Date = new Date()): Promise<SummaryRun | undefined> {
  const key = stampKey(reportsPage);
  const current = monthKey(now, DEFAULT_TIME_ZONE);
  let stamp: string | null = null; // eslint-disable-line @rushstack/no-new-null
  try { stamp = window.localStorage.getItem(key); } catch { /* private mode: checked on each visit */ }
  if (stamp === current) return undefined;
  const run = await queueMonthlySummary(sp, graph, reportsPage, now);
  if (!run.unchecked && run.results.every(r => r.outcome !== 'failed')) {
    try { window.localStorage.setItem(key, current); } catch { /* private mode */ }
  }
  return run;
}

/**
 * {@link queueMonthlySummaryOnce} from the desk's housekeeping, given the desk's mail links: the reports page is the
 * desk page's neighbour on the help center site (nothing is queued when the links are not the site's pages).
 */
export function queueMonthlySummaryFromDesk(sp: SPFI, graph: () => Promise<GraphClientLike>, ticketLink: unknown): Promise<SummaryRun | undefined> {
  if (!isPageLinks(ticketLink)) return Promise.resolve(undefined);
  return queueMonthlySummaryOnce(sp, graph, ticketLink.deskHome().slice(0, -PAGE_PATHS.desk.length) + PAGE_PATHS.reports);
}
