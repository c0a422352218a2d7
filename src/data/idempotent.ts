import { spfi, SPFI } from '@pnp/sp';
import { BrowserFetch } from '@pnp/queryable';

/**
 * Idempotent writes without SharePoint's unique columns.
 *
 * SharePoint refuses `EnforceUniqueValues` on a list with item-level read security (ReadSecurity 2), and the
 * help center's private lists need that security, so "a retry never writes twice" cannot rest on a unique key.
 * Each retried write therefore reads first: every item carries a key (a client request id, a vote key, a change
 * key, a decision key) in an indexed column, the writer looks it up before each attempt (people read their own
 * items on those lists), adds only when nothing holds it, and looks again after any failure, because a lost
 * answer or a 5xx may hide a write that landed. PnPjs' own retry (BrowserFetchWithRetry, in SPFx's behaviour)
 * resends a POST blindly on 429/503/504 and on a dropped connection, so the add itself goes through `sendOnce`.
 *
 * Two writers racing past the lookup at the same moment (a double click, two tabs) can still both add: after
 * its add each writer reads the key again and keeps the item with the lowest Id (the first written), and the
 * writer whose item is not that one recycles its own. The lowest Id is the rule every reader of such a key
 * applies, so a duplicate that could not be recycled is ignored the same way everywhere.
 */

/** Attempts of one idempotent write (each preceded by a lookup). */
export const WRITE_ATTEMPTS = 4;
/** Longest wait between two attempts when the server names none (Retry-After). */
const MAX_BACKOFF_MS = 8000;

/** The same site without PnPjs' blind retries: every request is sent once and its failure is the caller's to handle. */
export function sendOnce(sp: SPFI): SPFI {
  return spfi(sp).using(BrowserFetch());
}

/** The HTTP status of a PnPjs failure, undefined when no answer came (dropped connection, offline). */
function statusOf(e: unknown): number | undefined {
  const status = e && typeof e === 'object' ? (e as { status?: unknown }).status : undefined;
  return typeof status === 'number' && status > 0 ? status : undefined;
}

/** A failure after which the write may have landed or may be tried again: no answer, throttling (429), or a 5xx. */
export function isRetryableWriteFailure(e: unknown): boolean {
  if (e && typeof e === 'object' && /AbortError/.test(String((e as { name?: unknown }).name))) return false;
  const status = statusOf(e);
  return status === undefined || status === 429 || status >= 500;
}

/** How long to wait before the next attempt: the server's Retry-After (seconds) when it sent one, else exponential. */
export function retryDelayMs(e: unknown, attempt: number): number {
  const response = e && typeof e === 'object' ? (e as { response?: { headers?: { get(name: string): string | null } } }).response : undefined;
  const header = response && response.headers && typeof response.headers.get === 'function' ? response.headers.get('Retry-After') : null;
  const seconds = header !== null && header !== undefined ? Number(header) : NaN;
  if (isFinite(seconds) && seconds >= 0) return seconds * 1000;
  return Math.min(MAX_BACKOFF_MS, 250 * Math.pow(2, attempt));
}

export function wait(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms));
}

/** The item with the lowest Id (the first written), the one every reader of a duplicated key keeps. */
export function firstWritten<T extends { Id: number }>(items: T[]): T | undefined {
  let first: T | undefined;
  for (const item of items) if (!first || item.Id < first.Id) first = item;
  return first;
}

/** How to write one keyed item once. */
export interface WriteOnceSteps<T extends { Id: number }> {
  /** Every item holding the key that the writer can read (at least its own). */
  find(): Promise<T[]>;
  /** One add, sent once (through `sendOnce`); resolves to the new item. */
  add(): Promise<T>;
  /** Recycles the writer's own item that lost a race (a lower Id holds the key); failures are ignored. */
  discard?(id: number): Promise<unknown>;
  attempts?: number;
}

/** The item holding the key, and whether this call added it. */
export interface WriteOnceResult<T> { item: T; created: boolean }

/**
 * Adds the keyed item unless it exists: a lookup before each attempt, an add sent once, a lookup after any
 * failure, waits honouring Retry-After; after an add, the first written item holding the key wins.
 */
export async function writeOnce<T extends { Id: number }>(steps: WriteOnceSteps<T>): Promise<WriteOnceResult<T>> {
  const attempts = steps.attempts || WRITE_ATTEMPTS;
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) await wait(retryDelayMs(lastError, attempt - 1));
    let existing: T | undefined;
    try {
      existing = firstWritten(await steps.find());
    } catch (e) {
      if (!isRetryableWriteFailure(e)) throw e;
      lastError = e;
      continue;
    }
    if (existing) return { item: existing, created: false };
    let added: T;
    try {
      added = await steps.add();
    } catch (e) {
      lastError = e;
      if (isRetryableWriteFailure(e)) continue;
      // Refused for good; the key may still have been taken meanwhile (another tab): report that item if so.
      const after = firstWritten(await steps.find().catch(() => [] as T[]));
      if (after) return { item: after, created: false };
      throw e;
    }
    const first = firstWritten(await findAfterWrite(steps)) || added;
    if (first.Id !== added.Id && steps.discard) {
      await steps.discard(added.Id).catch((e: unknown) => console.warn(`[HelpCenter] A duplicate item (${added.Id}) could not be recycled; the first one (${first.Id}) holds the key:`, e));
    }
    return { item: first, created: first.Id === added.Id };
  }
  throw lastError;
}

/** The lookup after an add, tried again on a transient failure (the add landed: never add again from here). */
async function findAfterWrite<T extends { Id: number }>(steps: WriteOnceSteps<T>): Promise<T[]> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await steps.find();
    } catch (e) {
      if (!isRetryableWriteFailure(e) || attempt >= 2) return [];
      await wait(retryDelayMs(e, attempt));
    }
  }
}
