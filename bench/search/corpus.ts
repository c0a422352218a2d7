/**
 * The benchmark corpus: the demo knowledge base (workbench/seed/data/kb plus the article pairs of
 * workbench/seed/data/articles.ts) as plain documents, and larger synthetic corpora derived from it.
 */
import { KB_ARTICLES } from '../../workbench/seed/data/kb';
import { ARTICLES } from '../../workbench/seed/data/articles';
import { htmlToText, PopularitySignal } from '../../src/domain/search';

/** One document as every engine receives it. */
export interface BenchDoc {
  id: string;
  language: 'fr' | 'en';
  title: string;
  summary: string;
  /** HTML body (our engine strips it itself). */
  body: string;
  /** Plain-text body, pre-stripped for the other engines (not timed). */
  text: string;
  keywords: string[];
  questions: string[];
  category: string;
  /** Last modification, for the substringof baseline's ordering. */
  modified: number;
}

/** Deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The demo knowledge base and its popularity signals (views and votes of the seeded article pairs). */
export function demoCorpus(): { docs: BenchDoc[]; popularity: { [id: string]: PopularitySignal } } {
  const rand = prng(42);
  const modified = (): number => Date.UTC(2026, 0, 1) + Math.floor(rand() * 300) * 86400000;
  const docs: BenchDoc[] = [];
  const popularity: { [id: string]: PopularitySignal } = {};
  for (const pair of ARTICLES) {
    for (const lang of ['fr', 'en'] as const) {
      const t = pair[lang];
      const id = `${pair.key}-${lang}`;
      docs.push({ id, language: lang, title: t.title, summary: t.summary, body: t.body, text: htmlToText(t.body), keywords: t.keywords, questions: t.questions, category: pair.category, modified: modified() });
      const s = pair.stats[lang];
      popularity[id] = { views: s[0], helpful: s[1], notHelpful: s[2] };
    }
  }
  for (const a of KB_ARTICLES) {
    docs.push({ id: a.key, language: a.language, title: a.title, summary: a.summary, body: a.body, text: htmlToText(a.body), keywords: a.keywords, questions: a.questions, category: a.category, modified: modified() });
  }
  return { docs, popularity };
}

const SYLLABLES = ['ba', 'ri', 'to', 'len', 'mar', 'que', 'sol', 'vi', 'dra', 'pon', 'lu', 'ter', 'ca', 'min', 'go', 'ste', 'fa', 'nor'];

/**
 * A corpus of `size` documents: the demo documents, then synthetic ones recombined from them (title words
 * of two articles, sentences of three bodies, shuffled questions and keywords) with invented words, room
 * and course codes mixed in so the vocabulary keeps growing like a real knowledge base's (Heaps' law).
 */
export function syntheticCorpus(demo: BenchDoc[], size: number, seed: number): BenchDoc[] {
  const rand = prng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const invent = (): string => {
    const n = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < n; i++) { w += pick(SYLLABLES); }
    return rand() < 0.3 ? `${w.toUpperCase().slice(0, 3)}-${Math.floor(rand() * 900 + 100)}` : w;
  };
  const sentences = (d: BenchDoc): string[] => d.text.split(/(?<=[.:;!?])\s+/).filter((s) => s.length > 10);
  const perturb = (text: string): string => text.split(' ').map((w) => (rand() < 0.04 ? invent() : w)).join(' ');
  const out = demo.slice(0, size);
  for (let i = out.length; i < size; i++) {
    const base = pick(demo);
    const same = demo.filter((d) => d.language === base.language);
    const other = pick(same);
    const third = pick(same);
    const titleWords = base.title.split(' ').slice(0, 4).concat(other.title.split(' ').slice(-3));
    const body = [base, other, third].map((d) => sentences(d).filter(() => rand() < 0.6).join(' ')).join('\n');
    const text = perturb(body);
    out.push({
      id: `syn-${i}`, language: base.language,
      title: perturb(titleWords.join(' ')) + (rand() < 0.5 ? ' ' + invent() : ''),
      summary: perturb(pick(sentences(other).concat([other.summary]))),
      body: `<p>${text.replace(/\n/g, '</p><p>')}</p>`, text,
      keywords: base.keywords.filter(() => rand() < 0.5).concat(other.keywords.filter(() => rand() < 0.3), [invent()]),
      questions: base.questions.filter(() => rand() < 0.5).concat(other.questions.filter(() => rand() < 0.3)),
      category: base.category, modified: Date.UTC(2025, 0, 1) + Math.floor(rand() * 600) * 86400000
    });
  }
  return out;
}
