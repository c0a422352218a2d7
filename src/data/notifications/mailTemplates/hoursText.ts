/**
 * The desk's hours as a mail writes them ("lundi–vendredi 8:00–18:00", and the next change: "À partir du 26 mai
 * 2026 : lundi–samedi 7:30–19:30 (Sessions d'examens)"), from the team's calendar: what applies when the mail is
 * written, in both languages.
 */
import type { BusinessHoursCalendar, WeeklyHours } from '../../../domain/sla/calendar';
import { hoursNow, weekdayRanges } from '../../../domain/sla/hoursNow';
import type { MailText } from './words/fieldLabels';
import { MAIL_HOURS_WORDS, MAIL_WEEKDAYS } from './words/hoursWords';

/** "08:00" → "8h00" in French (as the pages write hours), "8:00" in English. */
const time = (hhmm: string, language: 'fr' | 'en'): string => {
  const t = hhmm.replace(/^0(\d)/, '$1');
  return language === 'fr' ? t.replace(':', 'h') : t;
};

function week(weekly: WeeklyHours, language: 'fr' | 'en'): string {
  return weekdayRanges(weekly).map(r => {
    const days = r.from === r.to ? MAIL_WEEKDAYS[r.from][language] : `${MAIL_WEEKDAYS[r.from][language]}–${MAIL_WEEKDAYS[r.to][language]}`;
    return `${days} ${r.slots.map(s => `${time(s.start, language)}–${time(s.end, language)}`).join(', ')}`;
  }).join(language === 'fr' ? ' ; ' : '; ');
}

function dateText(isoDate: string, language: 'fr' | 'en'): string {
  try {
    return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString(language === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  } catch {
    return isoDate;
  }
}

/** The hours in force at `now` (with their period's name) and the next change, if any. */
export function mailHoursText(calendar: BusinessHoursCalendar, now: Date): { hours?: MailText; next?: MailText } {
  const h = hoursNow(calendar, now);
  const both = (f: (l: 'fr' | 'en') => string): MailText => ({ fr: f('fr'), en: f('en') });
  const label = (l: 'fr' | 'en', p?: { label?: MailText }): string => (p && p.label ? ` (${p.label[l]})` : '');
  const hours = weekdayRanges(h.weekly).length ? both(l => `${week(h.weekly, l)}${label(l, h.period)}`) : undefined;
  const change = h.changes[0];
  let next: MailText | undefined;
  if (change && change.kind === 'hours') next = both(l => MAIL_HOURS_WORDS[l].from(dateText(change.date, l), `${week(change.weekly, l)}${label(l, change.period)}`));
  else if (change) next = both(l => `${MAIL_HOURS_WORDS[l].closedOn(dateText(change.date, l))}${change.holiday.label ? ` (${change.holiday.label[l]})` : ''}`);
  return { hours, next };
}
