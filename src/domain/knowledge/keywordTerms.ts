import { foldWord, htmlToText, SearchLanguage, stem, writtenWords } from '../search/textAnalysis';
import { isStopWord } from '../search/stopWords';
import { normalizeText } from '../text/normalize';

/**
 * Candidate keywords of a text: single words and two-word phrases ("mot de passe", "salle d'examen"), keyed by
 * their stems so that "réseau" and "réseaux" are one term, each with the form a person wrote it in.
 */

/** One word of a clause, as the keyword extractor sees it. */
export interface KeywordToken {
  /** Stem in the text's language (accent-folded): the term's identity. */
  stem: string;
  /** Lower-cased, accent-folded word. */
  folded: string;
  /** Function word ("de", "the"): never a keyword, may sit inside a phrase. */
  stop: boolean;
  /** Lower-cased form as written, accents and hyphens kept ("réseau", "wi-fi"). */
  display: string;
  /** Elided article written in front of it ("d'" in "salle d'examen"), "" when none. */
  lead: string;
}

/** Occurrences of one term (a stem, or two stems joined by a space) in one text. */
export interface TermCount {
  /** Occurrences, each counted with its field's weight. */
  count: number;
  /** Occurrences. */
  occurrences: number;
  /** Occurrences per written form, to show the most frequent one. */
  forms: { [display: string]: number };
  /** Order of first sight, for stable ties. */
  first: number;
}

/** Terms of a text by key, and its number of content words. */
export interface TermCounts {
  /** Single words and phrases by key (phrases contain a space). */
  terms: Map<string, TermCount>;
  /** Content words (stop words excluded). */
  length: number;
}

