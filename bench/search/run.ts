/**
 * Knowledge-base search benchmark: quality on the demo knowledge base with the labelled queries, then
 * build time, per-keystroke latency and cold load from the serialised index at 1k, 5k and 20k articles,
 * for our engine and the competitors, in one run. Writes bench/search/results.md and prints it.
 * Run: npx tsx bench/search/run.ts  [--quick: 1k and 5k only]
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { BenchDoc, demoCorpus, prng, syntheticCorpus } from './corpus';
import { Engine, flexsearch, fold, fuse, minisearch, orama, ours, substringof } from './engines';
import { judgements, ndcgAt, percentile, recallAt, reciprocalRank } from './metrics';
import { QUERIES, QueryKind } from './queries';

const QUICK = process.argv.indexOf('--quick') >= 0;
const SIZES = QUICK ? [1000, 5000] : [1000, 5000, 20000];
// Per engine and size, keystrokes are timed until this budget is spent (slow engines get fewer samples).
const LATENCY_BUDGET_MS = 3000;
const KINDS: QueryKind[] = ['paraphrase', 'typo', 'noaccent', 'english', 'acronym', 'vague'];

interface QualityRow { name: string; mrr: number; recall5: number; ndcg10: number; byKind: { [k: string]: number } }
interface PerfRow { name: string; size: number; buildMs: number; p50: number; p95: number; keystrokes: number; bytes?: number; loadMs?: number }

const fmt = (n: number, d = 3): string => (isNaN(n) ? 'n/a' : n.toFixed(d));
const ms = (n: number | undefined): string => (n === undefined || isNaN(n) ? 'n/a' : n < 10 ? n.toFixed(2) : n.toFixed(0));
const mb = (b: number | undefined): string => (b === undefined ? 'n/a' : (b / 1048576).toFixed(1) + ' MB');

async function timeIt<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await fn();
  return [r, performance.now() - t0];
}

async function quality(engine: Engine, docs: BenchDoc[]): Promise<QualityRow> {
  await engine.build(docs);
  const ids = new Set(docs.map((d) => d.id));
  let mrr = 0; let recall = 0; let ndcg = 0;
  const kindSum: { [k: string]: number } = {}; const kindCount: { [k: string]: number } = {};
  for (const query of QUERIES) {
    const results = await engine.search(query.q, 10);
    const grades = judgements(query, ids);
    const rr = reciprocalRank(results, grades, 10);
    mrr += rr; recall += recallAt(results, query, 5); ndcg += ndcgAt(results, grades, 10);
    kindSum[query.kind] = (kindSum[query.kind] || 0) + rr;
    kindCount[query.kind] = (kindCount[query.kind] || 0) + 1;
  }
  const n = QUERIES.length;
  const byKind: { [k: string]: number } = {};
  for (const k of KINDS) { byKind[k] = kindCount[k] ? kindSum[k] / kindCount[k] : NaN; }
  return { name: engine.name, mrr: mrr / n, recall5: recall / n, ndcg10: ndcg / n, byKind };
}

function keystrokes(): string[] {
  const rand = prng(7);
  const order = QUERIES.map((q) => q.q).sort(() => rand() - 0.5);
  const out: string[] = [];
  for (const q of order) { for (let i = 1; i <= q.length; i++) { out.push(q.slice(0, i)); } }
  return out;
}

async function performanceAt(make: () => Engine, docs: BenchDoc[], typed: string[]): Promise<PerfRow> {
  const engine = make();
  const [, buildMs] = await timeIt(() => engine.build(docs));
  for (const q of typed.slice(0, 30)) { await engine.search(q, 10); }
  const times: number[] = [];
  const start = performance.now();
  for (const q of typed) {
    const t0 = performance.now();
    await engine.search(q, 10);
    times.push(performance.now() - t0);
    if (performance.now() - start > LATENCY_BUDGET_MS) { break; }
  }
  const row: PerfRow = { name: engine.name, size: docs.length, buildMs, p50: percentile(times, 0.5), p95: percentile(times, 0.95), keystrokes: times.length };
  if (engine.serialize && engine.load) {
    const data = await engine.serialize();
    row.bytes = Buffer.byteLength(data);
    const fresh = make();
    const [, loadMs] = await timeIt(() => (fresh.load as (d: string, docs: BenchDoc[]) => Promise<void>)(data, docs));
    row.loadMs = loadMs;
  }
  return row;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const { docs: demo, popularity } = demoCorpus();
  const ids = new Set(demo.map((d) => d.id));
  const missing = QUERIES.filter((q) => judgements(q, ids).size < q.relevant.length);
  if (missing.length > 0) { throw new Error('Labels point to unknown articles: ' + missing.map((q) => `"${q.q}" -> ${q.relevant.join(',')}`).join('; ')); }
  const norm = (s: string): string => fold(s).replace(/[^a-z0-9]+/g, ' ').trim();
  const titles = new Set(demo.map((d) => norm(d.title)));
  const equalTitles = QUERIES.filter((q) => titles.has(norm(q.q))).length;
  const kindCounts = KINDS.map((k) => `${k} ${QUERIES.filter((q) => q.kind === k).length}`).join(', ');

  const competitors: Array<() => Engine> = [
    () => ours('ours', popularity), minisearch, flexsearch, orama, fuse, substringof
  ];
  const ablations: Array<() => Engine> = [
    () => ours('ours without popularity prior', {}),
    () => ours('ours without synonyms/lexicon', popularity, { synonyms: [], translations: [] })
  ];
  const qualityRows: QualityRow[] = [];
  for (const make of competitors.concat(ablations)) { qualityRows.push(await quality(make(), demo)); }

  const typed = keystrokes();
  const perfRows: PerfRow[] = [];
  for (const size of SIZES) {
    const docs = syntheticCorpus(demo, size, 1234 + size);
    for (const make of competitors) {
      const row = await performanceAt(make, docs, typed);
      perfRows.push(row);
      process.stderr.write(`  ${row.name} @${size}: build ${ms(row.buildMs)} ms, p95 ${ms(row.p95)} ms\n`);
    }
  }

  const lines: string[] = [];
  lines.push('# Knowledge-base search benchmark', '');
  lines.push(`Generated by \`npx tsx bench/search/run.ts\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}). Demo knowledge base: ${demo.length} articles (${demo.filter((d) => d.language === 'fr').length} French, ${demo.filter((d) => d.language === 'en').length} English).`);
  lines.push(`Queries: ${QUERIES.length} labelled (${kindCounts}); ${equalTitles} equal an article title. Relevance: both language versions of the answering article(s), the one in the query's language graded higher.`, '');
  lines.push('## Quality (demo knowledge base)', '');
  lines.push('| engine | MRR@10 | Recall@5 | nDCG@10 | ' + KINDS.map((k) => `MRR ${k}`).join(' | ') + ' |');
  lines.push('|---|---|---|---|' + KINDS.map(() => '---').join('|') + '|');
  for (const r of qualityRows) {
    lines.push(`| ${r.name} | ${fmt(r.mrr)} | ${fmt(r.recall5)} | ${fmt(r.ndcg10)} | ` + KINDS.map((k) => fmt(r.byKind[k], 2)).join(' | ') + ' |');
  }
  lines.push('', '## Speed', '');
  lines.push(`Per-keystroke latency: every prefix of every query typed character by character (${typed.length} keystrokes; each engine timed for at most ${LATENCY_BUDGET_MS / 1000} s per size, sample size shown). Larger corpora are synthesised from the demo articles (recombined sentences, invented words and codes), deterministic seed. Cold load = restore the serialised index (JSON string, as cached in IndexedDB) into a fresh instance.`, '');
  lines.push('| engine | articles | build (ms) | p50 / keystroke (ms) | p95 / keystroke (ms) | keystrokes timed | serialised | cold load (ms) |');
  lines.push('|---|---|---|---|---|---|---|---|');
  for (const r of perfRows) {
    lines.push(`| ${r.name} | ${r.size} | ${ms(r.buildMs)} | ${ms(r.p50)} | ${ms(r.p95)} | ${r.keystrokes} | ${mb(r.bytes)} | ${ms(r.loadMs)} |`);
  }
  const best = qualityRows.slice(0, competitors.length).sort((a, b) => b.mrr - a.mrr)[0];
  const ours5k = perfRows.filter((r) => r.name === 'ours' && r.size === 5000)[0];
  lines.push('', '## Bar', '');
  lines.push(`- Quality leader by MRR@10: **${best.name}**.`);
  lines.push(`- Our p95 per keystroke at 5k articles: ${ms(ours5k ? ours5k.p95 : NaN)} ms (bar: < 10 ms) — ${ours5k && ours5k.p95 < 10 ? 'met' : 'NOT met'}.`);
  lines.push(`- Total benchmark time: ${((performance.now() - t0) / 1000).toFixed(0)} s.`, '');
  const md = lines.join('\n');
  writeFileSync(join(__dirname, 'results.md'), md);
  process.stdout.write(md + '\n');
}

main().catch((e) => { process.stderr.write(String(e && e.stack ? e.stack : e) + '\n'); process.exit(1); });
