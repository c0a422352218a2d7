import type { UiLocale as Locale } from './HelpCenterContext';

/** The BCP 47 tag the pages format with: French of France, English of the UK (day before month, 24-hour clock). */
export function dateLocale(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : 'fr-FR';
}

/** A date alone ("2 déc. 2026"), in the page's language. */
export function dayText(at: Date | string, locale: Locale): string {
  return toDate(at).toLocaleDateString(dateLocale(locale), { day: 'numeric', month: 'short', year: 'numeric' });
}

/** A date and its time ("2 déc. 2026, 14:05"), in the page's language. */
export function dateTimeText(at: Date | string, locale: Locale): string {
  return toDate(at).toLocaleString(dateLocale(locale), { dateStyle: 'medium', timeStyle: 'short' } as Intl.DateTimeFormatOptions);
}

/** A machine-readable value for `<time dateTime>`. */
export function isoText(at: Date | string): string {
  return toDate(at).toISOString();
}

function toDate(at: Date | string): Date {
  return typeof at === 'string' ? new Date(at) : at;
}
