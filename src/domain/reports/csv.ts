import { BOM, csvCell as textCell } from '../config/csv';

/**
 * CSV of a report's table, made for spreadsheets: the rooms' CSV writer (src/domain/config/csv.ts: UTF-8 with a byte
 * order mark so Excel keeps accents, `;` as French Excel's list separator, values quoted when needed, formulas
 * defused — OWASP, CSV injection) with numbers written as numbers (a negative number is data, not a formula).
 */

/** A cell: text, or a number written as it is (decimal separator per `decimalComma`). */
export type CsvCell = string | number | undefined;

/** The byte order mark that tells Excel the file is UTF-8. */
export const UTF8_BOM = BOM;

/** The text of one cell: a number in the file's decimal format, text as the rooms' writer guards it. */
export function csvCell(value: CsvCell, decimalComma: boolean): string {
  if (value === undefined) return '';
  if (typeof value === 'number') {
    if (!isFinite(value)) return '';
    const text = String(Math.round(value * 100) / 100);
    return decimalComma ? text.replace('.', ',') : text;
  }
  return textCell(value, ';');
}

/** The whole file: BOM, header row, rows, CRLF line ends (RFC 4180). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], decimalComma: boolean): string {
  const line = (cells: readonly CsvCell[]): string => cells.map(c => csvCell(c, decimalComma)).join(';');
  return UTF8_BOM + [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}
