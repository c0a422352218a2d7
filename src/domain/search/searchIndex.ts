import { IndexData, serializeIndex } from './indexData';
import { TopHits } from './topHits';
import { BM25_K1 } from './indexBuilder';
import { Clause, planQuery } from './queryPlan';
import { isStopWord } from './stopWords';
import { stem, tokenizeForms, typoBudget } from './textAnalysis';
import { fuzzySearch, indexOfWord } from './vocabulary';
import { languageOf, SearchHit, SearchIndex, SearchQueryOptions, SerializedSearchIndex } from './types';

// A document matching only some of the query's clauses keeps (matched/required)^COORD_EXPONENT of its score:
// people type few words, and each usually matters.
const COORD_EXPONENT = 1.5;
// Results in the query's (or else the reader's) language come first among equals; the other language
// version stays findable (the UI shows a translation badge).
const DETECTED_LANGUAGE_PENALTY = 0.8;
const PREFERRED_LANGUAGE_PENALTY = 0.92;

/** Sparse score accumulator: a dense array plus the list of touched slots, reset in O(touched). */
class Accumulator {
  public readonly values: Float32Array;
  public readonly touched: number[] = [];

  public constructor(size: number) { this.values = new Float32Array(size); }

  /** Keeps the larger of the current and the given value. */
  public max(d: number, v: number): void {
    if (!(v > 0)) { return; }
    const cur = this.values[d];
    if (cur === 0) { this.touched.push(d); this.values[d] = v; } else if (v > cur) { this.values[d] = v; }
  }

  /** Adds a value. */
  public add(d: number, v: number): void {
    if (!(v > 0)) { return; }
    if (this.values[d] === 0) { this.touched.push(d); }
    this.values[d] += v;
  }

  /** Clears the touched slots. */
  public reset(): void {
    for (const d of this.touched) { this.values[d] = 0; }
    this.touched.length = 0;
  }
}

/** The client-side knowledge-base index. */
export class KnowledgeSearchIndex implements SearchIndex {
  private readonly data: IndexData;
  private readonly wordAcc: Accumulator;
  private readonly altAcc: Accumulator;
  private readonly clauseAcc: Accumulator;
  private readonly total: Accumulator;
  private readonly matched: Uint8Array;

  public constructor(data: IndexData) {
    this.data = data;
    const n = data.ids.length;
    this.wordAcc = new Accumulator(n);
    this.altAcc = new Accumulator(n);
    this.clauseAcc = new Accumulator(n);
    this.total = new Accumulator(n);
    this.matched = new Uint8Array(n);
  }

  /** Number of indexed articles. */
  public get size(): number { return this.data.ids.length; }

  /** Best matching articles first. */
  public search(query: string, options?: SearchQueryOptions): SearchHit[] {
    const opts = options || {};
    const limit = opts.limit === undefined ? 10 : Math.max(0, opts.limit);
    const plan = planQuery(this.data, query);
    if (plan.clauses.length === 0 || limit === 0) { return []; }
    let required = 0;
    for (const clause of plan.clauses) {
      if (!clause.optional) { required++; }
      this.scoreClause(clause);
    }
    const preferred = plan.language ? (plan.language === 'en' ? 1 : 0) : opts.language ? (languageOf(opts.language) === 'en' ? 1 : 0) : -1;
    const penalty = plan.language ? DETECTED_LANGUAGE_PENALTY : PREFERRED_LANGUAGE_PENALTY;
    const only = opts.onlyLanguage ? (languageOf(opts.onlyLanguage) === 'en' ? 1 : 0) : -1;
    const hits = new TopHits(limit);
    for (const d of this.total.touched) {
      if (only >= 0 && this.data.langs[d] !== only) { continue; }
      const coord = required > 0 ? Math.pow(this.matched[d] / required, COORD_EXPONENT) : 1;
      let score = this.total.values[d] * coord * this.data.priors[d];
      if (preferred >= 0 && this.data.langs[d] !== preferred) { score *= penalty; }
      if (score > 0) { hits.offer(d, score); }
    }
    for (const d of this.total.touched) { this.matched[d] = 0; }
    this.total.reset();
    return hits.sorted().map((h) => ({ id: this.data.ids[h.doc], score: Math.round(h.score * 10000) / 10000 }));
  }

