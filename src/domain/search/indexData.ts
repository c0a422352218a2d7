import { SerializedSearchIndex } from './types';

/** Format version of SerializedSearchIndex. */
export const INDEX_FORMAT_VERSION = 1;

/** The searchable structures, as held in memory. */
export interface IndexData {
  /** Article ids by document number. */
  ids: string[];
  /** 0 French, 1 English, by document number. */
  langs: Uint8Array;
  /** Popularity factor (>= 1) by document number. */
  priors: Float32Array;
  /** Stems by stem number. */
  stems: string[];
  /** Stem number by stem. */
  stemIds: Map<string, number>;
  /** Inverse document frequency by stem number. */
  idf: Float32Array;
  /** Document numbers containing each stem, ascending. */
  postDocs: Int32Array[];
  /** Saturated, length-normalised, field-boosted term frequency matching postDocs. */
  postWeights: Float32Array[];
  /** Sorted folded surface words. */
  words: string[];
  /** Stem numbers of each surface word. */
  wordStems: number[][];
  /** Languages of each surface word: 1 French, 2 English, 3 both. */
  wordLangs: Uint8Array;
  /** Accented form of each surface word, or "" when it has none. */
  wordDisplay: string[];
  /** Query-time synonym groups. */
  synonyms: string[][];
  /** Query-time translation groups. */
  translations: string[][];
}

// Weights and idf are stored as integers; the live index uses the same rounded values, so a loaded index
// ranks exactly like the one that was saved.
/** Rounds a posting weight to its stored precision. */
export function quantizeWeight(w: number): number { return Math.round(w * 10000); }
/** Rounds an idf or prior to its stored precision. */
export function quantizeFactor(v: number): number { return Math.round(v * 1000); }

/** Plain JSON form of an index. */
export function serializeIndex(data: IndexData): SerializedSearchIndex {
  const postings: number[][] = [];
  for (let t = 0; t < data.stems.length; t++) {
    const docs = data.postDocs[t];
    const weights = data.postWeights[t];
    const row: number[] = [];
    let prev = 0;
    for (let i = 0; i < docs.length; i++) { row.push(docs[i] - prev); prev = docs[i]; }
    for (let i = 0; i < weights.length; i++) { row.push(quantizeWeight(weights[i])); }
    postings.push(row);
  }
  let langs = '';
  for (let d = 0; d < data.langs.length; d++) { langs += data.langs[d] === 1 ? 'e' : 'f'; }
  return {
    version: INDEX_FORMAT_VERSION,
    ids: data.ids.slice(),
    langs,
    priors: Array.prototype.map.call(data.priors, quantizeFactor) as number[],
    stems: data.stems.slice(),
    idf: Array.prototype.map.call(data.idf, quantizeFactor) as number[],
    postings,
    words: data.words.slice(),
    wordStems: data.wordStems.map((s) => s.slice()),
    wordLangs: Array.prototype.slice.call(data.wordLangs) as number[],
    wordDisplay: data.wordDisplay.slice(),
    synonyms: data.synonyms,
    translations: data.translations
  };
}

/** In-memory index from its JSON form. */
export function deserializeIndex(json: SerializedSearchIndex): IndexData {
  if (!json || json.version !== INDEX_FORMAT_VERSION) {
    throw new Error('Unsupported search index format ' + (json ? json.version : 'undefined'));
  }
  const n = json.ids.length;
  const langs = new Uint8Array(n);
  const priors = new Float32Array(n);
  for (let d = 0; d < n; d++) {
    langs[d] = json.langs.charAt(d) === 'e' ? 1 : 0;
    priors[d] = json.priors[d] / 1000;
  }
  const stemIds = new Map<string, number>();
  const idf = new Float32Array(json.stems.length);
  const postDocs: Int32Array[] = [];
  const postWeights: Float32Array[] = [];
  for (let t = 0; t < json.stems.length; t++) {
    stemIds.set(json.stems[t], t);
    idf[t] = json.idf[t] / 1000;
    const row = json.postings[t];
    const count = row.length / 2;
    const docs = new Int32Array(count);
    const weights = new Float32Array(count);
    let prev = 0;
    for (let i = 0; i < count; i++) {
      prev += row[i];
      docs[i] = prev;
      weights[i] = row[count + i] / 10000;
    }
    postDocs.push(docs);
    postWeights.push(weights);
  }
  return {
    ids: json.ids, langs, priors, stems: json.stems, stemIds, idf, postDocs, postWeights,
    words: json.words, wordStems: json.wordStems, wordLangs: new Uint8Array(json.wordLangs),
    wordDisplay: json.wordDisplay, synonyms: json.synonyms, translations: json.translations
  };
}
