/**
 * CSV of a report's table, made for spreadsheets: UTF-8 with a byte order mark (Excel then keeps accents), `;` as
 * the separator (French Excel's list separator), values quoted when needed, and cells that a spreadsheet would run as
 * a formula (starting with = + - @, or a tab or carriage return) prefixed with an apostrophe (OWASP, CSV injection).
 * Numbers are written as numbers (a negative number is data, not a formula).
 */

/** A cell: text, or a number written as it is (decimal separator per `decimalComma`). */
export type CsvCell = string | number | undefined;

/** The byte order mark that tells Excel the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** The text of one cell: formulas defused, quoted when it holds the separator, a quote or a line break. */
export function csvCell(value: CsvCell, decimalComma: boolean): string {
  if (value === undefined) return '';
  if (typeof value === 'number') {
    if (!isFinite(value)) return '';
    const text = String(Math.round(value * 100) / 100);
    return decimalComma ? text.replace('.', ',') : text;
  }
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n,]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, header row, rows, CRLF line ends (RFC 4180). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], decimalComma: boolean): string {
  const line = (cells: readonly CsvCell[]): string => cells.map(c => csvCell(c, decimalComma)).join(';');
  return UTF8_BOM + [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}
