/**
 * A support team as an owner edits it (HelpTeams): names, level, members, queue mailbox and the business-hours
 * calendar. The calendar is the SLA module's own model (BusinessHoursCalendar) and is checked by its own parser
 * (parseCalendar) on the very JSON that is written; the rules below add what the parser does not judge: names of
 * periods and holidays, a date given twice as a holiday, exam periods that overlap.
 */
import { parseCalendar, type BusinessHoursCalendar, type CalendarError, type WeeklyHours } from '../sla/calendar';
import { SUPPORT_LEVELS } from '../vocabulary';

/** A field of the team form outside the calendar. */
export type TeamField = 'title' | 'titleEn' | 'level' | 'members' | 'queueEmail';

/** Why a value is refused; the ui words each code in French and English. */
export type TeamProblemCode =
  | 'required' | 'tooLong' | 'unknownLevel' | 'invalidEmail' | 'duplicate'
  | CalendarError['code'] | 'duplicateHoliday' | 'overlappingPeriods';

/**
 * One refused value: a {@link TeamField}, or a place in the calendar written `calendar.<path>` with the parser's
 * paths ("calendar.weekly.mon[1]", "calendar.periods[0].end", "calendar.holidays[2]") and the names
 * ("calendar.periods[0].label", "calendar.holidays[2].label").
 */
export interface TeamProblem {
  /** The field or calendar path. */
  field: string;
  /** Why. */
  code: TeamProblemCode;
}

/** What an owner typed for a team. */
export interface TeamDraft {
  /** French name (the item's Title). */
  title: string;
  /** English name (may be empty: the French one is shown). */
  titleEn: string;
  /** L1, L2 or L3 as chosen. */
  level: string;
  /** Site user ids of the agents. */
  memberIds: number[];
  /** The team's shared mailbox (may be empty). */
  queueEmail: string;
  /** The calendar as edited (written as JSON in HCBusinessHours). */
  calendar: BusinessHoursCalendar;
}

/** A team as the rules need to know it (for duplicate names). */
export interface KnownTeam {
  /** Item id. */
  id: number;
  /** French name. */
  title: string;
}

/** Longest value SharePoint's single-line text columns take. */
export const TEAM_MAX_LENGTH = 255;

