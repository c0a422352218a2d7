import { buildIndexData } from './indexBuilder';
import { deserializeIndex } from './indexData';
import { KnowledgeSearchIndex } from './searchIndex';
import { SearchableArticle, SearchIndex, SearchIndexOptions, SerializedSearchIndex } from './types';

export * from './types';
export { DEFAULT_SYNONYMS, DEFAULT_TRANSLATIONS, parseSynonymList, synonymsFromSetting, SYNONYMS_SETTING_KEY } from './synonyms';
export { DEFAULT_BOOSTS } from './indexBuilder';
export { analyse, foldText, htmlToText, stem, tokenize, typoBudget } from './textAnalysis';
export type { SearchLanguage } from './textAnalysis';
export { isStopWord } from './stopWords';
export { editDistance } from './vocabulary';

/** Builds a searchable index from articles (one entry per language version). */
export function buildSearchIndex(articles: SearchableArticle[], options?: SearchIndexOptions): SearchIndex {
  return new KnowledgeSearchIndex(buildIndexData(articles, options));
}

/** Restores an index saved with toJSON() (e.g. from IndexedDB) without re-analysing any article. */
export function loadSearchIndex(json: SerializedSearchIndex | string): SearchIndex {
  return new KnowledgeSearchIndex(deserializeIndex(typeof json === 'string' ? JSON.parse(json) as SerializedSearchIndex : json));
}
