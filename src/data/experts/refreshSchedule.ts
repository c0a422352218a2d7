import type { SPFI } from '@pnp/sp';
import type { StampStorage } from '../knowledge/statsSchedule';
import type { RefreshOutcome } from './types';

/** How often a browser recomputes the proven expertise. */
export const EXPERTISE_REFRESH_EVERY_MS = 24 * 3600 * 1000;

/* eslint-disable @rushstack/no-new-null */
function browserStorage(): StampStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
/* eslint-enable @rushstack/no-new-null */

/**
 * The proven expertise recomputed at most once a day per site and browser (a stamp in localStorage, taken before the
 * run so two tabs do not both run it, given back on failure), or sooner (at most once an hour) when `force` says the listed people and the
 * people with a record differ (a fresh opt-in shows soon). Only agents and owners may run it: anyone else's browser
 * is refused and keeps its day. Resolves what it did, or undefined when not due.
 */
export async function refreshExpertiseDaily(sp: SPFI, stampKey: string, options: { force?: boolean | (() => Promise<boolean>); now?: number; storage?: StampStorage } = {}): Promise<RefreshOutcome | undefined> {
  const storage = options.storage || browserStorage();
  const now = options.now === undefined ? Date.now() : options.now;
  if (!storage) return undefined;
  const last = Number(storage.getItem(stampKey) || 0);
  const fresh = Number.isFinite(last) && now - last < EXPERTISE_REFRESH_EVERY_MS && last <= now;
  // Forced at most once an hour: a set that keeps differing (an entry nobody can compute) does not run at every load.
  if (fresh) {
    if (!options.force || !(now - last > 3600 * 1000)) return undefined;
    if (typeof options.force === 'function' && !(await options.force())) return undefined;
  }
  storage.setItem(stampKey, String(now));
  try {
    const { refreshExpertise, ExpertiseRefreshNotAllowedError } = await import(/* webpackChunkName: 'help-center-expertise-refresh' */ './refresh');
    try {
      return await refreshExpertise(sp, new Date(now));
    } catch (e) {
      if (e instanceof ExpertiseRefreshNotAllowedError) return undefined;
      throw e;
    }
  } catch (e) {
    storage.removeItem(stampKey);
    throw e;
  }
}

/** The stamp's key for a site. */
export function expertiseStampKey(siteUrl: string): string {
  return `hc-expertise|${siteUrl}`;
}
