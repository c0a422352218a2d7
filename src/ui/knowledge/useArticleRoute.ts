import * as React from 'react';
import type { OpenArticle } from './ArticleLink';

/** {@link useArticleRoute}'s result. */
export interface ArticleRoute {
  /** The article shown, if any. */
  articleId?: number;
  open: OpenArticle;
  close(): void;
}

function articleInAddress(): number | undefined {
  const id = Number(new URLSearchParams(window.location.search).get('article'));
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

/**
 * The article shown in place of the search, in the address (`?article=ID`, the browser's Back closes it), and the
 * focus: when the article closes, it returns to the link that opened it (`data-hc-opener` under `root`), else to
 * the search box.
 */
export function useArticleRoute(initialId: number | undefined, root: React.RefObject<HTMLElement>, onOpened: (id: number) => void): ArticleRoute {
  const [articleId, setArticleId] = React.useState(initialId);
  const opener = React.useRef<string | undefined>();
  const wasOpen = React.useRef(!!initialId);
  const go = React.useCallback((id: number | undefined) => {
    setArticleId(id);
    const url = new URL(window.location.href);
    if (id) url.searchParams.set('article', String(id)); else url.searchParams.delete('article');
    window.history.pushState({}, '', url.toString());
  }, []);
  const open = React.useCallback((id: number, from?: string) => {
    if (from) opener.current = from;
    onOpened(id);
    go(id);
  }, [go, onOpened]);
  const close = React.useCallback(() => go(undefined), [go]);
  React.useEffect(() => {
    const onPop = (): void => setArticleId(articleInAddress());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  React.useEffect(() => {
    if (articleId) { wasOpen.current = true; return; }
    if (!wasOpen.current || !root.current) return;
    wasOpen.current = false;
    const from = opener.current ? root.current.querySelector<HTMLElement>(`[data-hc-opener="${opener.current}"]`) : null; // eslint-disable-line @rushstack/no-new-null
    opener.current = undefined;
    const target = from || root.current.querySelector<HTMLElement>('input');
    if (target) target.focus();
  }, [articleId, root]);
  return { articleId, open, close };
}
