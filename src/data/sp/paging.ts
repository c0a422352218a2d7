import type { IItems } from '@pnp/sp/items';

/**
 * Reads every page of an items query (PnPjs v4 follows `odata.nextLink`), page by page, so that a list of
 * 100,000 items is read in pages of `$top` rows and never in one threshold-breaking request. Written without
 * `for await` because the SPFx build targets ES5.
 */
export async function forEachPage<T>(query: IItems, onPage: (rows: T[]) => void | boolean): Promise<void> {
  // The ES5 typings of the SPFx build know no AsyncIterable; PnPjs implements Symbol.asyncIterator at runtime.
  const asyncIterator = (Symbol as unknown as { asyncIterator: symbol }).asyncIterator;
  const iterable = query as unknown as Record<symbol, () => { next(): Promise<{ done?: boolean; value: T[] }> }>;
  const iterator = iterable[asyncIterator]();
  for (;;) {
    const next = await iterator.next();
    if (next.done) return;
    if (onPage(next.value) === false) return;
  }
}
