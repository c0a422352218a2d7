/**
 * The settings made of texts: the support's contact and desk (the home and the request form show them), the search
 * synonyms, and the default business hours (the SLA module's calendar, checked by its own parser, as the teams area
 * does). Codecs as in settingRules.ts.
 */
import { parseCalendar, type BusinessHoursCalendar } from '../sla/calendar';
import { DEFAULT_SYNONYMS } from '../search/synonyms';
import { checkCalendar, calendarJson, isMailAddress, newCalendar } from './teamRules';
import { storedObject, without, type SettingCodec, type SettingProblem } from './settingRules';

/** Longest text the home shows of a contact value (it cuts longer ones: parseContact). */
export const CONTACT_TEXT_MAX = 200;

/** The contact form (HelpSettings `helpdesk.contact`), as typed. */
export interface ContactForm {
  phone: string;
  /** The exam line. */
  examPhone: string;
  email: string;
  noteFr: string;
  noteEn: string;
}

/** A phone number as typed for people to dial: digits, spaces, dots, dashes, brackets, a leading +; 6 to 20 digits. */
export function isPhoneNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return /^\+?[\d\s.()-]+$/.test(value) && digits >= 6 && digits <= 20;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const tidy = (v: string): string => v.replace(/\s+/g, ' ').trim();

function checkText(field: string, value: string, problems: SettingProblem[]): void {
  if (tidy(value).length > CONTACT_TEXT_MAX) problems.push({ field, code: 'tooLong', max: CONTACT_TEXT_MAX });
}

/**
 * `helpdesk.contact`. Read by the home (src/data/home/homeModel.ts parseContact → ContactPaths: the phone lines, the
 * mail address, the note in the reader's language) and by the request form's intake (IntakeService's settings).
 */
export const CONTACT: SettingCodec<ContactForm> = {
  key: 'helpdesk.contact',
  read(value) {
    const stored = storedObject(value);
    const o = stored && stored !== 'malformed' ? stored : {};
    const note = o.note && typeof o.note === 'object' ? o.note as { fr?: unknown; en?: unknown } : typeof o.note === 'string' ? { fr: o.note, en: o.note } : {};
    return {
      malformed: stored === 'malformed',
      kept: without(o, ['phone', 'examPhone', 'email', 'note']),
      form: { phone: text(o.phone), examPhone: text(o.examPhone), email: text(o.email), noteFr: text(note.fr), noteEn: text(note.en) }
    };
  },
  check(form) {
    const problems: SettingProblem[] = [];
    (['phone', 'examPhone'] as const).forEach(f => {
      const v = tidy(form[f]);
      if (v.length > CONTACT_TEXT_MAX) problems.push({ field: f, code: 'tooLong', max: CONTACT_TEXT_MAX });
      else if (v && !isPhoneNumber(v)) problems.push({ field: f, code: 'invalidPhone' });
    });
    const email = form.email.trim();
    if (email.length > CONTACT_TEXT_MAX) problems.push({ field: 'email', code: 'tooLong', max: CONTACT_TEXT_MAX });
    else if (email && !isMailAddress(email)) problems.push({ field: 'email', code: 'invalidEmail' });
    checkText('noteFr', form.noteFr, problems);
    checkText('noteEn', form.noteEn, problems);
    return problems;
  },
  write(form, kept) {
    const out: { [key: string]: unknown } = { ...kept };
    // An empty value is left out: the home then shows nothing for it.
    if (tidy(form.phone)) out.phone = tidy(form.phone);
    if (tidy(form.examPhone)) out.examPhone = tidy(form.examPhone);
    if (form.email.trim()) out.email = form.email.trim();
    if (tidy(form.noteFr) || tidy(form.noteEn)) out.note = { fr: tidy(form.noteFr), en: tidy(form.noteEn) };
    return JSON.stringify(out);
  }
};

/** The desk's form (HelpSettings `helpdesk.desk`): where the support receives people, in both languages. */
export interface DeskForm {
  fr: string;
  en: string;
}

/**
 * `helpdesk.desk`: `{ "fr": …, "en": … }` (a plain text is read as both). Read by the home (ContactPaths' deskText,
 * the reader's language, the other one when it is empty).
 */
