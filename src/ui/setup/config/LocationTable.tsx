import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { LocationView } from '../../../data/config';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { formatString } from '../../common/format';

/** Props of {@link LocationTable}. */
export interface LocationTableProps {
  /** The rows read so far. */
  rows: LocationView[];
  /** Opens a row in the form. */
  onEdit: (row: LocationView) => void;
}

/** Rooms, services and equipment as a table; on a phone each row wraps into a card (no sideways scrolling). */
export function LocationTable(props: LocationTableProps): React.ReactElement {
  const s = useHelpCenter().strings.locationsConfig;
  const theme = useTheme();
  const classes = React.useMemo(() => mergeStyleSets({
    table: {
      width: '100%', borderCollapse: 'collapse',
      selectors: {
        'th, td': { textAlign: 'left', padding: '4px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, overflowWrap: 'anywhere', verticalAlign: 'top' },
        th: { fontWeight: 600 },
        '@media (max-width: 639.98px)': {
          selectors: {
            'thead': { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' },
            'tr': { display: 'block', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, padding: '4px 0' },
            'td': { display: 'block', border: 'none', padding: '2px 8px' },
            'td[data-label]::before': { content: 'attr(data-label)', fontWeight: 600 }
          }
        }
      }
    }
  }), [theme]);
  const f = s.fields;
  // On a phone the headers are hidden and each cell starts with its column's name ("Type : ", "Kind: ").
  const label = (name: string, value: string): string | undefined => (value ? formatString(s.rowProblem, name, '') : undefined);
  return (
    <table className={classes.table}>
      <thead>
        <tr><th scope="col">{f.title}</th><th scope="col">{f.kind}</th><th scope="col">{f.building}</th><th scope="col">{f.room}</th><th scope="col">{f.assetTag}</th></tr>
      </thead>
      <tbody>
        {props.rows.map(r => (
          <tr key={r.id}>
            <td>
              <ActionButton styles={{ root: { height: 'auto', padding: 0, textAlign: 'left' }, label: { margin: 0 } }} aria-label={formatString(s.editLabel, r.title)}
                onClick={() => props.onEdit(r)} text={r.title} />
            </td>
            <td data-label={label(f.kind, 'x')}>{s.kinds[r.kind]}</td>
            <td data-label={label(f.building, r.building)}>{r.building}</td>
            <td data-label={label(f.room, r.roomTitle)}>{r.roomTitle}</td>
            <td data-label={label(f.assetTag, r.assetTag)}>{r.assetTag}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
