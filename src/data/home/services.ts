import type { SPFI } from '@pnp/sp';
import type { PageLinks } from '../pageLinks';
import { createLazyKnowledgeService } from '../knowledge/lazy';
import type { KnowledgeService } from '../knowledge/types';
import { readHomeFirst, type HomeFirstData } from './homeRead';
import type { HomeExpert } from './experts';

/** What the home page reads. */
export interface HomeServices {
  sp: SPFI;
  links: PageLinks;
  /** The knowledge base (the knowledge page's engine, index and IndexedDB cache): counts, popular articles, type-ahead. */
  knowledge: KnowledgeService;
  /** The first render's data: categories, announcements, her requests, the hours and contact settings (one `$batch`). */
  first(): Promise<HomeFirstData>;
  /** A few listed experts (their consent), read once the page is on screen. */
  experts(limit: number): Promise<HomeExpert[]>;
}

/** Where her site user id is remembered between visits (per site and person): the first render is then one request. */
function userIdKey(siteUrl: string, loginName: string): string {
  return `hc-home-user|${siteUrl.toLowerCase()}|${loginName.toLowerCase()}`;
}

function remembered(key: string): number | undefined {
  try {
    const v = Number(window.localStorage.getItem(key));
    return Number.isInteger(v) && v > 0 ? v : undefined;
  } catch {
    return undefined; // storage refused (private mode, policies): the id is read from the site
  }
}

function remember(key: string, id: number): void {
  try { window.localStorage.setItem(key, String(id)); } catch { /* storage refused: read again next time */ }
}

/** The home page's services, bound to the help center's site. */
export function createHomeServices(sp: SPFI, links: PageLinks, options: { siteUrl: string; loginName: string }): HomeServices {
  const key = userIdKey(options.siteUrl, options.loginName);
  return {
    sp,
    links,
    knowledge: createLazyKnowledgeService(sp, { userLoginName: options.loginName, provider: 'auto', cacheKey: options.siteUrl }),
    first: async () => {
      const data = await readHomeFirst(sp, remembered(key));
      remember(key, data.userId);
      return data;
    },
    experts: async limit => (await import(/* webpackChunkName: 'help-center-home-experts' */ './experts')).readHomeExperts(sp, limit)
  };
}
