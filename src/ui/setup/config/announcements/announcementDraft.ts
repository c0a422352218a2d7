import { LANGUAGES } from '../../../../domain/vocabulary';
import { dayOf, timeOf, type AnnouncementDraft, type AnnouncementField } from '../../../../domain/config/announcementRules';

/** How long a new announcement lasts unless changed: a day. */
const DEFAULT_HOURS = 24;

/**
 * A new announcement's form: from the current minute (SharePoint stores whole seconds: a start ahead of a reader's
 * clock would hide it for that moment) to a day later, for everyone, in the page's language.
 */
export function newDraft(now: Date, language: 'fr' | 'en'): AnnouncementDraft {
  const start = new Date(now.getTime());
  start.setSeconds(0, 0);
  const end = new Date(start.getTime() + DEFAULT_HOURS * 3600000);
  return {
    title: '', body: '', severity: 'info', audience: 'everyone', language,
    startDay: dayOf(start), startTime: timeOf(start), endDay: dayOf(end), endTime: timeOf(end)
  };
}

/** The input a refused field's summary link moves the focus to (the period's: its date). */
export function fieldId(field: AnnouncementField): string {
  return `hc-announcement-${field}`;
}

/** The id of a period's time input. */
export function timeFieldId(field: 'start' | 'end'): string {
  return `hc-announcement-${field}-time`;
}

function key(id: number | undefined): string {
  return `hc-config-announcement:${id === undefined ? 'new' : id}`;
}

const TEXT_KEYS: (keyof AnnouncementDraft)[] = ['title', 'body', 'severity', 'audience', 'language', 'startDay', 'startTime', 'endDay', 'endTime'];

/** A draft kept in the browser, so a reload loses nothing typed (undefined: none, or not one). */
export function readDraft(id: number | undefined): AnnouncementDraft | undefined {
  try {
    const raw = window.localStorage.getItem(key(id));
    const parsed = raw ? JSON.parse(raw) as Record<string, unknown> : undefined;
    if (!parsed || TEXT_KEYS.some(k => typeof parsed[k] !== 'string')) return undefined;
    const out = {} as Record<keyof AnnouncementDraft, string>;
    TEXT_KEYS.forEach(k => { out[k] = parsed[k] as string; });
    return out;
  } catch {
    return undefined;
  }
}

/** Keeps (or, with undefined, forgets) the draft of an announcement. */
export function writeDraft(id: number | undefined, draft: AnnouncementDraft | undefined): void {
  try {
    if (draft) window.localStorage.setItem(key(id), JSON.stringify(draft));
    else window.localStorage.removeItem(key(id));
  } catch (e) {
    console.warn('Announcements: the draft could not be kept in this browser', e);
  }
}

/** The languages offered, in the form's order: '' (both languages) first. */
export const LANGUAGE_CHOICES = ['', ...LANGUAGES] as const;
