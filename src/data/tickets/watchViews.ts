import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/attachments';
import '@pnp/sp/site-users/web';
import type { Ticket } from '../../domain/tickets/model';
import type { SupportLevel, TicketStatus } from '../../domain/vocabulary';
import { BilingualName, StateVersionStep, WatchNames, WatchPlaceName, buildWatchView, watchKey } from '../../domain/tickets/watchView';
import { helpList } from '../sp/lists';
import { anyOfChunks, odataDate } from '../sp/odata';
import { forEachPage } from '../sp/paging';
import { STATES_LIST, TICKETS_LIST } from './ticketRow';
import { PLACE_EXPAND, PLACE_SELECT, PlaceRow, toPlaceName } from './ticketView';

/*
 * The watchers' projection (HelpTicketWatches, see its schema comment): the desk writes one row per ticket and
 * confirmed watcher, its Author rewritten to the watcher so that item-level security (ReadSecurity 2) shows it to
 * them alone. No unique permission scope is ever created. Only the desk (support group) writes the list.
 */

/** The list's title. */
export const WATCHES_LIST = 'HelpTicketWatches';

/** A HelpTicketWatches row as the desk reads it to upsert (no view JSON: it is rewritten whole). */
export interface WatchRowHead {
  Id: number;
  HCTicketId: number;
  HCWatcherId: number;
  HCWatchKey: string;
  HCStatus: TicketStatus;
  HCActive: boolean;
  HCFilesShared: boolean;
  AuthorId: number;
  Modified: string;
  /** The state's change number the row was written from (HCSequence): behind when it differs from the state's. */
  HCSequence?: number | null; // eslint-disable-line @rushstack/no-new-null
}

/** The columns of {@link WatchRowHead}. */
export const WATCH_ROW_HEAD_SELECT = ['Id', 'HCTicketId', 'HCWatcherId', 'HCWatchKey', 'HCStatus', 'HCActive', 'HCFilesShared', 'AuthorId', 'Modified', 'HCSequence'];

/** What a sync wrote. */
export interface WatchSyncReport {
  added: number;
  updated: number;
  deactivated: number;
  /** Rows given (back) to their watcher as Author. */
  authored: number;
  /** Files copied (row × file). */
  filesCopied: number;
}

/** The ticket as the sync needs it: the domain ticket (after the action) and its state item's id (for its versions). */
export interface WatchSyncInput { ticket: Ticket; stateId: number }

/* eslint-disable @rushstack/no-new-null */
interface VersionRow {
  HCStatus: TicketStatus; HCPublicMessage?: string | null; HCSequence?: number | null; HCLevel?: SupportLevel | null;
  HCTeam?: { LookupId: number } | null; Modified: string; Editor?: { LookupValue?: string };
}
interface NamedItem { Id: number; Title?: string | null; HCTitleEn?: string | null }
/* eslint-enable @rushstack/no-new-null */

const bilingual = (i: NamedItem | undefined): BilingualName | undefined => (i ? { fr: i.Title || '', en: i.HCTitleEn || i.Title || '' } : undefined);

function versionSteps(rows: VersionRow[]): StateVersionStep[] {
  // SharePoint lists versions newest first.
  return rows.slice().reverse().map(v => ({
    at: new Date(v.Modified), status: v.HCStatus, publicMessage: v.HCPublicMessage || undefined, sequence: v.HCSequence === null ? undefined : v.HCSequence,
    teamId: (v.HCTeam && v.HCTeam.LookupId) || undefined, level: v.HCLevel || undefined, by: (v.Editor && v.Editor.LookupValue) || undefined
  }));
}

/** A place's name, its building, and the room an equipment is in. */
/** The watcher's copy of a place's name: the ticket page's (toPlaceName) without the kind, which the view does not show. */
function placeName(p: PlaceRow): WatchPlaceName {
  const { name, building, room } = toPlaceName(p);
  return { name, building, room };
}

const rejectTo = <T>(p: Promise<T>, fallback: T): Promise<T> => p.then(v => v, (e: unknown) => {
  // A reference item deleted since is shown by number; anything else is a real failure.
  if ((e as { status?: number }).status === 404) return fallback;
  throw e;
});

/**
 * Brings the watchers' rows of a ticket up to date with the desk's state, once its change is written: each confirmed
 * watcher's row is written (added the first time, then its Author given to the watcher), the row of a person no
 * longer kept informed is deactivated, and the requester's files are copied once to the rows of people she shared
 * them with (HelpTickets.HCShareFiles). Reads in one $batch, writes in one more (plus one for new rows' authors and
 * the file copies). Idempotent: running it twice writes the same rows. Agents and owners only.
 */
