/**
 * The hours a requester needs to know when filing: is the desk open now, today's hours, the weekly hours in force,
 * and what changes next ("exam period from 26 May: Monday–Saturday 7:30–19:30", "closed on 25 May"). Pure: the
 * calendar comes from HelpTeams.HCBusinessHours (parseCalendar), `now` from the caller.
 */
import {
  BusinessHoursCalendar, Holiday, OpeningSlot, SpecialPeriod, WeekdayKey, WeeklyHours,
  hoursInForce, localDateOf, nextOpening, openIntervalsOnDate, weekdayOf
} from './calendar';

/** Weekdays, Monday first (the order hours are written in). */
export const WEEK_ORDER: WeekdayKey[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY_MS = 86400000;

/** A change ahead: other weekly hours from a date (a period starts or ends), or a holiday. */
export type HoursChange =
  | { kind: 'hours'; date: string; weekly: WeeklyHours; /** The period that starts; undefined when the ordinary hours come back. */ period?: SpecialPeriod }
  | { kind: 'holiday'; date: string; holiday: Holiday };

/** The hours that apply now and the changes ahead. */
export interface HoursNow {
  /** The calendar's local date of `now`, "YYYY-MM-DD". */
  today: string;
  openNow: boolean;
  /** When open now: when the current opening ends. */
  closesAt?: Date;
  /** When closed now: the next opening (undefined when the calendar has none in three years). */
  opensAt?: Date;
  /** Today's slots, local "HH:mm" (none on a holiday). */
  todaySlots: OpeningSlot[];
  /** Today's holiday, if it is one. */
  holiday?: Holiday;
  /** The weekly hours in force today, and the special period they belong to. */
  weekly: WeeklyHours;
  period?: SpecialPeriod;
  /** The next changes within the horizon, in date order; `changes[0]` is the next one. */
  changes: HoursChange[];
}

/** Consecutive weekdays with the same hours, for writing "Monday – Friday 8:00–18:00". Closed days are left out. */
export interface WeekdayRange { from: WeekdayKey; to: WeekdayKey; slots: OpeningSlot[] }

function addDays(isoDate: string, n: number): string {
  return new Date(new Date(isoDate + 'T00:00:00Z').getTime() + n * DAY_MS).toISOString().slice(0, 10);
}

function sameWeek(a: WeeklyHours, b: WeeklyHours): boolean {
  return WEEK_ORDER.every(d => JSON.stringify(a[d] || []) === JSON.stringify(b[d] || []));
}

/** The week as ranges of consecutive days with equal hours ("mon–fri 08:00–18:00", "sat 09:00–12:00"). */
export function weekdayRanges(weekly: WeeklyHours): WeekdayRange[] {
  const out: WeekdayRange[] = [];
  let previous: WeekdayKey | undefined;
  WEEK_ORDER.forEach(day => {
    const slots = weekly[day] || [];
    const last = out[out.length - 1];
    if (slots.length && last && last.to === previous && JSON.stringify(last.slots) === JSON.stringify(slots)) last.to = day;
    else if (slots.length) out.push({ from: day, to: day, slots });
    previous = day;
  });
  return out;
}

function minutesOf(slots: OpeningSlot[]): number {
  const m = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return slots.reduce((sum, s) => sum + m(s.end) - m(s.start), 0);
}

/**
 * The length of an ordinary business day of a week, in minutes (the most frequent open day's), so "16 business
 * hours" reads "1.5 business days" on a 10-hour desk; 480 when the week has no open day.
 */
export function businessDayMinutes(weekly: WeeklyHours): number {
  const counts: { [minutes: number]: number } = {};
  let best = 0;
  let bestCount = 0;
  WEEK_ORDER.forEach(d => {
    const m = minutesOf(weekly[d] || []);
    if (!m) return;
    counts[m] = (counts[m] || 0) + 1;
    if (counts[m] > bestCount || (counts[m] === bestCount && m > best)) { best = m; bestCount = counts[m]; }
  });
  return best || 480;
}

/**
 * The hours that apply at `now` and the next changes (at most `maxChanges`, within `horizonDays` days): each
 * holiday ahead, and each date from which the weekly hours differ (a special period starting or ending — one with
 * the same hours is no change).
 */
export function hoursNow(calendar: BusinessHoursCalendar, now: Date, horizonDays: number = 60, maxChanges: number = 3): HoursNow {
  const today = localDateOf(calendar, now);
  const force = hoursInForce(calendar, today);
  const t = now.getTime();
  const current = openIntervalsOnDate(calendar, today).filter(i => t >= i.start.getTime() && t < i.end.getTime())[0];
  let opensAt: Date | undefined;
  if (!current) {
    try { opensAt = nextOpening(calendar, now); } catch { opensAt = undefined; }
  }
  const changes: HoursChange[] = [];
  let week = force.weekly;
  for (let n = 1; n <= horizonDays && changes.length < maxChanges; n++) {
    const date = addDays(today, n);
    const f = hoursInForce(calendar, date);
    if (!sameWeek(f.weekly, week)) {
      changes.push({ kind: 'hours', date, weekly: f.weekly, period: f.period });
      week = f.weekly;
    }
    // A holiday on a day the desk would be closed anyway changes nothing for the requester.
    if (f.holiday && changes.length < maxChanges && (f.weekly[weekdayOf(date)] || []).length) changes.push({ kind: 'holiday', date, holiday: f.holiday });
  }
  return {
    today, openNow: !!current, closesAt: current && current.end, opensAt,
    todaySlots: force.holiday ? [] : force.weekly[weekdayOf(today)] || [], holiday: force.holiday,
    weekly: force.weekly, period: force.period, changes
  };
}
