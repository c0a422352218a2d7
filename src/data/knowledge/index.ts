import type { SPFI } from '@pnp/sp';
import { recordSearchEvent } from './analytics';
import { KnowledgeCache } from './cache';
import type { ExpertDirectory } from './experts';
import { ArticleFeedbackStore } from './feedback';
import { LocalKnowledgeProvider } from './localProvider';
import { categoryWithDescendants, KnowledgeRepository, type IndexedArticle } from './repository';
import type { SharePointSearchProvider } from './sharePointSearchProvider';
import type { SerializedSearchIndex } from '../../domain/search/types';
import type {
  ArticleDetail, ArticleSummary, ExpertSummary, KnowledgeCategory, KnowledgeSearchOptions, KnowledgeSearchResult, KnowledgeService, KnowledgeServiceOptions
} from './types';

export * from './types';
export { KnowledgeRepository, categoryWithDescendants, toSummary, PAGE_SIZE } from './repository';
export { KnowledgeCache, CACHE_VERSION } from './cache';
export type { CachedKnowledgeBase } from './cache';
export { LocalKnowledgeProvider } from './localProvider';
export { ArticleFeedbackStore, refreshArticleStats, voteKey } from './feedback';
export { recordSearchEvent, searchAnalytics, normaliseQuery, MAX_QUERY_LENGTH } from './analytics';

/** What ready() resolves to. */
type ReadyResult = { articleCount: number; provider: 'local' | 'sharepoint'; fromCache: boolean };

/** Articles read for popular()/recent when SharePoint Search answers (no local copy of the base). */
const RECENT_POOL = 500;

/** Default article count above which 'auto' uses SharePoint Search. */
export const DEFAULT_SHAREPOINT_SEARCH_ABOVE = 5000;

function maxModified(articles: ArticleSummary[], floor?: string): string {
  let max = floor || '1900-01-01T00:00:00Z';
  for (const a of articles) if (new Date(a.modified).getTime() > new Date(max).getTime()) max = a.modified;
  return max;
}

/** The knowledge base service of one web part (one per web part instance; no module-level state). */
class KnowledgeServiceImpl implements KnowledgeService {
  private readonly repository: KnowledgeRepository;
  private readonly cache: KnowledgeCache;
  private readonly feedback: ArticleFeedbackStore;
  /** The experts' reader, in its own chunk: only the experts' cards (lazy) ask for it. */
  private directory: Promise<ExpertDirectory> | undefined;
  private local: LocalKnowledgeProvider | undefined;
  /** SharePoint Search (above the local index's limit), in its own chunk: most sites never load it. */
  private remote: Promise<SharePointSearchProvider> | undefined;
  private categoryList: Promise<KnowledgeCategory[]> | undefined;
  private readying: ReturnType<KnowledgeService['ready']> | undefined;
  private lastArticle: { id: number; read: Promise<ArticleDetail | undefined> } | undefined;
  /** The deep-linked article and vote, read in the load's batch and handed out once. */
  private prefetched: { id: number; article?: Promise<ArticleDetail | undefined>; vote?: ReturnType<KnowledgeService['myVote']> } | undefined;

  public constructor(private readonly sp: SPFI, private readonly options: KnowledgeServiceOptions) {
    this.repository = new KnowledgeRepository(sp);
    this.cache = new KnowledgeCache(`${options.cacheKey || sp.web.toUrl()}|knowledge`);
    this.feedback = new ArticleFeedbackStore(sp, options.userLoginName);
  }

  public ready(): ReturnType<KnowledgeService['ready']> {
    if (!this.readying) {
      this.readying = this.load();
      // A failed load may be retried by the next call.
      this.readying.catch(() => { this.readying = undefined; });
    }
    return this.readying;
  }

  public async search(query: string, options: KnowledgeSearchOptions): Promise<KnowledgeSearchResult> {
    await this.ready();
    const categories = await this.categories();
    if (this.remote) return (await this.remote).search(query, options, categories);
    return this.loaded().search(query, options, categories);
  }

  /** The category tree, read in the load's batch. */
  public async categories(): Promise<KnowledgeCategory[]> {
    await this.ready();
    if (!this.categoryList) {
      this.categoryList = this.repository.categories();
      this.categoryList.catch(() => { this.categoryList = undefined; });
    }
    return this.categoryList;
  }

