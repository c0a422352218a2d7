/**
 * How the seed talks to the site: one real PnPjs client per demo person (the emulator reads the identity
 * header), `$batch` for every group of writes, and back-dating of Created/Modified through
 * `validateupdatelistitem` (the only REST way SharePoint lets a client set them; dates in UTC).
 */
import { SPFI, spPost } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/comments';
import { Item } from '@pnp/sp/items';
import { body, InjectHeaders } from '@pnp/queryable';
import { workbenchSp } from '../client';
import type { WorkbenchTarget } from '../client';
import { formDateValue, readSiteDateFormat, validateUpdateListItemBody, type SiteDateFormat } from '../../src/data/sp/formDates';
import { CAST, CastKey } from './data/people';
import { assertPayload, ListPayloads, SeedListName } from './payloads';

/** Requests per `$batch` (SharePoint Online accepts up to 100). */
const BATCH_SIZE = 100;
/** Request headers copied into each `$batch` part: PnPjs's defaults, plus the workbench's seeding clock. */
const PART_HEADERS = /Accept|Content-Type|IF-Match|X-Workbench-Time/i;

/** A write that happens at `at` in the demo's history (the workbench's `X-Workbench-Time`; see its storage). */
export function atTime<T extends { using(...b: ReturnType<typeof InjectHeaders>[]): T }>(q: T, when: Date | undefined): T {
  return when ? q.using(InjectHeaders({ 'X-Workbench-Time': when.toISOString() })) : q;
}

/** One Created/Modified pair to set on an item. */
export interface Backdate {
  list: SeedListName; id: number; created: Date; modified: Date;
  /** Claims login of the person the item belongs to (a ticket an agent filed for someone is theirs). */
  author?: string;
}

/** Runs the seed's writes as the right people. */
export class SeedWriter {
  private readonly clients = new Map<CastKey, SPFI>();
  private backdating = true;
  private dateFormat: SiteDateFormat | undefined;

  /**
   * @param target the emulated site and the workbench secret (an `Emulator` is one).
   * @param log progress and warnings.
   */
  public constructor(private readonly target: WorkbenchTarget, private readonly log: (m: string) => void) {}

  /** PnPjs acting as a cast member. */
  public sp(who: CastKey): SPFI {
    let client = this.clients.get(who);
    if (!client) {
      client = workbenchSp(this.target, CAST[who]);
      this.clients.set(who, client);
    }
    return client;
  }

  /** Queues requests on a batched client of `who`, sends them, and returns their results in order. */
  public async batch<T>(who: CastKey, queue: (sp: SPFI) => Promise<T>[]): Promise<T[]> {
    const [batched, execute] = this.sp(who).batched({ maxRequests: BATCH_SIZE, headersCopyPattern: PART_HEADERS });
    const results = Promise.all(queue(batched));
    await execute();
    return results;
  }

  /** Adds items to a list as `who` (payloads checked against the schema) and returns their ids. */
  public async addItems<L extends SeedListName>(who: CastKey, list: L, payloads: Partial<ListPayloads[L]>[], when?: (i: number) => Date | undefined): Promise<number[]> {
    if (!payloads.length) return [];
    const added = await this.batch(who, sp => payloads.map((p, i) =>
      atTime(sp.web.lists.getByTitle(list).items, when && when(i)).add(assertPayload(list, p) as Record<string, unknown>) as Promise<{ Id: number }>));
    return added.map(a => a.Id);
  }

  /** Updates items as `who`. */
  public async updateItems<L extends SeedListName>(who: CastKey, list: L, updates: { id: number; payload: Partial<ListPayloads[L]>; at?: Date }[]): Promise<void> {
    if (!updates.length) return;
    await this.batch(who, sp => updates.map(u =>
      atTime(sp.web.lists.getByTitle(list).items.getById(u.id), u.at).update(assertPayload(list, u.payload) as Record<string, unknown>)));
  }

  /** Sets Created By as `who` (ValidateUpdateListItem, without a new version). */
  public async setAuthors(who: CastKey, list: SeedListName, items: { id: number; login: string; at?: Date }[]): Promise<void> {
    if (!items.length) return;
    const [batched, execute] = this.sp(who).batched({ maxRequests: BATCH_SIZE, headersCopyPattern: PART_HEADERS });
    const results = items.map(b => spPost<{ FieldName: string; HasException: boolean; ErrorMessage: string | null }[]>(
      Item(atTime(batched.web.lists.getByTitle(list).items.getById(b.id), b.at), 'validateupdatelistitem'),
      body({ formValues: [{ FieldName: 'Author', FieldValue: JSON.stringify([{ Key: b.login }]) }], bNewDocumentUpdate: true })));
    await execute();
    for (const r of await Promise.all(results)) {
      const failed = r.filter(v => v.HasException);
      if (failed.length) throw new Error(`Setting Created By failed: ${failed.map(f => `${f.FieldName}: ${f.ErrorMessage}`).join('; ')}`);
    }
  }

  /**
   * Sets Created/Modified as `who` (who must be allowed to edit the items). An emulator without
   * `validateupdatelistitem` leaves today's dates: that is reported once and the seed goes on, because
   * the demo stays usable.
   */
  public async backdate(who: CastKey, items: Backdate[]): Promise<void> {
    if (!items.length || !this.backdating) return;
    // Form values are typed in the site's regional format (ISO is refused), here in UTC.
    const format = this.dateFormat || (this.dateFormat = await readSiteDateFormat(this.sp(who)));
    const [batched, execute] = this.sp(who).batched({ maxRequests: BATCH_SIZE });
    const results = Promise.allSettled(items.map(b => {
      const item = batched.web.lists.getByTitle(b.list).items.getById(b.id);
      return spPost<{ FieldName: string; HasException: boolean; ErrorMessage: string | null }[]>(Item(item, 'validateupdatelistitem'), body(
        validateUpdateListItemBody([{ FieldName: 'Created', FieldValue: formDateValue(b.created, format) }, { FieldName: 'Modified', FieldValue: formDateValue(b.modified, format) }]
          .concat(b.author ? [{ FieldName: 'Author', FieldValue: JSON.stringify([{ Key: b.author }]) }] : []), false)));
    }));
    await execute();
    for (const r of await results) {
      if (r.status === 'rejected') {
        const status = (r.reason as { status?: number }).status;
        if (status === 404 || status === 400) {
          if (this.backdating) this.log(`Warning: the site refused validateupdatelistitem (${status}); items keep the seeding date as Created.`);
          this.backdating = false;
          return;
        }
        throw r.reason;
      }
      const failed = r.value.filter(v => v.HasException);
      if (failed.length) throw new Error(`Back-dating failed: ${failed.map(f => `${f.FieldName}: ${f.ErrorMessage}`).join('; ')}`);
    }
  }
}
