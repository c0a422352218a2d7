/**
 * Time helpers of the seed: a seeded PRNG and a small business-hours clock on Paris time, so generated
 * tickets are answered during opening hours (extended during exam sessions) and never on public holidays.
 * Deliberately independent of the machine's time zone: the same `now` gives the same data everywhere.
 */
import { BusinessHoursCalendar, OpeningSlot, WeeklyHours } from './data/teams';

/** A deterministic pseudo-random generator (mulberry32). */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One element, drawn by weight. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    const total = items.reduce((sum, i) => sum + weight(i), 0);
    let r = this.next() * total;
    for (const item of items) {
      r -= weight(item);
      if (r < 0) return item;
    }
    return items[items.length - 1];
  }
}

const HOUR = 3600 * 1000;
const MINUTE = 60 * 1000;
const DAY_KEYS: (keyof WeeklyHours)[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function lastSundayUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/** Offset of Paris from UTC in hours at an instant (EU summer time: last Sunday of March to last Sunday of October, 01:00 UTC). */
export function parisOffsetHours(at: Date): number {
  const y = at.getUTCFullYear();
  const t = at.getTime();
  return t >= lastSundayUtc(y, 2) && t < lastSundayUtc(y, 9) ? 2 : 1;
}

/** The Paris calendar day ("YYYY-MM-DD") and weekday of an instant. */
export function parisDay(at: Date): { date: string; weekday: keyof WeeklyHours } {
  const local = new Date(at.getTime() + parisOffsetHours(at) * HOUR);
  return { date: local.toISOString().slice(0, 10), weekday: DAY_KEYS[local.getUTCDay()] };
}

/** The UTC instant of a Paris local date and "HH:mm". */
export function parisTime(date: string, hhmm: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = hhmm.split(':').map(Number);
  const guess = new Date(Date.UTC(y, m - 1, d, hh, mm));
  return new Date(guess.getTime() - parisOffsetHours(guess) * HOUR);
}

/** The opening slots of a Paris day under a calendar (special periods first, holidays closed). */
export function openingSlots(calendar: BusinessHoursCalendar, date: string, weekday: keyof WeeklyHours): OpeningSlot[] {
  if (calendar.holidays.some(h => h.date === date)) return [];
  const period = calendar.periods.filter(p => p.start <= date && date <= p.end)[0];
  return (period ? period.weekly : calendar.weekly)[weekday];
}

/** Whether a Paris day falls in one of the calendar's special periods (exam sessions). */
export function inSpecialPeriod(calendar: BusinessHoursCalendar, at: Date): boolean {
  const { date } = parisDay(at);
  return calendar.periods.some(p => p.start <= date && date <= p.end);
}

/** The instant `minutes` of opening time after `start` (starting at the next opening if closed). */
export function addBusinessMinutes(calendar: BusinessHoursCalendar, start: Date, minutes: number): Date {
  let t = start.getTime();
  let remaining = minutes;
  for (let guard = 0; guard < 800; guard++) {
    const { date, weekday } = parisDay(new Date(t));
    for (const slot of openingSlots(calendar, date, weekday)) {
      const open = parisTime(date, slot.start).getTime();
      const close = parisTime(date, slot.end).getTime();
      if (t >= close) continue;
      const from = Math.max(t, open);
      const available = (close - from) / MINUTE;
      if (remaining <= available) return new Date(from + remaining * MINUTE);
      remaining -= available;
      t = close;
    }
    // Next Paris midnight.
    const [y, m, d] = date.split('-').map(Number);
    const nextDate = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
    t = Math.max(t + MINUTE, parisTime(nextDate, '00:00').getTime());
  }
  throw new Error('Business-hours calendar has no opening time');
}

/** Adds plain (calendar) hours. */
export function addHours(at: Date, hours: number): Date {
  return new Date(at.getTime() + hours * HOUR);
}

/** ISO 8601 UTC without milliseconds, the way SharePoint returns dates. */
export function isoSeconds(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
