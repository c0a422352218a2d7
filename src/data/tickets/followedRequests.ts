import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { TicketStatus } from '../../domain/vocabulary';
import { WatchView, parseWatchView, watchKey } from '../../domain/tickets/watchView';
import { helpList } from '../sp/lists';
import { odataString } from '../sp/odata';

/*
 * What a person kept informed reads: their own rows of HelpTicketWatches (the desk wrote them and gave them the
 * rows as Author; ReadSecurity 2 shows nobody else's). They never read the ticket, its state or its notes.
 */

/** A request the person follows, as the list of them shows it. */
export interface FollowedRequestSummary {
  ticketId: number;
  title: string;
  status: TicketStatus;
  /** When the desk last wrote the row (ISO). */
  updatedAt: string;
}

/** A page of followed requests, newest first. */
export interface FollowedPage {
  items: FollowedRequestSummary[];
  /** Reads the next page; undefined on the last one. */
  next?: () => Promise<FollowedPage>;
}

/** A file the requester shared with the people kept informed. */
export interface SharedFile { name: string; url: string }

/** One followed request: the view the desk wrote, or why there is none for this person. */
export type FollowedRequest =
  | { kind: 'view'; view: WatchView; files: SharedFile[] }
  /** The person is not (or no longer) kept informed of this request. */
  | { kind: 'notFollowed' };

interface RowSummary { Id: number; HCTicketId: number; Title?: string; HCStatus: TicketStatus; Modified: string }
interface RowFull extends RowSummary { HCView?: string; HCActive: boolean; HCFilesShared?: boolean; AttachmentFiles?: { FileName: string; ServerRelativeUrl: string }[] }

/** Followed requests per page. */
const PAGE_SIZE = 30;

/**
 * The followed requests of the person with site user id `userId`, newest first: their active rows (HCWatcher and
 * HCActive are indexed), keyset-paged on the item id, one request per page.
 */
export function followedRequests(sp: SPFI, userId: number, pageSize: number = PAGE_SIZE, nextPages: SPFI = sp): Promise<FollowedPage> {
  const me = Math.floor(userId);
  // The first page may ride in another read's $batch (`sp` batched); the next pages are read on their own (`nextPages`).
  const read = async (below?: number): Promise<FollowedPage> => {
    const rows = await helpList(below ? nextPages : sp, 'HelpTicketWatches').items.select('Id', 'HCTicketId', 'Title', 'HCStatus', 'Modified')
      .filter([`HCWatcherId eq ${me}`, 'HCActive eq 1', ...(below ? [`Id lt ${below}`] : [])].join(' and ')).orderBy('ID', false).top(pageSize)() as RowSummary[];
    // Two desks writing at once may have added two rows for one request: the list shows it once.
    const seen: { [id: number]: boolean } = {};
    const items = rows.filter(r => (seen[r.HCTicketId] ? false : (seen[r.HCTicketId] = true)))
      .map(r => ({ ticketId: r.HCTicketId, title: r.Title || '', status: r.HCStatus, updatedAt: r.Modified }));
    const last = rows.length ? rows[rows.length - 1].Id : 0;
    return { items, next: rows.length === pageSize && last > 1 ? () => read(last) : undefined };
  };
  return read();
}

/**
 * The person's view of one request (by its key, indexed), with the files the requester shared, in one request;
 * `notFollowed` when they have no active row for it (never followed it, or no longer kept informed).
 */
export async function followedRequest(sp: SPFI, userId: number, ticketId: number): Promise<FollowedRequest> {
  const rows = await helpList(sp, 'HelpTicketWatches').items
    .select('Id', 'HCTicketId', 'Title', 'HCStatus', 'Modified', 'HCView', 'HCActive', 'HCFilesShared', 'HCWatcherId', 'AttachmentFiles/FileName', 'AttachmentFiles/ServerRelativeUrl')
    .expand('AttachmentFiles').filter(`HCWatchKey eq ${odataString(watchKey(ticketId, userId))}`).orderBy('ID', true).top(10)() as (RowFull & { HCWatcherId: number })[];
  // An agent reads every row: only the person's own (the first written) counts.
  const row = rows.filter(r => r.HCWatcherId === Math.floor(userId))[0];
  const view = row && row.HCActive ? parseWatchView(row.HCView) : undefined;
  if (!row || !view) return { kind: 'notFollowed' };
  const files = row.HCFilesShared ? (row.AttachmentFiles || []).map(f => ({ name: f.FileName, url: f.ServerRelativeUrl })) : [];
  return { kind: 'view', view, files };
}
