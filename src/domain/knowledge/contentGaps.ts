/**
 * What the base is missing, learnt from the searches (SearchEvents): the searches that found nothing or ended in a
 * ticket, grouped by their analysed terms ("imprimante bloquée" and "l'imprimante est bloquée" are one gap), and
 * the phrasings people searched before reading an article and finding it helpful (proposed as other phrasings).
 */
import { analyse, SearchLanguage, stem, tokenizeForms, WordForm } from '../search/textAnalysis';
import { isStopWord } from '../search/stopWords';
import { normalizeText } from '../text/normalize';
import type { Language } from '../vocabulary';

/** One SearchEvents row. */
export interface SearchEventRow {
  /** HCQuery. */
  query: string;
  /** HCResultCount. */
  resultCount: number;
  /** HCOpenedArticle (lookup id). */
  openedArticleId?: number;
  /** HCFiledTicket. */
  filedTicket: boolean;
  /** HCLanguage. */
  language: Language;
  /** Created. */
  created: Date;
}

/** A query people wrote, and how many times. */
export interface GapPhrasing { text: string; count: number }

/** A group of searches the base did not answer. */
export interface ContentGap {
  /** Language and sorted stems: stable between runs, to remember a dismissed gap. */
  key: string;
  language: Language;
  /** The stems grouped on. */
  terms: string[];
  /** The phrasing written most often (the most recent among equals): the new article's prefilled title. */
  phrasing: string;
  /** Every phrasing, most frequent first. */
  phrasings: GapPhrasing[];
  /** Searches in the group. */
  count: number;
  /** Of which found nothing. */
  noResults: number;
  /** Of which ended in a ticket. */
  endedInTicket: number;
  lastSeen: Date;
}

/**
 * A stem for grouping: the analyser's stem, stemmed again until it holds still, so the spellings people type without
 * accents meet those with ("bloquee" gives "bloque" once, "bloqu" like "bloquée"; "oublie" and "oublié" meet).
 */
function groupingStem(word: string, language: SearchLanguage): string {
  let s = stem(word, language);
  for (let i = 0; i < 3; i++) {
    const again = stem(s, language);
    if (again === s) break;
    s = again;
  }
  return s;
}

/** A synonym phrase as words, and the words of its group's first phrase that stand for it. */
interface SynonymPhrase { words: string[]; canonical: string[] }

const phraseTables = new WeakMap<string[][], SynonymPhrase[]>();

/** The phrases of a synonym list (DEFAULT_SYNONYMS or the site's), longest first; a phrase in two groups keeps its first. */
function synonymPhrases(groups: string[][]): SynonymPhrase[] {
  const cached = phraseTables.get(groups);
  if (cached) return cached;
  const out: SynonymPhrase[] = [];
  const seen: string[] = [];
  for (const group of groups) {
    if (!group.length) continue;
    const canonical = tokenizeForms(group[0], false, true).map(w => w.folded);
    for (const phrase of group) {
      const words = tokenizeForms(phrase, false, true).map(w => w.folded);
      const key = words.join(' ');
      if (!words.length || seen.indexOf(key) >= 0) continue;
      seen.push(key);
      out.push({ words, canonical });
    }
  }
  out.sort((a, b) => b.words.length - a.words.length);
  phraseTables.set(groups, out);
  return out;
}

/** Words with each synonym phrase replaced by its group's first phrase ("mot de passe" becomes "mdp"). */
function withCanonicalSynonyms(words: WordForm[], groups: string[][]): WordForm[] {
  const phrases = synonymPhrases(groups);
  const out: WordForm[] = [];
  for (let i = 0; i < words.length;) {
    const hit = phrases.filter(p => p.words.every((w, k) => i + k < words.length && words[i + k].folded === w))[0];
    if (!hit) { out.push(words[i]); i++; continue; }
    hit.canonical.forEach(c => out.push({ written: c, folded: c }));
    i += hit.words.length;
  }
  return out;
}

/**
 * The analysed terms of a query: stems without stop words, deduplicated and sorted (word order does not matter).
 * A compound is taken joined ("wi-fi" is "wifi"), and one made of stop words only ("est-ce") is dropped. With a
 * synonym list, the phrases of a group count as its first ("mdp oublié" and "mot de passe oublié" meet).
 */
