/**
 * Suggested-keywords benchmark: on the demo knowledge base (the 161 seeded articles), each article's own
 * keywords are hidden, the corpus is the other articles, and the suggestions are compared with the hidden
 * keywords (precision@5 and recall@5, micro-averaged, per language), beside a baseline (the article's most
 * frequent words) and variants of the method; then the latency of one suggestion call on the demo corpus and on
 * a synthetic 5,000-article corpus. Writes bench/keywords/results.md and prints it.
 * Run: npx tsx bench/keywords/run.ts
 */
import { writeFileSync } from 'fs';
import { cpus, loadavg } from 'os';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { BenchDoc, demoCorpus, prng, syntheticCorpus } from '../search/corpus';
import { percentile } from '../search/metrics';
import {
  buildKeywordCorpus, frequentWords, KeywordArticle, KeywordCorpus, KeywordSuggestion, KeywordSuggestionOptions, suggestKeywords
} from '../../src/domain/knowledge/keywordSuggestions';
import { keywordKey } from '../../src/domain/knowledge/keywordTerms';

const AT = 5;

/** One method under test: suggestions for a draft given the corpus of the other articles. */
interface Method {
  name: string;
  note: string;
  suggest(draft: KeywordArticle, corpus: KeywordCorpus): KeywordSuggestion[];
}

interface Tally { hits: number; suggested: number; found: number; gold: number; reachable: number; partial: number }
/** Per article: matching suggestions and suggestions made, for the bootstrap. */
type Row = { method: Method; all: Tally; fr: Tally; en: Tally; perArticle: Array<[number, number]> };

const ours = (name: string, note: string, options?: KeywordSuggestionOptions): Method => ({
  name, note, suggest: (draft, corpus) => suggestKeywords(draft, corpus, { limit: AT, ...(options || {}) })
});

const METHODS: Method[] = [
  ours('ours (default)', 'TF-IDF: weighted count of each word or phrase in the draft (title 3, phrasings 2.5, summary 1.5, body 1) x smoothed IDF over the other articles of its language; strong two-word phrases; synonym variants merged; terms in > 50 % of the articles dropped; a word used once in passing in the body (weight < 1.5) not offered'),
  { name: 'baseline: most frequent words', note: 'the article\'s most frequent non-stop words, all fields alike, by stem, no corpus', suggest: (draft) => frequentWords(draft, AT) },
  ours('ours, no synonym merging', 'synonym list not used: "mfa", "2fa" and "double authentification" can all be offered', { synonyms: [] }),
  ours('ours, no phrases', 'single words only', { phrases: false }),
  ours('ours, fields equal', 'title, phrasings, summary and body weigh the same', { weights: { title: 1, questions: 1, summary: 1, body: 1, keywords: 2 } }),
  ours('ours, BM25 (k1 1.2, b 0.75, BM25 IDF)', 'the first version: BM25 saturation of the count, as a search engine scores a query term', { k1: 1.2, idf: 'bm25' }),
  ours('ours, BM25 saturation k1 3', 'less saturation', { k1: 3 }),
  ours('ours, BM25 IDF', 'ln(1 + (N - df + .5)/(df + .5)) instead of 1 + ln((N + 1)/(df + 1)): rare words weigh more', { idf: 'bm25' }),
  ours('ours, no share cut', 'terms common to most articles kept (only their low IDF holds them back)', { maxDocumentShare: 1 }),
  ours('ours, share cut 25 %', 'terms in > 25 % of the other articles dropped', { maxDocumentShare: 0.25 }),
  ours('ours, min count 1', 'a word written once in the body may be offered', { minCount: 1 })
];

/** What the method went through, in order (the figures are in the tables above). */
const TRIED = [
  '1. **BM25 as the search engine scores a query term** (saturation k1 1.2, length normalisation 0.75, BM25 IDF), phrases and synonyms: well below the baseline. With saturation, a word the article repeats ten times barely outweighs a word it writes once, so rare incidental words ("parfois", "sort", "case") beat the article\'s subject. Saturation is right to compare articles for one query; to compare the terms of one article, how often it uses each *is* the evidence.',
  '2. **Less saturation** (k1 3, then none): each step up. No saturation is plain **TF-IDF**, the default now; length normalisation then changes nothing (one article, one length).',
  '3. **IDF**: the smoothed 1 + ln((N + 1)/(df + 1)) is a little better than BM25\'s, which gives words no other article uses a large premium (typos, a product named once).',
  '4. **Field weights** (the search engine\'s: title 3, phrasings 2.5, summary 1.5, body 1) against all fields equal: the weights help: what an article is about is said in its title and its phrasings.',
  '5. **Phrases**: two content words with at most one linking word ("de", "du", "à", "au", "aux", "en", "of"; not "mon", "des", "the") or an elided "d\'", written at least twice, and at least half as often as the rarer of the two words; a phrase that is the tail of a stronger one ("passe oublié" in "mot de passe oublié") is not one; a chosen phrase takes the place of the words it mostly is ("mot", "passe" -> "mot de passe"). Without phrases, precision drops a little (within the noise) and the suggestions read worse ("passe" instead of "mot de passe", "mailbox" instead of "mailbox full").',
  '6. **Share cut** (terms in more than half the other articles never offered): next to no effect on the first five here (their IDF already holds them back), kept because a word every article uses ("université") must never be offered whatever the weights; a 25 % cut loses good keywords ("moodle" 12 times, "email", "cours", "outlook").',
  '7. **Synonym merging** (the search engine\'s synonym list, as the brief asks): costs precision on this base, because its contributors list the variants on purpose ("mfa, 2fa, double authentification"; "impression, imprimante, copieur"). Kept as the default all the same: the search engine expands every query with the same list, so a keyword\'s variants add nothing to what the article is found by, and an editor offering four spellings of one idea wastes four of the contributor\'s clicks. `synonyms: []` turns it off.',
  '8. **Minimum use** (weight 1.5: once in the title, phrasings or summary, or twice in the body): removes words mentioned once in passing; no effect on the first five here (with TF-IDF they rarely get there), it shortens the tail of the list an editor shows.',
  '',
  'Not tried on purpose: learning from the other articles\' keyword lists (which words contributors tend to pick), or tuning the weights and thresholds on these 161 articles beyond the steps above; both would measure the demo set rather than the principle, the bootstrap intervals above (often ±0.015 to ±0.035) say how small a difference this base can show.'
];

