/**
 * The learned phrasings a contributor set aside for an article, remembered in this browser (localStorage) per site
 * and article. Not shared: a list column for it would need a schema change on KnowledgeArticles, which only reviewers
 * write, and a setting (HelpSettings) only owners write; a rejection is one person's judgement, never the base's.
 */
function key(site: string, articleId: number): string {
  return `hc-authoring-rejected|${site}|${articleId}`;
}

/** The phrasings set aside for the article (none when storage is unavailable). */
export function readRejected(site: string, articleId: number): string[] {
  try {
    const raw = window.localStorage.getItem(key(site, articleId));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** Remembers one more phrasing set aside (kept to the 200 latest). */
export function rememberRejected(site: string, articleId: number, phrasing: string): void {
  try {
    const next = readRejected(site, articleId).filter(p => p !== phrasing).concat([phrasing]).slice(-200);
    window.localStorage.setItem(key(site, articleId), JSON.stringify(next));
  } catch (e) {
    console.warn('[HelpCenter] A rejected phrasing could not be remembered in this browser:', e);
  }
}
