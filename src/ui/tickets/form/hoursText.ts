/** A day's opening slots, local time "HH:mm". */
interface Slot { start: string; end: string }
type Day = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
interface Calendar { weekly?: Partial<Record<Day, Slot[]>>; periods?: { start: string; end: string; weekly: Partial<Record<Day, Slot[]>> }[] }

const DAYS: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * A team's hours in words for the confirmation ("lundi – vendredi 08:00–18:00"), from HelpTeams
 * HCBusinessHours: the weekly hours that apply on `on` (an exam period's when it covers that date).
 * Undefined when the calendar is missing or unreadable.
 */
export function hoursText(json: string | undefined, locale: 'fr' | 'en', on: Date): string | undefined {
  let cal: Calendar;
  try { cal = json ? JSON.parse(json) as Calendar : {}; } catch { return undefined; }
  const day = on.toISOString().slice(0, 10);
  const period = (cal.periods || []).filter(p => p.start <= day && day <= p.end)[0];
  const weekly = period ? period.weekly : cal.weekly;
  if (!weekly) return undefined;
  const lang = locale === 'en' ? 'en-GB' : 'fr-FR';
  // 2024-01-01 was a Monday: day i of the week is 2024-01-0(1+i).
  const name = (i: number): string => new Date(Date.UTC(2024, 0, 1 + i, 12)).toLocaleDateString(lang, { weekday: 'long', timeZone: 'UTC' });
  const key = (d: Day): string => (weekly[d] || []).map(s => `${s.start}–${s.end}`).join(', ');
  const groups: { from: number; to: number; hours: string }[] = [];
  DAYS.forEach((d, i) => {
    const hours = key(d);
    const last = groups[groups.length - 1];
    if (last && last.hours === hours && last.to === i - 1) last.to = i;
    else groups.push({ from: i, to: i, hours });
  });
  const open = groups.filter(g => g.hours);
  if (!open.length) return undefined;
  return open.map(g => `${g.from === g.to ? name(g.from) : `${name(g.from)} – ${name(g.to)}`} ${g.hours}`).join(locale === 'en' ? '; ' : ' ; ');
}
