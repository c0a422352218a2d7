/**
 * CSV as spreadsheets write it (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes), with what
 * French Excel adds: a UTF-8 byte order mark and `;` as the separator. Written here rather than taken from npm
 * (papaparse would fit in the import's lazy chunk) until the lead adds the package: the import needs only this.
 */

/** A separator the import accepts. */
export type CsvSeparator = ';' | ',';

/** A parsed CSV: its rows (each a list of cells) with the line each row starts on (1-based, as an editor shows). */
export interface CsvTable {
  /** The separator found (or given). */
  separator: CsvSeparator;
  /** The rows, blank lines left out. */
  rows: string[][];
  /** Line number of each row's first character in the file. */
  lines: number[];
}

/** The byte order mark that tells Excel the file is UTF-8. */
export const BOM = '\uFEFF';

/**
 * The separator of a file: the one of `;` and `,` that appears most often outside quotes on its first line
 * (a French header "Nom;Type;Bâtiment" or an English "Name,Kind,Building"); `;` when neither appears.
 */
export function detectSeparator(text: string): CsvSeparator {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (let i = text.charAt(0) === BOM ? 1 : 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ';') semicolons++;
    else if (!quoted && c === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}

/** Parses CSV text (with or without a BOM); the separator is detected unless given. */
export function parseCsv(text: string, separator?: CsvSeparator): CsvTable {
  const sep = separator || detectSeparator(text);
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let touched = false;
  const endRow = (): void => {
    row.push(cell);
    if (touched || row.length > 1 || cell !== '') {
      rows.push(row);
      lines.push(rowLine);
    }
    row = [];
    cell = '';
    touched = false;
  };
  for (let i = text.charAt(0) === BOM ? 1 : 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"') {
        if (text.charAt(i + 1) === '"') { cell += '"'; i++; } else quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell === '') { quoted = true; touched = true; } else if (c === sep) { row.push(cell); cell = ''; touched = true; } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text.charAt(i + 1) === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (cell !== '' || row.length || touched) endRow();
  return { separator: sep, rows: rows.filter(r => r.some(v => v.trim() !== '')), lines: lines.filter((_, i) => rows[i].some(v => v.trim() !== '')) };
}

/**
 * One cell for a spreadsheet: a value starting with = + - @ (or a tab or carriage return) is prefixed with ' so that
 * Excel shows it as text instead of running it as a formula (CSV injection, OWASP); quoted when it holds the
 * separator, a quote or a line break.
 */
export function csvCell(value: string, separator: CsvSeparator = ';'): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return guarded.indexOf(separator) >= 0 || /["\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** A CSV file for Excel: UTF-8 byte order mark, `;` separators, CRLF line ends, every cell guarded. */
export function toCsv(rows: readonly (readonly string[])[], separator: CsvSeparator = ';'): string {
  return BOM + rows.map(r => r.map(v => csvCell(v, separator)).join(separator)).join('\r\n') + '\r\n';
}
