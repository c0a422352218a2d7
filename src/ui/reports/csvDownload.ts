import { toCsv } from '../../domain/reports/csv';
import type { ReportTableModel } from './ReportTable';
import { cellValue } from './ReportTable';

/** A file name from a caption: letters, digits and dashes. */
export function csvFileName(caption: string): string {
  const base = caption.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `${base || 'rapport'}.csv`;
}

/** Downloads a table as CSV (UTF-8 with BOM, `;`; decimals with a comma in French). */
export function downloadCsv(table: ReportTableModel, decimalComma: boolean): void {
  const text = toCsv(table.columns, table.rows.map(r => r.map(cellValue)), decimalComma);
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = csvFileName(table.caption);
  document.body.appendChild(a);
  a.click();
  document.body.removeChild(a);
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
