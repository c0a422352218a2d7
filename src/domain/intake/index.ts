/**
 * Ticket intake rules, pure: which extra fields a category's form shows and requires (configured in
 * HelpCategories, no code per category), draft validation with error codes the ui translates, attachment
 * limits from HelpSettings, and the "named screenshot" the exam help desk asks students for.
 */
import type { IncidentType, TicketChannel, TicketKind, TicketPriority, TicketSeverity } from '../vocabulary';
import { cleanInput, normalizeText } from '../text/normalize';
import { FileContentKind, contentMatchesExtension } from './fileContent';

export * from './attachmentNames';
export * from './fileContent';

/** Extra fields a category can ask for (HelpCategories.HCFormFields / HCRequiredFields). */
export type FormFieldKey = 'course' | 'screenshot' | 'location' | 'equipment' | 'incidentType' | 'severity' | 'priority' | 'beneficiary';

/** What the form needs to know about a category. */
export interface IntakeCategory {
  id: number;
  formFields: FormFieldKey[];
  requiredFields: FormFieldKey[];
}

/** Attachment limits (HelpSettings `attachments.limits`). */
export interface AttachmentLimits {
  maxFileSizeMb: number;
  maxFiles: number;
  /** Lower-case extensions with the dot, e.g. ".png". */
  allowedExtensions: string[];
}

/** Limits the form enforces on text. */
export const TEXT_LIMITS = { title: 255, description: 10000, course: 255 } as const;

/** Never accepted, whatever the settings say: files that run code when opened. */
const BLOCKED_EXTENSIONS = ['.exe', '.msi', '.bat', '.cmd', '.com', '.scr', '.ps1', '.vbs', '.js', '.jar', '.sh', '.dll', '.hta', '.lnk', '.reg'];

/** Defaults when HelpSettings has no (valid) `attachments.limits`. */
export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = {
  maxFileSizeMb: 10, maxFiles: 5, allowedExtensions: ['.png', '.jpg', '.jpeg', '.gif', '.pdf', '.txt', '.docx', '.xlsx', '.pptx', '.odt', '.zip']
};

/** A file chosen, pasted or dropped. */
export interface DraftFile {
  name: string;
  size: number;
  type?: string;
  /** What its first bytes say it is, once read (undefined until then). */
  sniffed?: FileContentKind;
}

/** The form's content, as autosaved. */
export interface TicketDraft {
  kind?: TicketKind;
  categoryId?: number;
  title: string;
  description: string;
  course?: string;
  locationId?: number;
  equipmentId?: number;
  incidentType?: IncidentType;
  severity?: TicketSeverity;
  priority?: TicketPriority;
  beneficiaryId?: number;
  /** Where the request came in (agents only; the portal otherwise). */
  channel?: TicketChannel;
  files: DraftFile[];
}

/** A validation problem: the field and a code the ui maps to a translated message. */
export interface IntakeError {
  field: keyof TicketDraft | FormFieldKey | 'files';
  code: 'required' | 'tooLong' | 'tooLarge' | 'typeNotAllowed' | 'blockedType' | 'tooManyFiles' | 'emptyFile' | 'duplicateFile' | 'contentMismatch';
  /** For tooLong / tooLarge / tooManyFiles: the limit; for file errors: the file name. */
  limit?: number;
  fileName?: string;
}

/** The extra fields shown for a category and whether each is required. */
export function formFieldsFor(category: IntakeCategory | undefined): { key: FormFieldKey; required: boolean }[] {
  if (!category) return [];
  const shown = category.formFields.slice();
  // A required field is shown even if the configuration forgot to list it.
  category.requiredFields.forEach(f => { if (shown.indexOf(f) < 0) shown.push(f); });
  return shown.map(key => ({ key, required: category.requiredFields.indexOf(key) >= 0 }));
}

/** Lower-case extension with its dot ('' when none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** Parses HelpSettings `attachments.limits`, falling back to the defaults for anything missing or invalid. */
export function parseAttachmentLimits(json: string | undefined): AttachmentLimits {
  try {
    const v = json ? JSON.parse(json) as Partial<AttachmentLimits> : {};
    return {
      maxFileSizeMb: typeof v.maxFileSizeMb === 'number' && v.maxFileSizeMb > 0 ? v.maxFileSizeMb : DEFAULT_ATTACHMENT_LIMITS.maxFileSizeMb,
      maxFiles: typeof v.maxFiles === 'number' && v.maxFiles > 0 ? v.maxFiles : DEFAULT_ATTACHMENT_LIMITS.maxFiles,
      allowedExtensions: Array.isArray(v.allowedExtensions) && v.allowedExtensions.length
        ? v.allowedExtensions.map(e => String(e).toLowerCase()) : DEFAULT_ATTACHMENT_LIMITS.allowedExtensions
    };
  } catch {
    return DEFAULT_ATTACHMENT_LIMITS;
  }
}

