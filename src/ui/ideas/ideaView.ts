/** The idea box's page state from its address, category names and options, and kept drafts. */
import { categoryTree } from '../../domain/categories/categoryTree';
import { IDEA_STATUSES, type IdeaStatus } from '../../domain/vocabulary';
import type { IdeaCategory, IdeaQuery } from '../../data/ideas/services';
import type { UiLocale } from '../common/HelpCenterContext';

/** What the address asks for: one idea's page, or the box filtered. */
export type IdeaRoute = { idea: number } | { fromTicket: number } | { query: IdeaQuery };

/** Reads `?idea=ID`, `?fromTicket=ID` (the desk's "turn into an idea") or `?category=ID&status=…&order=newest|top`. */
export function ideaRoute(search: string): IdeaRoute {
  const params = new URLSearchParams(search || '');
  const idea = Number(params.get('idea'));
  if (Number.isInteger(idea) && idea > 0) return { idea };
  const ticket = Number(params.get('fromTicket'));
  if (Number.isInteger(ticket) && ticket > 0) return { fromTicket: ticket };
  const category = Number(params.get('category'));
  const status = params.get('status') || '';
  return {
    query: {
      order: params.get('order') === 'newest' ? 'newest' : 'top',
      categoryId: Number.isInteger(category) && category > 0 ? category : undefined,
      status: (IDEA_STATUSES as readonly string[]).indexOf(status) >= 0 ? status as IdeaStatus : undefined
    }
  };
}

/** A category's name in the page's language. */
export function categoryName(categories: IdeaCategory[], id: number | undefined, locale: UiLocale): string {
  const c = categories.filter(x => x.id === id)[0];
  return c ? (locale === 'en' ? c.titleEn : c.titleFr) || c.titleFr : '';
}

/** The categories as the tree reads (each after its parent, indented by its depth with no-break spaces). */
export function categoryChoices(categories: IdeaCategory[], locale: UiLocale): { key: number; text: string }[] {
  return categoryTree(categories).map(({ k, depth }) => ({ key: k.id, text: `${'\u00a0\u00a0'.repeat(depth)}${(locale === 'en' ? k.titleEn : k.titleFr) || k.titleFr}` }));
}

/** A value kept in localStorage (a draft survives a reload); nothing when storage is unavailable. */
export function readKept<T>(key: string): T | undefined {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? JSON.parse(raw) as T : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a value (undefined forgets it). */
export function keep<T>(key: string, value: T | undefined): void {
  try {
    if (value === undefined) window.localStorage.removeItem(key); else window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private browsing or a full storage: the draft lives as long as the page.
  }
}
