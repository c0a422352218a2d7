import { foldWord, htmlToText, SearchLanguage, stem, writtenWords } from './textAnalysis';
import { isStopWord } from './stopWords';
import { IndexData, quantizeFactor, quantizeWeight } from './indexData';
import { DEFAULT_SYNONYMS, DEFAULT_TRANSLATIONS } from './synonyms';
import { FieldBoosts, languageOf, PopularitySignal, SearchableArticle, SearchIndexOptions } from './types';

/** Default field weights. */
export const DEFAULT_BOOSTS: FieldBoosts = { title: 3, questions: 2.5, keywords: 2, summary: 1.5, body: 1 };

// BM25F: term frequency saturation, and per-field length normalisation (short fields like the title are
// barely normalised; the body is normalised like classic BM25).
const K1 = 1.2;
const FIELD_B = [0.3, 0.4, 0.2, 0.5, 0.75];
const FIELD_COUNT = 5;

interface WordAccumulator {
  fr?: string;
  en?: string;
  langs: number;
  display: string;
}

/** What a written word becomes in one language, computed once per build. */
interface TokenInfo {
  /** Provisional stem number (order of first sight). */
  stemNo: number;
}

function listText(value: string[] | string | undefined): string {
  if (!value) { return ''; }
  return typeof value === 'string' ? value : value.join('\n');
}

/** The five indexed fields of an article, in FIELD order. */
function fieldTexts(article: SearchableArticle): string[] {
  const keywords = listText(article.keywords) + (article.category ? '\n' + article.category.replace(/[-_]/g, ' ') : '');
  return [article.title || '', listText(article.questions), keywords, article.summary || '', htmlToText(article.body || '')];
}

/** Prior factor per document: 1 + weight x (normalised log of views and net helpful votes). */
function computePriors(articles: SearchableArticle[], popularity: { [id: string]: PopularitySignal } | undefined, weight: number): Float32Array {
  const raw: number[] = articles.map((a) => {
    const p = popularity ? popularity[a.id] : undefined;
    if (!p) { return 0; }
    // A helpful vote says more than a view; a not-helpful vote takes some back.
    const signal = (p.views || 0) + 10 * (p.helpful || 0) - 5 * (p.notHelpful || 0);
    return Math.log(1 + Math.max(0, signal));
  });
  let max = 0;
  for (const r of raw) { if (r > max) { max = r; } }
  const priors = new Float32Array(articles.length);
  for (let d = 0; d < articles.length; d++) {
    priors[d] = quantizeFactor(1 + (max > 0 ? weight * raw[d] / max : 0)) / 1000;
  }
  return priors;
}

