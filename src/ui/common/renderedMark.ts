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

/** The prefix of the marks the help bar sets before each of its own requests (`detail`: the URL). */
export const REQUEST_MARK = 'help-center:request:';

/**
 * Says that `owner` (the help bar) sends a request to `url`: the benchmark tells the bar's requests from a web part's
 * on a page holding both (each has its own budget), with nothing else to go by (both call `_api/$batch`).
 */
export function markRequest(owner: string, url: string): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  try {
    performance.mark(REQUEST_MARK + owner, { detail: url });
  } catch {
    // A browser without mark details: the benchmark only runs in Chromium.
  }
}
