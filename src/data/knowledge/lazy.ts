import type { SPFI } from '@pnp/sp';
import type { KnowledgeService, KnowledgeServiceOptions } from './types';

/**
 * The knowledge service behind a dynamic `import()`: the data layer, the search engine and the stemmers are
 * one chunk (`help-center-knowledge`, shared with the ticket form's suggestions) that downloads while the
 * web part shows its loading state, so the web part's own bundle stays within its budget.
 */
export function createLazyKnowledgeService(sp: SPFI, options: KnowledgeServiceOptions): KnowledgeService {
  let loading: Promise<KnowledgeService> | undefined;
  const load = (): Promise<KnowledgeService> => {
    if (!loading) {
      loading = import(/* webpackChunkName: 'help-center-knowledge' */ './index').then(m => m.createKnowledgeService(sp, options));
      // A chunk that failed to download (offline, a deployment in between) is fetched again by the next call.
      loading.catch(() => { loading = undefined; });
    }
    return loading;
  };
  return {
    ready: async () => (await load()).ready(),
    search: async (query, o) => (await load()).search(query, o),
    categories: async () => (await load()).categories(),
    popular: async o => (await load()).popular(o),
    article: async id => (await load()).article(id),
    related: async (id, limit) => (await load()).related(id, limit),
    myVote: async id => (await load()).myVote(id),
    vote: async (id, v) => (await load()).vote(id, v),
    experts: async (categoryId, limit) => (await load()).experts(categoryId, limit),
    recordSearch: async e => (await load()).recordSearch(e),
    analysedIndex: async () => {
      const service = await load();
      return service.analysedIndex ? service.analysedIndex() : undefined;
    }
  };
}
