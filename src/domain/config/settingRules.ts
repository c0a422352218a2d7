/**
 * The help center's settings as owners edit them (HelpSettings, one item per key, its value JSON): each section is a
 * codec — the form read from the stored value (the product's defaults when it is missing or malformed, the keys the
 * form does not know kept aside), the check of what was typed (a problem per field, as codes the ui words), and the
 * value written (the known keys from the form over the kept ones). The readers are named on each codec: the values
 * written are exactly what they read.
 */
import { DEFAULT_ATTACHMENT_LIMITS, validateFiles } from '../intake';
import { DEFAULT_LIFECYCLE_SETTINGS } from '../tickets/model';
import type { TeamProblemCode } from './teamRules';

/** Why a value is refused; the ui words each code in French and English. */
export type SettingProblemCode =
  | 'required' | 'notWhole' | 'range' | 'reminderNotBefore' | 'tooLong' | 'invalidPhone' | 'invalidEmail'
  | 'invalidExtension' | 'blockedExtension' | 'groupTooSmall' | 'termTooLong' | 'tooManyGroups' | TeamProblemCode;

/** One refused value: the form's field (or a calendar path), why, and the bounds or the value concerned. */
export interface SettingProblem {
  /** The field (a key of the section's form, or `calendar.<path>` for the business hours). */
  field: string;
  /** Why. */
  code: SettingProblemCode;
  /** For `range`: the smallest and largest accepted; for `tooLong`: the longest. */
  min?: number;
  max?: number;
  /** The value concerned (an extension, a line number of the synonyms). */
  value?: string;
}

/** What a section reads from a stored value. */
export interface SettingRead<F> {
  /** The form: the stored values, the product's defaults for what is missing. */
  form: F;
  /** True when a value is stored but could not be read (JSON broken or of another shape): the defaults are shown. */
  malformed: boolean;
  /** The stored object's keys the form does not edit, written back untouched. */
  kept: { [key: string]: unknown };
}

/** One setting edited by the settings area: its key, how its value is read, checked and written. */
export interface SettingCodec<F> {
  /** HelpSettings HCSettingKey. */
  key: string;
  /** The form from the stored value (undefined: no item yet, the product's defaults). */
  read(value: string | undefined): SettingRead<F>;
  /** The refused values of a form, in form order (none: it may be written). */
  check(form: F): SettingProblem[];
  /** The value written: the form's keys over the kept ones (call only on a form `check` accepts). */
  write(form: F, kept: { [key: string]: unknown }): string;
}

/** The stored value as an object (undefined: nothing stored; 'malformed': not a JSON object). */
export function storedObject(value: string | undefined): { [key: string]: unknown } | undefined | 'malformed' {
  if (value === undefined || !value.trim()) return undefined;
  try {
    const parsed = JSON.parse(value) as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed as { [key: string]: unknown } : 'malformed';
  } catch {
    return 'malformed';
  }
}

/** The object without the keys a form edits. */
export function without(object: { [key: string]: unknown }, keys: readonly string[]): { [key: string]: unknown } {
  const out: { [key: string]: unknown } = {};
  Object.keys(object).forEach(k => { if (keys.indexOf(k) < 0) out[k] = object[k]; });
  return out;
}

/** A whole number typed ("7", " 7 "), or undefined when it is not one. */
export function wholeNumber(text: string): number | undefined {
  const t = text.trim();
  return /^\d{1,6}$/.test(t) ? Number(t) : undefined;
}

/** The problem of a whole number field: required, whole, within [min, max] (none when it is fine). */
export function checkWhole(field: string, text: string, min: number, max: number): SettingProblem | undefined {
  if (!text.trim()) return { field, code: 'required' };
  const n = wholeNumber(text);
  if (n === undefined) return { field, code: 'notWhole' };
  return n < min || n > max ? { field, code: 'range', min, max } : undefined;
}

const numberText = (v: unknown, fallback: number | undefined): string =>
  typeof v === 'number' && isFinite(v) && v >= 0 ? String(v) : fallback === undefined ? '' : String(fallback);

