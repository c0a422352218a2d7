import { DEFAULT_SYNONYMS } from '../search/synonyms';
import { SearchLanguage } from '../search/textAnalysis';
import { articleTerms, KEYWORD_FIELD_WEIGHTS, KeywordArticle, KeywordCorpus, KeywordFieldWeights, keywordLanguage } from './keywordCorpus';
import { displayForm, keywordKey, TermCount } from './keywordTerms';

export { buildKeywordCorpus, KEYWORD_FIELD_WEIGHTS } from './keywordCorpus';
export type { KeywordArticle, KeywordCorpus, KeywordCorpusArticle, KeywordFieldWeights } from './keywordCorpus';

/**
 * Suggested keywords for an article being written: the terms that set it apart from the rest of the base.
 * Each term of the draft is weighted by TF-IDF: how often the draft uses it, its title and phrasings counting
 * more than its body, times how rare it is in the other articles of its language. A term most articles use says
 * nothing about this one and is never offered. (bench/keywords compares this with BM25's saturation and a
 * frequent-words baseline.)
 */

/** One suggested keyword. */
export interface KeywordSuggestion {
  /** The keyword as the article writes it most often ("réseau", "mot de passe"). */
  keyword: string;
  /** Its stems ("reseau", "mot pass"): two suggestions never share one. */
  key: string;
  /** Weight (comparable within one call only). */
  score: number;
}

/** Options of suggestKeywords. */
export interface KeywordSuggestionOptions {
  /** Most suggestions returned (default 10). */
  limit?: number;
  /** Synonym groups whose variants are one keyword (default the search engine's DEFAULT_SYNONYMS; [] for none). */
  synonyms?: string[][];
  /** Suggestions the contributor turned down: not offered again (only they: their synonyms may still be). */
  rejected?: string[];
  /** Id of the draft's own published version in the corpus, left out of the statistics. */
  excludeId?: string;
  /** Terms found in more than this share of the other articles are never suggested (default 0.5). */
  maxDocumentShare?: number;
  /** Two-word phrases ("mot de passe") as well as words (default true). */
  phrases?: boolean;
  /** Field weights (default KEYWORD_FIELD_WEIGHTS); use the ones the corpus was built with. */
  weights?: KeywordFieldWeights;
  /**
   * Least weighted use of a word to be offered (default 1.5): a word written once in passing in the body (weight
   * 1) is not what an article is about; once in the summary, title or phrasings, or twice in the body, is.
   */
  minCount?: number;
  /**
   * BM25 saturation instead of TF-IDF's linear count (default none; BM25's usual value is 1.2). Saturation suits
   * ranking articles for a query; among the terms of one article, how often it uses each is the evidence itself.
   */
  k1?: number;
  /** BM25 length normalisation, 0 (none) to 1 (default 0.75), with k1 only. */
  b?: number;
  /** Inverse document frequency: 'smooth' 1 + ln((N + 1) / (df + 1)) (default), or 'bm25' ln(1 + (N - df + .5) / (df + .5)). */
  idf?: 'smooth' | 'bm25';
}

// BM25 length normalisation when saturation is asked for (the classic value).
const B = 0.75;
/** A phrase is offered when the draft writes it at least twice... */
const PHRASE_MIN_OCCURRENCES = 2;
/** ...and at least half the times it writes the rarer of its two words: the words go together. */
const PHRASE_MIN_COHESION = 0.5;

/** Whether a two-word phrase of the draft is a term of its own ("mot de passe") rather than words that met. */
function isCohesive(term: TermCount, stems: string[], terms: Map<string, TermCount>): boolean {
  if (term.occurrences < PHRASE_MIN_OCCURRENCES) { return false; }
  const a = terms.get(stems[0]);
  const b = terms.get(stems[1]);
  const rarer = Math.min(a ? a.count : 0, b ? b.count : 0);
  return term.count >= PHRASE_MIN_COHESION * rarer;
}

/** Whether most uses of the word are inside the phrase. */
function mostlyIn(stem: string, phrase: TermCount, terms: Map<string, TermCount>): boolean {
  const word = terms.get(stem);
  return !word || phrase.count >= PHRASE_MIN_COHESION * word.count;
}

/**
 * A phrase is strong when cohesive and not the tail or head of a longer one: in "mot de passe oublié", "passe
 * oublié" is not a term because "passe" belongs to "mot de passe" (the more frequent, or the first written, wins).
 */
