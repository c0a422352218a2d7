import type { WeekdayKey } from '../../../../domain/sla/calendar';

/** Weekday names in mails, in both languages (a mail is written in its recipient's language). */
export const MAIL_WEEKDAYS: { [D in WeekdayKey]: { fr: string; en: string } } = {
  mon: { fr: 'lundi', en: 'Monday' }, tue: { fr: 'mardi', en: 'Tuesday' }, wed: { fr: 'mercredi', en: 'Wednesday' },
  thu: { fr: 'jeudi', en: 'Thursday' }, fri: { fr: 'vendredi', en: 'Friday' }, sat: { fr: 'samedi', en: 'Saturday' }, sun: { fr: 'dimanche', en: 'Sunday' }
};

/** The sentences of the hours in mails: "À partir du 26 mai 2026 : …", "Fermé le 25 mai 2026". */
export const MAIL_HOURS_WORDS: {
  fr: { from: (date: string, hours: string) => string; closedOn: (date: string) => string };
  en: { from: (date: string, hours: string) => string; closedOn: (date: string) => string };
} = {
  fr: { from: (date, hours) => `À partir du ${date} : ${hours}`, closedOn: date => `Fermé le ${date}` },
  en: { from: (date, hours) => `From ${date}: ${hours}`, closedOn: date => `Closed on ${date}` }
};
