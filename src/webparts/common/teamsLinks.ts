/**
 * In Teams a web part is alone on its tab's page: a link to another page of the help center must not replace the tab
 * (Teams would show a whole SharePoint page inside it, without a way back). Links to other pages open in a new
 * browser tab; links within the same page (`?ticket=` on this tab) and buttons behave as they do in SharePoint.
 */

/** Whether following `href` from `current` leaves the page (another path, or another site). */
export function leavesPage(href: string, current: { origin: string; pathname: string }): boolean {
  let url: URL;
  try {
    url = new URL(href, `${current.origin}${current.pathname}`);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return url.origin !== current.origin || url.pathname.toLowerCase() !== current.pathname.toLowerCase();
}

/**
 * Makes the links of `root` that leave the page open in a new browser tab (set as they are clicked, so links
 * rendered later are covered too). Returns the function that stops it.
 */
export function openOtherPagesInNewTab(root: HTMLElement): () => void {
  const onClick = (e: MouseEvent): void => {
    const target = e.target as Element | null;
    const link = target && typeof target.closest === 'function' ? target.closest('a[href]') as HTMLAnchorElement | null : null;
    if (!link || !root.contains(link) || link.target) return;
    if (leavesPage(link.getAttribute('href') || '', window.location)) {
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
    }
  };
  root.addEventListener('click', onClick, true);
  return () => root.removeEventListener('click', onClick, true);
}