export function queryTerms(query: string, language: Language, synonyms?: string[][]): string[] {
  const lang = language as SearchLanguage;
  const meaningful = query.split(/\s+/).filter(chunk => chunk.indexOf('-') < 0 || chunk.split('-').some(part => analyse(part, lang).length > 0)).join(' ');
  const forms = tokenizeForms(meaningful, false, true);
  const stems: string[] = [];
  for (const w of synonyms ? withCanonicalSynonyms(forms, synonyms) : forms) {
    if (isStopWord(w.folded, lang)) continue;
    const s = groupingStem(w.written, lang);
    if (stems.indexOf(s) < 0) stems.push(s);
  }
  return stems.sort();
}

/** The key of a query's group. */
export function queryKey(query: string, language: Language, synonyms?: string[][]): string {
  const terms = queryTerms(query, language, synonyms);
  return terms.length ? `${language}:${terms.join(' ')}` : '';
}

/** A search the base did not answer: nothing found, or a ticket filed after it. */
export function isUnanswered(e: SearchEventRow): boolean {
  return e.resultCount === 0 || e.filedTicket;
}

/** How a query was written: each phrasing (one per normalised form) with its count and the last time it was used. */
type Phrasings = { [norm: string]: { text: string; count: number; last: number } };

/** Counts one search's phrasing (spaces collapsed; the latest writing of a form is the one kept). */
function countPhrasing(written: Phrasings, query: string, created: Date): void {
  const text = query.replace(/\s+/g, ' ').trim();
  const norm = normalizeText(text);
  const w = written[norm];
  if (!w) written[norm] = { text, count: 1, last: created.getTime() };
  else { w.count++; if (created.getTime() >= w.last) { w.last = created.getTime(); w.text = text; } }
}

/** The phrasings, most used first (the most recent among equals, then alphabetical). */
function byUse(written: Phrasings): Array<{ text: string; count: number; last: number }> {
  return Object.keys(written).map(k => written[k]).sort((a, b) => b.count - a.count || b.last - a.last || (a.text < b.text ? -1 : 1));
}

interface Group { language: Language; terms: string[]; count: number; noResults: number; endedInTicket: number; lastSeen: Date; written: Phrasings }

/** Options of contentGaps. */
export interface ContentGapOptions {
  /** Only the searches made since then. */
  since?: Date;
  /** Groups with fewer searches are left out (default 1). */
  minCount?: number;
  /** At most this many gaps (default all). */
  limit?: number;
  /** The site's synonym list (DEFAULT_SYNONYMS, or HelpSettings'): its phrases group as one. */
  synonyms?: string[][];
}

