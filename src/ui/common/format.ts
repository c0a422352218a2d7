import { DurationParts, DurationWords, formatDuration } from '../../domain/time/durations';

/** Replaces `{0}`, `{1}`… in a localized template (loc files keep word order per language). */
export function formatString(template: string, ...args: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (match: string, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? match : String(value);
  });
}

/**
 * Chooses the singular or plural form: French uses the singular for 0 and 1, English only for 1.
 */
export function formatCount(locale: 'fr' | 'en', count: number, forms: IHelpCenterPlural): string {
  const singular = locale === 'fr' ? count < 2 : count === 1;
  return formatString(singular ? forms.one : forms.other, count);
}

/**
 * A duration in words for a page ("15 min", "2 h", "1,5 jour ouvré"): the domain picks unit and amount
 * (src/domain/time/durations), the page's strings give the unit words (`strings.durations`).
 */
export function durationText(parts: DurationParts, strings: { durations: DurationWords }, locale: 'fr' | 'en'): string {
  return formatDuration(parts, strings.durations, locale);
}
