import type { SPFI } from '@pnp/sp';
import { ReportsRepository } from './ReportsRepository';
import type { ReportFirstData, ReportRows } from './ReportsRepository';
import type { ReportPeriod } from '../../domain/reports/model';
import type { MySubscription } from './subscriptions';

export type { ReportFirstData, ReportRows } from './ReportsRepository';
export type { ReportReference, ReportName } from './reportReference';
export type { MySubscription } from './subscriptions';

/** The person's own monthly summary choice (ReportSubscriptions). */
export interface SubscriptionService {
  /** Their choice as saved. */
  mine(): Promise<MySubscription>;
  /** Saves it with the item's ETag; a 412 rejects with a `SubscriptionConflict` holding the choice as it now stands. */
  save(subscribed: boolean, current: MySubscription): Promise<MySubscription>;
}

/** What the reports page reads. */
export interface ReportsServices {
  /** The reference data and the first period's rows, in one `$batch` when no list is large. */
  first(period: ReportPeriod): Promise<ReportFirstData>;
  /** Another period's rows. */
  rows(period: ReportPeriod): Promise<ReportRows>;
  /** The monthly summary choice, loaded after the first render (its own chunk). */
  subscription(): Promise<SubscriptionService>;
}

/** The reports' services, bound to the help center's site. */
export function createReportsServices(sp: SPFI): ReportsServices {
  const repository = new ReportsRepository(sp);
  let store: Promise<SubscriptionService> | undefined;
  return {
    first: p => repository.first(p), rows: p => repository.rows(p),
    subscription: () => store || (store = import(/* webpackChunkName: 'help-center-reports-subscription' */ './subscriptions').then(m => new m.ReportSubscriptionStore(sp)))
  };
}