export const DESK: SettingCodec<DeskForm> = {
  key: 'helpdesk.desk',
  read(value) {
    const stored = storedObject(value);
    if (stored === 'malformed') {
      // A plain text is a valid desk (the home shows it in both languages); other JSON (a number, a list) is not.
      let json = true;
      try { JSON.parse(value!); } catch { json = false; }
      return json ? { malformed: true, kept: {}, form: { fr: '', en: '' } } : { malformed: false, kept: {}, form: { fr: value!.trim(), en: value!.trim() } };
    }
    const o = stored || {};
    return { malformed: false, kept: without(o, ['fr', 'en']), form: { fr: text(o.fr), en: text(o.en) } };
  },
  check(form) {
    const problems: SettingProblem[] = [];
    checkText('fr', form.fr, problems);
    checkText('en', form.en, problems);
    return problems;
  },
  write(form, kept) {
    return JSON.stringify({ ...kept, fr: tidy(form.fr), en: tidy(form.en) });
  }
};

/** The synonyms form: one group a line, its terms separated by commas. */
export interface SynonymsForm {
  text: string;
}

/** Most groups and longest term accepted (the search compiles every group for every query). */
export const SYNONYM_LIMITS = { groups: 500, term: 100 } as const;

/** The groups typed: one a line, terms separated by commas, trimmed, accents and case kept, blank lines skipped. */
export function synonymGroups(textValue: string): string[][] {
  return textValue.split(/\r?\n/).map(line => line.split(',').map(tidy).filter(Boolean)).filter(g => g.length > 0);
}

function groupsText(groups: string[][]): string {
  return groups.map(g => g.join(', ')).join('\n');
}

/**
 * `search.synonyms`: a JSON list of groups of equivalent terms (`[["mdp", "mot de passe"], …]`); the product's own
 * list (src/domain/search/synonyms.ts) is shown while none is stored.
 */
export const SYNONYMS: SettingCodec<SynonymsForm> = {
  key: 'search.synonyms',
  read(value) {
    if (value === undefined || !value.trim()) return { malformed: false, kept: {}, form: { text: groupsText(DEFAULT_SYNONYMS) } };
    try {
      const parsed = JSON.parse(value) as unknown;
      if (Array.isArray(parsed) && parsed.every(g => Array.isArray(g) && g.every(t => typeof t === 'string'))) return { malformed: false, kept: {}, form: { text: groupsText(parsed as string[][]) } };
    } catch { /* reported below */ }
    return { malformed: true, kept: {}, form: { text: groupsText(DEFAULT_SYNONYMS) } };
  },
  check(form) {
    const problems: SettingProblem[] = [];
    const lines = form.text.split(/\r?\n/);
    let groups = 0;
    lines.forEach((line, i) => {
      const terms = line.split(',').map(tidy).filter(Boolean);
      if (!terms.length) return;
      groups++;
      if (terms.length < 2) problems.push({ field: 'text', code: 'groupTooSmall', value: String(i + 1) });
      else if (terms.some(t => t.length > SYNONYM_LIMITS.term)) problems.push({ field: 'text', code: 'termTooLong', max: SYNONYM_LIMITS.term, value: String(i + 1) });
    });
    if (groups > SYNONYM_LIMITS.groups) problems.push({ field: 'text', code: 'tooManyGroups', max: SYNONYM_LIMITS.groups });
    return problems;
  },
  write(form) {
    return JSON.stringify(synonymGroups(form.text));
  }
};

/** The default business hours' form: the calendar itself, as the teams area edits it. */
export interface HoursForm {
  calendar: BusinessHoursCalendar;
}

/**
 * `businessHours.default`: the calendar of a request whose team has none (HelpTeams.HCBusinessHours overrides it).
 * Read by the desk's SLA clocks (deskSettings.ts), the request form's hours note, the home and the reports, all through
 * parseCalendar: written exactly as the teams' calendars are (calendarJson), checked by the same rules (checkCalendar).
 */
export const HOURS: SettingCodec<HoursForm> = {
  key: 'businessHours.default',
  read(value) {
    if (value === undefined || !value.trim()) return { malformed: false, kept: {}, form: { calendar: newCalendar() } };
    const parsed = parseCalendar(value);
    return parsed.ok ? { malformed: false, kept: {}, form: { calendar: parsed.calendar } } : { malformed: true, kept: {}, form: { calendar: newCalendar() } };
  },
  check(form) {
    return checkCalendar(form.calendar).map(p => ({ field: p.field, code: p.code }));
  },
  write(form) {
    return calendarJson(form.calendar);
  }
};
