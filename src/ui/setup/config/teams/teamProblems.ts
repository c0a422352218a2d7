import type { WeekdayKey } from '../../../../domain/sla/calendar';
import { formatString } from '../../../common/format';

type Strings = IHelpCenterConfigTeamsStrings['teamsConfig'];

function dayPlace(rest: string, s: Strings): string | undefined {
  const m = /^\.([a-z]{3})(?:\[(\d+)\])?$/.exec(rest);
  if (!m) return undefined;
  const day = s.days[m[1] as WeekdayKey] || m[1];
  if (m[2] === undefined) return day;
  const n = Number(m[2]) + 1;
  return formatString(s.slotLabel, day, n);
}

/**
 * The name of a refused value in the error summary: a field's label, or where it sits in the calendar ("Semaine
 * ordinaire — Lundi, plage 2", "Période 1 — Dernier jour", "Jour férié 3 — Date").
 */
export function problemLabel(field: string, s: Strings): string {
  if (field in s.fields) return s.fields[field as keyof Strings['fields']];
  if (field === 'calendar.timeZone') return s.timeZone;
  if (field === 'calendar.weekly') return s.weekHeading;
  const week = /^calendar\.weekly(.*)$/.exec(field);
  if (week) return `${s.weekHeading} — ${dayPlace(week[1], s) || ''}`;
  const period = /^calendar\.periods\[(\d+)\](.*)$/.exec(field);
  if (period) {
    const group = formatString(s.periodGroup, Number(period[1]) + 1);
    const rest = period[2];
    if (!rest || rest === '.start') return `${group} — ${s.periodStart}`;
    if (rest === '.end') return `${group} — ${s.periodEnd}`;
    if (rest === '.label') return `${group} — ${s.periodNameFr}`;
    const day = /^\.weekly(.*)$/.exec(rest);
    return day ? `${group} — ${dayPlace(day[1], s) || ''}` : group;
  }
  const holiday = /^calendar\.holidays\[(\d+)\](.*)$/.exec(field);
  if (holiday) return `${formatString(s.holidayGroup, Number(holiday[1]) + 1)} — ${holiday[2] === '.label' ? s.holidayNameFr : s.holidayDate}`;
  return s.hoursSection;
}
