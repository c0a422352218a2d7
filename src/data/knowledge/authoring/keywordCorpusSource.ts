import type { SerializedSearchIndex } from '../../../domain/search';
import { articleTerms, KEYWORD_FIELD_WEIGHTS, type KeywordArticle, type KeywordCorpus, type LanguageStatistics } from '../../../domain/knowledge/keywordCorpus';

/**
 * The suggested keywords' corpus (src/domain/knowledge/keywordSuggestions.ts) read from the knowledge service's
 * search index, which the contributors' page has already downloaded or restored from the browser's cache: the
 * published articles are not read a second time, and their bodies (which the cache does not keep) are not needed.
 *
 * What the index gives exactly: which published articles use each word (by stem, per language), and the words'
 * stems. What it does not keep: which words stand side by side. A two-word phrase's document frequency is taken as
 * the articles that use both words (an upper bound: a phrase is never rarer here than in the base, so it is never
 * over-weighted). Measured against the exact corpus in bench/keywords (see the notes of issue 14).
 */
export class IndexKeywordCorpus {
  /** Document numbers of each stem, ascending (the index's postings, decoded once). */
  private readonly docs: Int32Array[];
  private readonly langs: string;
  private readonly ids: string[];
  private readonly corpus: KeywordCorpus;
  /** Phrase keys already counted (their number in corpus.termIds). */
  private readonly phrases = new Set<string>();
  private excluded?: { id: string; doc: number; terms: number[] };

  /** @param index the knowledge service's serialized index (`KnowledgeService.analysedIndex`). */
  public constructor(index: SerializedSearchIndex) {
    this.langs = index.langs;
    this.ids = index.ids;
    this.docs = index.postings.map(row => {
      const count = row.length / 2;
      const out = new Int32Array(count);
      let prev = 0;
      for (let i = 0; i < count; i++) { prev += row[i]; out[i] = prev; }
      return out;
    });
    const termIds = new Map<string, number>();
    const stats = (): LanguageStatistics => ({ articles: 0, documentFrequency: [], averageLength: 0 });
    const languages = { fr: stats(), en: stats() };
    for (let d = 0; d < this.langs.length; d++) languages[this.lang(d)].articles++;
    index.stems.forEach((s, t) => {
      termIds.set(s, t);
      const [fr, en] = this.count(this.docs[t]);
      languages.fr.documentFrequency[t] = fr;
      languages.en.documentFrequency[t] = en;
    });
    // Surface word -> stem, per language (the index records both stems of a word both languages use).
    const vocabulary = { fr: new Map<string, string>(), en: new Map<string, string>() };
    index.words.forEach((w, i) => {
      const stems = index.wordStems[i];
      const langs = index.wordLangs[i];
      if (langs & 1) vocabulary.fr.set(w, index.stems[stems[0]]);
      if (langs & 2) vocabulary.en.set(w, index.stems[stems[langs === 3 && stems.length > 1 ? 1 : 0]]);
    });
    // averageLength stays 0: only BM25 saturation reads it, which the suggestions do not use (see the benchmark).
    this.corpus = { termIds, languages, vocabulary, articles: new Map() };
  }

  /** Number of analysed articles. */
  public get size(): number {
    return this.ids.length;
  }

  /**
   * The corpus to suggest keywords for `draft` with: the phrases the draft writes counted in the base first, and
   * `excludeId` (the draft's own published version, an index id) ready to be left out of the statistics.
   */
  public corpusFor(draft: KeywordArticle, excludeId?: string): KeywordCorpus {
    const keys = new Set<string>();
    articleTerms(draft, KEYWORD_FIELD_WEIGHTS, false, keys);
    const excluded = excludeId === undefined ? undefined : this.excludedArticle(excludeId);
    keys.forEach(key => {
      const space = key.indexOf(' ');
      if (space < 0 || this.phrases.has(key)) return;
      this.phrases.add(key);
      const a = this.corpus.termIds.get(key.slice(0, space));
      const b = this.corpus.termIds.get(key.slice(space + 1));
      // A word no article uses: neither does the phrase (no term number: its frequency is 0).
      if (a === undefined || b === undefined) return;
      const both = intersect(this.docs[a], this.docs[b]);
      const t = this.corpus.termIds.size;
      this.corpus.termIds.set(key, t);
      const [fr, en] = this.count(both);
      this.corpus.languages.fr.documentFrequency[t] = fr;
      this.corpus.languages.en.documentFrequency[t] = en;
      if (this.excluded && binaryHas(both, this.excluded.doc)) this.excluded.terms.push(t);
    });
    const articles = new Map<string, { language: 'fr' | 'en'; terms: Int32Array; length: number }>();
    if (excluded) articles.set(excluded.id, { language: this.lang(excluded.doc), terms: Int32Array.from(excluded.terms), length: 0 });
    return { ...this.corpus, articles };
  }

  /** The terms of one indexed article (its stems, then the phrases counted since), found once per id. */
  private excludedArticle(id: string): { id: string; doc: number; terms: number[] } | undefined {
    if (this.excluded && this.excluded.id === id) return this.excluded;
    const doc = this.ids.indexOf(id);
    if (doc < 0) return undefined;
    const terms: number[] = [];
    this.corpus.termIds.forEach((t, key) => {
      const space = key.indexOf(' ');
      const has = space < 0 ? binaryHas(this.docs[t], doc)
        : binaryHas(this.docs[this.corpus.termIds.get(key.slice(0, space)) as number], doc) && binaryHas(this.docs[this.corpus.termIds.get(key.slice(space + 1)) as number], doc);
      if (has) terms.push(t);
    });
    this.excluded = { id, doc, terms };
    return this.excluded;
  }

  private lang(doc: number): 'fr' | 'en' {
    return this.langs.charAt(doc) === 'e' ? 'en' : 'fr';
  }

  /** Articles of each language among `docs`. */
  private count(docs: Int32Array): [number, number] {
    let en = 0;
    for (let i = 0; i < docs.length; i++) if (this.langs.charAt(docs[i]) === 'e') en++;
    return [docs.length - en, en];
  }
}

/** Document numbers in both ascending lists. */
function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) i++; else j++;
  }
  return Int32Array.from(out);
}

function binaryHas(list: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] === value) return true;
    if (list[mid] < value) lo = mid + 1; else hi = mid - 1;
  }
  return false;
}