/** Analyses the articles and builds the in-memory index. */
export function buildIndexData(articles: SearchableArticle[], options?: SearchIndexOptions): IndexData {
  const opts = options || {};
  const b: FieldBoosts = { ...DEFAULT_BOOSTS, ...(opts.boosts || {}) };
  const boosts = [b.title, b.questions, b.keywords, b.summary, b.body];
  // Written word -> token, per language (null for stop words): one map lookup per word of text.
  const tokenCaches = [new Map<string, TokenInfo | null>(), new Map<string, TokenInfo | null>()];
  const stemNos = new Map<string, number>();
  const stemNames: string[] = [];
  const stemDocs: number[][] = [];
  const stemTfs: number[][] = [];
  const wordAcc = new Map<string, WordAccumulator>();
  const fieldLengths: number[] = [];
  const totalLengths = [0, 0, 0, 0, 0];
  const langs = new Uint8Array(articles.length);
  // Term frequencies of the current document by stem number, reset through the touched list.
  const scratch: number[] = [];
  const lastDoc: number[] = [];
  const touched: number[] = [];

  const tokenFor = (written: string, language: SearchLanguage, cache: Map<string, TokenInfo | null>): TokenInfo | null => {
    const folded = foldWord(written);
    let info: TokenInfo | null = null;
    if (!isStopWord(folded, language)) {
      const s = stem(written, language);
      let no = stemNos.get(s);
      if (no === undefined) {
        no = stemNames.length;
        stemNos.set(s, no);
        stemNames.push(s);
        stemDocs.push([]);
        stemTfs.push([]);
      }
      let w = wordAcc.get(folded);
      if (!w) { w = { langs: 0, display: '' }; wordAcc.set(folded, w); }
      w[language] = s;
      w.langs |= language === 'en' ? 2 : 1;
      if (!w.display && written !== folded) { w.display = written; }
      info = { stemNo: no };
    }
    cache.set(written, info);
    return info;
  };

  for (let d = 0; d < articles.length; d++) {
    const language: SearchLanguage = languageOf(articles[d].language);
    langs[d] = language === 'en' ? 1 : 0;
    const cache = tokenCaches[langs[d]];
    const texts = fieldTexts(articles[d]);
    for (let f = 0; f < FIELD_COUNT; f++) {
      let length = 0;
      for (const written of writtenWords(texts[f])) {
        let token = cache.get(written);
        if (token === undefined) { token = tokenFor(written, language, cache); }
        if (token === null) { continue; }
        length++;
        const slot = token.stemNo * FIELD_COUNT;
        if (lastDoc[token.stemNo] !== d) {
          lastDoc[token.stemNo] = d;
          touched.push(token.stemNo);
          for (let k = 0; k < FIELD_COUNT; k++) { scratch[slot + k] = 0; }
        }
        scratch[slot + f]++;
      }
      fieldLengths.push(length);
      totalLengths[f] += length;
    }
    for (const no of touched) {
      stemDocs[no].push(d);
      const tfs = stemTfs[no];
      for (let k = 0; k < FIELD_COUNT; k++) { tfs.push(scratch[no * FIELD_COUNT + k]); }
    }
    touched.length = 0;
  }

  const n = articles.length;
  const avg = totalLengths.map((t) => (n > 0 && t > 0 ? t / n : 1));
  const stems: string[] = stemNames.slice().sort();
  const stemIds = new Map<string, number>();
  const idf = new Float32Array(stems.length);
  const postDocs: Int32Array[] = [];
  const postWeights: Float32Array[] = [];
  for (let t = 0; t < stems.length; t++) {
    const no = stemNos.get(stems[t]) as number;
    const docList = stemDocs[no];
    const tfList = stemTfs[no];
    stemIds.set(stems[t], t);
    const df = docList.length;
    idf[t] = quantizeFactor(Math.log(1 + (n - df + 0.5) / (df + 0.5))) / 1000;
    const docs = new Int32Array(df);
    const weights = new Float32Array(df);
    for (let i = 0; i < df; i++) {
      const d = docList[i];
      let tf = 0;
      for (let f = 0; f < FIELD_COUNT; f++) {
        const raw = tfList[i * FIELD_COUNT + f];
        if (raw > 0) {
          const norm = 1 - FIELD_B[f] + FIELD_B[f] * fieldLengths[d * FIELD_COUNT + f] / avg[f];
          tf += boosts[f] * raw / norm;
        }
      }
      docs[i] = d;
      weights[i] = quantizeWeight(tf / (K1 + tf)) / 10000;
    }
    postDocs.push(docs);
    postWeights.push(weights);
  }

  const words: string[] = [];
  wordAcc.forEach((_w, s) => { words.push(s); });
  words.sort();
  const wordStems: number[][] = [];
  const wordLangs = new Uint8Array(words.length);
  const wordDisplay: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = wordAcc.get(words[i]) as WordAccumulator;
    const ids: number[] = [];
    if (w.fr !== undefined) { ids.push(stemIds.get(w.fr) as number); }
    if (w.en !== undefined && w.en !== w.fr) { ids.push(stemIds.get(w.en) as number); }
    wordStems.push(ids);
    wordLangs[i] = w.langs;
    wordDisplay.push(w.display);
  }

  return {
    ids: articles.map((a) => a.id), langs, priors: computePriors(articles, opts.popularity, opts.popularityWeight === undefined ? 0.1 : opts.popularityWeight),
    stems, stemIds, idf, postDocs, postWeights, words, wordStems, wordLangs, wordDisplay,
    synonyms: opts.synonyms || DEFAULT_SYNONYMS,
    translations: opts.translations || DEFAULT_TRANSLATIONS
  };
}

/** BM25 saturation constant, needed by the scorer. */
export const BM25_K1 = K1;
