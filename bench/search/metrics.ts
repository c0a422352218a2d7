/** Ranking metrics over labelled queries with graded relevance. */
import { LabelledQuery } from './queries';

/** Grade of each relevant document id for a query: 2 = a version in the query's language (or the only one), 1 = the other version. */
export function judgements(query: LabelledQuery, ids: Set<string>): Map<string, number> {
  const grades = new Map<string, number>();
  for (const topic of query.relevant) {
    const same = `${topic}-${query.lang}`;
    const other = `${topic}-${query.lang === 'fr' ? 'en' : 'fr'}`;
    if (ids.has(same)) { grades.set(same, 2); if (ids.has(other)) { grades.set(other, 1); } } else if (ids.has(other)) { grades.set(other, 2); }
  }
  return grades;
}

/** Topic of a document id. */
export function topicOf(id: string): string {
  return id.replace(/-(fr|en)$/, '');
}

/** Reciprocal rank of the first relevant result within the first k. */
export function reciprocalRank(results: string[], grades: Map<string, number>, k: number): number {
  for (let i = 0; i < Math.min(k, results.length); i++) { if (grades.has(results[i])) { return 1 / (i + 1); } }
  return 0;
}

/** Share of the query's topics found (in either language) in the first k results. */
export function recallAt(results: string[], query: LabelledQuery, k: number): number {
  const found = new Set(results.slice(0, k).map(topicOf));
  return query.relevant.filter((t) => found.has(t)).length / query.relevant.length;
}

/** nDCG@k with graded relevance. */
export function ndcgAt(results: string[], grades: Map<string, number>, k: number): number {
  let dcg = 0;
  results.slice(0, k).forEach((id, i) => { const g = grades.get(id) || 0; dcg += (Math.pow(2, g) - 1) / Math.log2(i + 2); });
  const ideal = Array.from(grades.values()).sort((a, b) => b - a).slice(0, k);
  let idcg = 0;
  ideal.forEach((g, i) => { idcg += (Math.pow(2, g) - 1) / Math.log2(i + 2); });
  return idcg > 0 ? dcg / idcg : 0;
}

/** Value at quantile p (0..1) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) { return NaN; }
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}