function isStrongPhrase(key: string, term: TermCount, terms: Map<string, TermCount>, phrases: Map<string, string[]>): boolean {
  const stems = key.split(' ');
  if (!isCohesive(term, stems, terms)) { return false; }
  for (let side = 0; side < 2; side++) {
    for (const other of phrases.get(stems[side]) || []) {
      const o = terms.get(other) as TermCount;
      const os = other.split(' ');
      // A neighbour holds this word at its other end: [x a] for a, [b y] for b.
      if (other === key || os[1 - side] !== stems[side]) { continue; }
      const stronger = o.count > term.count || (o.count === term.count && o.first < term.first);
      if (stronger && isCohesive(o, os, terms) && mostlyIn(stems[side], o, terms)) { return false; }
    }
  }
  return true;
}

/** Phrase keys of the draft by each of their words. */
function phrasesByWord(terms: Map<string, TermCount>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  terms.forEach((_term, key) => {
    const space = key.indexOf(' ');
    if (space < 0) { return; }
    for (const s of [key.slice(0, space), key.slice(space + 1)]) {
      const list = out.get(s);
      if (list) { list.push(key); } else { out.set(s, [key]); }
    }
  });
  return out;
}

interface Candidate {
  key: string;
  stems: string[];
  count: number;
  df: number;
  term: TermCount;
  score: number;
}

/** The synonym groups as term keys, in the draft's language (their words stemmed as the texts stem them). */
interface SynonymKeys {
  /** Group number of each key (its first group when in several). */
  groupOf: Map<string, number>;
  /** Keys of each group. */
  keys: string[][];
}

function synonymKeys(groups: string[][], language: SearchLanguage, vocabularies: Array<Map<string, string>>): SynonymKeys {
  const groupOf = new Map<string, number>();
  const keys = groups.map((group, g) => {
    const out: string[] = [];
    for (const phrase of group) {
      const key = keywordKey(phrase, language, vocabularies);
      if (!key) { continue; }
      out.push(key);
      if (!groupOf.has(key)) { groupOf.set(key, g); }
    }
    return out;
  });
  return { groupOf, keys };
}

/** Best candidates first, a phrase taking the place of the words it mostly is ("mot", "passe" -> "mot de passe"). */
function pick(candidates: Candidate[], terms: Map<string, TermCount>, limit: number): Candidate[] {
  const chosen: Candidate[] = [];
  for (const c of candidates) {
    if (chosen.length >= limit) { break; }
    if (c.stems.length > 1) {
      const absorbed: number[] = [];
      chosen.forEach((o, i) => {
        if (o.stems.length === 1 && c.stems.indexOf(o.key) >= 0 && mostlyIn(o.key, c.term, terms)) { absorbed.push(i); }
      });
      if (absorbed.length) {
        chosen[absorbed[0]] = c;
        for (let i = absorbed.length - 1; i > 0; i--) { chosen.splice(absorbed[i], 1); }
        continue;
      }
    } else if (chosen.some((o) => o.stems.length > 1 && o.stems.indexOf(c.key) >= 0 && mostlyIn(c.key, o.term, terms))) {
      continue;
    }
    chosen.push(c);
  }
  return chosen;
}

/**
 * Up to `limit` keywords for the draft, best first: the terms that set it apart from the corpus' other articles
 * of its language, each once (by stem and by synonym group), never a stop word, never one of its keywords.
 * Pure and deterministic; the cost is the draft's length, whatever the corpus' size.
 */
