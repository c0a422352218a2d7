import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { isStopWord } from './stopWords';
import { normalizeText } from '../text/normalize';

/** Languages the analyser knows. */
export type SearchLanguage = 'fr' | 'en';

/** One word of analysed text: its folded surface form and its stem. */
export interface AnalysedToken {
  /** Lower-cased, accent-folded word as written (used for prefix and typo matching). */
  surface: string;
  /** Lower-cased word with its accents (used to display spelling suggestions). */
  written: string;
  /** Stem in the text's language (used for exact matching and scoring). */
  stem: string;
}

// Combining marks that entity names like "eacute" stand for; accents are folded away later anyway.
const ENTITY_ACCENTS: { [suffix: string]: string } = {
  acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', cedil: '\u0327', tilde: '\u0303', ring: '\u030a'
};
const NAMED_ENTITIES: { [name: string]: string } = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: ' ', rsquo: '\u2019', lsquo: '\u2018', ldquo: '"',
  rdquo: '"', laquo: '"', raquo: '"', hellip: '...', ndash: '-', mdash: '-', euro: '\u20ac', oelig: 'oe',
  OElig: 'OE', aelig: 'ae', AElig: 'AE', szlig: 'ss', deg: ' ', copy: ' ', reg: ' ', times: 'x', middot: ' '
};
// Inline tags do not separate words ("im<b>pri</b>mer"); every other tag does.
const INLINE_TAGS = /^(a|abbr|b|bdi|code|em|i|kbd|mark|q|s|small|span|strong|sub|sup|u|var)$/;

function decodeEntity(entity: string, body: string): string {
  if (body.charAt(0) === '#') {
    const code = body.charAt(1) === 'x' || body.charAt(1) === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return isNaN(code) || code <= 0 || code > 0x10ffff ? ' ' : fromCodePoint(code);
  }
  if (Object.prototype.hasOwnProperty.call(NAMED_ENTITIES, body)) { return NAMED_ENTITIES[body]; }
  const m = /^([a-zA-Z])(acute|grave|circ|uml|cedil|tilde|ring)$/.exec(body);
  return m ? m[1] + ENTITY_ACCENTS[m[2]] : entity;
}

function fromCodePoint(code: number): string {
  if (code < 0x10000) { return String.fromCharCode(code); }
  const c = code - 0x10000;
  return String.fromCharCode(0xd800 + (c >> 10), 0xdc00 + (c & 0x3ff));
}

/**
 * Plain text of an HTML fragment: script/style content dropped, tags removed (block tags become spaces),
 * entities decoded. A regex pass rather than a DOM parser because the engine also runs outside the browser.
 */
