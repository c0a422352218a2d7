import { foldText, stem, tokenizeForms, typoBudget } from './textAnalysis';
import { isStopWord, STOP_WORDS } from './stopWords';
import { fuzzySearch, indexOfWord, prefixRange } from './vocabulary';
import { IndexData } from './indexData';

/** A stem to look up, with how much a match counts (1 = the word as typed). */
export interface Expansion {
  /** Stem number. */
  stem: number;
  /** Weight in (0, 1]. */
  weight: number;
}

/** One way to read a clause: a phrase whose words all contribute (e.g. "mot de passe" for "mdp"). */
export interface Alternative {
  /** Weight of this reading (1 for the words as typed). */
  weight: number;
  /** For each word of the phrase, the stems it may match (the best one counts). */
  words: Expansion[][];
}

/** One unit of meaning of the query (a word, or a phrase recognised as a synonym). */
export interface Clause {
  /** Readings; a document scores the best of them. */
  alternatives: Alternative[];
  /** Optional clauses (a stop word being typed) add to the score but do not count as missing. */
  optional: boolean;
}

/** What the query asks for, and what its words say about its language. */
export interface QueryPlan {
  /** Clauses in query order. */
  clauses: Clause[];
  /** 'fr', 'en', or undefined when the words do not tell. */
  language?: 'fr' | 'en';
}

const MAX_QUERY_WORDS = 10;
const MAX_PREFIX_EXPANSIONS = 40;
const SYNONYM_WEIGHT = 0.9;
const TRANSLATION_WEIGHT = 0.7;

/** A query word: folded, and its stems (from the word as typed, and from its folded form when it had accents). */
interface Word { folded: string; fr: string; en: string; frFolded: string; }

interface CompiledGroup { phrases: Word[][]; weight: number; }

function toWord(written: string, folded: string): Word {
  return { folded, fr: stem(written, 'fr'), en: stem(written, 'en'), frFolded: written === folded ? '' : stem(folded, 'fr') };
}

// Inflections of a word meet through its stems ("mots"/"mot"); short words must match exactly, or "not"
// would meet "note".
function sameWord(a: Word, b: Word): boolean {
  return a.folded === b.folded || (a.folded.length > 3 && b.folded.length > 3 && (a.fr === b.fr || a.en === b.en));
}

const compiledCache = new WeakMap<string[][], Word[][][]>();

function compileGroups(groups: string[][]): Word[][][] {
  let compiled = compiledCache.get(groups);
  if (!compiled) {
    compiled = groups.map((g) => g.map((phrase) => tokenizeForms(phrase, false, true).map((w) => toWord(w.written, w.folded))).filter((p) => p.length > 0));
    compiledCache.set(groups, compiled);
  }
  return compiled;
}

/** Stems a word matches exactly: as a known surface word, or through its French or English stem. */
function exactStems(data: IndexData, w: Word): number[] {
  const out: number[] = [];
  const at = indexOfWord(data.words, w.folded);
  if (at >= 0) { for (const s of data.wordStems[at]) { out.push(s); } }
  const fr = data.stemIds.get(w.fr);
  if (fr !== undefined && out.indexOf(fr) < 0) { out.push(fr); }
  const en = data.stemIds.get(w.en);
  if (en !== undefined && out.indexOf(en) < 0) { out.push(en); }
  const frFolded = w.frFolded ? data.stemIds.get(w.frFolded) : undefined;
  if (frFolded !== undefined && out.indexOf(frFolded) < 0) { out.push(frFolded); }
  return out;
}

function addExpansion(map: Map<number, number>, stemId: number, weight: number): void {
  const prev = map.get(stemId);
  if (prev === undefined || prev < weight) { map.set(stemId, weight); }
}

function documentFrequency(data: IndexData, wordIndex: number): number {
  let df = 0;
  for (const s of data.wordStems[wordIndex]) { df = Math.max(df, data.postDocs[s].length); }
  return df;
}

