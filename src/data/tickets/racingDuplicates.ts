import type { RawHelpTicketsItem } from '../schema/items.generated';
import { normalizeText } from '../../domain/text/normalize';

/**
 * Tickets filed twice by one submit. The form looks its client request id up before each attempt and sends the
 * create once, but a browser resends a POST by itself when a reused connection drops before any answer (Chromium
 * does, whatever the method), so a submit can still land twice; the requester cannot recycle the second one (no
 * Delete Items). Both carry the requester's random client request id: the first written (lowest Id) is the ticket,
 * the others are hidden by every reader and recycled by the desk's housekeeping. Keyed by author and id, so a
 * person's items never hide someone else's (the id is a random UUID drawn by the submitting browser, which nobody else reads).
 */
/** What the rule reads of a ticket row (SharePoint's raw columns: the id of the item, its author, its client request id). */
export type KeyedTicketRow = Pick<RawHelpTicketsItem, 'Id' | 'AuthorId' | 'HCClientRequestId'>;

function keyOf(row: KeyedTicketRow): string | undefined {
  // Compared as SharePoint's $filter compares text (case-insensitive), and as every comparison of ours does
  // (normalizeText): the lookup that found the first ticket and this rule agree on what "the same id" is.
  const id = row.HCClientRequestId ? normalizeText(row.HCClientRequestId) : '';
  return id ? `${row.AuthorId || 0}|${id}` : undefined;
}

/** The rows that are a later copy of another row of the same set (same author and client request id, higher Id). */
export function racingDuplicates<T extends KeyedTicketRow>(rows: T[]): T[] {
  const first: { [key: string]: number } = {};
  for (const row of rows) {
    const key = keyOf(row);
    if (key !== undefined && (first[key] === undefined || row.Id < first[key])) first[key] = row.Id;
  }
  return rows.filter(row => {
    const key = keyOf(row);
    return key !== undefined && first[key] !== row.Id;
  });
}

/** The rows without their racing duplicates (order kept). */
export function withoutRacingDuplicates<T extends KeyedTicketRow>(rows: T[]): T[] {
  const later = racingDuplicates(rows).map(r => r.Id);
  return later.length ? rows.filter(r => later.indexOf(r.Id) < 0) : rows;
}
