import type { SPFI } from '@pnp/sp';
import type { GraphClientLike } from '../notifications';
import type { PageLinks } from '../pageLinks';
import { readDirectory } from './directoryRead';
import { profilesFor } from './profiles';
import type { DirectoryData, ExpertProfile, MyEntry, MyEntryInput, RefreshOutcome } from './types';

export type { DirectoryData, ExpertProfile, ExpertsActor, ExpertsCategory, ListedExpert, MyEntry, MyEntryInput, RefreshOutcome } from './types';

/** The services of the experts page (issue 15). */
export interface ExpertsServices {
  /** Links to the help center's pages. */
  links: PageLinks;
  /** The directory: one $batch (entries, records, categories, teams' members, who looks). */
  directory(): Promise<DirectoryData>;
  /** Job titles and departments of the people shown (their user profiles), one $batch; keyed by lower-case login. */
  profiles(loginNames: string[]): Promise<{ [login: string]: ExpertProfile }>;
  /** Saves the viewer's own entry (created as themself, or updated with the ETag read); throws ExpertEntryError. */
  saveMyEntry(me: { id: number; name: string }, input: MyEntryInput, previous: MyEntry | undefined): Promise<MyEntry>;
  /**
   * The proven expertise recomputed when due (an agent's browser, once a day per site, sooner when the listed set
   * and the records differ); undefined when not due or not allowed.
   */
  refreshIfDue(force: boolean): Promise<RefreshOutcome | undefined>;
}

/** Builds the page's services over the help center's site (saving an entry and the refresh load with their first use). */
export function createExpertsServices(sp: SPFI, _graph: () => Promise<GraphClientLike>, links: PageLinks): ExpertsServices {
  return {
    links,
    directory: () => readDirectory(sp),
    profiles: logins => profilesFor(sp, logins),
    saveMyEntry: async (me, input, previous) => (await import(/* webpackChunkName: 'help-center-experts-entry' */ './myEntry')).saveMyEntry(sp, me, input, previous),
    refreshIfDue: async force => {
      const m = await import(/* webpackChunkName: 'help-center-expertise-refresh' */ './refreshSchedule');
      return m.refreshExpertiseDaily(sp, m.expertiseStampKey(sp.web.toUrl()), { force });
    }
  };
}