export function htmlToText(html: string): string {
  if (html.indexOf('<') < 0 && html.indexOf('&') < 0) { return html; }
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<(script|style|template|noscript)\b[\s\S]*$/gi, ' ')
    .replace(/<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>/g, (_tag: string, name: string) => INLINE_TAGS.test(name.toLowerCase()) ? '' : ' ')
    .replace(/&(#[xX]?[0-9a-fA-F]+|[a-zA-Z]+);/g, decodeEntity);
}

const LIGATURES: { [ch: string]: string } = { '\u0153': 'oe', '\u00e6': 'ae', '\u00df': 'ss', '\u0142': 'l', '\u00f8': 'o', '\u0111': 'd' };

/** Lower-cases and removes accents ("Réseau" -> "reseau", "œuvre" -> "oeuvre"); apostrophes become "'". */
export function foldText(text: string): string {
  return normalizeText(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u0153\u00e6\u00df\u0142\u00f8\u0111]/g, (ch: string) => LIGATURES[ch])
    .replace(/[\u2019\u2018\u02bc`\u00b4]/g, '\'');
}

// French elided articles and pronouns in front of a vowel: l'imprimante, d'accès, qu'il, j'ai, n'est, s'affiche.
const ELISION = /(^|[^a-z0-9\u00b5\u00c0-\u024f])(l|d|qu|j|n|s|c|m|t)'(?=[a-z0-9\u00b5\u00c0-\u024f])/g;
// A word, or a hyphenated compound of words.
const WORD = /[a-z0-9\u00b5\u00c0-\u024f]+(?:[-_][a-z0-9\u00b5\u00c0-\u024f]+)*/g;

/** A word as written (lower-cased, accents kept, for display) and folded (for matching). */
export interface WordForm {
  /** Lower-cased word with its accents. */
  written: string;
  /** Accent-folded word. */
  folded: string;
}

/** Folds one lower-cased word; plain ASCII words (most of them) are returned as they are. */
export function foldWord(word: string): string {
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 127) { return foldText(word); }
  }
  return word;
}

/**
 * Lower-cased words of a text as written, in order. Elisions are removed; a hyphenated compound yields its
 * parts and the joined form, so "wi-fi", "wifi" and "e-mail"/"email" meet (queries keep only the joined
 * form: joinedCompoundsOnly). One-letter words are dropped except digits unless keepShort is set (a query's
 * last word while typing).
 */
export function writtenWords(text: string, keepShort?: boolean, joinedCompoundsOnly?: boolean): string[] {
  // The text as compared everywhere (normalizeText): accents typed as combining marks or decoded from "&eacute;"
  // compose into one letter, zero-width characters no longer split a word, bidi controls are gone.
  const lower = normalizeText(text).replace(/[\u2019\u2018\u02bc`\u00b4]/g, '\'').replace(ELISION, '$1');
  const words: string[] = [];
  const push = (w: string): void => {
    if (w.length > 1 || keepShort || (w >= '0' && w <= '9')) { words.push(w); }
  };
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(lower)) !== null) {
    const w = m[0];
    if (w.indexOf('-') < 0 && w.indexOf('_') < 0) { push(w); continue; }
    const parts = w.split(/[-_]/);
    if (!joinedCompoundsOnly) { for (const p of parts) { push(p); } }
    if (w.length <= 24 || joinedCompoundsOnly) { push(parts.join('')); }
  }
  return words;
}

/** Words of a text, written and folded (see writtenWords). */
export function tokenizeForms(text: string, keepShort?: boolean, joinedCompoundsOnly?: boolean): WordForm[] {
  return writtenWords(text, keepShort, joinedCompoundsOnly).map((w) => ({ written: w, folded: foldWord(w) }));
}

/** Folded words of a text, in order (see writtenWords). */
export function tokenize(text: string): string[] {
  return writtenWords(text).map(foldWord);
}

const stemCaches: { fr: Map<string, string>; en: Map<string, string> } = { fr: new Map(), en: new Map() };
const STEM_CACHE_LIMIT = 200000;

/**
 * Snowball stem of a lower-cased word, accent-folded. The stemmer sees the accents when the text has them
 * ("bloquée" and "bloqué" both give "bloqu"), which folding first would lose; words with digits are kept.
 */
export function stem(word: string, language: SearchLanguage): string {
  if (/[0-9]/.test(word) || word.length < 3) { return foldWord(word); }
  const cache = stemCaches[language];
  let s = cache.get(word);
  if (s === undefined) {
    const raw = language === 'fr' ? frenchStemmer(word) : englishStemmer(word);
    s = foldWord(raw || word);
    if (cache.size > STEM_CACHE_LIMIT) { cache.clear(); }
    cache.set(word, s);
  }
  return s;
}

/** Analyses text of a known language: tokens without stop words, each with its stem. */
export function analyse(text: string, language: SearchLanguage): AnalysedToken[] {
  const out: AnalysedToken[] = [];
  for (const w of tokenizeForms(text)) {
    if (!isStopWord(w.folded, language)) { out.push({ surface: w.folded, written: w.written, stem: stem(w.written, language) }); }
  }
  return out;
}

/** Levenshtein edits tolerated for a typed word of this length (0 up to 3 letters, 1 up to 7, then 2). */
export function typoBudget(length: number): number {
  return length <= 3 ? 0 : length <= 7 ? 1 : 2;
}
