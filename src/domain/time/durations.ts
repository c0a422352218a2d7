/**
 * Durations as people say them: "15 min", "2 h", "3 jours ouvrés", never "0.25 h". The domain picks the unit
 * and the amount; the words belong to whoever writes (the pages' strings, the mail templates).
 */

/** A duration in one unit, rounded the way people say it. */
export interface DurationParts {
  amount: number;
  unit: 'minutes' | 'hours' | 'businessDays' | 'days';
}

/**
 * A business-hours duration (SLA targets, "first answer within") in the unit people say: minutes under an hour,
 * hours (halves kept: 1.5 h) under a business day, business days (halves kept) beyond — a business day being
 * `businessDayMinutes` (the team's ordinary day, 8 h by default).
 */
export function businessDuration(minutes: number, businessDayMinutes: number = 480): DurationParts {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return { amount: m, unit: 'minutes' };
  const day = businessDayMinutes > 0 ? businessDayMinutes : 480;
  if (m < day) return { amount: Math.round(m / 30) / 2, unit: 'hours' };
  return { amount: Math.round((m / day) * 2) / 2, unit: 'businessDays' };
}

/** A number of calendar days (auto-close, reopen window). */
export function calendarDays(days: number): DurationParts {
  return { amount: Math.max(0, Math.round(days)), unit: 'days' };
}

/** Words for each unit in one language: `one` for an amount ≤ 1 where the language says so (French: "1 jour ouvré"). */
export type DurationWords = { readonly [U in DurationParts['unit']]: { one: string; other: string } };

/** "15 min", "2 h", "1,5 jour ouvré", "3 jours ouvrés" — amount written with the language's decimal mark. */
export function formatDuration(d: DurationParts, words: DurationWords, language: 'fr' | 'en'): string {
  const w = words[d.unit];
  const amount = language === 'fr' ? String(d.amount).replace('.', ',') : String(d.amount);
  const singular = language === 'fr' ? d.amount < 2 : d.amount === 1;
  return `${amount} ${singular ? w.one : w.other}`;
}
