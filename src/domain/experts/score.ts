/**
 * Scoring and explaining proven expertise (pure). Constants and why:
 * - Recency: a month's counts weigh `0.5 ^ (months ago / HALF_LIFE_MONTHS)`, a half-life of 4 months by month
 *   bucket. A university's help desk lives by terms (about 4 to 6 months): work of the current term counts fully,
 *   last term's about half, last year's about a tenth. Buckets are whole months so a score changes only when the
 *   month changes (the page and a test computing it the same day agree).
 * - Weights: an article written counts as 3 requests solved (it answers many people), an article published as a
 *   reviewer 1.5, a helpful vote on one's article 0.2 (votes are many and cheap; they add up for a useful article).
 * - "This term": the current month and the five before it (six months), simple and close to a semester.
 */
import type { ExpertiseCounts, ExpertiseRecord } from './record';
import { monthsAgo } from './record';

/** Half-life of proven work, in months. */
export const HALF_LIFE_MONTHS = 4;
/** Points of one item of each kind, before recency. */
export const WEIGHTS: Readonly<ExpertiseCounts> = { resolved: 1, written: 3, reviewed: 1.5, helpful: 0.2 };
/** Months of each period of "top contributors" and of the card's sentence ("this term"). */
export const PERIOD_MONTHS = { month: 1, term: 6, year: 12 } as const;
/** A period of the top contributors. */
export type ContributionPeriod = keyof typeof PERIOD_MONTHS;
export const CONTRIBUTION_PERIODS: readonly ContributionPeriod[] = ['month', 'term', 'year'];

function points(k: ExpertiseCounts): number {
  return k.resolved * WEIGHTS.resolved + k.written * WEIGHTS.written + k.reviewed * WEIGHTS.reviewed + k.helpful * WEIGHTS.helpful;
}

function inScope(categoryId: string, categoryIds: readonly number[] | undefined): boolean {
  return !categoryIds || categoryIds.indexOf(Number(categoryId)) >= 0;
}

/**
 * The recency-weighted score of a record in some categories (a category with its descendants, say), or in all of
 * them when `categoryIds` is undefined. Future months count as this month (a clock slightly off changes nothing).
 */
export function scoreFor(record: ExpertiseRecord | undefined, categoryIds: readonly number[] | undefined, now: Date): number {
  if (!record) return 0;
  let score = 0;
  for (const c of Object.keys(record)) {
    if (!inScope(c, categoryIds)) continue;
    for (const m of Object.keys(record[c])) {
      const ago = Math.max(0, monthsAgo(m, now));
      if (!isFinite(ago)) continue;
      score += points(record[c][m]) * Math.pow(0.5, ago / HALF_LIFE_MONTHS);
    }
  }
  return Math.round(score * 1000) / 1000;
}

/** The counts of a record over the last `months` months (this one included), in some categories or all. */
export function totalsOver(record: ExpertiseRecord | undefined, categoryIds: readonly number[] | undefined, months: number, now: Date): ExpertiseCounts {
  const out: ExpertiseCounts = { resolved: 0, written: 0, reviewed: 0, helpful: 0 };
  if (!record) return out;
  for (const c of Object.keys(record)) {
    if (!inScope(c, categoryIds)) continue;
    for (const m of Object.keys(record[c])) {
      const ago = monthsAgo(m, now);
      if (!(ago < months)) continue; // NaN (malformed) left out; a future month counts as this one
      const k = record[c][m];
      out.resolved += k.resolved; out.written += k.written; out.reviewed += k.reviewed; out.helpful += k.helpful;
    }
  }
  return out;
}

/** The category a person is strongest in (highest score), undefined when the record is empty. */
export function strongestCategory(record: ExpertiseRecord | undefined, now: Date): number | undefined {
  let best: number | undefined;
  let bestScore = 0;
  for (const c of Object.keys(record || {}).sort((a, b) => Number(a) - Number(b))) {
    const s = scoreFor(record, [Number(c)], now);
    if (s > bestScore) { best = Number(c); bestScore = s; }
  }
  return best;
}

/** Why a card shows a person: this term's counts in the category shown (or their strongest one). */
export interface ExpertReason {
  /** The category the sentence is about (the one chosen, else the person's strongest). */
  categoryId: number;
  counts: ExpertiseCounts;
}

/**
 * The "why listed" of a card: the counts of this term ({@link PERIOD_MONTHS}.term months) in the category chosen
 * (with its descendants: `scope`), else in the person's strongest category; undefined when there is nothing to say.
 */
export function reasonFor(record: ExpertiseRecord | undefined, chosen: { categoryId: number; scope: readonly number[] } | undefined, now: Date): ExpertReason | undefined {
  const categoryId = chosen ? chosen.categoryId : strongestCategory(record, now);
  if (!categoryId) return undefined;
  const counts = totalsOver(record, chosen ? chosen.scope : [categoryId], PERIOD_MONTHS.term, now);
  return counts.resolved + counts.written + counts.reviewed > 0 ? { categoryId, counts } : undefined;
}
