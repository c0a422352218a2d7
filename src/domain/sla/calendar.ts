/**
 * Business-hours calendar: the JSON stored in HelpTeams.HCBusinessHours, validated, and the clock arithmetic
 * on it. Time-zone arithmetic uses Intl.DateTimeFormat only (no dependency): every local wall-clock slot of a
 * local date is converted to a UTC instant, so DST days count the real elapsed minutes.
 */

/** Opening hours of one day, local time "HH:mm" (end exclusive). */
export interface OpeningSlot { start: string; end: string }
/** Weekday keys, Monday first. */
export type WeekdayKey = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
/** Opening hours per weekday (an empty list = closed). */
export type WeeklyHours = { [day in WeekdayKey]: OpeningSlot[] };
/** A period with other hours (exam sessions), inclusive local dates "YYYY-MM-DD". */
export interface SpecialPeriod { key: string; label?: { fr: string; en: string }; start: string; end: string; weekly: WeeklyHours }
/** A public holiday (local date "YYYY-MM-DD"): closed all day. */
export interface Holiday { date: string; label?: { fr: string; en: string } }
/** The calendar an SLA clock runs on. */
export interface BusinessHoursCalendar { timeZone: string; weekly: WeeklyHours; periods: SpecialPeriod[]; holidays: Holiday[] }

/** Why a calendar was rejected; `path` points into the JSON (e.g. "weekly.mon[1]"). */
export interface CalendarError {
  code: 'invalidJson' | 'notAnObject' | 'invalidTimeZone' | 'invalidWeek' | 'invalidTime' | 'emptySlot' | 'overlappingSlots' | 'invalidDate' | 'periodEndsBeforeStart' | 'noOpeningHours';
  path: string;
}
/** Result of parsing a calendar. */
export type CalendarParseResult = { ok: true; calendar: BusinessHoursCalendar } | { ok: false; errors: CalendarError[] };

/** Weekday keys indexed like Date.getUTCDay() (0 = Sunday). */
const DAY_KEYS: WeekdayKey[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MINUTE = 60000;
const DAY_MS = 86400000;
/** Upper bound of days scanned, so a calendar with no hours cannot loop forever (about 3 years). */
const MAX_SCAN_DAYS = 1100;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== undefined && v !== null && !Array.isArray(v);
}

function parseTime(s: unknown): number | undefined {
  if (typeof s !== 'string') return undefined;
  const m = /^(\d{2}):(\d{2})$/.exec(s);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return undefined;
  return h * 60 + min;
}

function isValidDate(s: unknown): s is string {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(s + 'T00:00:00Z');
  return !isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Whether the runtime knows this IANA time zone. */
export function isValidTimeZone(tz: unknown): boolean {
  if (typeof tz !== 'string' || tz === '') return false;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone !== '';
  } catch {
    return false;
  }
}

function validateWeek(week: unknown, path: string, errors: CalendarError[]): number {
  if (!isRecord(week)) {
    errors.push({ code: 'invalidWeek', path });
    return 0;
  }
  let slots = 0;
  for (const day of DAY_KEYS) {
    const list = week[day];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      errors.push({ code: 'invalidWeek', path: `${path}.${day}` });
      continue;
    }
    const ranges: { s: number; e: number }[] = [];
    list.forEach((slot: unknown, i: number) => {
      const p = `${path}.${day}[${i}]`;
      const s = isRecord(slot) ? parseTime(slot.start) : undefined;
      const e = isRecord(slot) ? parseTime(slot.end) : undefined;
      if (s === undefined || e === undefined) errors.push({ code: 'invalidTime', path: p });
      else if (e <= s) errors.push({ code: 'emptySlot', path: p });
      else ranges.push({ s, e });
    });
    ranges.sort((a, b) => a.s - b.s);
    for (let i = 1; i < ranges.length; i++) {
      if (ranges[i].s < ranges[i - 1].e) errors.push({ code: 'overlappingSlots', path: `${path}.${day}` });
    }
    slots += ranges.length;
  }
  return slots;
}

