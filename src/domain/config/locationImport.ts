import type { LocationKind } from '../vocabulary';
import { parseCsv, toCsv } from './csv';
import {
  checkLocation, isLocationKind, locationKey, tidyDraft, type KnownLocation, type LocationField, type LocationProblem
} from './locationRules';

/** The columns of the CSV file, in export order. */
export const LOCATION_COLUMNS: readonly LocationField[] = ['title', 'kind', 'building', 'room', 'assetTag'];

/** Headers the import recognises per column (folded: lower case, no accents, straight apostrophes). */
const HEADERS: Readonly<Record<LocationField, readonly string[]>> = {
  title: ['nom', 'name', 'title', 'titre'],
  kind: ['type', 'kind'],
  building: ['batiment', 'building', 'site'],
  room: ['salle', 'room'],
  assetTag: ['n° d\'inventaire', 'no d\'inventaire', 'n d\'inventaire', 'numero d\'inventaire', 'inventaire', 'asset tag', 'asset']
};

/** Kind values the import recognises (folded), French and English. */
const KIND_WORDS: Readonly<Record<string, LocationKind>> = {
  room: 'room', salle: 'room', equipment: 'equipment', equipement: 'equipment', materiel: 'equipment', service: 'service'
};

/** The headers of an exported file, per language. */
export const LOCATION_HEADERS: Readonly<Record<'fr' | 'en', readonly string[]>> = {
  fr: ['Nom', 'Type', 'Bâtiment', 'Salle', 'N° d\'inventaire'],
  en: ['Name', 'Kind', 'Building', 'Room', 'Asset tag']
};

function folded(value: string): string {
  return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`]/g, '\'').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** One row of an import file, read and checked. */
export interface ImportRow {
  /** Line of the file the row starts on (the header is line 1). */
  line: number;
  /** The cells as read, per column ('' when absent). */
  cells: Readonly<Record<LocationField, string>>;
  /** The kind, when the row names a known one. */
  kind?: LocationKind;
  /** What happens to it: written, already in the list (nothing to do), or refused. */
  outcome: 'new' | 'existing' | 'invalid';
  /** Why it is refused (empty unless invalid). */
  problems: LocationProblem[];
}

/** A read file: its rows, or why it cannot be read at all. */
export interface ImportFile {
  /** Rows after the header. */
  rows: ImportRow[];
  /** Columns of the header the import did not recognise (ignored). */
  ignoredHeaders: string[];
  /** Set when the file cannot be imported: no Name column, or no row. */
  fileProblem?: 'noNameColumn' | 'empty';
}

/** Reads a CSV file's header and rows (nothing checked against the list yet: see {@link planImport}). */
export function readLocationFile(text: string): ImportFile {
  const table = parseCsv(text);
  if (!table.rows.length) return { rows: [], ignoredHeaders: [], fileProblem: 'empty' };
  const header = table.rows[0];
  const columns: (LocationField | undefined)[] = header.map(h => {
    const f = folded(h);
    return LOCATION_COLUMNS.filter(c => HEADERS[c].indexOf(f) >= 0)[0];
  });
  const ignoredHeaders = header.filter((h, i) => !columns[i] && h.trim() !== '');
  if (columns.indexOf('title') < 0) return { rows: [], ignoredHeaders, fileProblem: 'noNameColumn' };
  const rows = table.rows.slice(1).map((cells, i): ImportRow => {
    const values: Record<LocationField, string> = { title: '', kind: '', building: '', room: '', assetTag: '' };
    cells.forEach((v, c) => { const col = columns[c]; if (col) values[col] = v.replace(/\s+/g, ' ').trim(); });
    const kindWord = KIND_WORDS[folded(values.kind)];
    return { line: table.lines[i + 1], cells: values, kind: kindWord, outcome: 'new', problems: [] };
  });
  if (!rows.length) return { rows, ignoredHeaders, fileProblem: 'empty' };
  return { rows, ignoredHeaders };
}

/**
 * Checks every row against the list and the file itself: the rules of the form (see checkLocation), an equipment's
 * room found by name in its building (in the list, or a room row of the same file), a name+building already in the
 * list makes the row 'existing' (importing a file twice writes nothing twice), the same name+building twice in the
 * file refuses the second. `known` holds the list's locations with the file's names and its rooms' names.
 */
export function planImport(file: ImportFile, known: readonly KnownLocation[]): ImportRow[] {
  const byKey: Record<string, KnownLocation> = {};
  known.forEach(k => { byKey[locationKey(k.title, k.building)] = k; });
  const roomsInFile: Record<string, boolean> = {};
  file.rows.forEach(r => { if (r.kind === 'room') roomsInFile[locationKey(r.cells.title, r.cells.building)] = true; });
  const seen: Record<string, number> = {};
  return file.rows.map((row): ImportRow => {
    const c = row.cells;
    const kind = row.kind || (c.kind && isLocationKind(c.kind) ? c.kind : undefined);
    const key = locationKey(c.title, c.building);
    const existing = c.title ? byKey[key] : undefined;
    const problems = checkLocation(
      tidyDraft({ title: c.title, kind: kind || c.kind, building: c.building, assetTag: c.assetTag }),
      { sameName: [] }
    );
    if (c.room) {
      if (kind && kind !== 'equipment') problems.push({ field: 'room', code: 'roomOnlyForEquipment' });
      else if (kind === 'equipment') {
        const roomKey = locationKey(c.room, c.building);
        const inList = byKey[roomKey];
        if (inList && inList.kind !== 'room') problems.push({ field: 'room', code: 'notARoom' });
        else if (!inList && !roomsInFile[roomKey]) problems.push({ field: 'room', code: 'roomNotFound' });
      }
    }
    // A refused row does not count: the next one with its name may be the right one.
    if (c.title && seen[key] !== undefined) problems.push({ field: 'title', code: 'duplicateInFile' });
    if (c.title && !problems.length) seen[key] = row.line;
    problems.sort((a, b) => LOCATION_COLUMNS.indexOf(a.field) - LOCATION_COLUMNS.indexOf(b.field));
    const outcome = problems.length ? 'invalid' : existing ? 'existing' : 'new';
    return { ...row, kind, outcome, problems };
  });
}

/** A location as exported. */
export interface ExportedLocation {
  /** Name. */
  title: string;
  /** Kind. */
  kind: LocationKind;
  /** Building. */
  building: string;
  /** Its room's name (equipment). */
  room: string;
  /** Inventory number. */
  assetTag: string;
}

/** The list as a CSV file for Excel (headers in the page's language; kinds as the import reads them back). */
export function locationsCsv(rows: readonly ExportedLocation[], language: 'fr' | 'en', kindLabel: (k: LocationKind) => string): string {
  return toCsv([LOCATION_HEADERS[language] as string[]].concat(rows.map(r => [r.title, kindLabel(r.kind), r.building, r.room, r.assetTag])));
}

/** The refused rows as a CSV file (the columns as read, then the line and the reasons), to fix and import again. */
export function rejectedCsv(rows: readonly ImportRow[], language: 'fr' | 'en', reason: (row: ImportRow) => string): string {
  const head = (LOCATION_HEADERS[language] as string[]).concat(language === 'fr' ? ['Ligne', 'Erreurs'] : ['Line', 'Errors']);
  return toCsv([head].concat(rows.map(r => LOCATION_COLUMNS.map(c => r.cells[c]).concat([String(r.line), reason(r)]))));
}
