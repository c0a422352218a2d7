// The best-N collector of a search: a bounded min-heap, deterministic on ties.

export interface Hit { doc: number; score: number; }

/** Keeps the best `limit` hits (min-heap), ties broken by document order so results are deterministic. */
export class TopHits {
  private readonly heap: Hit[] = [];
  public constructor(private readonly limit: number) {}

  private static worse(a: Hit, b: Hit): boolean { return a.score < b.score || (a.score === b.score && a.doc > b.doc); }

  /** Considers a hit. */
  public offer(doc: number, score: number): void {
    const h = this.heap;
    if (h.length < this.limit) {
      h.push({ doc, score });
      let i = h.length - 1;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!TopHits.worse(h[i], h[p])) { break; }
        const t = h[i]; h[i] = h[p]; h[p] = t; i = p;
      }
    } else if (TopHits.worse(h[0], { doc, score })) {
      h[0] = { doc, score };
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && TopHits.worse(h[l], h[m])) { m = l; }
        if (r < h.length && TopHits.worse(h[r], h[m])) { m = r; }
        if (m === i) { break; }
        const t = h[i]; h[i] = h[m]; h[m] = t; i = m;
      }
    }
  }

  /** Best first. */
  public sorted(): Hit[] {
    return this.heap.slice().sort((a, b) => (TopHits.worse(a, b) ? 1 : TopHits.worse(b, a) ? -1 : 0));
  }
}
