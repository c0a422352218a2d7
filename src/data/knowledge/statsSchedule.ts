import type { SPFI } from '@pnp/sp';

/** How often a browser refreshes the articles' counters (views, helpful, not helpful). */
export const STATS_REFRESH_EVERY_MS = 24 * 3600 * 1000;

/* eslint-disable @rushstack/no-new-null */
/** The part of `localStorage` the schedule needs (the Web Storage API answers null for a missing key). */
export interface StampStorage { getItem(key: string): string | null; setItem(key: string, value: string): void; removeItem(key: string): void }
/* eslint-enable @rushstack/no-new-null */

function browserStorage(): StampStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage blocked by the browser's settings
  }
}

/**
 * The search's popularity prior reads the counters on each article (HCViews, HCHelpful, HCNotHelpful), which
 * `refreshArticleStats` recomputes from ArticleFeedback and SearchEvents. Those lists have item-level security,
 * so only agents, contributors and owners can count them: the support desk runs it in its background
 * housekeeping, at most once a day per browser (the stamp is taken before the run, so two tabs do not both
 * run it; a failed run gives it back). Resolves the number of articles updated, or undefined when not due.
 */
export async function refreshArticleStatsDaily(sp: SPFI, stampKey: string, now: number = Date.now(),
  storage: StampStorage | undefined = browserStorage()): Promise<number | undefined> {
  if (!storage) return undefined;
  const last = Number(storage.getItem(stampKey) || 0);
  if (Number.isFinite(last) && now - last < STATS_REFRESH_EVERY_MS && last <= now) return undefined;
  storage.setItem(stampKey, String(now));
  try {
    const { refreshArticleStats, ArticleStatsNotAllowedError } = await import(/* webpackChunkName: 'help-center-knowledge-stats' */ './feedback');
    try {
      return await refreshArticleStats(sp);
    } catch (e) {
      // A support agent reads every vote but no longer writes the articles (issue 14): the recount is the
      // reviewers' and owners' now, so this browser keeps its day rather than asking again at every load.
      if (e instanceof ArticleStatsNotAllowedError && e.readsVotes) return undefined;
      throw e;
    }
  } catch (e) {
    storage.removeItem(stampKey);
    throw e;
  }
}
