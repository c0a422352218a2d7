/**
 * Attachment names SharePoint accepts. SharePoint refuses some names outright ("Restrictions and limitations in
 * OneDrive and SharePoint", https://support.microsoft.com/office/64883a5d-228e-48f5-b3d2-eb39e07630fa: the characters
 * " * : < > ? / \ |, leading or trailing spaces, the names .lock, CON, PRN, AUX, NUL, COM0-9, LPT0-9, desktop.ini,
 * names starting with ~$, "_vti_" anywhere, a decoded path over 400 characters), and the list item attachment API
 * (`AttachmentFiles/add(FileName='…')`) refuses # and % besides. A refused name used to leave a filed ticket that the
 * page reported as failed, and every retry failed again: the form stores the file under a safe name instead.
 */
import { cleanInput } from '../text/normalize';

/** Longest name we store (SharePoint allows more, but the attachment's path — site, list, item id — counts toward 400). */
export const MAX_ATTACHMENT_NAME = 100;

/** Characters SharePoint refuses in a file name, # and % (refused by the attachment API), and control characters. */
// eslint-disable-next-line no-control-regex
const REFUSED_CHARACTERS = /["*:<>?/\\|#%\u0000-\u001f\u007f-\u009f]+/g;
/** Bidirectional controls: "photo\u202Egnp.exe" would read "photoexe.png". */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** Device names Windows and SharePoint reserve, whatever the extension. */
const RESERVED_BASE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
/** An extension worth keeping: letters and digits only, as every allowed type has. */
const EXTENSION = /^[A-Za-z0-9]{1,16}$/;

/** Options of {@link safeAttachmentName}. */
export interface SafeNameOptions {
  /** The name's base when nothing usable is left of it (the ui passes a translated word). */
  fallbackBase?: string;
  /** Longest name, extension and "(2)" included. */
  maxLength?: number;
}

/** Cuts a string to `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** Spaces, dots and underscores SharePoint or the eye would trip on at either end of a name's base. */
function trimBase(base: string): string {
  return base.replace(/^[\s.]+|[\s.]+$/g, '');
}

function splitName(name: string): { base: string; ext: string } {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1) : '';
  return EXTENSION.test(ext) ? { base: name.slice(0, dot), ext: `.${ext}` } : { base: name, ext: '' };
}

/** The name cleaned of everything SharePoint refuses, before the length cap and the dedupe. */
function cleanName(name: string, fallback: string): { base: string; ext: string } {
  const text = cleanInput(name).replace(BIDI_CONTROLS, '');
  const parts = splitName(text.replace(/^[\s.]+|[\s.]+$/g, ''));
  let base = parts.base.replace(REFUSED_CHARACTERS, '_').replace(/\.{2,}/g, '.').replace(/\s+/g, ' ');
  // Replacing one "_vti_" can make another ("__vti__"): until none is left.
  while (/_vti_/i.test(base)) base = base.replace(/_vti_/gi, 'vti_');
  base = trimBase(base.replace(/^(~\$)+/, ''));
  if (!base || /^_+$/.test(base)) base = fallback;
  if (RESERVED_BASE.test(base) || base.toLowerCase() === 'desktop' && parts.ext.toLowerCase() === '.ini' || (!parts.ext && base.toLowerCase() === 'lock')) {
    base = `${base}_`;
  }
  return { base, ext: parts.ext };
}

/**
 * The name a file is stored under: NFC, invisible and bidirectional characters removed, refused characters
 * replaced by "_", ends trimmed, at most `maxLength` characters with its extension kept, and "photo (2).png" when
 * `taken` (case-insensitive, as SharePoint compares names) already holds the name. A safe name is its own safe name.
 */
export function safeAttachmentName(name: string, taken: readonly string[] = [], options: SafeNameOptions = {}): string {
  const max = Math.max(16, options.maxLength || MAX_ATTACHMENT_NAME);
  const fallback = trimBase(cleanInput(options.fallbackBase || 'file').replace(REFUSED_CHARACTERS, '_')) || 'file';
  const { base, ext } = cleanName(name, fallback);
  const used: { [lower: string]: boolean } = {};
  taken.forEach(t => { used[t.toLowerCase()] = true; });
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const room = max - ext.length - suffix.length;
    const candidate = `${trimBase(cut(base, room)) || fallback}${suffix}${ext}`;
    if (!used[candidate.toLowerCase()]) return candidate;
  }
}

/** Safe, distinct names for files stored together, in order (the first keeps its name when it is already safe). */
export function safeAttachmentNames(names: readonly string[], options: SafeNameOptions = {}): string[] {
  const out: string[] = [];
  names.forEach(n => { out.push(safeAttachmentName(n, out, options)); });
  return out;
}