/** Weekdays, Monday first (the order of the form). */
const DAYS: (keyof WeeklyHours)[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const tidy = (v: string): string => v.replace(/\s+/g, ' ').trim();
const fold = (v: string): string => tidy(v).normalize('NFC').toLocaleLowerCase('fr');

/** An address as a mailbox takes it: one "@", a dotted domain, no spaces or angle brackets. */
export function isMailAddress(value: string): boolean {
  return /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/.test(value);
}

function tidyWeek(week: WeeklyHours): WeeklyHours {
  const out = {} as WeeklyHours;
  DAYS.forEach(d => { out[d] = (week[d] || []).map(s => ({ start: s.start.trim(), end: s.end.trim() })); });
  return out;
}

/**
 * The calendar as it is written: times and dates trimmed, each name trimmed (an English name left empty takes the
 * French one, since the mails name periods in both languages), period keys kept or made from their first date.
 */
export function tidyCalendar(c: BusinessHoursCalendar): BusinessHoursCalendar {
  const label = (l: { fr: string; en: string } | undefined): { fr: string; en: string } | undefined => {
    const fr = tidy((l && l.fr) || '');
    const en = tidy((l && l.en) || '') || fr;
    return fr || en ? { fr, en } : undefined;
  };
  const keys: string[] = [];
  return {
    timeZone: c.timeZone.trim(),
    weekly: tidyWeek(c.weekly),
    periods: c.periods.map(p => {
      let key = tidy(p.key) || `period-${p.start.trim()}`;
      while (keys.indexOf(key) >= 0) key = `${key}-${keys.length}`;
      keys.push(key);
      return { key, label: label(p.label), start: p.start.trim(), end: p.end.trim(), weekly: tidyWeek(p.weekly) };
    }),
    holidays: c.holidays.map(h => ({ date: h.date.trim(), label: label(h.label) }))
  };
}

/** The JSON written in HelpTeams.HCBusinessHours: exactly what parseCalendar reads (a unit test round-trips it). */
export function calendarJson(c: BusinessHoursCalendar): string {
  const t = tidyCalendar(c);
  return JSON.stringify({
    timeZone: t.timeZone, weekly: t.weekly,
    periods: t.periods.map(p => (p.label ? { key: p.key, label: p.label, start: p.start, end: p.end, weekly: p.weekly } : { key: p.key, start: p.start, end: p.end, weekly: p.weekly })),
    holidays: t.holidays.map(h => (h.label ? { date: h.date, label: h.label } : { date: h.date }))
  });
}

/** The calendar's refused values, as `calendar.<path>` problems: the parser's, then names, duplicate holidays and overlapping periods. */
export function checkCalendar(calendar: BusinessHoursCalendar): TeamProblem[] {
  const c = tidyCalendar(calendar);
  const parsed = parseCalendar(calendarJson(c));
  const problems: TeamProblem[] = parsed.ok ? [] : parsed.errors.map(e => ({ field: `calendar.${e.path}`, code: e.code }));
  c.periods.forEach((p, i) => { if (!p.label) problems.push({ field: `calendar.periods[${i}].label`, code: 'required' }); });
  c.holidays.forEach((h, i) => {
    if (!h.label) problems.push({ field: `calendar.holidays[${i}].label`, code: 'required' });
    if (h.date && c.holidays.slice(0, i).some(o => o.date === h.date)) problems.push({ field: `calendar.holidays[${i}]`, code: 'duplicateHoliday' });
  });
  // Two periods on one date: the first would silently win (hoursInForce), so the owner is told.
  c.periods.forEach((p, i) => {
    if (!p.start || !p.end || p.end < p.start) return;
    if (c.periods.slice(0, i).some(o => o.start && o.end && o.start <= p.end && p.start <= o.end)) problems.push({ field: `calendar.periods[${i}]`, code: 'overlappingPeriods' });
  });
  return problems;
}

/** A draft with its texts tidied: what is written. */
export function tidyTeam(d: TeamDraft): TeamDraft {
  return {
    title: tidy(d.title), titleEn: tidy(d.titleEn), level: d.level.trim(), queueEmail: d.queueEmail.trim(),
    memberIds: d.memberIds.filter((id, i, all) => id > 0 && all.indexOf(id) === i), calendar: tidyCalendar(d.calendar)
  };
}

/**
 * Every refused value of a draft (tidied first), in form order: a French name, unique among the teams and at most 255
 * characters; an English name of at most 255; a level of L1–L3; a mailbox address when one is given; the calendar.
 */
export function checkTeam(draft: TeamDraft, others: readonly KnownTeam[], selfId?: number): TeamProblem[] {
  const d = tidyTeam(draft);
  const problems: TeamProblem[] = [];
  if (!d.title) problems.push({ field: 'title', code: 'required' });
  else if (d.title.length > TEAM_MAX_LENGTH) problems.push({ field: 'title', code: 'tooLong' });
  else if (others.some(t => t.id !== selfId && fold(t.title) === fold(d.title))) problems.push({ field: 'title', code: 'duplicate' });
  if (d.titleEn.length > TEAM_MAX_LENGTH) problems.push({ field: 'titleEn', code: 'tooLong' });
  if (!d.level) problems.push({ field: 'level', code: 'required' });
  else if ((SUPPORT_LEVELS as readonly string[]).indexOf(d.level) < 0) problems.push({ field: 'level', code: 'unknownLevel' });
  if (d.queueEmail.length > TEAM_MAX_LENGTH) problems.push({ field: 'queueEmail', code: 'tooLong' });
  else if (d.queueEmail && !isMailAddress(d.queueEmail)) problems.push({ field: 'queueEmail', code: 'invalidEmail' });
  return problems.concat(checkCalendar(d.calendar));
}

/** The calendar a new team starts from: Monday to Friday 8:00–18:00 in Paris, no period, no holiday. */
export function newCalendar(): BusinessHoursCalendar {
  const weekly = {} as WeeklyHours;
  DAYS.forEach(d => { weekly[d] = d === 'sat' || d === 'sun' ? [] : [{ start: '08:00', end: '18:00' }]; });
  return { timeZone: 'Europe/Paris', weekly, periods: [], holidays: [] };
}
