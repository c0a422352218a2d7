/**
 * The help bar's type-ahead (chunk 'help-bar-search', loaded on the search box's first focus, never before): the
 * knowledge page's own service and engine (src/data/knowledge: the same index, cached in IndexedDB, refreshed by
 * delta) bound to the help center site, plus the category a query points to (for the request form's panel).
 */
import { createKnowledgeService, type KnowledgeService } from '../../../data/knowledge/index';
import type { Suggestion } from '../combobox';
import type { HelpBarConnection } from '../helpBarTypes';

/** Suggestions shown at most. */
export const SUGGESTIONS = 6;

/** What the bar's search chunk gives the bar. */
export interface BarSearch {
  /** The knowledge service (shared with the article panel: one index per page). */
  knowledge: KnowledgeService;
  /** Articles for what is typed, the reader's language first. */
  suggest(text: string): Promise<Suggestion[]>;
  /** The category the query points to: that of the best article found, else the closest one the engine names. */
  guessCategory(text: string): Promise<number | undefined>;
}

/** The bar's search over the help center's knowledge base. */
export function createBarSearch(connection: HelpBarConnection, language: 'fr' | 'en', helpCenterUrl: string): BarSearch {
  const knowledge = createKnowledgeService(connection.sp, { userLoginName: connection.user.loginName, cacheKey: helpCenterUrl.replace(/\/+$/, '') });
  // Ready as soon as the box has the focus: the index is usually built (or restored) before the second letter.
  knowledge.ready().catch((e: unknown) => console.error('[HelpCenter] The help bar\'s knowledge base did not load:', e));
  return {
    knowledge,
    suggest: async text => (await knowledge.search(text, { language, limit: SUGGESTIONS })).hits.map(h => ({
      id: h.article.id, title: h.article.title, detail: h.article.summary || undefined, language: h.article.language
    })),
    guessCategory: async text => {
      if (!text.trim()) return undefined;
      const found = await knowledge.search(text, { language, limit: 3 });
      const best = found.hits.filter(h => h.article.categoryId !== undefined)[0];
      if (best) return best.article.categoryId;
      return found.closestCategories && found.closestCategories.length ? found.closestCategories[0] : undefined;
    }
  };
}
