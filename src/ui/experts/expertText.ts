import type { ExpertiseCounts } from '../../domain/experts/record';
import type { ExpertsCategory } from '../../data/experts/services';
import { formatString } from '../common/format';

type S = IHelpCenterExpertsStrings['experts'];

/** A count with its singular or plural form (French: singular for 0 and 1). */
function counted(locale: 'fr' | 'en', n: number, one: string, many: string): string {
  return (locale === 'fr' ? n < 2 : n === 1) ? formatString(one, n) : formatString(many, n);
}

/** "12 requests solved, 5 articles, 2 articles reviewed" (the parts that are not zero; helpful votes last). */
export function countsText(s: S, locale: 'fr' | 'en', k: ExpertiseCounts, withHelpful: boolean = false): string {
  const parts: string[] = [];
  if (k.resolved) parts.push(counted(locale, k.resolved, s.resolvedOne, s.resolvedMany));
  if (k.written) parts.push(counted(locale, k.written, s.writtenOne, s.writtenMany));
  if (k.reviewed) parts.push(counted(locale, k.reviewed, s.reviewedOne, s.reviewedMany));
  if (withHelpful && k.helpful) parts.push(counted(locale, k.helpful, s.helpfulOne, s.helpfulMany));
  return parts.join(', ');
}

/** A category's name in the page's language ('' when unknown). */
export function categoryName(categories: readonly ExpertsCategory[], id: number | undefined, locale: 'fr' | 'en'): string {
  const c = categories.filter(x => x.id === id)[0];
  return c ? (locale === 'en' ? c.titleEn : c.titleFr) : '';
}
