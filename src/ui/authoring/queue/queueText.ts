import type { CategoryName } from '../../../data/knowledge/authoring/queueSnapshot';
import type { UiLocale } from '../../common/HelpCenterContext';

/** A category's name in the page's language (undefined: none, or unknown). */
export function categoryName(categories: CategoryName[], id: number | undefined, locale: UiLocale): string | undefined {
  const c = id ? categories.filter(x => x.id === id)[0] : undefined;
  return c ? (locale === 'en' ? c.titleEn : c.titleFr) : undefined;
}