function normaliseWeek(week: Record<string, unknown>): WeeklyHours {
  const out = {} as WeeklyHours;
  for (const day of DAY_KEYS) {
    const list = week[day];
    out[day] = Array.isArray(list) ? (list as OpeningSlot[]).map((s) => ({ start: s.start, end: s.end })) : [];
  }
  return out;
}

/**
 * Parses and validates a calendar from its stored JSON (a string) or an already parsed value.
 * Missing weekdays count as closed; `periods` and `holidays` default to empty lists.
 */
export function parseCalendar(input: unknown): CalendarParseResult {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, errors: [{ code: 'invalidJson', path: '' }] };
    }
  }
  if (!isRecord(value)) return { ok: false, errors: [{ code: 'notAnObject', path: '' }] };
  const errors: CalendarError[] = [];
  if (!isValidTimeZone(value.timeZone)) errors.push({ code: 'invalidTimeZone', path: 'timeZone' });
  const weeklySlots = validateWeek(value.weekly, 'weekly', errors);
  const periods = value.periods === undefined ? [] : value.periods;
  const holidays = value.holidays === undefined ? [] : value.holidays;
  let periodSlots = 0;
  if (!Array.isArray(periods)) errors.push({ code: 'invalidWeek', path: 'periods' });
  else {
    periods.forEach((p: unknown, i: number) => {
      const path = `periods[${i}]`;
      if (!isRecord(p)) {
        errors.push({ code: 'invalidWeek', path });
        return;
      }
      const startOk = isValidDate(p.start);
      const endOk = isValidDate(p.end);
      if (!startOk) errors.push({ code: 'invalidDate', path: `${path}.start` });
      if (!endOk) errors.push({ code: 'invalidDate', path: `${path}.end` });
      if (startOk && endOk && (p.end as string) < (p.start as string)) errors.push({ code: 'periodEndsBeforeStart', path });
      periodSlots += validateWeek(p.weekly, `${path}.weekly`, errors);
    });
  }
  if (!Array.isArray(holidays)) errors.push({ code: 'invalidDate', path: 'holidays' });
  else {
    holidays.forEach((h: unknown, i: number) => {
      if (!isRecord(h) || !isValidDate(h.date)) errors.push({ code: 'invalidDate', path: `holidays[${i}]` });
    });
  }
  if (errors.length === 0 && weeklySlots + periodSlots === 0) errors.push({ code: 'noOpeningHours', path: 'weekly' });
  if (errors.length > 0) return { ok: false, errors };
  const rec = value as Record<string, unknown>;
  return {
    ok: true,
    calendar: {
      timeZone: rec.timeZone as string,
      weekly: normaliseWeek(rec.weekly as Record<string, unknown>),
      periods: (periods as Record<string, unknown>[]).map((p) => ({
        key: String(p.key === undefined ? '' : p.key), label: p.label as SpecialPeriod['label'],
        start: p.start as string, end: p.end as string, weekly: normaliseWeek(p.weekly as Record<string, unknown>)
      })),
      holidays: (holidays as Record<string, unknown>[]).map((h) => ({ date: h.date as string, label: h.label as Holiday['label'] }))
    }
  };
}

// ---- time-zone arithmetic -------------------------------------------------------------------------

const formatters: { [tz: string]: Intl.DateTimeFormat } = {};

function formatterFor(tz: string): Intl.DateTimeFormat {
  let f = formatters[tz];
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz, hour12: false, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit'
    });
    formatters[tz] = f;
  }
  return f;
}

/** Local wall-clock fields of an instant in a time zone. */
interface LocalParts { y: number; mo: number; d: number; h: number; mi: number; s: number }

