/**
 * Reads that stay correct on lists of any size under SharePoint's list view threshold: the first page of every query
 * goes out in the page's one `$batch`; a query whose first page came back full is read on page by page; a query
 * SharePoint refuses for the threshold (its first clause matches more than 5,000 rows: SharePoint considers only
 * the first clause of an `and`) is tried with its next form, and in the end as a scan of the whole list page by
 * page (no filter: SharePoint allows it at any size), filtered here.
 */
import type { IItems } from '@pnp/sp/items';
import { exceedsListViewThreshold } from '../sp/errors';
import { forEachPage } from '../sp/paging';

/** Rows per page: SharePoint's maximum page size, which is also its list view threshold. */
export const REPORT_PAGE = 5000;

/** A query of the reports: its forms, most selective first, and the scan that ends the list of tries. */
export interface PagedRead<T> {
  /** The query with one of its filters. */
  query(filter: string | undefined): IItems;
  /** Filters to try in order. */
  filters: readonly string[];
  /** The whole list, page by page (shared between the reads of one list). */
  scan(): Promise<T[]>;
}

/** Every page of one query. */
async function allPages<T>(items: IItems): Promise<T[]> {
  const rows: T[] = [];
  await forEachPage<T>(items, page => { rows.push(...page); });
  return rows;
}

/** Reads every row, trying each filter and then the scan. */
export async function readAll<T>(read: PagedRead<T>, from: number = 0): Promise<T[]> {
  for (let i = from; i < read.filters.length; i++) {
    try {
      return await allPages<T>(read.query(read.filters[i]));
    } catch (e) {
      if (!exceedsListViewThreshold(e)) throw e;
    }
  }
  return read.scan();
}

/**
 * The rows of a read whose first page was requested in a `$batch` (`first` is that page's promise): done when the page
 * is not full; read on when it is; the next form when SharePoint refused the first for the threshold.
 */
export async function completeRead<T>(first: Promise<T[]>, read: PagedRead<T>, pageSize: number): Promise<T[]> {
  let rows: T[];
  try {
    rows = await first;
  } catch (e) {
    if (!exceedsListViewThreshold(e)) throw e;
    return readAll(read, 1);
  }
  return rows.length < pageSize ? rows : readAll(read, 0);
}

/** A scan of a whole list, run once however many reads need it. */
export function sharedScan<T>(items: () => IItems): () => Promise<T[]> {
  let running: Promise<T[]> | undefined;
  return () => running || (running = allPages<T>(items()));
}
