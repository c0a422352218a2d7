import { SearchLanguage } from '../search/textAnalysis';
import { bodyText, countTerms, TermCount } from './keywordTerms';

/** An article as the keyword suggester reads it. */
export interface KeywordArticle {
  /** Title. */
  title: string;
  /** One-paragraph answer. */
  summary?: string;
  /** Body, HTML or plain text. */
  body?: string;
  /** Other ways people ask the question. */
  questions?: string[];
  /** Keywords it already has. */
  keywords?: string[];
  /** 'fr' or 'en' (anything not starting with "en" is French). */
  language: string;
}

/** An article of the base, with the identifier the editor knows it by. */
export interface KeywordCorpusArticle extends KeywordArticle {
  /** List item id or key: lets the article being edited leave the statistics (see suggestKeywords' excludeId). */
  id: string;
}

/** Weights of the fields: what an article is about is said in its title and phrasings more than in its body. */
export interface KeywordFieldWeights {
  /** Title. */
  title: number;
  /** Other phrasings of the question. */
  questions: number;
  /** Summary. */
  summary: number;
  /** Body. */
  body: number;
  /** Keywords (only ever read from the base's other articles). */
  keywords: number;
}

/** Default weights, those of the search engine (src/domain/search DEFAULT_BOOSTS). */
export const KEYWORD_FIELD_WEIGHTS: KeywordFieldWeights = { title: 3, questions: 2.5, summary: 1.5, body: 1, keywords: 2 };

/** Statistics of the articles of one language. */
export interface LanguageStatistics {
  /** Number of articles. */
  articles: number;
  /** Articles in which each term (stem, or "stem stem" for a phrase) occurs, in any field, by term number. */
  documentFrequency: number[];
  /** Mean weighted length (content words times their field weight) of an article. */
  averageLength: number;
}

/**
 * What the base says about its terms, built once (buildKeywordCorpus) and read at every keystroke: how many
 * articles use each term, per language, and which terms each article uses (so that the article being edited
 * can be left out without rebuilding anything).
 */
export interface KeywordCorpus {
  /** Term numbers. */
  termIds: Map<string, number>;
  /** Statistics per language. */
  languages: { fr: LanguageStatistics; en: LanguageStatistics };
  /** Stem of each folded word in the base, per language ("securite" -> the stem of "sécurité"). */
  vocabulary: { fr: Map<string, string>; en: Map<string, string> };
  /** Per article id: its language and the numbers of the terms it uses. */
  articles: Map<string, { language: SearchLanguage; terms: Int32Array; length: number }>;
}

/** Internal language code of an article ('en…' is English, anything else French). */
export function keywordLanguage(language: string | undefined): SearchLanguage {
  return language && language.toLowerCase().indexOf('en') === 0 ? 'en' : 'fr';
}

/**
 * Counts the terms of an article's fields, with their weights, into `into` (or collects their keys into a set);
 * `withKeywords` adds its keywords (the base's articles, not the draft). Returns its weighted length.
 */
export function articleTerms(article: KeywordArticle, weights: KeywordFieldWeights, withKeywords: boolean, into: Map<string, TermCount> | Set<string>, vocabulary?: Map<string, string>): number {
  const language = keywordLanguage(article.language);
  let length = 0;
  length += weights.title * countTerms(article.title || '', language, weights.title, into, vocabulary);
  for (const q of article.questions || []) { length += weights.questions * countTerms(q, language, weights.questions, into, vocabulary); }
  length += weights.summary * countTerms(article.summary || '', language, weights.summary, into, vocabulary);
  length += weights.body * countTerms(bodyText(article.body || ''), language, weights.body, into, vocabulary);
  if (withKeywords) {
    // Counted for the statistics but not in the length: a draft is measured without them.
    for (const k of article.keywords || []) { countTerms(k, language, weights.keywords, into, vocabulary); }
  }
  return length;
}

/** Analyses the base once: document frequencies per language and each article's terms. */
export function buildKeywordCorpus(articles: KeywordCorpusArticle[], weights?: KeywordFieldWeights): KeywordCorpus {
  const w = weights || KEYWORD_FIELD_WEIGHTS;
  const termIds = new Map<string, number>();
  const empty = (): LanguageStatistics => ({ articles: 0, documentFrequency: [], averageLength: 0 });
  const languages = { fr: empty(), en: empty() };
  const lengths = { fr: 0, en: 0 };
  const vocabulary = { fr: new Map<string, string>(), en: new Map<string, string>() };
  const byId = new Map<string, { language: SearchLanguage; terms: Int32Array; length: number }>();
  for (const article of articles) {
    const language = keywordLanguage(article.language);
    const stats = languages[language];
    const terms = new Set<string>();
    const length = articleTerms(article, w, true, terms, vocabulary[language]);
    const ids = new Int32Array(terms.size);
    let k = 0;
    terms.forEach((key) => {
      let id = termIds.get(key);
      if (id === undefined) { id = termIds.size; termIds.set(key, id); }
      ids[k++] = id;
      stats.documentFrequency[id] = (stats.documentFrequency[id] || 0) + 1;
    });
    stats.articles++;
    lengths[language] += length;
    byId.set(article.id, { language, terms: ids, length });
  }
  languages.fr.averageLength = languages.fr.articles ? lengths.fr / languages.fr.articles : 0;
  languages.en.averageLength = languages.en.articles ? lengths.en / languages.en.articles : 0;
  return { termIds, languages, vocabulary, articles: byId };
}