/** The delays form (HelpSettings `tickets.autoClose`), as typed. */
export interface DelaysForm {
  /** Calendar days after which a resolved request closes itself (0: never). */
  resolvedToClosedDays: string;
  /** Business days awaiting the requester before the reminder (empty: none). */
  awaitingUserReminderDays: string;
  /** Business days awaiting the requester before "no follow-up" (0: never). */
  awaitingUserToNoFollowUpDays: string;
}

const DELAY_KEYS = ['resolvedToClosedDays', 'awaitingUserReminderDays', 'awaitingUserToNoFollowUpDays'];
/** Longest delays accepted: a year of calendar days, a term (60) of business days. */
export const DELAY_LIMITS = { resolvedToClosedDays: 365, awaitingBusinessDays: 60 } as const;

/**
 * `tickets.autoClose`. Read by the desk's housekeeping (src/data/tickets/deskSettings.ts → housekeeping.ts):
 * `resolvedToClosedDays` in calendar days since the resolution, `awaitingUserToNoFollowUpDays` in business days of the
 * request's team calendar (0 turns either off) — and by the mails' delays (`noFollowUpDelay`, `autoCloseDelay`).
 * `awaitingUserReminderDays` is stored for the reminder (business days, before the no-follow-up); no reader sends it yet.
 */
export const DELAYS: SettingCodec<DelaysForm> = {
  key: 'tickets.autoClose',
  read(value) {
    const stored = storedObject(value);
    const o = stored && stored !== 'malformed' ? stored : {};
    return {
      malformed: stored === 'malformed',
      kept: without(o, DELAY_KEYS),
      form: {
        resolvedToClosedDays: numberText(o.resolvedToClosedDays, DEFAULT_LIFECYCLE_SETTINGS.autoCloseResolvedAfterDays),
        awaitingUserReminderDays: numberText(o.awaitingUserReminderDays, undefined),
        awaitingUserToNoFollowUpDays: numberText(o.awaitingUserToNoFollowUpDays, DEFAULT_LIFECYCLE_SETTINGS.awaitingUserMaxBusinessDays)
      }
    };
  },
  check(form) {
    const problems: (SettingProblem | undefined)[] = [checkWhole('resolvedToClosedDays', form.resolvedToClosedDays, 0, DELAY_LIMITS.resolvedToClosedDays)];
    const noFollowUp = checkWhole('awaitingUserToNoFollowUpDays', form.awaitingUserToNoFollowUpDays, 0, DELAY_LIMITS.awaitingBusinessDays);
    const reminder = form.awaitingUserReminderDays.trim() ? checkWhole('awaitingUserReminderDays', form.awaitingUserReminderDays, 1, DELAY_LIMITS.awaitingBusinessDays) : undefined;
    problems.push(reminder);
    if (!reminder && !noFollowUp && form.awaitingUserReminderDays.trim()) {
      const n = wholeNumber(form.awaitingUserToNoFollowUpDays)!;
      // The reminder warns of the closing: on or after it, it would come too late.
      if (n > 0 && wholeNumber(form.awaitingUserReminderDays)! >= n) problems.push({ field: 'awaitingUserReminderDays', code: 'reminderNotBefore', max: n - 1 });
    }
    problems.push(noFollowUp);
    return problems.filter((p): p is SettingProblem => !!p);
  },
  write(form, kept) {
    const out: { [key: string]: unknown } = { ...kept, resolvedToClosedDays: wholeNumber(form.resolvedToClosedDays) };
    if (form.awaitingUserReminderDays.trim()) out.awaitingUserReminderDays = wholeNumber(form.awaitingUserReminderDays);
    out.awaitingUserToNoFollowUpDays = wholeNumber(form.awaitingUserToNoFollowUpDays);
    return JSON.stringify(out);
  }
};