/**
 * Stems a typed word may mean: itself (weight 1), words within its typo budget, and, for the word being
 * typed, words it starts (closer to complete = higher weight). Typo matches of a word the index knows get
 * a low weight: the person probably meant what they typed.
 */
export function expandWord(data: IndexData, w: Word, typing: boolean, exactWeight: number): Expansion[] {
  const map = new Map<number, number>();
  const exact = exactStems(data, w);
  for (const s of exact) { addExpansion(map, s, exactWeight); }
  const len = w.folded.length;
  const budget = typoBudget(len);
  if (budget > 0 && (exact.length === 0 || len >= 6)) {
    for (const m of fuzzySearch(data.words, w.folded, budget, false, 64)) {
      if (m.distance === 0) { continue; }
      const weight = exact.length > 0 ? 0.3 / m.distance : m.distance === 1 ? 0.8 : 0.6;
      for (const s of data.wordStems[m.index]) { addExpansion(map, s, weight * exactWeight); }
    }
  }
  if (typing) {
    const range = prefixRange(data.words, w.folded);
    let candidates: number[] = [];
    for (let i = range[0]; i < range[1]; i++) { if (data.words[i] !== w.folded) { candidates.push(i); } }
    if (candidates.length > MAX_PREFIX_EXPANSIONS) {
      // Keep the most common completions: for a short prefix they are the likeliest intent.
      candidates = candidates
        .map((i) => ({ i, df: documentFrequency(data, i) }))
        .sort((a, b) => b.df - a.df || a.i - b.i)
        .slice(0, MAX_PREFIX_EXPANSIONS)
        .map((c) => c.i);
    }
    for (const i of candidates) {
      const weight = Math.min(0.95, 0.55 + 0.4 * len / data.words[i].length);
      for (const s of data.wordStems[i]) { addExpansion(map, s, weight * exactWeight); }
    }
    if (len >= 5) {
      for (const m of fuzzySearch(data.words, w.folded, 1, true, 64)) {
        if (m.distance === 0) { continue; }
        for (const s of data.wordStems[m.index]) { addExpansion(map, s, 0.45 * exactWeight); }
      }
    }
  }
  const out: Expansion[] = [];
  map.forEach((weight, s) => { out.push({ stem: s, weight }); });
  return out;
}

/** Exact stems of a synonym phrase, one entry per non-stop word. */
function phraseWords(data: IndexData, phrase: Word[]): Expansion[][] {
  const words: Expansion[][] = [];
  for (const w of phrase) {
    if (isStopWord(w.folded)) { continue; }
    words.push(exactStems(data, w).map((s) => ({ stem: s, weight: 1 })));
  }
  return words;
}

interface GroupMatch { length: number; others: { phrase: Word[]; weight: number }[]; }

/** Longest synonym or translation phrase starting at position i of the query, with its equivalents. */
function matchGroups(words: Word[], i: number, lastComplete: boolean, groups: CompiledGroup[]): GroupMatch | undefined {
  let best: GroupMatch | undefined;
  for (const group of groups) {
    for (let p = 0; p < group.phrases.length; p++) {
      const phrase = group.phrases[p];
      const end = i + phrase.length;
      if (end > words.length || (!lastComplete && end === words.length && words[end - 1].folded !== phrase[phrase.length - 1].folded)) { continue; }
      let ok = true;
      for (let k = 0; k < phrase.length && ok; k++) { ok = sameWord(words[i + k], phrase[k]); }
      // A lone stop word ("on", "not") never stands for a synonym group.
      if (!ok || (best && best.length > phrase.length) || (phrase.length === 1 && isStopWord(words[i].folded))) { continue; }
      if (!best || best.length < phrase.length) { best = { length: phrase.length, others: [] }; }
      for (let q = 0; q < group.phrases.length; q++) {
        if (q !== p) { best.others.push({ phrase: group.phrases[q], weight: group.weight }); }
      }
    }
  }
  return best;
}

