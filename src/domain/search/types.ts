import { SearchLanguage } from './textAnalysis';

/** An article as the search engine needs it (one language version). */
export interface SearchableArticle {
  /** Stable identifier returned in results (list item id or seed key). */
  id: string;
  /** Title. */
  title: string;
  /** Body, plain text or HTML (tags are stripped, entities decoded, script/style content ignored). */
  body: string;
  /** Language of this version; anything other than 'en' is analysed as French. */
  language: string;
  /** One-paragraph answer. */
  summary?: string;
  /** Keywords, as an array or one comma-separated string. */
  keywords?: string[] | string;
  /** Other ways people ask the question. */
  questions?: string[] | string;
  /** Category key or name (indexed with the keywords' weight). */
  category?: string;
}

/** Popularity signals per article id, for the mild prior. */
export interface PopularitySignal {
  /** Times the article was opened. */
  views?: number;
  /** "Was this helpful?" yes votes. */
  helpful?: number;
  /** "Was this helpful?" no votes. */
  notHelpful?: number;
}

/** Relative weight of each field in scoring. */
export interface FieldBoosts {
  /** Title weight. */
  title: number;
  /** Alternative questions weight. */
  questions: number;
  /** Keywords (and category) weight. */
  keywords: number;
  /** Summary weight. */
  summary: number;
  /** Body weight. */
  body: number;
}

/** Options of buildSearchIndex. */
export interface SearchIndexOptions {
  /** Synonym groups applied at query time (default DEFAULT_SYNONYMS; pass [] to disable). */
  synonyms?: string[][];
  /** English = French term groups applied at query time with a lower weight (default DEFAULT_TRANSLATIONS). */
  translations?: string[][];
  /** Field weights (defaults: title 3, questions 2.5, keywords 2, summary 1.5, body 1). */
  boosts?: Partial<FieldBoosts>;
  /** Popularity signals by article id. */
  popularity?: { [id: string]: PopularitySignal };
  /** Strength of the popularity prior: the best-known article gets at most this fraction more (default 0.1). */
  popularityWeight?: number;
}

/** Options of a search. */
export interface SearchQueryOptions {
  /** Reader's language: results in it are preferred when the query's own language is unclear. */
  language?: string;
  /** Only return articles in this language. */
  onlyLanguage?: string;
  /** Maximum number of results (default 10). */
  limit?: number;
}

/** One search result. */
export interface SearchHit {
  /** Article id. */
  id: string;
  /** Relevance score, higher is better (comparable within one query only). */
  score: number;
}

/** A built index, searchable and serialisable. */
export interface SearchIndex {
  /** Best matching articles first. */
  search(query: string, options?: SearchQueryOptions): SearchHit[];
  /** A corrected query for a query with unknown words ("did you mean"), or undefined when nothing to correct. */
  suggest(query: string): string | undefined;
  /** Folded words of the indexed text the query matches (typos, completions, synonyms included), for highlighting. */
  matchedWords(query: string, max?: number): string[];
  /** Plain JSON form for caching (IndexedDB); load it with loadSearchIndex. */
  toJSON(): SerializedSearchIndex;
  /** Number of indexed articles. */
  readonly size: number;
}

/** Serialised index (plain JSON: arrays, numbers and strings only). */
export interface SerializedSearchIndex {
  /** Format version; loadSearchIndex rejects other versions. */
  version: number;
  /** Article ids by internal document number. */
  ids: string[];
  /** Language per document ('f' or 'e'). */
  langs: string;
  /** Popularity factor per document, times 1000. */
  priors: number[];
  /** Stems. */
  stems: string[];
  /** Inverse document frequency per stem, times 1000. */
  idf: number[];
  /** Postings per stem: delta-encoded document numbers followed by their weights times 10000. */
  postings: number[][];
  /** Sorted folded surface words. */
  words: string[];
  /** Stem numbers per surface word (one, or two when the word occurs in both languages with different stems). */
  wordStems: number[][];
  /** Languages each surface word occurs in: 1 French, 2 English, 3 both. */
  wordLangs: number[];
  /** Accented written form for surface words that differ from their folded form ("" otherwise). */
  wordDisplay: string[];
  /** Query-time synonym groups. */
  synonyms: string[][];
  /** Query-time translation groups. */
  translations: string[][];
}

/** Internal language code of a document. */
export function languageOf(language: string | undefined): SearchLanguage {
  return language && language.toLowerCase().indexOf('en') === 0 ? 'en' : 'fr';
}
