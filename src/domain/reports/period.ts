/**
 * The reports' periods in the desk's time zone: this month, last month, the last exam session (a special period of
 * the desk's calendar), a date range; and the month and week each instant falls in (local dates, ISO weeks).
 */
import type { SpecialPeriod } from '../sla/calendar';
import type { ReportPeriod } from './model';

const DAY_MS = 86400000;

/** Which period the reports show. */
export type PeriodChoice =
  | { kind: 'thisMonth' }
  | { kind: 'lastMonth' }
  | { kind: 'examSession' }
  /** Local dates YYYY-MM-DD, both included. */
  | { kind: 'range'; from: string; to: string };

/** The period kinds, in the order the page offers them. */
export const PERIOD_KINDS: readonly PeriodChoice['kind'][] = ['thisMonth', 'lastMonth', 'examSession', 'range'];

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, hour12: false, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(tz, f);
  }
  return f;
}

/** Local wall-clock parts of an instant in a time zone. */
function localParts(at: number, tz: string): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const m = /(\d+)\/(\d+)\/(\d+),?\s+(\d+):(\d+):(\d+)/.exec(formatter(tz).format(new Date(at)));
  if (!m) throw new RangeError('Unexpected date format from Intl.DateTimeFormat');
  return { y: Number(m[3]), mo: Number(m[1]), d: Number(m[2]), h: Number(m[4]) % 24, mi: Number(m[5]), s: Number(m[6]) };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The local date (YYYY-MM-DD) of an instant. */
export function localDate(at: Date, tz: string): string {
  const p = localParts(at.getTime(), tz);
  return `${p.y}-${pad(p.mo)}-${pad(p.d)}`;
}

/** Whether a string is a real calendar date YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/** The instant a local date starts (its midnight in the zone; DST changes happen at night, never at midnight in Europe). */
export function startOfLocalDate(isoDate: string, tz: string): Date {
  const [y, mo, d] = isoDate.split('-').map(Number);
  const wall = Date.UTC(y, mo - 1, d);
  let guess = wall;
  // Two corrections reach the offset in force at that local midnight.
  for (let i = 0; i < 2; i++) {
    const p = localParts(guess, tz);
    const offset = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s) - Math.floor(guess / 1000) * 1000;
    guess = wall - offset;
  }
  return new Date(guess);
}

/** The local date `days` after another. */
export function addDays(isoDate: string, days: number): string {
  const [y, mo, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, mo - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The month (YYYY-MM) an instant falls in, locally. */
export function monthKey(at: Date, tz: string): string {
  return localDate(at, tz).slice(0, 7);
}

/** The ISO week (YYYY-Www, weeks start on Monday) of a local date. */
export function isoWeekOf(isoDate: string): string {
  const [y, mo, d] = isoDate.split('-').map(Number);
  const day = new Date(Date.UTC(y, mo - 1, d));
  const weekday = day.getUTCDay() || 7;
  // The week's Thursday decides its year.
  const thursday = new Date(day.getTime() + (4 - weekday) * DAY_MS);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((thursday.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${thursday.getUTCFullYear()}-W${pad(week)}`;
}

/** The ISO week an instant falls in, locally. */
export function weekKey(at: Date, tz: string): string {
  return isoWeekOf(localDate(at, tz));
}

/** Every month key of a period, in order (an empty month still shows). */
export function monthsOf(p: ReportPeriod, tz: string): string[] {
  const out: string[] = [];
  const last = monthKey(new Date(p.to.getTime() - 1), tz);
  let [y, m] = monthKey(p.from, tz).split('-').map(Number);
  for (let k = `${y}-${pad(m)}`; k <= last && out.length < 600; k = `${y}-${pad(m)}`) {
    out.push(k);
    m++;
    if (m > 12) { m = 1; y++; }
  }
  return out;
}

/** Every ISO week key of a period, in order. */
export function weeksOf(p: ReportPeriod, tz: string): string[] {
  const out: string[] = [];
  const lastDate = localDate(new Date(p.to.getTime() - 1), tz);
  for (let d = localDate(p.from, tz); d <= lastDate && out.length < 3000; d = addDays(d, 1)) {
    const w = isoWeekOf(d);
    if (out[out.length - 1] !== w) out.push(w);
  }
  return out;
}

/** The most recent exam session (special period) started by `today`, if the calendar has one. */
export function lastExamSession(periods: readonly SpecialPeriod[], today: string): SpecialPeriod | undefined {
  return periods.filter(p => p.start <= today).sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : 0))[0];
}

/** Why a period cannot be shown. */
export type PeriodError = 'invalidDate' | 'endBeforeStart' | 'noExamSession';

/**
 * The period a choice means at `now` in the zone `tz`; `sessions` are the calendar's special periods. A date range
 * includes both its days; an exam session its first and last days.
 */
export function resolvePeriod(choice: PeriodChoice, now: Date, tz: string, sessions: readonly SpecialPeriod[]): { period: ReportPeriod; session?: SpecialPeriod } | { error: PeriodError } {
  const today = localDate(now, tz);
  const firstOfMonth = `${today.slice(0, 7)}-01`;
  switch (choice.kind) {
    case 'thisMonth': {
      // The first of a month plus 31 days is always in the next month.
      return { period: { from: startOfLocalDate(firstOfMonth, tz), to: startOfLocalDate(`${addDays(firstOfMonth, 31).slice(0, 7)}-01`, tz) } };
    }
    case 'lastMonth': {
      const first = `${addDays(firstOfMonth, -1).slice(0, 7)}-01`;
      return { period: { from: startOfLocalDate(first, tz), to: startOfLocalDate(firstOfMonth, tz) } };
    }
    case 'examSession': {
      const session = lastExamSession(sessions, today);
      if (!session) return { error: 'noExamSession' };
      return { period: { from: startOfLocalDate(session.start, tz), to: startOfLocalDate(addDays(session.end, 1), tz) }, session };
    }
    case 'range': {
      if (!isIsoDate(choice.from) || !isIsoDate(choice.to)) return { error: 'invalidDate' };
      if (choice.to < choice.from) return { error: 'endBeforeStart' };
      return { period: { from: startOfLocalDate(choice.from, tz), to: startOfLocalDate(addDays(choice.to, 1), tz) } };
    }
    default: return { error: 'invalidDate' };
  }
}

/**
 * The period an address asks for: `?period=YYYY-MM` (the monthly summary mail's link) is that month as two dates;
 * anything else is no choice (the page keeps the last one).
 */
export function periodChoiceFromUrl(search: string): PeriodChoice | undefined {
  const m = /[?&]period=(\d{4})-(\d{2})(?:&|$)/.exec(search || '');
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return undefined;
  const from = `${m[1]}-${m[2]}-01`;
  const to = addDays(`${addDays(from, 31).slice(0, 7)}-01`, -1);
  return { kind: 'range', from, to };
}