function localParts(ms: number, tz: string): LocalParts {
  // en-US with hour12:false formats as "MM/DD/YYYY, HH:mm:ss" (some engines write midnight as 24).
  const m = /(\d+)\/(\d+)\/(\d+),?\s+(\d+):(\d+):(\d+)/.exec(formatterFor(tz).format(new Date(ms)));
  if (!m) throw new RangeError('Unexpected date format from Intl.DateTimeFormat');
  return { y: Number(m[3]), mo: Number(m[1]), d: Number(m[2]), h: Number(m[4]) % 24, mi: Number(m[5]), s: Number(m[6]) };
}

/** Offset of the zone from UTC at an instant, in ms (Paris in summer: +7,200,000). */
function offsetAt(ms: number, tz: string): number {
  const p = localParts(ms, tz);
  const asUtc = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * The UTC instant of a local wall-clock time. In the autumn overlap (a time that occurs twice) the first
 * occurrence is used; in the spring gap (a time that does not exist) the time moves forward by the gap, so a
 * "02:00–03:00" slot on the last Sunday of March lasts 0 minutes and on the last Sunday of October 2 hours.
 */
function zonedToUtc(y: number, mo: number, d: number, minuteOfDay: number, tz: string): number {
  const wall = Date.UTC(y, mo - 1, d, 0, minuteOfDay);
  const before = offsetAt(wall - DAY_MS, tz);
  const after = offsetAt(wall + DAY_MS, tz);
  const valid = [wall - before, wall - after].filter((t, i) => offsetAt(t, tz) === (i === 0 ? before : after));
  if (valid.length === 0) return wall - before;
  return valid.length === 2 ? Math.min(valid[0], valid[1]) : valid[0];
}

/** A local calendar date, as a UTC-midnight day number (days since 1970-01-01). */
function localDayNumber(ms: number, tz: string): number {
  const p = localParts(ms, tz);
  return Math.floor(Date.UTC(p.y, p.mo - 1, p.d) / DAY_MS);
}

function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The hours in force on a local date: the week (a special period's when one covers it) and the holiday, if any. */
export interface HoursInForce { weekly: WeeklyHours; period?: SpecialPeriod; holiday?: Holiday }

/** Which hours apply on a local date "YYYY-MM-DD": the first special period covering it, else the ordinary week. */
export function hoursInForce(calendar: BusinessHoursCalendar, isoDate: string): HoursInForce {
  const holiday = calendar.holidays.filter((h) => h.date === isoDate)[0];
  const period = calendar.periods.filter((p) => isoDate >= p.start && isoDate <= p.end)[0];
  return { weekly: period ? period.weekly : calendar.weekly, period, holiday };
}

/** The weekday key of a local date "YYYY-MM-DD". */
export function weekdayOf(isoDate: string): WeekdayKey {
  return DAY_KEYS[new Date(isoDate + 'T00:00:00Z').getUTCDay()];
}

/** The calendar's local date "YYYY-MM-DD" of an instant. */
export function localDateOf(calendar: BusinessHoursCalendar, at: Date): string {
  return isoOfDay(localDayNumber(at.getTime(), calendar.timeZone));
}

/** Weekly hours that apply on a local date: a special period's, else the ordinary week; none on holidays. */
function slotsOn(calendar: BusinessHoursCalendar, day: number): OpeningSlot[] {
  const iso = isoOfDay(day);
  const force = hoursInForce(calendar, iso);
  return force.holiday ? [] : force.weekly[weekdayOf(iso)] || [];
}

/**
 * Open intervals per calendar and local date: a desk reads the clocks of thousands of tickets over the same few
 * days, and each date costs several time-zone conversions. Calendars are not mutated once parsed.
 */
const intervalCache: WeakMap<BusinessHoursCalendar, Map<number, [number, number][]>> = new WeakMap();

/** Open intervals of one local date as UTC ms [start, end), in time order (callers must not modify the result). */
function openIntervalsOn(calendar: BusinessHoursCalendar, day: number): [number, number][] {
  let days = intervalCache.get(calendar);
  if (!days) {
    days = new Map();
    intervalCache.set(calendar, days);
  }
  let intervals = days.get(day);
  if (!intervals) {
    intervals = computeOpenIntervals(calendar, day);
    days.set(day, intervals);
  }
  return intervals;
}

function computeOpenIntervals(calendar: BusinessHoursCalendar, day: number): [number, number][] {
  const date = new Date(day * DAY_MS);
  const y = date.getUTCFullYear();
  const mo = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return slotsOn(calendar, day)
    .map((s): [number, number] => [
      zonedToUtc(y, mo, d, parseTime(s.start) as number, calendar.timeZone),
      zonedToUtc(y, mo, d, parseTime(s.end) as number, calendar.timeZone)
    ])
    .filter((r) => r[1] > r[0])
    .sort((a, b) => a[0] - b[0]);
}

/** Business minutes between two instants (0 when `to` is not after `from`), rounded down to the minute. */
export function businessMinutesBetween(calendar: BusinessHoursCalendar, from: Date, to: Date): number {
  const a = from.getTime();
  const b = to.getTime();
  if (!(b > a)) return 0;
  const first = localDayNumber(a, calendar.timeZone);
  const last = localDayNumber(b, calendar.timeZone);
  let total = 0;
  for (let day = first; day <= last; day++) {
    for (const [s, e] of openIntervalsOn(calendar, day)) {
      const lo = Math.max(s, a);
      const hi = Math.min(e, b);
      if (hi > lo) total += hi - lo;
    }
  }
  return Math.floor(total / MINUTE);
}

/** The instant when `minutes` business minutes have run from `start` (the due date). */
export function addBusinessMinutes(calendar: BusinessHoursCalendar, start: Date, minutes: number): Date {
  const a = start.getTime();
  let left = Math.max(0, minutes) * MINUTE;
  const first = localDayNumber(a, calendar.timeZone);
  for (let day = first; day < first + MAX_SCAN_DAYS; day++) {
    for (const [s, e] of openIntervalsOn(calendar, day)) {
      const lo = Math.max(s, a);
      if (e <= lo) continue;
      if (left === 0) return new Date(lo);
      if (e - lo >= left) return new Date(lo + left);
      left -= e - lo;
    }
  }
  throw new RangeError('The calendar has no opening hours in the next three years');
}

/** Open intervals of a local date "YYYY-MM-DD" as UTC instants, in time order. */
export function openIntervalsOnDate(calendar: BusinessHoursCalendar, isoDate: string): { start: Date; end: Date }[] {
  const day = Math.floor(new Date(isoDate + 'T00:00:00Z').getTime() / DAY_MS);
  return openIntervalsOn(calendar, day).map(([s, e]) => ({ start: new Date(s), end: new Date(e) }));
}

/** Whether the desk is open at an instant. */
export function isOpen(calendar: BusinessHoursCalendar, at: Date): boolean {
  const t = at.getTime();
  return openIntervalsOn(calendar, localDayNumber(t, calendar.timeZone)).some(([s, e]) => t >= s && t < e);
}

/** The next instant the desk is open (`at` itself when already open). */
export function nextOpening(calendar: BusinessHoursCalendar, at: Date): Date {
  return addBusinessMinutes(calendar, at, 0);
}

/**
 * The end of the `n`-th business day strictly after the local date of `from` (a business day is a local date
 * with opening hours). Used to time out tickets awaiting the user "for more than N business days".
 */
export function endOfNthBusinessDayAfter(calendar: BusinessHoursCalendar, from: Date, n: number): Date {
  const first = localDayNumber(from.getTime(), calendar.timeZone);
  let count = 0;
  for (let day = first + 1; day < first + 1 + MAX_SCAN_DAYS; day++) {
    const intervals = openIntervalsOn(calendar, day);
    if (intervals.length === 0) continue;
    count++;
    if (count >= n) return new Date(intervals[intervals.length - 1][1]);
  }
  throw new RangeError('The calendar has no opening hours in the next three years');
}