  public async popular(options: { language: 'fr' | 'en'; categoryId?: number; limit?: number }): Promise<{ popular: ArticleSummary[]; recent: ArticleSummary[] }> {
    await this.ready();
    const limit = options.limit || 5;
    const inCategory = options.categoryId === undefined ? undefined : categoryWithDescendants(await this.categories(), options.categoryId);
    // Without the local index (SharePoint Search provider): the latest published articles stand in for the whole base.
    const source = this.local ? this.local.articles : await this.repository.recentPublished(RECENT_POOL);
    const pool = source.filter(a => a.language === options.language
      && (!inCategory || (a.categoryId !== undefined && inCategory.indexOf(a.categoryId) >= 0)));
    const popularity = (a: ArticleSummary): number => a.views + 3 * a.helpful - 2 * a.notHelpful;
    const popular = pool.slice().sort((a, b) => popularity(b) - popularity(a) || a.id - b.id).slice(0, limit);
    const recent = pool.slice().sort((a, b) => (a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : a.id - b.id)).slice(0, limit);
    return { popular, recent };
  }

  public async article(id: number): Promise<ArticleDetail | undefined> {
    let read: Promise<ArticleDetail | undefined>;
    if (this.prefetched && this.prefetched.id === id && this.prefetched.article) {
      read = this.prefetched.article;
      this.prefetched.article = undefined;
    } else {
      read = this.repository.article(id, { findTranslation: !this.local });
    }
    // With the local index, an original's translation is found there (no request).
    const local = this.local;
    if (local) {
      read = read.then(a => {
        if (!a || a.translationId) return a;
        const other = local.articles.filter(o => o.translationId === a.id)[0];
        return other ? { ...a, translationId: other.id } : a;
      });
    }
    this.lastArticle = { id, read };
    return read;
  }

  public async related(id: number, limit: number = 5): Promise<ArticleSummary[]> {
    await this.ready();
    // The article just opened is not read twice (SharePoint Search provider: no local copy).
    const article = this.local ? this.local.get(id) : await (this.lastArticle && this.lastArticle.id === id ? this.lastArticle.read : this.repository.article(id));
    if (!article) return [];
    const excluded = [id];
    if (article.translationId) excluded.push(article.translationId);
    const sameLanguage = { language: article.language, onlyLanguage: article.language, limit: limit + excluded.length + 5 };
    const byWords = (await this.search(article.title, sameLanguage)).hits.map(h => h.article);
    // SharePoint Search answers over the network: one query (same words) rather than two.
    const sameCategory = article.categoryId === undefined || this.remote ? [] :
      (await this.search(article.title, { ...sameLanguage, categoryId: article.categoryId })).hits.map(h => h.article);
    const out: ArticleSummary[] = [];
    for (const a of sameCategory.concat(byWords)) {
      if (excluded.indexOf(a.id) >= 0 || a.translationId === id || out.some(o => o.id === a.id)) continue;
      out.push(a);
      if (out.length >= limit) break;
    }
    return out;
  }

  public myVote(articleId: number): ReturnType<KnowledgeService['myVote']> {
    if (this.prefetched && this.prefetched.id === articleId && this.prefetched.vote) {
      const read = this.prefetched.vote;
      this.prefetched.vote = undefined;
      return read;
    }
    return this.feedback.myVote(articleId);
  }

  public async vote(articleId: number, vote: Parameters<KnowledgeService['vote']>[1]): Promise<void> {
    await this.feedback.vote(articleId, vote);
    if (!vote.helpful) return;
    // The searches that led here teach the article other phrasings (issue 14): the vote counts even when this fails.
    await import(/* webpackChunkName: 'help-center-helpful-searches' */ './authoring/helpfulSearches')
      .then(m => m.markHelpfulSearches(this.sp, articleId))
      .catch((e: unknown) => console.warn('[HelpCenter] Marking the searches that found this article failed:', e));
  }

  public async experts(categoryId: number, limit?: number): Promise<ExpertSummary[]> {
    if (!this.directory) {
      this.directory = import(/* webpackChunkName: 'help-center-experts-data' */ './experts').then(m => new m.ExpertDirectory(this.sp));
      this.directory.catch(() => { this.directory = undefined; });
    }
    return (await this.directory).forCategory(categoryId, await this.categories(), limit);
  }

  public async recordSearch(event: Parameters<KnowledgeService['recordSearch']>[0]): Promise<void> {
    try {
      await recordSearchEvent(this.sp, event);
    } catch (e) {
      // Analytics must never break a search; the developer sees why in the console.
      console.warn('Search event not recorded', e);
    }
  }

  public async analysedIndex(): Promise<SerializedSearchIndex | undefined> {
    await this.ready();
    return this.local ? this.local.toJSON() : undefined;
  }

