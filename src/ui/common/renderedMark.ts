/** The prefix of the performance marks a web part sets when its first render with content is on screen. */
export const RENDERED_MARK = 'help-center:rendered:';

/**
 * Says, once per page, that `feature` (setup, form, my-tickets, desk, knowledge, help-bar) has rendered its content
 * (not a spinner or shimmer): a `performance.mark` the benchmark waits for before it counts the requests and the
 * scripts of a page's first render, instead of waiting for the network to be idle. No React here: the help bar uses it.
 */
export function markRendered(feature: string): void {
  const perf = typeof performance !== 'undefined' && typeof performance.mark === 'function' ? performance : undefined;
  if (perf && perf.getEntriesByName && perf.getEntriesByName(RENDERED_MARK + feature).length) return;
  if (feature.indexOf('help-bar') !== 0) webPartRendered();
  if (perf) perf.mark(RENDERED_MARK + feature);
}

/**
 * The help center's web parts on this page whose first render is still to come, shared by the web parts' bundle and
 * the help bar's (each has its own copy of this module: the count lives on the page).
 */
interface PageRenders { pending: number; waiting: Array<() => void> }
function pageRenders(): PageRenders {
  const page = globalThis as unknown as { __helpCenterRenders?: PageRenders };
  return page.__helpCenterRenders || (page.__helpCenterRenders = { pending: 0, waiting: [] });
}

/** A web part of the help center starts: what may wait (the help bar's live part) waits for its first render. */
export function expectWebPartRender(): void {
  pageRenders().pending++;
}

function webPartRendered(): void {
  const renders = pageRenders();
  if (renders.pending > 0 && --renders.pending === 0) renders.waiting.splice(0).forEach(go => go());
}

/**
 * Calls `then` once the help center's web parts on this page have rendered their content, at once when there are
 * none, and after `timeoutMs` at the latest (a web part that failed or shows twice on the page marks once).
 */
export function afterWebPartsRendered(then: () => void, timeoutMs: number): void {
  const renders = pageRenders();
  if (!renders.pending) { then(); return; }
  let done = false;
  const once = (): void => { if (!done) { done = true; then(); } };
  renders.waiting.push(once);
  setTimeout(once, timeoutMs);
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
