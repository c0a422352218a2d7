import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { ImportOutcome } from '../../../data/config';
import type { ImportRow } from '../../../domain/config/locationImport';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { formatString } from '../../common/format';

/** Props of {@link ImportPreview}. */
export interface ImportPreviewProps {
  /** The file's rows as checked. */
  rows: ImportRow[];
  /** After the import: the rows refused (SharePoint's refusals included). */
  refused?: ImportOutcome['refused'];
  /** A row's reasons as text. */
  reasons: (row: ImportRow, cause?: string) => string;
}

/** The file as a table before anything is written: each row's line, values and state, with its errors in words. */
export function ImportPreview(props: ImportPreviewProps): React.ReactElement {
  const s = useHelpCenter().strings.locationsConfig;
  const theme = useTheme();
  const classes = React.useMemo(() => mergeStyleSets({
    wrap: { overflowX: 'auto', maxWidth: '100%' },
    table: {
      borderCollapse: 'collapse', width: '100%',
      selectors: { 'th, td': { textAlign: 'left', padding: '2px 6px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, verticalAlign: 'top', overflowWrap: 'anywhere' } }
    },
    invalid: { color: theme.semanticColors.errorText, fontWeight: 600 }
  }), [theme]);
  const refusedCause = (row: ImportRow): string | undefined => {
    const r = props.refused ? props.refused.filter(x => x.row.line === row.line)[0] : undefined;
    return r ? r.cause : undefined;
  };
  const status = (row: ImportRow): string => row.outcome === 'invalid' ? s.statusInvalid : row.outcome === 'existing' ? s.statusExisting : s.statusNew;
  const counts = (o: ImportRow['outcome']): number => props.rows.filter(r => r.outcome === o).length;
  const f = s.fields;
  return (
    <div className={classes.wrap} role="region" aria-label={s.previewCaption} tabIndex={0}>
      <table className={classes.table}>
        <caption style={{ textAlign: 'left' }}>{formatString(s.previewSummary, counts('new'), counts('existing'), counts('invalid'))}</caption>
        <thead>
          <tr>
            <th scope="col">{s.columnLine}</th><th scope="col">{f.title}</th><th scope="col">{f.kind}</th><th scope="col">{f.building}</th>
            <th scope="col">{f.room}</th><th scope="col">{f.assetTag}</th><th scope="col">{s.columnStatus}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map(r => {
            const cause = refusedCause(r);
            return (
              <tr key={r.line}>
                <td>{r.line}</td><td>{r.cells.title}</td><td>{r.kind ? s.kinds[r.kind] : r.cells.kind}</td><td>{r.cells.building}</td>
                <td>{r.cells.room}</td><td>{r.cells.assetTag}</td>
                <td>{r.outcome === 'invalid' || cause
                  ? <span className={classes.invalid}>{`${s.statusInvalid} — ${props.reasons(r, cause)}`}</span>
                  : status(r)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