  private loaded(): LocalKnowledgeProvider {
    if (!this.local) throw new Error('Knowledge base not loaded');
    return this.local;
  }

  /**
   * The first render's requests in one `$batch`: the list's item count (provider choice), the categories, the
   * delta since the cached index, and the deep-linked article with the person's vote. A cold cache adds the
   * paged read of the published articles (one request for up to 2,000 articles).
   */
  private async load(): Promise<ReadyResult> {
    const choice = this.options.provider || 'auto';
    const above = this.options.sharePointSearchAbove === undefined ? DEFAULT_SHAREPOINT_SEARCH_ABOVE : this.options.sharePointSearchAbove;
    const cached = choice === 'sharepoint' ? undefined : await this.cache.read();
    const [batched, execute] = this.sp.batched();
    const repository = new KnowledgeRepository(batched);
    const countRead = choice === 'auto' ? repository.itemCount() : undefined;
    const categoriesRead = this.categoryList ? undefined : repository.categoriesPage();
    const deltaRead = cached ? repository.changedSincePage(cached.maxModified) : undefined;
    // The owners' synonyms (settings area), query-time: read each load, so an owner's change applies at once;
    // unreadable (a refused read, an older site), the product's own list.
    const synonymsRead = choice === 'sharepoint' ? undefined : repository.searchSynonyms().catch(() => undefined);
    const initial = this.options.initialArticleId;
    if (initial && !this.prefetched) {
      const article = repository.article(initial, { findTranslation: true });
      const vote = new ArticleFeedbackStore(batched, this.options.userLoginName).myVote(initial);
      // Read later by article()/myVote(); a failure there is theirs to report, not the load's.
      article.catch(() => undefined);
      vote.catch(() => undefined);
      this.prefetched = { id: initial, article, vote };
    }
    const reads: Promise<unknown>[] = [countRead, categoriesRead, deltaRead].filter((r): r is Promise<never> => !!r);
    reads.forEach(r => r.catch(() => undefined));
    await execute();
    await Promise.all(reads);
    if (categoriesRead) {
      const page = await categoriesRead;
      this.categoryList = page.complete ? Promise.resolve(page.categories) : this.repository.categories();
    }
    const count = countRead ? await countRead : undefined;
    const synonyms = synonymsRead ? await synonymsRead : undefined;
    if (choice === 'sharepoint' || (count !== undefined && count > above)) {
      this.remote = import(/* webpackChunkName: 'help-center-sharepoint-search' */ './sharePointSearchProvider').then(m => new m.SharePointSearchProvider(this.sp));
      // Downloaded now, while the page renders: a failure is the first search's to report.
      this.remote.catch(() => undefined);
      // ItemCount counts drafts too: an upper bound of the published articles.
      return { articleCount: count || 0, provider: 'sharepoint', fromCache: false };
    }
    if (cached && deltaRead) {
      const delta = await deltaRead;
      // Delta on the indexed Modified column: anything changed (edited, added, unpublished) since the cache.
      const changed = delta.rows;
      const before: { [id: string]: string } = {};
      for (const a of cached.articles) before[String(a.id)] = JSON.stringify(a);
      // Drafts edited since (never in the index) change nothing; a new, changed or unpublished article does. The
      // newest cached articles come back (Modified ge): unchanged, they change nothing either.
      const relevant = changed.filter(c => {
        const was = before[String(c.article.summary.id)];
        return c.published ? was !== JSON.stringify(c.article.summary) : was !== undefined;
      });
      if (delta.complete && relevant.length === 0) {
        this.local = LocalKnowledgeProvider.restore(cached.index, cached.articles, synonyms);
        if (changed.length > 0) {
          await this.cache.write({ index: cached.index, articles: cached.articles, maxModified: maxModified(changed.map(c => c.article.summary), cached.maxModified) });
        }
        return { articleCount: cached.articles.length, provider: 'local', fromCache: true };
      }
    }
    // The index needs every body and the cache keeps none: a change means one full (paged) reload.
    const articles: IndexedArticle[] = await this.repository.published();
    this.local = LocalKnowledgeProvider.build(articles, synonyms);
    const summaries = articles.map(a => a.summary);
    await this.cache.write({ index: this.local.toJSON(), articles: summaries, maxModified: maxModified(summaries, cached && cached.maxModified) });
    return { articleCount: articles.length, provider: 'local', fromCache: false };
  }
}

/** Builds the knowledge base service a KnowledgeSearch web part uses. */
export function createKnowledgeService(sp: SPFI, options: KnowledgeServiceOptions): KnowledgeService {
  return new KnowledgeServiceImpl(sp, options);
}