export async function syncWatchViews(sp: SPFI, input: WatchSyncInput, now: Date = new Date()): Promise<WatchSyncReport> {
  const t = input.ticket;
  const report: WatchSyncReport = { added: 0, updated: 0, deactivated: 0, authored: 0, filesCopied: 0 };
  const watches = helpList(sp, WATCHES_LIST);
  const [batched, execute] = sp.batched();
  const rowsRead = helpList(batched, WATCHES_LIST).items.select(...WATCH_ROW_HEAD_SELECT).filter(`HCTicketId eq ${Math.floor(t.id)}`).orderBy('ID', true).top(500)();
  const versionsRead = helpList(batched, STATES_LIST).items.getById(input.stateId).versions
    .select('HCStatus', 'HCPublicMessage', 'HCSequence', 'HCLevel', 'HCTeam', 'Modified', 'Editor')();
  const teamsRead = helpList(batched, 'HelpTeams').items.select('Id', 'Title', 'HCTitleEn').top(500)();
  const categoryRead = t.categoryId ? rejectTo(helpList(batched, 'HelpCategories').items.getById(t.categoryId).select('Id', 'Title', 'HCTitleEn')(), undefined) : Promise.resolve(undefined);
  const placeRead = t.locationId ? rejectTo(helpList(batched, 'HelpLocations').items.getById(t.locationId)
    .select(...PLACE_SELECT).expand(...PLACE_EXPAND)(), undefined) : Promise.resolve(undefined);
  const requesterItem = rejectTo(helpList(batched, TICKETS_LIST).items.getById(t.id).select('HCShareFiles', 'AttachmentFiles').expand('AttachmentFiles')(), undefined);
  const logins = t.watchers.map(w => batched.web.siteUsers.getById(w.id).select('Id', 'LoginName')());
  await execute();

  const rows = await rowsRead as WatchRowHead[];
  const teams = await teamsRead as NamedItem[];
  const names: WatchNames = { categories: {}, teams: {}, places: {} };
  teams.forEach(x => { names.teams[x.Id] = bilingual(x)!; });
  const category = await categoryRead as NamedItem | undefined;
  if (category && t.categoryId) names.categories[t.categoryId] = bilingual(category)!;
  const place = await placeRead as PlaceRow | undefined;
  if (place && t.locationId) names.places[t.locationId] = placeName(place);
  const view = JSON.stringify(buildWatchView(t, versionSteps(await versionsRead as VersionRow[]), names, now));
  const item = await requesterItem as { HCShareFiles?: boolean; AttachmentFiles?: { FileName: string; ServerRelativeUrl: string }[] } | undefined;
  const loginOf: { [id: number]: string } = {};
  for (const l of logins) {
    const u = await l as { Id: number; LoginName: string };
    loginOf[u.Id] = u.LoginName;
  }

  // The first row written for a key counts (two desks syncing at once may both add one): the others go inactive.
  const watcherIds = t.watchers.map(w => w.id);
  const firstOf: { [key: string]: WatchRowHead } = {};
  rows.forEach(r => { if (!firstOf[r.HCWatchKey] || r.Id < firstOf[r.HCWatchKey].Id) firstOf[r.HCWatchKey] = r; });
  const [writes, send] = sp.batched();
  const list = helpList(writes, WATCHES_LIST);
  const added: { watcherId: number; item: Promise<{ Id: number }> }[] = [];
  const written: Promise<unknown>[] = [];
  const common = { Title: t.title.slice(0, 255), HCStatus: t.status, HCView: view, HCSequence: t.sequence };
  for (const w of t.watchers) {
    const row = firstOf[watchKey(t.id, w.id)];
    const values = { ...common, HCActive: true, HCLanguage: w.language || t.language };
    if (row) {
      written.push(list.items.getById(row.Id).update(values));
      report.updated++;
    } else {
      added.push({ watcherId: w.id, item: list.items.add({ ...values, HCTicketId: t.id, HCWatcherId: w.id, HCWatchKey: watchKey(t.id, w.id), HCFilesShared: false }) });
      report.added++;
    }
  }
  const stale = rows.filter(r => r.HCActive && (watcherIds.indexOf(r.HCWatcherId) < 0 || firstOf[r.HCWatchKey] !== r));
  stale.forEach(r => { written.push(list.items.getById(r.Id).update({ ...common, HCActive: false })); report.deactivated++; });
  if (report.updated + report.added + report.deactivated) await send();
  await Promise.all(written.concat(added.map(a => a.item)));

  // Rows whose Author is not (yet) their watcher: new ones, and any whose rewrite failed last time.
  const toAuthor: { id: number; watcherId: number }[] = rows.filter(r => firstOf[r.HCWatchKey] === r && r.AuthorId !== r.HCWatcherId && watcherIds.indexOf(r.HCWatcherId) >= 0)
    .map(r => ({ id: r.Id, watcherId: r.HCWatcherId }));
  for (const a of added) toAuthor.push({ id: (await a.item).Id, watcherId: a.watcherId });
  if (toAuthor.length) {
    const [authors, run] = sp.batched();
    const results = toAuthor.map(a => helpList(authors, WATCHES_LIST).items.getById(a.id)
      .validateUpdateListItem([{ FieldName: 'Author', FieldValue: JSON.stringify([{ Key: loginOf[a.watcherId] }]) }], false));
    await run();
    for (const r of results) {
      const failed = (await r).filter(x => x.HasException);
      if (failed.length) throw new Error(`Giving a followed request's row to its watcher failed: ${failed.map(f => f.ErrorMessage).join('; ')}`);
      report.authored++;
    }
  }

  // Rows still without the requester's shared files: existing ones not marked yet, and the new ones.
  const withoutFiles = t.watchers.map(w => firstOf[watchKey(t.id, w.id)]).filter(r => !!r && !r.HCFilesShared).map(r => r.Id);
  for (const a of added) withoutFiles.push((await a.item).Id);
  const filesCopied = await copySharedFiles(sp, t.id, item, withoutFiles, watches);
  return { ...report, filesCopied };
}