function tally(): Tally { return { hits: 0, suggested: 0, found: 0, gold: 0, reachable: 0, partial: 0 }; }

/** The stems of everything the article writes (title, phrasings, summary, body), to know which keywords can be found. */
function writtenKeys(doc: BenchDoc): Set<string> {
  const out = new Set<string>();
  const language = doc.language;
  const words = [doc.title, doc.summary, doc.text].concat(doc.questions).map((t) => keywordKey(t, language)).join(' ').split(' ');
  for (let i = 0; i < words.length; i++) { out.add(words[i]); if (i > 0) { out.add(words[i - 1] + ' ' + words[i]); } }
  return out;
}

function evaluate(docs: BenchDoc[]): Row[] {
  const rows: Row[] = METHODS.map((method) => ({ method, all: tally(), fr: tally(), en: tally(), perArticle: [] }));
  for (const doc of docs) {
    const corpus = buildKeywordCorpus(docs.filter((d) => d !== doc));
    const draft: KeywordArticle = { title: doc.title, summary: doc.summary, body: doc.body, questions: doc.questions, language: doc.language, keywords: [] };
    const gold = doc.keywords.map((k) => keywordKey(k, doc.language, [corpus.vocabulary[doc.language]])).filter((k) => k.length > 0)
      .filter((k, i, all) => all.indexOf(k) === i);
    const written = writtenKeys(doc);
    for (const row of rows) {
      const suggestions = row.method.suggest(draft, corpus).slice(0, AT);
      const matched = new Set<string>();
      let partial = 0;
      for (const s of suggestions) {
        if (gold.indexOf(s.key) >= 0) { matched.add(s.key); continue; }
        const stems = s.key.split(' ');
        if (gold.some((g) => { const gs = g.split(' '); return stems.some((x) => gs.indexOf(x) >= 0); })) { partial++; }
      }
      row.perArticle.push([matched.size, suggestions.length]);
      for (const t of [row.all, row[doc.language]]) {
        t.hits += matched.size; t.suggested += suggestions.length; t.found += matched.size; t.gold += gold.length;
        t.reachable += gold.filter((g) => written.has(g)).length; t.partial += matched.size + partial;
      }
    }
  }
  return rows;
}

/**
 * Paired bootstrap over articles of the difference of micro precision@5 between two methods: 95 % interval
 * (2.5th and 97.5th percentiles of 2,000 resamples, fixed seed).
 */
function bootstrapDifference(a: Row, b: Row): [number, number] {
  const rand = prng(5);
  const n = a.perArticle.length;
  const diffs: number[] = [];
  for (let r = 0; r < 2000; r++) {
    let ah = 0; let as = 0; let bh = 0; let bs = 0;
    for (let i = 0; i < n; i++) {
      const k = Math.floor(rand() * n);
      ah += a.perArticle[k][0]; as += a.perArticle[k][1]; bh += b.perArticle[k][0]; bs += b.perArticle[k][1];
    }
    diffs.push(ah / as - bh / bs);
  }
  return [percentile(diffs, 0.025), percentile(diffs, 0.975)];
}

interface Timing { corpus: string; articles: number; buildMs: number; rebuildMs: number; p50: number; p95: number; calls: number }

function latency(label: string, corpusDocs: BenchDoc[], drafts: BenchDoc[]): Timing {
  const t0 = performance.now();
  buildKeywordCorpus(corpusDocs);
  const buildMs = performance.now() - t0;
  const t1 = performance.now();
  const corpus = buildKeywordCorpus(corpusDocs);
  const rebuildMs = performance.now() - t1;
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const d of drafts) {
      const draft: KeywordArticle = { title: d.title, summary: d.summary, body: d.body, questions: d.questions, language: d.language, keywords: d.keywords.slice(0, 2) };
      const s = performance.now();
      suggestKeywords(draft, corpus, { limit: 10, excludeId: d.id });
      times.push(performance.now() - s);
    }
  }
  return { corpus: label, articles: corpusDocs.length, buildMs, rebuildMs, p50: percentile(times, 0.5), p95: percentile(times, 0.95), calls: times.length };
}

