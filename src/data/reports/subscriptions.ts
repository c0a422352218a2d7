/**
 * The person's own choice of the monthly summary (ReportSubscriptions: one item per person, their claim about
 * themselves; ReadSecurity/WriteSecurity 2). Read after the page's first render; written with the item's ETag.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import type { RawReportSubscriptionsItem } from '../schema/items.generated';
import { helpList } from '../sp/lists';
import { isPreconditionFailed } from '../sp/errors';
import { firstWritten, sendOnce } from '../idempotent';

type Row = Pick<RawReportSubscriptionsItem, 'Id' | 'AuthorId' | 'EditorId' | 'HCMonthlySummary'> & { 'odata.etag'?: string };

/** The person's subscription as the page shows it. */
export interface MySubscription {
  /** The person receives the summary (their item says so and they saved it last). */
  subscribed: boolean;
  /** Their item and its ETag (none yet: the first save adds it). */
  itemId?: number;
  etag?: string;
}

/** Why a save did not happen: someone (another tab) saved in between; the page shows the choice as it now stands. */
export class SubscriptionConflict extends Error {
  public constructor(public readonly current: MySubscription) {
    super('The subscription was changed elsewhere.');
  }
}

/** Reads and writes the current person's monthly summary choice. */
export class ReportSubscriptionStore {
  private me?: Promise<number>;

  /** @param sp PnPjs bound to the help center site, as the person. */
  public constructor(private readonly sp: SPFI) {}

  /** The person's choice (their first written item; AuthorId is indexed). */
  public async mine(): Promise<MySubscription> {
    const id = await this.myId();
    const rows = await helpList(this.sp, 'ReportSubscriptions').items.select('Id', 'AuthorId', 'EditorId', 'HCMonthlySummary')
      .filter(`AuthorId eq ${id}`).orderBy('ID', true).top(20)<Row[]>();
    const row = firstWritten(rows);
    if (!row) return { subscribed: false };
    return { subscribed: !!row.HCMonthlySummary && row.EditorId === row.AuthorId, itemId: row.Id, etag: row['odata.etag'] };
  }

  /**
   * Saves the choice: updates the person's item with its ETag (412: SubscriptionConflict with the item as it now
   * stands), or adds it — sent once, and looked up again after a failure (a lost answer may hide an add that landed).
   */
  public async save(subscribed: boolean, current: MySubscription): Promise<MySubscription> {
    const list = helpList(sendOnce(this.sp), 'ReportSubscriptions');
    if (current.itemId) {
      try {
        await list.items.getById(current.itemId).update({ HCMonthlySummary: subscribed }, current.etag || '*');
      } catch (e) {
        if (isPreconditionFailed(e)) throw new SubscriptionConflict(await this.mine());
        throw e;
      }
      return this.mine();
    }
    const before = await this.mine();
    if (before.itemId) throw new SubscriptionConflict(before);
    try {
      await list.items.add({ HCMonthlySummary: subscribed });
    } catch (e) {
      const after = await this.mine();
      if (!after.itemId) throw e;
    }
    return this.mine();
  }

  private myId(): Promise<number> {
    if (!this.me) this.me = this.sp.web.currentUser.select('Id')<{ Id: number }>().then(u => u.Id);
    return this.me;
  }
}
