import { buildSearchIndex, loadSearchIndex, type PopularitySignal, type SearchIndex, type SerializedSearchIndex } from '../../domain/search';
import { categoryWithDescendants, type IndexedArticle } from './repository';
import type { ArticleSummary, KnowledgeCategory, KnowledgeHit, KnowledgeSearchOptions, KnowledgeSearchResult } from './types';

/** Fewer hits than this and the result carries a "did you mean" suggestion when the index has one. */
export const SUGGEST_BELOW = 3;
/** Categories offered when nothing matched. */
const MAX_CLOSEST_CATEGORIES = 4;

/** The in-browser provider: our search engine over the published articles. */
export class LocalKnowledgeProvider {
  private readonly byId: { [id: string]: ArticleSummary } = {};

  private constructor(private readonly index: SearchIndex, public readonly articles: ArticleSummary[]) {
    for (const a of articles) this.byId[String(a.id)] = a;
  }

  /** Builds the index from articles with their bodies (popularity prior from views and votes). */
  public static build(articles: IndexedArticle[], synonyms?: string[][]): LocalKnowledgeProvider {
    const popularity: { [id: string]: PopularitySignal } = {};
    for (const a of articles) popularity[String(a.summary.id)] = { views: a.summary.views, helpful: a.summary.helpful, notHelpful: a.summary.notHelpful };
    const index = buildSearchIndex(articles.map(a => ({
      id: String(a.summary.id), title: a.summary.title, body: a.body, language: a.summary.language,
      summary: a.summary.summary, keywords: a.summary.keywords, questions: a.summary.questions
    })), { popularity, synonyms });
    return new LocalKnowledgeProvider(index, articles.map(a => a.summary));
  }

  /** Restores a cached index without analysing any article (`synonyms`: the groups that apply now, query-time). */
  public static restore(index: SerializedSearchIndex, articles: ArticleSummary[], synonyms?: string[][]): LocalKnowledgeProvider {
    return new LocalKnowledgeProvider(loadSearchIndex(synonyms ? { ...index, synonyms } : index), articles);
  }

  /** The serialized index, for the cache. */
  public toJSON(): SerializedSearchIndex {
    return this.index.toJSON();
  }

  /** A summary by id. */
  public get(id: number): ArticleSummary | undefined {
    return this.byId[String(id)];
  }

  /** Searches with the facets applied after ranking (category includes its descendants). */
  public search(query: string, options: KnowledgeSearchOptions, categories: KnowledgeCategory[]): KnowledgeSearchResult {
    const limit = options.limit || 10;
    const inCategory = options.categoryId === undefined ? undefined : categoryWithDescendants(categories, options.categoryId);
    const hits: KnowledgeHit[] = [];
    const raw = this.index.search(query, { language: options.language, onlyLanguage: options.onlyLanguage, limit: Math.max(limit * 20, 200) });
    for (const h of raw) {
      const article = this.byId[h.id];
      if (!article) continue;
      if (options.kind && article.kind !== options.kind) continue;
      if (inCategory && (article.categoryId === undefined || inCategory.indexOf(article.categoryId) < 0)) continue;
      hits.push({ article, score: h.score, otherLanguage: article.language !== options.language });
      if (hits.length >= limit) break;
    }
    const suggestion = hits.length < SUGGEST_BELOW ? this.index.suggest(query) : undefined;
    const result: KnowledgeSearchResult = { hits, matchedWords: this.index.matchedWords(query), suggestion, provider: 'local' };
    if (!hits.length) {
      // What the facets left out, else what the correction finds: their categories are the closest ones.
      const near = raw.length ? raw : suggestion ? this.index.search(suggestion, { language: options.language, limit: 50 }) : [];
      const ids: number[] = [];
      for (const h of near) {
        const a = this.byId[h.id];
        if (a && a.categoryId !== undefined && ids.indexOf(a.categoryId) < 0) ids.push(a.categoryId);
        if (ids.length >= MAX_CLOSEST_CATEGORIES) break;
      }
      result.closestCategories = ids;
    }
    return result;
  }
}
