import type { TeamView } from '../../../../data/config/teamRows';
import type { NamedPerson } from '../../../../data/intake/TicketFormServices';
import type { BusinessHoursCalendar } from '../../../../domain/sla/calendar';
import { newCalendar, type TeamDraft } from '../../../../domain/config/teamRules';

/** What the team form holds: the typed values, the members as the people picker keeps them, the calendar itself. */
export interface TeamForm {
  /** French name. */
  title: string;
  /** English name. */
  titleEn: string;
  /** Level (L1–L3). */
  level: string;
  /** The agents. */
  members: NamedPerson[];
  /** Queue mailbox. */
  queueEmail: string;
  /** The SLA module's calendar model, edited in place (times and dates as typed, checked by its parser). */
  calendar: BusinessHoursCalendar;
}

/** The form of a team read from the list (or a new one): an unreadable stored calendar starts from the default week. */
export function formOf(team: TeamView | undefined): TeamForm {
  if (!team) return { title: '', titleEn: '', level: 'L1', members: [], queueEmail: '', calendar: newCalendar() };
  return {
    title: team.title, titleEn: team.titleEn, level: team.level, queueEmail: team.queueEmail,
    members: team.members.map(m => ({ siteUserId: m.siteUserId, displayName: m.displayName, email: m.email, loginName: m.loginName })),
    calendar: team.calendar || newCalendar()
  };
}

/** The draft the repository checks and writes. */
export function draftOf(form: TeamForm): TeamDraft {
  return { title: form.title, titleEn: form.titleEn, level: form.level, queueEmail: form.queueEmail, memberIds: form.members.map(m => m.siteUserId), calendar: form.calendar };
}

/** The id of an input from a field or a calendar path ("calendar.periods[0].end" → "hc-team-calendar-periods-0-end"). */
export function idOf(path: string): string {
  return `hc-team-${path.replace(/[.[\]]+/g, '-').replace(/-$/, '')}`;
}

/**
 * The input a problem is shown on and the error summary moves the focus to: a range's start for a range, the first
 * range of a day whose ranges overlap, a period's first day, a holiday's date, Monday's "add" button when the week
 * has no hours at all, else the field itself.
 */
export function inputIdOf(path: string): string {
  if (/^calendar\.(weekly|periods\[\d+\]\.weekly)\.[a-z]{3}\[\d+\]$/.test(path)) return `${idOf(path)}-start`;
  if (/^calendar\.(weekly|periods\[\d+\]\.weekly)\.[a-z]{3}$/.test(path)) return `${idOf(path)}-0-start`;
  if (path === 'calendar.weekly') return `${idOf(path)}-mon-add`;
  if (/^calendar\.periods\[\d+\]$/.test(path)) return `${idOf(path)}-start`;
  if (/^calendar\.holidays\[\d+\]$/.test(path)) return `${idOf(path)}-date`;
  return idOf(path);
}

function key(id: number | undefined): string {
  return `hc-config-team:${id === undefined ? 'new' : id}`;
}

/** A draft kept in the browser, so a reload loses nothing typed (undefined: none, or not a form's shape). */
export function readDraft(id: number | undefined): TeamForm | undefined {
  try {
    const raw = window.localStorage.getItem(key(id));
    const parsed = raw ? JSON.parse(raw) as Partial<TeamForm> : undefined;
    if (!parsed || typeof parsed.title !== 'string' || !parsed.calendar || !Array.isArray(parsed.members)) return undefined;
    const c = parsed.calendar;
    if (typeof c.timeZone !== 'string' || !c.weekly || !Array.isArray(c.periods) || !Array.isArray(c.holidays)) return undefined;
    return {
      title: parsed.title, titleEn: String(parsed.titleEn || ''), level: String(parsed.level || ''), queueEmail: String(parsed.queueEmail || ''),
      members: parsed.members, calendar: c
    };
  } catch {
    return undefined;
  }
}

/** Keeps (or, with undefined, forgets) the draft of a team. */
export function writeDraft(id: number | undefined, form: TeamForm | undefined): void {
  try {
    if (form) window.localStorage.setItem(key(id), JSON.stringify(form));
    else window.localStorage.removeItem(key(id));
  } catch (e) {
    console.warn('Teams: the draft could not be kept in this browser', e);
  }
}
