/**
 * The rules of an announcement an agent or owner writes from the set-up page (issue 18), before anything is written:
 * a title and a plain-text message, a severity, audience and language the list knows, and a period — start and end
 * typed as a day and a time in the browser's time zone, the end after the start and no more than MAX_SPAN_DAYS later.
 * Pure: the page and the repository run the same rules.
 */
import { ANNOUNCEMENT_AUDIENCES, ANNOUNCEMENT_SEVERITIES, LANGUAGES, type AnnouncementAudience, type AnnouncementSeverity, type Language } from '../vocabulary';

/** A field of the announcement form. */
export type AnnouncementField = 'title' | 'body' | 'severity' | 'start' | 'end' | 'audience' | 'language';

/** Why a value is refused; the ui words each code in French and English. */
export type AnnouncementProblemCode =
  | 'required' | 'tooLong' | 'markup' | 'unknownChoice' | 'invalidDate' | 'endBeforeStart' | 'endPast' | 'spanTooLong';

/** One refused field. */
export interface AnnouncementProblem {
  /** The field. */
  field: AnnouncementField;
  /** Why. */
  code: AnnouncementProblemCode;
}

/** What a person typed: texts as typed, the period as a day (`YYYY-MM-DD`) and a time (`HH:MM`) each. */
export interface AnnouncementDraft {
  title: string;
  /** Plain text, several lines; shown as text by the help bar and the home, never as HTML. */
  body: string;
  /** One of ANNOUNCEMENT_SEVERITIES. */
  severity: string;
  /** One of ANNOUNCEMENT_AUDIENCES. */
  audience: string;
  /** `fr`, `en`, or '' for both languages (the help bar and the home show an item without a language to everyone). */
  language: string;
  startDay: string;
  startTime: string;
  endDay: string;
  endTime: string;
}

/** A checked draft, ready to be written. */
export interface CheckedAnnouncement {
  title: string;
  body: string;
  severity: AnnouncementSeverity;
  audience: AnnouncementAudience;
  /** Undefined: both languages. */
  language?: Language;
  start: Date;
  end: Date;
}

/** SharePoint's Title holds 255 characters. */
export const ANNOUNCEMENT_TITLE_MAX = 255;
/** A message is a few lines in a bar: longer texts belong in an article. */
export const ANNOUNCEMENT_BODY_MAX = 1000;
/** Longest period: an announcement is news; a standing notice belongs in an article. */
export const ANNOUNCEMENT_MAX_SPAN_DAYS = 90;
const DAY_MS = 86400000;

/** Control characters other than tab and line feed, and carriage returns (a typed text's line ends are `\n`). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
/** Something a browser would read as a tag: the message is text, and markup in it would show as such. */
const MARKUP = /<\s*\/?\s*[a-z!?][^<>]*>/i;

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** A local date's day, `YYYY-MM-DD` (the form's value of a date). */
export function dayOf(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** A local date's time, `HH:MM`. */
export function timeOf(at: Date): string {
  return `${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** A day (`YYYY-MM-DD`) and a time (`14:05`, `9:30`, `14h05`, `14h`) as a local date; undefined when either is not one. */
export function parseDayTime(day: string, time: string): Date | undefined {
  const d = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(day);
  const t = /^\s*(\d{1,2})\s*[:hH.]\s*(\d{2})?\s*$/.exec(time);
  if (!d || !t) return undefined;
  const [y, m, dd, h, mi] = [Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2] || 0)];
  if (h > 23 || mi > 59) return undefined;
  const at = new Date(y, m, dd, h, mi, 0, 0);
  return at.getFullYear() === y && at.getMonth() === m && at.getDate() === dd ? at : undefined;
}

/** The draft with its texts trimmed, control characters removed and line ends made `\n`. */
export function tidyAnnouncement(draft: AnnouncementDraft): AnnouncementDraft {
  const text = (v: string): string => v.replace(/\r\n?/g, '\n').replace(CONTROL, '');
  return { ...draft, title: text(draft.title).replace(/\s+/g, ' ').trim(), body: text(draft.body).replace(/[ \t]+\n/g, '\n').trim() };
}

const oneOf = (choices: readonly string[], value: string): boolean => choices.indexOf(value) >= 0;

/**
 * The refused fields of a draft, in the form's order. `isNew`: a new announcement must not have ended already (an
 * existing one ends with "End now"). `now` is when the check runs.
 */
export function checkAnnouncement(draft: AnnouncementDraft, now: Date, isNew: boolean): AnnouncementProblem[] {
  const d = tidyAnnouncement(draft);
  const out: AnnouncementProblem[] = [];
  const add = (field: AnnouncementField, code: AnnouncementProblemCode): void => { out.push({ field, code }); };
  if (!d.title) add('title', 'required');
  else if (d.title.length > ANNOUNCEMENT_TITLE_MAX) add('title', 'tooLong');
  else if (MARKUP.test(d.title)) add('title', 'markup');
  if (!d.body) add('body', 'required');
  else if (d.body.length > ANNOUNCEMENT_BODY_MAX) add('body', 'tooLong');
  else if (MARKUP.test(d.body)) add('body', 'markup');
  if (!oneOf(ANNOUNCEMENT_SEVERITIES, d.severity)) add('severity', 'unknownChoice');
  const start = parseDayTime(d.startDay, d.startTime);
  const end = parseDayTime(d.endDay, d.endTime);
  if (!d.startDay.trim() || !d.startTime.trim()) add('start', 'required');
  else if (!start) add('start', 'invalidDate');
  if (!d.endDay.trim() || !d.endTime.trim()) add('end', 'required');
  else if (!end) add('end', 'invalidDate');
  else if (start && end.getTime() <= start.getTime()) add('end', 'endBeforeStart');
  else if (isNew && end.getTime() <= now.getTime()) add('end', 'endPast');
  else if (start && end.getTime() - start.getTime() > ANNOUNCEMENT_MAX_SPAN_DAYS * DAY_MS) add('end', 'spanTooLong');
  if (!oneOf(ANNOUNCEMENT_AUDIENCES, d.audience)) add('audience', 'unknownChoice');
  if (d.language && !oneOf(LANGUAGES, d.language)) add('language', 'unknownChoice');
  return out;
}

/** The checked values of a draft (call after checkAnnouncement found nothing; throws otherwise). */
export function checkedAnnouncement(draft: AnnouncementDraft, now: Date, isNew: boolean): CheckedAnnouncement {
  const problems = checkAnnouncement(draft, now, isNew);
  if (problems.length) throw new Error(`Announcement refused: ${problems.map(p => `${p.field} ${p.code}`).join(', ')}`);
  const d = tidyAnnouncement(draft);
  return {
    title: d.title, body: d.body, severity: d.severity as AnnouncementSeverity, audience: d.audience as AnnouncementAudience,
    language: d.language ? d.language as Language : undefined,
    start: parseDayTime(d.startDay, d.startTime) as Date, end: parseDayTime(d.endDay, d.endTime) as Date
  };
}

/** Where an announcement stands at `now`: shown, still to come, or over. */
export type AnnouncementPhase = 'current' | 'upcoming' | 'ended';

/** The phase of a period (a missing start: shown since always). */
export function announcementPhase(start: string | undefined, end: string | undefined, now: Date): AnnouncementPhase {
  const t = now.getTime();
  if (end && Date.parse(end) < t) return 'ended';
  return start && Date.parse(start) > t ? 'upcoming' : 'current';
}
