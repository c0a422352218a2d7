import * as React from 'react';
import type { sanitizeArticleHtml } from './sanitizeArticleHtml';

/** The article allow-list (sanitizeArticleHtml with DOMPurify), loaded when first needed: a save, a body shown. */
export type ArticleSanitizer = typeof sanitizeArticleHtml;

let loading: Promise<ArticleSanitizer> | undefined;
let loaded: ArticleSanitizer | undefined;

/**
 * The sanitiser in its own chunk: the draft page's first render (a new article's form) does not carry DOMPurify; a
 * save or a body to show loads it (a failed download is fetched again by the next call).
 */
export function loadArticleSanitizer(): Promise<ArticleSanitizer> {
  if (!loading) {
    loading = import(/* webpackChunkName: 'help-center-article-sanitizer' */ './sanitizeArticleHtml').then(m => (loaded = m.sanitizeArticleHtml));
    loading.catch(() => { loading = undefined; });
  }
  return loading;
}

/** The sanitiser once loaded (undefined before: show nothing of the HTML until then, never the raw HTML). */
export function useArticleSanitizer(): ArticleSanitizer | undefined {
  const [sanitize, setSanitize] = React.useState<ArticleSanitizer | undefined>(() => loaded);
  React.useEffect(() => {
    let live = true;
    if (!sanitize) {
      loadArticleSanitizer().then(f => { if (live) setSanitize(() => f); },
        (e: unknown) => console.error('[HelpCenter] The article sanitiser could not be loaded:', e));
    }
    return () => { live = false; };
  }, []);
  return sanitize;
}
