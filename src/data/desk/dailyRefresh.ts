import type { SPFI } from '@pnp/sp';
import { refreshArticleStatsDaily } from '../knowledge/statsSchedule';
import { expertiseStampKey, refreshExpertiseDaily } from '../experts/refreshSchedule';
import { listedDiffersFromRecords } from '../experts/staleness';

/**
 * The desk's once-a-day background work, in one lazy chunk (the desk's first render does not carry it): the
 * articles' counters (popularity prior) and the proven expertise of the experts directory. Each keeps its own
 * daily stamp; a failure of one never stops the other and never reaches the desk.
 */
export function runDailyRefresh(sp: SPFI): void {
  const site = sp.web.toUrl();
  refreshArticleStatsDaily(sp, `hc-kb-stats|${site}`)
    .catch((e: unknown) => console.warn('[HelpCenter] Refreshing the articles\' counters failed:', e));
  refreshExpertiseDaily(sp, expertiseStampKey(site), { force: () => listedDiffersFromRecords(sp) })
    .catch((e: unknown) => console.warn('[HelpCenter] Refreshing the proven expertise failed:', e));
}
