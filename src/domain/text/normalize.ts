/**
 * Text as people mean it. The same words typed on a Mac (accents as combining marks), pasted from a chat (with
 * zero-width spaces) or from a PDF must compare, search and deduplicate the same: every place that searches or
 * compares text goes through `normalizeText`. What a person typed is stored in NFC with invisible characters
 * removed (`cleanInput`); bidirectional controls are kept out of stored titles and isolated when shown.
 */

/** Zero-width and invisible formatting characters that change no visible text (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen). */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Bidirectional embedding, override and isolate controls (LRE … RLO, LRI … PDI) and the LRM/RLM/ALM marks. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** NFC, invisible characters removed: the form in which text is stored and compared. */
export function cleanInput(text: string): string {
  return (text || '').normalize('NFC').replace(INVISIBLE, '');
}

/** For comparing and searching: NFC, invisible characters and bidi controls removed, case folded, spaces collapsed. */
export function normalizeText(text: string): string {
  return cleanInput(text).replace(BIDI_CONTROLS, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Accent-insensitive comparison key ("Réseau" and "reseau" meet): normalizeText, then diacritics removed. */
export function foldText(text: string): string {
  return normalizeText(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Whether the text carries bidirectional controls (a title that could read reversed). */
export function hasBidiControls(text: string): boolean {
  BIDI_CONTROLS.lastIndex = 0;
  return BIDI_CONTROLS.test(text || '');
}

/** NFC, invisible characters and bidi controls removed: a one-line label (title, course) as stored. */
export function stripBidiControls(text: string): string {
  return cleanInput(text).replace(BIDI_CONTROLS, '');
}

/**
 * Text for a plain-text place where no markup can isolate it (a mail subject, a notification title): the bidi
 * controls a person typed are removed and the whole is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE,
 * so it cannot reverse the words around it. Pages use the UserText component (`<bdi>`) instead.
 */
export function isolateForPlainText(text: string): string {
  const inner = stripBidiControls(text);
  return inner ? `\u2068${inner}\u2069` : inner;
}
