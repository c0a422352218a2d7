/**
 * The contributors' page (ArticleEditor web part) reads its address here: only that page needs it, so the pages
 * every reader loads (pageLinks.ts) do not carry it.
 */
import { idParam, queryParams, type AuthoringRoute } from './pageLinks';

/** What the contributors' page shows for its address (`?draft=`, `?article=`, `?new=1&…`; anything else: the queue). */
export function authoringRouteFromUrl(search: string): AuthoringRoute {
  const q = queryParams(search);
  const draft = idParam(search, 'draft');
  if (draft !== undefined) return { kind: 'draft', id: draft };
  const article = idParam(search, 'article');
  if (article !== undefined) return { kind: 'article', id: article };
  if (q.new !== '1') return { kind: 'queue' };
  const template = q.template && /^[A-Za-z_]{1,40}$/.test(q.template) ? q.template : undefined;
  const language = q.lang === 'fr' || q.lang === 'en' ? q.lang : undefined;
  const query = q.q ? q.q.trim().slice(0, 255) : undefined;
  return {
    kind: 'new',
    ...(template ? { template } : {}), ...(language ? { language } : {}), ...(query ? { query } : {}),
    ...optionalId('ticketId', idParam(search, 'ticket')), ...optionalId('translationOf', idParam(search, 'translationOf')),
    ...optionalId('categoryId', idParam(search, 'category'))
  };
}

function optionalId<K extends string>(key: K, id: number | undefined): { [k in K]?: number } {
  return (id !== undefined ? { [key]: id } : {}) as { [k in K]?: number };
}