const pct = (n: number, d: number): string => (d > 0 ? (n / d).toFixed(3) : 'n/a');
const ms = (n: number): string => (n < 10 ? n.toFixed(2) : n.toFixed(0));

function main(): void {
  const load = loadavg()[0];
  const { docs } = demoCorpus();
  const fr = docs.filter((d) => d.language === 'fr').length;
  const rows = evaluate(docs);
  // Warm the stemmer caches and the JIT, then time.
  latency('warm-up', docs, docs.slice(0, 20));
  const timings = [latency('demo knowledge base', docs, docs), latency('synthetic', syntheticCorpus(docs, 5000, 11), docs)];
  const gold = rows[0].all.gold;

  const lines: string[] = [];
  lines.push('# Suggested keywords benchmark', '');
  lines.push(`Generated by \`npx tsx bench/keywords/run.ts\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}). Demo knowledge base: ${docs.length} articles (${fr} French, ${docs.length - fr} English), ${gold} distinct keywords.`, '');
  lines.push('Protocol: for each article, its own keywords (HCKeywords) are hidden and the corpus statistics are built from the **other** 160 articles (leave-one-out); the algorithm sees the title, other phrasings, summary and body. Its first 5 suggestions are compared with the hidden keywords **by stem** (a suggestion matches a keyword when their stems are the same, in order: "réseaux" = "réseau", "mots de passe" = "mot de passe", "Wi-Fi" = "wifi"; a synonym is not a match). Micro-averaged: precision@5 = matching suggestions / suggestions made, recall@5 = keywords found / keywords. "Partial" counts a suggestion sharing at least one stem with a keyword ("passe" for "mot de passe", "mailbox" for "mailbox full") as a match, for precision only.', '');
  const reach = rows[0].all;
  lines.push(`Ceiling: ${pct(reach.reachable, reach.gold)} of the keywords are written in their article (as the same word or two adjacent words, stop words aside); the others ("pas reçu", "onboarding" when the text never says it) cannot be found by any extractive method.`, '');
  lines.push('## Quality (demo knowledge base, leave-one-out)', '');
  lines.push('| method | precision@5 | recall@5 | precision@5 FR | precision@5 EN | recall@5 FR | recall@5 EN | partial precision@5 | what it is |');
  lines.push('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    lines.push(`| ${r.method.name} | ${pct(r.all.hits, r.all.suggested)} | ${pct(r.all.found, r.all.gold)} | ${pct(r.fr.hits, r.fr.suggested)} | ${pct(r.en.hits, r.en.suggested)} | ${pct(r.fr.found, r.fr.gold)} | ${pct(r.en.found, r.en.gold)} | ${pct(r.all.partial, r.all.suggested)} | ${r.method.note} |`);
  }
  const signed = (x: number): string => (x >= 0 ? '+' : '') + x.toFixed(3);
  lines.push('', 'Difference of precision@5 with the default, paired bootstrap over the 161 articles (95 % interval): how much of a gap is noise on a base this size.', '');
  lines.push('| method | precision@5 − default | 95 % interval |');
  lines.push('|---|---|---|');
  for (const r of rows.slice(1)) {
    const [lo, hi] = bootstrapDifference(r, rows[0]);
    lines.push(`| ${r.method.name} | ${signed(r.all.hits / r.all.suggested - rows[0].all.hits / rows[0].all.suggested)} | ${signed(lo)} to ${signed(hi)} |`);
  }
  lines.push('', '## What was tried', '');
  for (const line of TRIED) { lines.push(line); }
  lines.push('', '## Latency of one suggestion call', '');
  lines.push(`One \`suggestKeywords\` call (limit 10, two keywords already present, the article itself excluded by id) for each demo article as the draft, five rounds, after a warm-up; the corpus statistics are built once (\`buildKeywordCorpus\`): "first build" is the first in this process for that corpus (the stemmer's and the word caches already hold the demo articles' words), "build again" with every cache warm. Measured on this machine, not asserted (${cpus().length} CPUs, load average ${load.toFixed(1)} when the run started: other work shares the machine, which shows in the p95). The synthetic corpus recombines the demo articles with invented words (bench/search/corpus.ts, seed 11).`, '');
  lines.push('| corpus | articles | first build (ms) | build again (ms) | p50 / call (ms) | p95 / call (ms) | calls |');
  lines.push('|---|---|---|---|---|---|---|');
  for (const t of timings) { lines.push(`| ${t.corpus} | ${t.articles} | ${ms(t.buildMs)} | ${ms(t.rebuildMs)} | ${ms(t.p50)} | ${ms(t.p95)} | ${t.calls} |`); }
  lines.push('');
  const md = lines.join('\n');
  writeFileSync(join(__dirname, 'results.md'), md);
  process.stdout.write(md + '\n');
}

main();
