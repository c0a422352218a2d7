import type { SPFI } from '@pnp/sp';
import { createLazyKnowledgeService } from '../knowledge/lazy';
import type { KnowledgeHit, KnowledgeService } from '../knowledge/types';

/** What the ticket form needs from the knowledge base. */
export interface FormKnowledge {
  suggest(text: string, language: 'fr' | 'en'): Promise<KnowledgeHit[]>;
  /** Records that an article answered the question instead of a ticket (a deflection, in SearchEvents). */
  recordDeflection(hit: KnowledgeHit, query: string): Promise<void>;
  /** Link to an article in the knowledge search page. */
  articleUrl?(id: number): string;
}

/**
 * The knowledge base for the ticket form, loaded only when the person starts typing: the search engine
 * and its index are a separate chunk (`import()`), so the form's own bundle stays small, and the index
 * comes from the browser's cache after the first time.
 */
export function createFormKnowledge(sp: SPFI, userLoginName: string, articleUrl: (id: number) => string): FormKnowledge {
  let service: Promise<KnowledgeService> | undefined;
  const load = (): Promise<KnowledgeService> => {
    if (!service) {
      const s = createLazyKnowledgeService(sp, { userLoginName, provider: 'auto' });
      service = s.ready().then(() => s);
      service.catch(() => { service = undefined; });
    }
    return service;
  };
  return {
    suggest: async (text, language) => (await (await load()).search(text, { language, limit: 3 })).hits,
    recordDeflection: async (hit, query) => (await load()).recordSearch({
      query, resultCount: 1, language: hit.article.language, openedArticleId: hit.article.id, filedTicket: false
    }),
    articleUrl
  };
}
