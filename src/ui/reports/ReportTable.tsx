import * as React from 'react';
import type { CsvCell } from '../../domain/reports/csv';
import { useHelpCenter } from '../common/HelpCenterContext';
import { formatString } from '../common/format';
import type { ReportClasses } from './reportStyles';
import { downloadCsv } from './csvDownload';
import { DefaultButton } from '@fluentui/react/lib/Button';

/** A cell: text, a number (formatted on the page, as it is in the CSV), or a number with its own text (a rate, a time). */
export type ReportCell = CsvCell | { value: number | undefined; text: string };

/** A table of the reports: its caption (its accessible name and its CSV's file name), columns and rows. */
export interface ReportTableModel { caption: string; columns: string[]; rows: ReportCell[][] }

/** The value a CSV holds for a cell. */
export function cellValue(c: ReportCell): CsvCell {
  return c !== undefined && typeof c === 'object' ? c.value : c;
}

/**
 * One table: a caption, column headers, the first cell of each row as its header; in a box that scrolls sideways
 * on a phone (focusable, named by the caption, so keyboard users scroll it too); and its CSV export.
 */
export function ReportTable(props: { table: ReportTableModel; classes: ReportClasses; empty?: string }): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.reports;
  const c = props.classes;
  const t = props.table;
  const numbers = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 1 });
  const text = (cell: ReportCell): string => (cell === undefined ? '' : typeof cell === 'object' ? cell.text : typeof cell === 'number' ? numbers.format(cell) : cell);
  const isNumber = (cell: ReportCell): boolean => typeof cell === 'number' || (cell !== undefined && typeof cell === 'object');
  return (
    <div className={t.columns.length > 3 ? `${c.section} ${c.wide}` : c.section}>
      <div className={c.tableBox} tabIndex={0} role="region" aria-label={t.caption}>
        <table className={c.table}>
          <caption>{t.caption}</caption>
          <thead><tr>{t.columns.map((h, i) => <th key={i} scope="col" className={i > 0 && t.rows.length && isNumber(t.rows[0][i]) ? c.number : undefined}>{h}</th>)}</tr></thead>
          <tbody>
            {t.rows.length === 0
              ? <tr><td colSpan={t.columns.length}>{props.empty || s.noData}</td></tr>
              : t.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((cell, j) => (j === 0
                    ? <th key={j} scope="row">{text(cell)}</th>
                    : <td key={j} className={isNumber(cell) ? c.number : undefined}>{text(cell)}</td>))}
                </tr>
              ))}
          </tbody>
        </table>
      </div>
      <div className={c.actions}>
        <DefaultButton className={c.button} onClick={() => downloadCsv(t, locale !== 'en')} text={formatString(s.exportCsv, t.caption)} />
      </div>
    </div>
  );
}
