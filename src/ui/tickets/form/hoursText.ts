// From the modules themselves, not the sla barrel: the form's bundle carries the calendar and hoursNow, not the SLA clocks.
import { BusinessHoursCalendar, OpeningSlot, WeekdayKey, WeeklyHours, parseCalendar } from '../../../domain/sla/calendar';
import { HoursChange, HoursNow, WEEK_ORDER, businessDayMinutes, hoursNow, weekdayRanges } from '../../../domain/sla/hoursNow';
import { businessDuration } from '../../../domain/time/durations';
import { durationText, formatString } from '../../common/format';

type HoursStrings = IHelpCenterStrings['hours'];
type Locale = 'fr' | 'en';

/** A team's calendar from HelpTeams.HCBusinessHours (or HelpSettings businessHours.default); undefined when unreadable. */
export function readCalendar(json: string | undefined): BusinessHoursCalendar | undefined {
  if (!json) return undefined;
  const parsed = parseCalendar(json);
  if (!parsed.ok) {
    console.error('[HelpCenter] A business-hours calendar is not valid:', parsed.errors);
    return undefined;
  }
  return parsed.calendar;
}

const lang = (locale: Locale): string => (locale === 'en' ? 'en-GB' : 'fr-FR');

function dayName(day: WeekdayKey, locale: Locale): string {
  // 2024-01-01 was a Monday: weekday i of WEEK_ORDER is 2024-01-0(1+i).
  return new Date(Date.UTC(2024, 0, 1 + WEEK_ORDER.indexOf(day), 12)).toLocaleDateString(lang(locale), { weekday: 'long', timeZone: 'UTC' });
}

/** "07:30" as people write it: "7h30" / "7:30", "8h" / "8:00". */
export function timeText(hhmm: string, s: HoursStrings): string {
  const h = String(Number(hhmm.slice(0, 2)));
  const m = hhmm.slice(3, 5);
  return m === '00' ? formatString(s.timeOnHour, h) : formatString(s.time, h, m);
}

function slotsText(slots: OpeningSlot[], s: HoursStrings): string {
  return slots.map(x => formatString(s.slotRange, timeText(x.start, s), timeText(x.end, s))).join(', ');
}

/** The weekly hours in words: "lundi – vendredi 8h–18h ; samedi 9h–12h". Empty when the week has no opening. */
export function weeklyText(weekly: WeeklyHours, s: HoursStrings, locale: Locale): string {
  return weekdayRanges(weekly).map(r => {
    const days = r.from === r.to ? dayName(r.from, locale) : formatString(s.dayRange, dayName(r.from, locale), dayName(r.to, locale));
    return `${days} ${slotsText(r.slots, s)}`;
  }).join(s.listSeparator);
}

/** A local date "YYYY-MM-DD" in words: "mardi 26 mai". */
function dateText(isoDate: string, locale: Locale): string {
  return new Date(isoDate + 'T12:00:00Z').toLocaleDateString(lang(locale), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
}

/** The time of an instant in the calendar's time zone: "18h". */
function clockText(at: Date, timeZone: string, s: HoursStrings): string {
  const hhmm = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hour12: false }).format(at);
  return timeText(hhmm.replace(/^24/, '00'), s);
}

/** An instant in the calendar's time zone: "mardi 26 mai à 7h30". */
function momentText(at: Date, timeZone: string, s: HoursStrings, locale: Locale): string {
  const day = at.toLocaleDateString(lang(locale), { weekday: 'long', day: 'numeric', month: 'long', timeZone });
  return formatString(s.dayAt, day, clockText(at, timeZone, s));
}

function label(l: { fr: string; en: string } | undefined, locale: Locale): string | undefined {
  return l ? l[locale] || l.fr : undefined;
}

function changeText(c: HoursChange, s: HoursStrings, locale: Locale): string {
  if (c.kind === 'holiday') {
    const name = label(c.holiday.label, locale);
    return name ? formatString(s.changeHoliday, dateText(c.date, locale), name) : formatString(s.changeHolidayUnnamed, dateText(c.date, locale));
  }
  const period = c.period && label(c.period.label, locale);
  const week = weeklyText(c.weekly, s, locale);
  return period ? formatString(s.changePeriod, dateText(c.date, locale), period, week) : formatString(s.changeHours, dateText(c.date, locale), week);
}

/** What the form and the confirmation say about a team's hours: now, the week in force, and the next changes. */
export interface HoursLines {
  now: string;
  weekly: string;
  next: string[];
}

/**
 * The hours in words at `now`: open until when / closed until when (with today's holiday), the weekly hours in
 * force (named after the special period when one applies), and the next changes — the first one, and the next
 * change of weekly hours too when a holiday comes first (the exam period is what people plan around).
 */
export function hoursLines(calendar: BusinessHoursCalendar, now: Date, s: HoursStrings, locale: Locale): HoursLines {
  const h: HoursNow = hoursNow(calendar, now);
  const holiday = h.holiday && label(h.holiday.label, locale);
  const reopen = h.opensAt ? momentText(h.opensAt, calendar.timeZone, s, locale) : '';
  const nowText = h.openNow && h.closesAt ? formatString(s.openNow, clockText(h.closesAt, calendar.timeZone, s))
    : holiday ? formatString(s.closedHoliday, holiday, reopen) : formatString(s.closedNow, reopen);
  const week = weeklyText(h.weekly, s, locale);
  const period = h.period && label(h.period.label, locale);
  const first = h.changes[0];
  const nextHours = h.changes.filter(c => c.kind === 'hours')[0];
  const next = first ? [first] : [];
  if (first && first.kind === 'holiday' && nextHours) next.push(nextHours);
  return {
    now: nowText,
    weekly: period ? formatString(s.weeklyPeriod, period, week) : formatString(s.weekly, week),
    next: next.map(c => changeText(c, s, locale))
  };
}

/**
 * A business-hours target in words ("15 min", "2 h", "1,5 jour ouvré"), a business day being the calendar's
 * ordinary day (8 hours without a calendar).
 */
export function targetText(hours: number, calendar: BusinessHoursCalendar | undefined, strings: IHelpCenterStrings, locale: Locale): string {
  return durationText(businessDuration(hours * 60, calendar ? businessDayMinutes(calendar.weekly) : undefined), strings, locale);
}
