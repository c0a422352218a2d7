/** Small statistics of the reports: counts by key, median and 90th percentile (nearest rank). */

/** A count under a key (a category id, a status, an agent …). */
export interface KeyCount<K extends string | number = string | number> { key: K; count: number }

/** Counts of `values` by key, largest first (ties by key), keys of `undefined` under `none`. */
export function countBy<T, K extends string | number>(items: readonly T[], keyOf: (item: T) => K | undefined, none: K): KeyCount<K>[] {
  const counts = new Map<K, number>();
  items.forEach(item => {
    const k = keyOf(item);
    const key = k === undefined ? none : k;
    counts.set(key, (counts.get(key) || 0) + 1);
  });
  const out: KeyCount<K>[] = [];
  counts.forEach((count, key) => out.push({ key, count }));
  return out.sort((a, b) => b.count - a.count || (String(a.key) < String(b.key) ? -1 : String(a.key) > String(b.key) ? 1 : 0));
}

/**
 * The nearest-rank percentile of `values` (p in 0-100): the smallest value with at least p % of the values at or
 * below it. Undefined when there is no value.
 */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (!values.length) return undefined;
  const sorted = values.slice().sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

/** Median and 90th percentile of durations (business minutes), with how many there were. */
export interface DurationSummary { count: number; median?: number; p90?: number }

/** The median (nearest rank, the lower middle of an even count) and p90 of `values`. */
export function summarise(values: readonly number[]): DurationSummary {
  return { count: values.length, median: percentile(values, 50), p90: percentile(values, 90) };
}

/** `part / whole` as a ratio in [0, 1], undefined when `whole` is 0. */
export function ratio(part: number, whole: number): number | undefined {
  return whole > 0 ? part / whole : undefined;
}
