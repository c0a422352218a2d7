/** An entry of the vocabulary close to a typed word. */
export interface VocabularyMatch {
  /** Position of the entry in the sorted vocabulary. */
  index: number;
  /** Damerau (optimal string alignment) distance between the typed word and the entry, or its prefix. */
  distance: number;
}

/** First and past-the-end positions of the entries starting with prefix, in a sorted vocabulary. */
export function prefixRange(sorted: string[], prefix: string): [number, number] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < prefix) { lo = mid + 1; } else { hi = mid; }
  }
  const start = lo;
  hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].slice(0, prefix.length) <= prefix) { lo = mid + 1; } else { hi = mid; }
  }
  return [start, lo];
}

/** Position of word in a sorted vocabulary, or -1. */
export function indexOfWord(sorted: string[], word: string): number {
  const range = prefixRange(sorted, word);
  return range[0] < range[1] && sorted[range[0]] === word ? range[0] : -1;
}

/**
 * Entries of a sorted vocabulary within maxEdits of word (Damerau: a swap of two neighbours is one edit).
 * With prefix set, entries that start with something within maxEdits of word. The sorted array is walked as
 * an implicit trie (entries sharing a prefix are contiguous), one edit-distance row per trie node, pruning a
 * branch as soon as every cell of its row exceeds maxEdits; no extra structure to build or serialise.
 */
export function fuzzySearch(sorted: string[], word: string, maxEdits: number, prefix: boolean, maxResults: number): VocabularyMatch[] {
  const results: VocabularyMatch[] = [];
  const n = word.length;
  const codes: number[] = [];
  for (let j = 0; j < n; j++) { codes.push(word.charCodeAt(j)); }
  const firstRow: number[] = [];
  for (let j = 0; j <= n; j++) { firstRow.push(j); }

  // bestPrefix: in prefix mode, the smallest distance between word and a prefix of the current path.
  const visit = (lo: number, hi: number, depth: number, row: number[], parentRow: number[] | undefined, lastCode: number, bestPrefix: number): void => {
    const best = prefix ? Math.min(bestPrefix, row[n]) : maxEdits + 1;
    if (sorted[lo].length === depth) {
      const d = prefix ? best : row[n];
      if (d <= maxEdits && results.length < maxResults) { results.push({ index: lo, distance: d }); }
      lo++;
    }
    let i = lo;
    while (i < hi && results.length < maxResults) {
      const c = sorted[i].charCodeAt(depth);
      // End of the run of entries whose next letter is c.
      let a = i + 1;
      let b = hi;
      while (a < b) {
        const mid = (a + b) >>> 1;
        if (sorted[mid].charCodeAt(depth) <= c) { a = mid + 1; } else { b = mid; }
      }
      const next: number[] = [depth + 1];
      let rowMin = depth + 1;
      for (let j = 1; j <= n; j++) {
        let v = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (codes[j - 1] === c ? 0 : 1));
        if (parentRow && j > 1 && codes[j - 1] === lastCode && codes[j - 2] === c) { v = Math.min(v, parentRow[j - 2] + 1); }
        next.push(v);
        if (v < rowMin) { rowMin = v; }
      }
      if (rowMin <= maxEdits) {
        visit(i, a, depth + 1, next, row, c, best);
      } else if (best <= maxEdits) {
        for (let e = i; e < a && results.length < maxResults; e++) { results.push({ index: e, distance: best }); }
      }
      i = a;
    }
  };
  if (sorted.length > 0) { visit(0, sorted.length, 0, firstRow, undefined, -1, maxEdits + 1); }
  return results;
}

/** Damerau (optimal string alignment) distance between two words. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) { row.push(j); continue; }
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, rows[i - 2][j - 2] + 1);
      }
      row.push(v);
    }
    rows.push(row);
  }
  return rows[a.length][b.length];
}