/** The content gaps, the most searched first (then the most recent, then by key, so the order is stable). */
export function contentGaps(events: SearchEventRow[], options: ContentGapOptions = {}): ContentGap[] {
  const groups: { [key: string]: Group } = {};
  const keys: string[] = [];
  for (const e of events) {
    if (!isUnanswered(e) || (options.since && e.created.getTime() < options.since.getTime())) continue;
    const key = queryKey(e.query, e.language, options.synonyms);
    if (!key) continue;
    let g = groups[key];
    if (!g) {
      g = groups[key] = { language: e.language, terms: key.slice(key.indexOf(':') + 1).split(' '), count: 0, noResults: 0, endedInTicket: 0, lastSeen: e.created, written: {} };
      keys.push(key);
    }
    g.count++;
    if (e.resultCount === 0) g.noResults++;
    if (e.filedTicket) g.endedInTicket++;
    if (e.created.getTime() > g.lastSeen.getTime()) g.lastSeen = e.created;
    countPhrasing(g.written, e.query, e.created);
  }
  const minCount = options.minCount || 1;
  const gaps = keys.map(key => {
    const g = groups[key];
    const written = byUse(g.written);
    return {
      key, language: g.language, terms: g.terms, phrasing: written[0].text, phrasings: written.map(w => ({ text: w.text, count: w.count })),
      count: g.count, noResults: g.noResults, endedInTicket: g.endedInTicket, lastSeen: g.lastSeen
    };
  }).filter(g => g.count >= minCount)
    .sort((a, b) => b.count - a.count || b.lastSeen.getTime() - a.lastSeen.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return options.limit !== undefined ? gaps.slice(0, options.limit) : gaps;
}

/** A search by a known person, and whether they marked the article they opened from it helpful. */
export interface PhrasingEvent extends SearchEventRow {
  /** Who searched (the item's Author id, or a key standing for them): people are counted, not searches. */
  searcher: string;
  /** They voted the opened article helpful after this search (see markHelpfulSearches). */
  markedHelpful: boolean;
}

/** A helpful / not helpful vote (ArticleFeedback). */
export interface ArticleVoteRow { articleId: number; voter: string; helpful: boolean; created: Date }

/** A vote counts for the searches made at most this long before it (reading an article takes minutes, not days). */
export const HELPFUL_WINDOW_MINUTES = 120;

/**
 * Marks the searches that led to a helpful vote: same person, the article opened from the search, voted helpful
 * within HELPFUL_WINDOW_MINUTES after it (for as long as SearchEvents has no column saying so itself).
 */
export function markHelpfulSearches(events: (SearchEventRow & { searcher: string })[], votes: ArticleVoteRow[], windowMinutes: number = HELPFUL_WINDOW_MINUTES): PhrasingEvent[] {
  const windowMs = windowMinutes * 60000;
  return events.map(e => ({
    ...e,
    markedHelpful: e.openedArticleId !== undefined && votes.some(v => v.helpful && v.articleId === e.openedArticleId && v.voter === e.searcher
      && v.created.getTime() >= e.created.getTime() && v.created.getTime() - e.created.getTime() <= windowMs)
  }));
}

/** The article whose phrasings are learnt. */
export interface PhrasedArticle { id: number; language: Language; title: string; questions: string[] }

/** A phrasing proposed for an article. */
export interface LearnedPhrasing {
  /** As written most often. */
  text: string;
  /** Distinct people who searched it and found the article helpful. */
  people: number;
  lastSeen: Date;
}

/** Options of learnedPhrasings. */
export interface LearnedPhrasingOptions {
  /** Distinct people needed before a phrasing is proposed (default 2: one person's wording is not yet a pattern). */
  minPeople?: number;
  /** Analysed terms a query needs to be a phrasing of a question rather than a keyword (default 2). */
  minTerms?: number;
  /** Phrasings the contributor already rejected (compared by analysed terms). */
  rejected?: string[];
  /** The site's synonym list: a query saying the title with synonyms is not new. */
  synonyms?: string[][];
}

/**
 * Queries people searched, in the article's language, before opening it and marking it helpful, that say
 * something its title and phrasings do not (compared by analysed terms, so "l'imprimante est bloquée" is already
 * "imprimante bloquée"). Proposed when at least `minPeople` different people used them; most people first.
 */
export function learnedPhrasings(events: PhrasingEvent[], article: PhrasedArticle, options: LearnedPhrasingOptions = {}): LearnedPhrasing[] {
  const minPeople = options.minPeople || 2;
  const minTerms = options.minTerms || 2;
  const known: string[] = [article.title].concat(article.questions, options.rejected || []).map(q => queryKey(q, article.language, options.synonyms)).filter(k => k !== '');
  const groups: { [key: string]: { people: string[]; lastSeen: Date; written: Phrasings } } = {};
  const keys: string[] = [];
  for (const e of events) {
    if (!e.markedHelpful || e.openedArticleId !== article.id || e.language !== article.language) continue;
    const terms = queryTerms(e.query, e.language, options.synonyms);
    if (terms.length < minTerms) continue;
    const key = `${e.language}:${terms.join(' ')}`;
    if (known.indexOf(key) >= 0) continue;
    let g = groups[key];
    if (!g) { g = groups[key] = { people: [], lastSeen: e.created, written: {} }; keys.push(key); }
    if (g.people.indexOf(e.searcher) < 0) g.people.push(e.searcher);
    if (e.created.getTime() > g.lastSeen.getTime()) g.lastSeen = e.created;
    countPhrasing(g.written, e.query, e.created);
  }
  return keys.map(k => groups[k]).filter(g => g.people.length >= minPeople).map(g => {
    const best = byUse(g.written)[0];
    return { text: best.text, people: g.people.length, lastSeen: g.lastSeen };
  }).sort((a, b) => b.people - a.people || b.lastSeen.getTime() - a.lastSeen.getTime() || (a.text < b.text ? -1 : 1));
}