/** Guesses the query language from words only one language uses (stop words, or words of one side of the index). */
function detectLanguage(data: IndexData, words: Word[]): 'fr' | 'en' | undefined {
  let fr = 0;
  let en = 0;
  for (const w of words) {
    const inFr = STOP_WORDS.fr.has(w.folded);
    const inEn = STOP_WORDS.en.has(w.folded);
    if (inFr !== inEn) { if (inFr) { fr++; } else { en++; } continue; }
    if (inFr) { continue; }
    const at = indexOfWord(data.words, w.folded);
    if (at >= 0) {
      if (data.wordLangs[at] === 1) { fr++; } else if (data.wordLangs[at] === 2) { en++; }
    }
  }
  return fr > en ? 'fr' : en > fr ? 'en' : undefined;
}

// Elisions typed without the apostrophe ("jarrive", "limprimante", "dacces") are common on phones.
const GLUED_ELISION = /^(qu|[ldjcmtsn])([aeiouyh][a-z0-9]{2,})$/;

/** The word without a glued elision when the word is unknown to the index and the rest is known. */
function withoutGluedElision(data: IndexData, w: Word): Word {
  const m = GLUED_ELISION.exec(w.folded);
  if (!m || isStopWord(w.folded) || exactStems(data, w).length > 0) { return w; }
  const rest = toWord(m[2], m[2]);
  return exactStems(data, rest).length > 0 ? rest : w;
}

/** Parses a query into clauses against an index. */
export function planQuery(data: IndexData, query: string): QueryPlan {
  const lastComplete = /[\s.,;:!?)]$/.test(query);
  const words = tokenizeForms(query, true, true).slice(0, MAX_QUERY_WORDS).map((f) => toWord(f.written, f.folded));
  const groups: CompiledGroup[] = [];
  compileGroups(data.synonyms).forEach((phrases) => groups.push({ phrases, weight: SYNONYM_WEIGHT }));
  compileGroups(data.translations).forEach((phrases) => groups.push({ phrases, weight: TRANSLATION_WEIGHT }));

  const clauses: Clause[] = [];
  let i = 0;
  while (i < words.length) {
    const typingThis = !lastComplete && i === words.length - 1;
    const match = matchGroups(words, i, lastComplete, groups);
    if (match) {
      const own = words.slice(i, i + match.length);
      const ownWords: Expansion[][] = [];
      own.forEach((w, k) => {
        if (!isStopWord(w.folded)) { ownWords.push(expandWord(data, w, !lastComplete && i + k === words.length - 1, 1)); }
      });
      const alternatives: Alternative[] = ownWords.length > 0 ? [{ weight: 1, words: ownWords }] : [];
      const seen: { [key: string]: boolean } = {};
      for (const other of match.others) {
        const pw = phraseWords(data, other.phrase);
        // The same reading often comes from several groups (synonyms and translations): keep the first, heaviest.
        const key = pw.map((w) => w.map((e) => e.stem).join(',')).join(' ');
        if (pw.length > 0 && !seen[key]) { seen[key] = true; alternatives.push({ weight: other.weight, words: pw }); }
      }
      if (alternatives.length > 0) { clauses.push({ alternatives, optional: false }); }
      i += match.length;
      continue;
    }
    const w = typingThis ? words[i] : withoutGluedElision(data, words[i]);
    if (isStopWord(w.folded) || w.folded.length < 2) {
      if (typingThis) {
        // A short or stop word being typed may be the start of a real word ("mot de pa").
        const completions = expandWord(data, w, true, 0.4).filter((e) => e.weight < 0.4);
        if (completions.length > 0) { clauses.push({ alternatives: [{ weight: 1, words: [completions] }], optional: true }); }
      }
    } else {
      clauses.push({ alternatives: [{ weight: 1, words: [expandWord(data, w, typingThis, 1)] }], optional: false });
    }
    i++;
  }
  return { clauses, language: detectLanguage(data, words) };
}

/** Folds a query the way the index folds text (for callers comparing queries). */
export function normaliseQuery(query: string): string {
  return foldText(query).replace(/\s+/g, ' ').trim();
}