/** Problems with the files of a draft (each file judged on its own, then their number). */
export function validateFiles(files: DraftFile[], limits: AttachmentLimits): IntakeError[] {
  const errors: IntakeError[] = [];
  const seen: { [name: string]: boolean } = {};
  files.forEach(f => {
    const ext = extensionOf(f.name);
    // The same name typed differently (accents as combining marks, a zero-width space, case) is the same file.
    const lower = normalizeText(f.name);
    if (BLOCKED_EXTENSIONS.indexOf(ext) >= 0) errors.push({ field: 'files', code: 'blockedType', fileName: f.name });
    else if (limits.allowedExtensions.indexOf(ext) < 0) errors.push({ field: 'files', code: 'typeNotAllowed', fileName: f.name });
    else if (f.size === 0) errors.push({ field: 'files', code: 'emptyFile', fileName: f.name });
    else if (f.size > limits.maxFileSizeMb * 1024 * 1024) errors.push({ field: 'files', code: 'tooLarge', fileName: f.name, limit: limits.maxFileSizeMb });
    else if (f.sniffed !== undefined && !contentMatchesExtension(ext, f.sniffed)) errors.push({ field: 'files', code: 'contentMismatch', fileName: f.name });
    if (seen[lower]) errors.push({ field: 'files', code: 'duplicateFile', fileName: f.name });
    seen[lower] = true;
  });
  if (files.length > limits.maxFiles) errors.push({ field: 'files', code: 'tooManyFiles', limit: limits.maxFiles });
  return errors;
}

const FIELD_VALUE: { [K in FormFieldKey]: (d: TicketDraft) => unknown } = {
  course: d => cleanInput(d.course || '').trim(),
  screenshot: d => d.files.some(f => /^image\//.test(f.type || '') || ['.png', '.jpg', '.jpeg', '.gif'].indexOf(extensionOf(f.name)) >= 0),
  location: d => d.locationId,
  equipment: d => d.equipmentId,
  incidentType: d => d.incidentType,
  severity: d => d.severity,
  priority: d => d.priority,
  beneficiary: d => d.beneficiaryId
};

/** Every problem of a draft for its category; empty when it can be submitted. */
export function validateDraft(draft: TicketDraft, category: IntakeCategory | undefined, limits: AttachmentLimits): IntakeError[] {
  const errors: IntakeError[] = [];
  if (!draft.kind) errors.push({ field: 'kind', code: 'required' });
  if (!draft.categoryId) errors.push({ field: 'categoryId', code: 'required' });
  // Judged as stored (cleanInput): a title of zero-width spaces is empty, accents typed as two marks count once.
  const title = cleanInput(draft.title);
  const description = cleanInput(draft.description);
  if (!title.trim()) errors.push({ field: 'title', code: 'required' });
  else if (title.length > TEXT_LIMITS.title) errors.push({ field: 'title', code: 'tooLong', limit: TEXT_LIMITS.title });
  if (!description.trim()) errors.push({ field: 'description', code: 'required' });
  else if (description.length > TEXT_LIMITS.description) errors.push({ field: 'description', code: 'tooLong', limit: TEXT_LIMITS.description });
  if (cleanInput(draft.course || '').length > TEXT_LIMITS.course) errors.push({ field: 'course', code: 'tooLong', limit: TEXT_LIMITS.course });
  formFieldsFor(category).forEach(({ key, required }) => {
    const value = FIELD_VALUE[key](draft);
    if (required && (value === undefined || value === '' || value === false)) errors.push({ field: key, code: 'required' });
  });
  return errors.concat(validateFiles(draft.files, limits));
}

/**
 * The exam help desk wants a "named" screenshot: the file carries the student's name, the course and the
 * time, so the request is documented (seed 000). Only letters, digits and dashes are kept.
 */
export function screenshotFileName(personName: string, course: string | undefined, at: Date, originalName: string): string {
  const clean = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}_${pad(at.getHours())}h${pad(at.getMinutes())}`;
  const ext = extensionOf(originalName) || '.png';
  return ['capture', clean(personName) || 'etudiant', course ? clean(course) : '', stamp].filter(Boolean).join('_') + ext;
}

/**
 * The category's required fields a ticket arrived without. The form never lets that happen; a ticket written
 * over REST may, and the desk flags it at intake and asks for what is missing. `files` are the ticket's attachments
 * (names only); a ticket names one location (the equipment when there is one), so it stands for both.
 */
export function missingRequiredFields(category: IntakeCategory | undefined, ticket: Omit<TicketDraft, 'files' | 'equipmentId'> & { files: string[] }): FormFieldKey[] {
  const draft: TicketDraft = { ...ticket, equipmentId: ticket.locationId, files: ticket.files.map(name => ({ name, size: 1 })) };
  return formFieldsFor(category).filter(({ key, required }) => {
    const value = FIELD_VALUE[key](draft);
    return required && (value === undefined || value === null || value === '' || value === false);
  }).map(f => f.key);
}