/** The attachments form (HelpSettings `attachments.limits`), as typed. */
export interface AttachmentsForm {
  /** Largest file, in MB (MiB: the form compares bytes with n × 1024 × 1024). */
  maxFileSizeMb: string;
  /** Files per request. */
  maxFiles: string;
  /** Extensions, separated by commas or spaces (".pdf, docx"). */
  allowedExtensions: string;
}

const ATTACHMENT_KEYS = ['maxFileSizeMb', 'maxFiles', 'allowedExtensions'];
/**
 * Bounds: SharePoint Online takes a list item attachment of at most 250 MB (its request limit, 262,144,000 bytes =
 * 250 × 1024 × 1024); it sets no number of attachments per item, the product keeps a request's files to 20.
 */
export const ATTACHMENT_BOUNDS = { maxFileSizeMb: 250, maxFiles: 20 } as const;

/** The extensions typed, each lower-case with its dot, in order, each once. */
export function extensionList(text: string): string[] {
  const out: string[] = [];
  text.split(/[\s,;]+/).map(e => e.trim().toLowerCase()).filter(Boolean).forEach(e => {
    const ext = e.charAt(0) === '.' ? e : `.${e}`;
    if (out.indexOf(ext) < 0) out.push(ext);
  });
  return out;
}

/**
 * `attachments.limits`. Read by the ticket form (src/ui/tickets/form/useTicketForm.ts → parseAttachmentLimits and
 * validateFiles in src/domain/intake): a file larger than `maxFileSizeMb` × 1 MiB, more than `maxFiles` files or an
 * extension not in `allowedExtensions` is refused before anything is sent.
 */
export const ATTACHMENTS: SettingCodec<AttachmentsForm> = {
  key: 'attachments.limits',
  read(value) {
    const stored = storedObject(value);
    const o = stored && stored !== 'malformed' ? stored : {};
    const exts = Array.isArray(o.allowedExtensions) && o.allowedExtensions.length ? o.allowedExtensions.map(String) : DEFAULT_ATTACHMENT_LIMITS.allowedExtensions;
    return {
      malformed: stored === 'malformed',
      kept: without(o, ATTACHMENT_KEYS),
      form: {
        maxFileSizeMb: numberText(typeof o.maxFileSizeMb === 'number' && o.maxFileSizeMb > 0 ? o.maxFileSizeMb : undefined, DEFAULT_ATTACHMENT_LIMITS.maxFileSizeMb),
        maxFiles: numberText(typeof o.maxFiles === 'number' && o.maxFiles > 0 ? o.maxFiles : undefined, DEFAULT_ATTACHMENT_LIMITS.maxFiles),
        allowedExtensions: exts.join(', ')
      }
    };
  },
  check(form) {
    const problems: (SettingProblem | undefined)[] = [
      checkWhole('maxFileSizeMb', form.maxFileSizeMb, 1, ATTACHMENT_BOUNDS.maxFileSizeMb),
      checkWhole('maxFiles', form.maxFiles, 1, ATTACHMENT_BOUNDS.maxFiles)
    ];
    const exts = extensionList(form.allowedExtensions);
    if (!exts.length) problems.push({ field: 'allowedExtensions', code: 'required' });
    exts.forEach(ext => {
      if (!/^\.[a-z0-9]{1,16}$/.test(ext)) problems.push({ field: 'allowedExtensions', code: 'invalidExtension', value: ext });
      // The form never accepts files that run code, whatever the setting says: the same rule decides here.
      else if (validateFiles([{ name: `x${ext}`, size: 1 }], { maxFileSizeMb: 1, maxFiles: 1, allowedExtensions: [ext] }).some(e => e.code === 'blockedType')) {
        problems.push({ field: 'allowedExtensions', code: 'blockedExtension', value: ext });
      }
    });
    return problems.filter((p): p is SettingProblem => !!p);
  },
  write(form, kept) {
    return JSON.stringify({ ...kept, maxFileSizeMb: wholeNumber(form.maxFileSizeMb), maxFiles: wholeNumber(form.maxFiles), allowedExtensions: extensionList(form.allowedExtensions) });
  }
};