/**
 * Copies the requester's files to the rows that do not have them yet, only when she chose to share them; each
 * row is then marked (HCFilesShared) so the copy happens once. Returns the number of files written.
 */
async function copySharedFiles(sp: SPFI, ticketId: number, item: { HCShareFiles?: boolean; AttachmentFiles?: { FileName: string; ServerRelativeUrl: string }[] } | undefined,
  rowIds: number[], watches: ReturnType<typeof helpList>): Promise<number> {
  if (!item || !item.HCShareFiles || !rowIds.length) return 0;
  const files = item.AttachmentFiles || [];
  let copied = 0;
  const contents: ArrayBuffer[] = [];
  for (const f of files) contents.push(await helpList(sp, TICKETS_LIST).items.getById(ticketId).attachmentFiles.getByName(f.FileName).getBuffer());
  for (const rowId of rowIds) {
    const there = (await watches.items.getById(rowId).attachmentFiles.select('FileName')() as { FileName: string }[]).map(x => x.FileName);
    for (let i = 0; i < files.length; i++) {
      if (there.indexOf(files[i].FileName) >= 0) continue;
      await watches.items.getById(rowId).attachmentFiles.add(files[i].FileName, contents[i]);
      copied++;
    }
    await watches.items.getById(rowId).update({ HCFilesShared: true });
  }
  return copied;
}

// eslint-disable-next-line @rushstack/no-new-null
interface StateHead { HCTicketId: number; HCStatus: TicketStatus; HCWatchersId?: number[] | null; Modified: string; HCSequence?: number | null }

/**
 * How far back the housekeeping looks for states whose watchers' rows a failed sync left behind: 48 hours, or less
 * when more states changed in that time than one query may match (the list view threshold).
 */
export const WATCH_RESYNC_WINDOWS_HOURS = [48, 6, 1];

/**
 * Tickets whose watchers' rows are behind the desk's state: among the states changed since `since` (Modified is
 * indexed on HelpTicketStates) that have watchers, those where a watcher has no active row of their own written
 * from the state's current change number (HCSequence; rows of an older version, without it, compare their time and status). One request per page of states, one per 30 tickets with watchers.
 */
export async function staleWatchTickets(sp: SPFI, since: Date): Promise<number[]> {
  const states: StateHead[] = [];
  await forEachPage<StateHead>(helpList(sp, STATES_LIST).items
    .select('Id', 'HCTicketId', 'HCStatus', 'HCWatchersId', 'Modified', 'HCSequence').filter(`Modified ge ${odataDate(since)}`).top(500), page => {
    states.push(...page.filter(s => (s.HCWatchersId || []).length > 0));
  });
  const rows: WatchRowHead[] = [];
  const ids = states.map(s => s.HCTicketId);
  for (const filter of anyOfChunks('HCTicketId', ids, 30)) {
    await forEachPage<WatchRowHead>(helpList(sp, WATCHES_LIST).items.select(...WATCH_ROW_HEAD_SELECT).filter(filter).top(500), page => { rows.push(...page); });
  }
  return states.filter(s => {
    const watchers = s.HCWatchersId || [];
    const own = rows.filter(r => r.HCTicketId === s.HCTicketId);
    // The change number says exactly whether a row follows the state's last change; rows written before it existed fall
    // back on time and status (SharePoint keeps whole seconds: a same-second write with the same status counts as current).
    const current = (r: WatchRowHead): boolean => (typeof r.HCSequence === 'number' && typeof s.HCSequence === 'number'
      ? r.HCSequence === s.HCSequence : r.HCStatus === s.HCStatus && new Date(r.Modified).getTime() >= new Date(s.Modified).getTime());
    const behind = watchers.some(w => !own.some(r => r.HCWatcherId === w && r.HCActive && r.AuthorId === w && current(r)));
    return behind || own.some(r => r.HCActive && watchers.indexOf(r.HCWatcherId) < 0);
  }).map(s => s.HCTicketId);
}
