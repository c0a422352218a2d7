/**
 * What a file is by its first bytes, not by its name: a program renamed "notes.pdf" or "photo.png" is still a
 * program. The form reads the first {@link SNIFF_BYTES} bytes of each chosen file and refuses one whose content
 * does not match its extension. There is no server of ours to repeat the check: the desk sees the stored file, and
 * SharePoint serves attachments with `nosniff` (script-capable types as downloads), so a lie is caught here or harmless.
 */

/** How many leading bytes the form reads: enough for every signature and for a text sample. */
export const SNIFF_BYTES = 4096;

/** What the content looks like. `zip` covers the Office Open XML and OpenDocument formats (ZIP containers). */
export type FileContentKind = 'png' | 'jpeg' | 'gif' | 'pdf' | 'zip' | 'text' | 'unknown';

/** Signatures: the bytes each format starts with (PNG spec, JFIF/EXIF SOI, GIF87a/89a, "%PDF-", ZIP local header or empty archive). */
const SIGNATURES: { kind: FileContentKind; bytes: number[] }[] = [
  { kind: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'gif', bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61] },
  { kind: 'gif', bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61] },
  { kind: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'zip', bytes: [0x50, 0x4b, 0x05, 0x06] }
];

/** The content each extension must have; extensions not listed (an owner may allow more) are not checked. */
const EXPECTED: { [ext: string]: FileContentKind } = {
  '.png': 'png', '.jpg': 'jpeg', '.jpeg': 'jpeg', '.gif': 'gif', '.pdf': 'pdf',
  '.docx': 'zip', '.xlsx': 'zip', '.pptx': 'zip', '.odt': 'zip', '.ods': 'zip', '.odp': 'zip', '.zip': 'zip',
  '.txt': 'text', '.csv': 'text', '.log': 'text'
};

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

/**
 * Whether the bytes are valid UTF-8. A sequence cut by the end of the sample is accepted (the form reads a prefix).
 * Overlong forms and surrogates are refused, as a decoder would.
 */
export function isUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; } else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; } else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; } else return false;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return true;
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += need + 1;
  }
  return true;
}

/**
 * Plain text: UTF-16 with its byte-order mark, or no NUL and either valid UTF-8 or single-byte text without
 * control characters (a note saved as Windows-1252 by an older editor is text too). Programs and archives have NULs.
 */
function isText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) return false;
  if (isUtf8(bytes)) return true;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
  }
  return true;
}

/** What the first bytes of a file say it is. */
export function sniffContent(bytes: Uint8Array): FileContentKind {
  for (const s of SIGNATURES) if (startsWith(bytes, s.bytes)) return s.kind;
  return bytes.length && isText(bytes) ? 'text' : 'unknown';
}

/** The content an extension (lower-case, with its dot) must have; undefined when it is not checked. */
export function expectedContent(extension: string): FileContentKind | undefined {
  return Object.prototype.hasOwnProperty.call(EXPECTED, extension) ? EXPECTED[extension] : undefined;
}

/** Whether a file's content matches its extension (true when the extension is not checked). */
export function contentMatchesExtension(extension: string, sniffed: FileContentKind): boolean {
  const expected = expectedContent(extension);
  return expected === undefined || expected === sniffed;
}
