import * as React from 'react';
import type { DirectoryData, ExpertsServices } from '../../data/experts/services';

/** Records older than this are recomputed when an agent opens the directory. */
const STALE_AFTER_MS = 24 * 3600 * 1000;

/**
 * After the directory has rendered, an agent's browser recomputes the proven expertise when the records are older
 * than a day or no longer match the people listed (a fresh opt-in shows up soon), in the refresh's own chunk; the
 * page reads the directory again when records changed. Once per page; failures are only logged.
 */
export function useRecordsRefresh(services: ExpertsServices, data: DirectoryData | undefined, reload: () => void): void {
  const ran = React.useRef(false);
  React.useEffect(() => {
    if (!data || ran.current || !data.actor.isAgent) return;
    const old = !data.recordsComputedAt || Date.now() - data.recordsComputedAt.getTime() > STALE_AFTER_MS;
    if (!old && !data.recordsStale) return;
    ran.current = true;
    services.refreshIfDue(data.recordsStale).then(outcome => {
      if (outcome && outcome.written + outcome.updated + outcome.removed > 0) reload();
    }, (e: unknown) => console.warn('[HelpCenter] Refreshing the proven expertise failed:', e));
  }, [data]);
}