// Clause boundaries: a phrase never spans them (list items and paragraphs are separated by "\n" beforehand).
const CLAUSE_BREAK = /[\n\r.,;:!?()[\]{}<>«»"“”|•→←·…=+*/\\]+|\s[-–—]+\s|[–—]/;
// Tags that end a block of text: htmlToText turns them into spaces, which would glue list items together.
const BLOCK_TAG = /<\/?(?:p|div|li|ul|ol|h[1-6]|br|hr|tr|td|th|table|thead|tbody|blockquote|pre|dt|dd|dl|section|article|figure|figcaption|details|summary)\b[^>]*>/gi;
const ELIDED = /^(l|d|qu|j|n|s|c|m|t)['’]/;
const EDGE_PUNCTUATION = /^[^a-z0-9\u00b5\u00c0-\u024f]+|[^a-z0-9\u00b5\u00c0-\u024f]+$/g;
/** Words between the two words of a phrase: "mot de passe", "boîte aux lettres"; never more. */
const MAX_PHRASE_GAP = 1;
/**
 * The function words a phrase may hold ("mot de passe", "mise à jour", "point of sale"): not "mon", "des", "the",
 * which join the words of a sentence ("oublié mon mot", "wi-fi des résidences"), not the words of one name.
 */
const PHRASE_LINKS: { fr: string[]; en: string[] } = { fr: ['de', 'du', 'a', 'au', 'aux', 'en'], en: ['of'] };

/** Plain text of an article body with one line per block, so phrases stop at the end of a list item. */
export function bodyText(html: string): string {
  return htmlToText((html || '').replace(BLOCK_TAG, '$&\n'));
}

/** A word made of digits mostly ("15", "b204" is kept): no keyword, and a phrase stops there. */
function isNoise(folded: string): boolean {
  return folded.length < 2 || /^[0-9]+$/.test(folded);
}

// Words as written between two spaces -> their tokens, per language: texts repeat the same words, and building
// the corpus of a large base is mostly this analysis. Bounded like the stemmer's cache.
const chunkCaches: { fr: Map<string, Array<KeywordToken | undefined>>; en: Map<string, Array<KeywordToken | undefined>> } = { fr: new Map(), en: new Map() };
const CHUNK_CACHE_LIMIT = 100000;

/** The words of one clause; a noise word is returned as undefined (it breaks phrases). */
function clauseTokens(clause: string, language: SearchLanguage): Array<KeywordToken | undefined> {
  const out: Array<KeywordToken | undefined> = [];
  const cache = chunkCaches[language];
  // NFC, so that an accent typed as a combining mark is shown and compared as one letter.
  for (const chunk of normalizeText(clause).split(' ')) {
    if (!chunk) { continue; }
    let tokens = cache.get(chunk);
    if (tokens === undefined) {
      tokens = chunkTokens(chunk, language);
      if (cache.size > CHUNK_CACHE_LIMIT) { cache.clear(); }
      cache.set(chunk, tokens);
    }
    for (const t of tokens) { out.push(t); }
  }
  return out;
}

/** The words of one space-free chunk of text ("d'examen", "wi-fi", "connectez-vous"). */
function chunkTokens(chunk: string, language: SearchLanguage): Array<KeywordToken | undefined> {
  const out: Array<KeywordToken | undefined> = [];
  // "réinitialisez-le", "connectez-vous": a verb and its pronoun are two words, not a compound.
  const words = writtenWords(chunk, false, true);
  if (words.length === 1 && /[-_]/.test(chunk) && chunk.split(/[-_]/).some((p) => isStopWord(foldWord(p.toLowerCase()), language))) {
    words.splice(0, 1, ...writtenWords(chunk.replace(/[-_]/g, ' ')));
  }
  const lower = chunk.toLowerCase().replace(/[’‘ʼ`´]/g, '\'').replace(EDGE_PUNCTUATION, '');
  const lead = ELIDED.exec(lower);
  for (const written of words) {
    const folded = foldWord(written);
    if (isNoise(folded)) { out.push(undefined); continue; }
    // A single word keeps the hyphens it was written with ("wi-fi"), as long as it is that word.
    const whole = lead ? lower.slice(lead[0].length) : lower;
    const display = words.length === 1 && foldWord(whole.replace(/[-_]/g, '')) === folded ? whole : written;
    out.push({ stem: stem(written, language), folded, stop: isStopWord(folded, language), display, lead: words.length === 1 && lead ? lead[0] : '' });
  }
  return out;
}

/** Clauses of a plain text, each as its words in order. */
export function keywordClauses(text: string, language: SearchLanguage): Array<Array<KeywordToken | undefined>> {
  const out: Array<Array<KeywordToken | undefined>> = [];
  for (const clause of (text || '').split(CLAUSE_BREAK)) {
    const tokens = clauseTokens(clause, language);
    if (tokens.length) { out.push(tokens); }
  }
  return out;
}

function add(terms: Map<string, TermCount>, key: string, display: string, weight: number): void {
  let t = terms.get(key);
  if (!t) { t = { count: 0, occurrences: 0, forms: {}, first: terms.size }; terms.set(key, t); }
  t.count += weight;
  t.occurrences++;
  t.forms[display] = (t.forms[display] || 0) + 1;
}

/**
 * Counts the single words and the two-word phrases of a text (a phrase: two content words with at most one
 * linking word between them, in one clause), each occurrence counted `weight` times, into `into` (or only
 * collects their keys into a set: the base's statistics need no more); records the stem of each folded word in
 * `vocabulary` when given. Returns the number of content words.
 */
export function countTerms(text: string, language: SearchLanguage, weight: number, into: Map<string, TermCount> | Set<string>, vocabulary?: Map<string, string>): number {
  const counts = into instanceof Map ? into : undefined;
  const keys = into instanceof Set ? into : undefined;
  let length = 0;
  for (const tokens of keywordClauses(text, language)) {
    for (let i = 0; i < tokens.length; i++) {
      const a = tokens[i];
      if (!a || a.stop) { continue; }
      length++;
      if (counts) { add(counts, a.stem, a.display, weight); } else if (keys) { keys.add(a.stem); }
      // The stemmer gives "sécurité" and "securite" different stems: the accented spelling is the reference.
      if (vocabulary && (a.display !== a.folded || !vocabulary.has(a.folded))) { vocabulary.set(a.folded, a.stem); }
      let gap = '';
      for (let j = i + 1; j < tokens.length && j - i - 1 <= MAX_PHRASE_GAP; j++) {
        const b = tokens[j];
        if (!b) { break; }
        if (b.stop) {
          if (PHRASE_LINKS[language].indexOf(b.folded) < 0) { break; }
          gap += ' ' + b.lead + b.display;
          continue;
        }
        // "salle d'examen" is a phrase; "oublié l'identifiant" is a sentence.
        if (b.lead && b.lead !== 'd\'') { break; }
        if (b.stem === a.stem) { break; }
        const key = a.stem + ' ' + b.stem;
        if (counts) { add(counts, key, a.display + gap + ' ' + b.lead + b.display, weight); } else if (keys) { keys.add(key); }
        break;
      }
    }
  }
  return length;
}

/**
 * The key of a keyword or synonym as a person typed it ("Mot de passe" -> "mot pass"), "" when it has only stop
 * words. A word found in one of the vocabularies (folded word -> stem of the texts) takes the texts' stem, so that
 * "securite" typed without its accents meets the "sécurité" of the article.
 */
export function keywordKey(keyword: string, language: SearchLanguage, vocabularies?: Array<Map<string, string>>): string {
  const stems: string[] = [];
  for (const tokens of keywordClauses(keyword, language)) {
    for (const t of tokens) {
      if (!t || t.stop) { continue; }
      let s = t.stem;
      for (const v of vocabularies || []) {
        const known = v.get(t.folded);
        if (known !== undefined) { s = known; break; }
      }
      stems.push(s);
    }
  }
  return stems.join(' ');
}

/** The most frequent written form of a term (the first seen among equals). */
export function displayForm(term: TermCount): string {
  let best = '';
  let bestCount = -1;
  for (const form of Object.keys(term.forms)) {
    if (term.forms[form] > bestCount) { best = form; bestCount = term.forms[form]; }
  }
  return best;
}