  /** Adds one clause's best reading per document to the totals. */
  private scoreClause(clause: Clause): void {
    const { idf, postDocs, postWeights } = this.data;
    const scale = BM25_K1 + 1;
    // The words as typed set how informative the clause is: a rare synonym ("elearning" for "moodle"), a
    // rare completion ("entend" for "ent") or a rare typo neighbour may not outscore the typed word itself
    // (like Lucene's synonym query, which scores a synonym set with one document frequency).
    // When the typed words are unknown ("co" while typing), the known synonyms set it instead.
    let cap = 0;
    for (let a = 0; a < clause.alternatives.length && cap === 0; a++) {
      for (const word of clause.alternatives[a].words) {
        for (const e of word) { if (e.weight >= 1 && idf[e.stem] > cap) { cap = idf[e.stem]; } }
      }
    }
    if (cap === 0) { cap = Infinity; }
    for (const alt of clause.alternatives) {
      for (const word of alt.words) {
        for (const e of word) {
          const docs = postDocs[e.stem];
          const weights = postWeights[e.stem];
          const f = e.weight * Math.min(idf[e.stem], cap) * scale;
          for (let i = 0; i < docs.length; i++) { this.wordAcc.max(docs[i], f * weights[i]); }
        }
        for (const d of this.wordAcc.touched) { this.altAcc.add(d, this.wordAcc.values[d]); }
        this.wordAcc.reset();
      }
      // A clause is one concept: a multi-word reading ("mot de passe" for "mdp") counts its words' mean.
      const altWeight = alt.weight / alt.words.length;
      for (const d of this.altAcc.touched) { this.clauseAcc.max(d, altWeight * this.altAcc.values[d]); }
      this.altAcc.reset();
    }
    for (const d of this.clauseAcc.touched) {
      this.total.add(d, this.clauseAcc.values[d]);
      if (!clause.optional) { this.matched[d]++; }
    }
    this.clauseAcc.reset();
  }

  /** A corrected query for a query with unknown words ("did you mean"), or undefined when nothing to correct. */
  public suggest(query: string): string | undefined {
    const { words, wordStems, stemIds, postDocs, wordDisplay } = this.data;
    const forms = tokenizeForms(query, false, true);
    let changed = false;
    const out = forms.map((form) => {
      const w = form.folded;
      if (isStopWord(w) || w.length < 3 || /[0-9]/.test(w)) { return form.written; }
      if (indexOfWord(words, w) >= 0 || stemIds.has(stem(form.written, 'fr')) || stemIds.has(stem(form.written, 'en'))) { return form.written; }
      // Suggestions may reach one edit further than search does: the person is stuck anyway.
      const budget = Math.min(2, typoBudget(w.length) + 1);
      let best = -1;
      let bestDistance = budget + 1;
      let bestDf = -1;
      for (const m of fuzzySearch(words, w, budget, false, 256)) {
        let df = 0;
        for (const s of wordStems[m.index]) { df = Math.max(df, postDocs[s].length); }
        if (m.distance < bestDistance || (m.distance === bestDistance && df > bestDf)) {
          best = m.index;
          bestDistance = m.distance;
          bestDf = df;
        }
      }
      if (best < 0) { return form.written; }
      changed = true;
      return wordDisplay[best] || words[best];
    });
    return changed ? out.join(' ') : undefined;
  }

  /** Folded words of the indexed text the query matches (typos, completions, synonyms included), for highlighting. */
  public matchedWords(query: string, max?: number): string[] {
    const limit = max === undefined ? 50 : max;
    const weights = new Map<number, number>();
    for (const clause of planQuery(this.data, query).clauses) {
      for (const alt of clause.alternatives) {
        for (const word of alt.words) {
          for (const e of word) { weights.set(e.stem, Math.max(weights.get(e.stem) || 0, e.weight * alt.weight)); }
        }
      }
    }
    const found: Array<{ word: string; weight: number }> = [];
    const stemWords = this.wordsByStem();
    weights.forEach((weight, s) => {
      for (const w of stemWords[s] || []) { found.push({ word: this.data.words[w], weight }); }
    });
    return found.sort((a, b) => b.weight - a.weight || a.word.length - b.word.length).slice(0, limit).map((f) => f.word);
  }

  private stemWordsCache: number[][] | undefined;

  /** Surface words by stem number, built on first use (only highlighting needs it). */
  private wordsByStem(): number[][] {
    if (!this.stemWordsCache) {
      const byStem: number[][] = [];
      this.data.wordStems.forEach((stems, w) => {
        for (const s of stems) { (byStem[s] = byStem[s] || []).push(w); }
      });
      this.stemWordsCache = byStem;
    }
    return this.stemWordsCache;
  }

  /** Plain JSON form for caching; load it with loadSearchIndex. */
  public toJSON(): SerializedSearchIndex { return serializeIndex(this.data); }
}