export function suggestKeywords(draft: KeywordArticle, corpus: KeywordCorpus, options?: KeywordSuggestionOptions): KeywordSuggestion[] {
  const opts = options || {};
  const limit = opts.limit === undefined ? 10 : opts.limit;
  const maxShare = opts.maxDocumentShare === undefined ? 0.5 : opts.maxDocumentShare;
  const minCount = Math.max(opts.minCount === undefined ? 1.5 : opts.minCount, 1e-9);
  const language = keywordLanguage(draft.language);
  const stats = corpus.languages[language];
  const draftVocabulary = new Map<string, string>();
  const terms = new Map<string, TermCount>();
  const length = articleTerms(draft, opts.weights || KEYWORD_FIELD_WEIGHTS, false, terms, draftVocabulary);
  const vocabularies = [draftVocabulary, corpus.vocabulary[language]];

  // The draft's own published version is not "the rest of the base".
  const own = opts.excludeId !== undefined ? corpus.articles.get(opts.excludeId) : undefined;
  const ownTerms = new Set<number>();
  if (own && own.language === language) { for (let i = 0; i < own.terms.length; i++) { ownTerms.add(own.terms[i]); } }
  const n = stats.articles - (own && own.language === language ? 1 : 0);
  const df = (key: string): number => {
    const id = corpus.termIds.get(key);
    if (id === undefined) { return 0; }
    return (stats.documentFrequency[id] || 0) - (ownTerms.has(id) ? 1 : 0);
  };

  const synonyms = synonymKeys(opts.synonyms || DEFAULT_SYNONYMS, language, vocabularies);
  const groups = synonyms.groupOf;
  // A keyword the article has stands for its synonyms too ("mdp" covers "mot de passe", and so "passe").
  const existingKeys: string[][] = [];
  const existingGroups = new Set<number>();
  for (const k of draft.keywords || []) {
    const key = keywordKey(k, language, vocabularies);
    if (!key) { continue; }
    existingKeys.push(key.split(' '));
    const group = groups.get(key);
    if (group === undefined) { continue; }
    existingGroups.add(group);
    for (const variant of synonyms.keys[group]) { existingKeys.push(variant.split(' ')); }
  }
  const alreadyThere = (stems: string[]): boolean =>
    existingKeys.some((e) => stems.every((s) => e.indexOf(s) >= 0));
  const rejected = new Set<string>();
  for (const r of opts.rejected || []) { rejected.add(keywordKey(r, language, vocabularies)); }

  // Candidates, variants of one synonym group merged into the most used one.
  const phrases = phrasesByWord(terms);
  const byGroup = new Map<number, Candidate>();
  const candidates: Candidate[] = [];
  terms.forEach((term, key) => {
    const stems = key.split(' ');
    if (stems.length > 1 && (opts.phrases === false || !isStrongPhrase(key, term, terms, phrases))) { return; }
    if (alreadyThere(stems) || rejected.has(key)) { return; }
    const group = groups.get(key);
    if (group !== undefined && existingGroups.has(group)) { return; }
    const c: Candidate = { key, stems, count: term.count, df: df(key), term, score: 0 };
    candidates.push(c);
    if (group === undefined) { return; }
    const other = byGroup.get(group);
    if (!other) { byGroup.set(group, c); return; }
    const [keep, drop] = other.count >= c.count ? [other, c] : [c, other];
    keep.count = other.count + c.count;
    keep.df = Math.max(other.df, c.df);
    drop.count = -1;
    byGroup.set(group, keep);
  });

  const k1 = opts.k1;
  const b = opts.b === undefined ? B : opts.b;
  const norm = stats.averageLength > 0 ? 1 - b + b * length / stats.averageLength : 1;
  const scored: Candidate[] = [];
  for (const c of candidates) {
    if (c.count < minCount || (n > 0 && c.df / n > maxShare)) { continue; }
    const idf = opts.idf === 'bm25' ? Math.log(1 + (n - c.df + 0.5) / (c.df + 0.5)) : 1 + Math.log((n + 1) / (c.df + 1));
    c.score = k1 === undefined ? idf * c.count : idf * c.count * (k1 + 1) / (c.count + k1 * norm);
    scored.push(c);
  }
  scored.sort((x, y) => y.score - x.score || x.term.first - y.term.first);
  return pick(scored, terms, limit).map((c) => ({ keyword: displayForm(c.term), key: c.key, score: c.score }));
}

/**
 * The simplest suggestion, the benchmark's baseline: the draft's most frequent words (stop words excluded,
 * title and body alike), by stem.
 */
export function frequentWords(draft: KeywordArticle, limit: number): KeywordSuggestion[] {
  const flat: KeywordFieldWeights = { title: 1, questions: 1, summary: 1, body: 1, keywords: 0 };
  const terms = new Map<string, TermCount>();
  articleTerms(draft, flat, false, terms);
  const words: Array<{ key: string; term: TermCount }> = [];
  terms.forEach((term, key) => { if (key.indexOf(' ') < 0) { words.push({ key, term }); } });
  words.sort((a, b) => b.term.count - a.term.count || a.term.first - b.term.first);
  return words.slice(0, limit).map((w) => ({ keyword: displayForm(w.term), key: w.key, score: w.term.count }));
}
