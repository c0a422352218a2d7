/** The prefix of the performance marks a web part sets when its first render with content is on screen. */
export const RENDERED_MARK = 'help-center:rendered:';

/**
 * Says, once per page, that `feature` (setup, form, my-tickets, desk, knowledge, help-bar) has rendered its content
 * (not a spinner or shimmer): a `performance.mark` the benchmark waits for before it counts the requests and the
 * scripts of a page's first render, instead of waiting for the network to be idle. No React here: the help bar uses it.
 */
export function markRendered(feature: string): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  if (performance.getEntriesByName && performance.getEntriesByName(RENDERED_MARK + feature).length) return;
  performance.mark(RENDERED_MARK + feature);
}
