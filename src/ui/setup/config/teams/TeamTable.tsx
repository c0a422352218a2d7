import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { TeamView } from '../../../../data/config/teamRows';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { formatCount, formatString } from '../../../common/format';

/** Props of {@link TeamTable}. */
export interface TeamTableProps {
  /** The teams. */
  rows: TeamView[];
  /** Opens a team in the form. */
  onEdit: (row: TeamView) => void;
}

/** The teams with their level, members and queue address; on a phone each row wraps into a card. */
export function TeamTable(props: TeamTableProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.teamsConfig;
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
  // On a phone the headers are hidden and each cell starts with its column's name.
  const label = (name: string): string => formatString(s.fieldProblem, name, '');
  const members = (t: TeamView): string => (t.members.length
    ? `${formatCount(locale, t.members.length, s.memberCount)} — ${t.members.map(m => m.displayName || m.email).join(', ')}` : s.noMembers);
  return (
    <table className={classes.table}>
      <thead>
        <tr><th scope="col">{s.columnName}</th><th scope="col">{s.columnLevel}</th><th scope="col">{s.columnMembers}</th><th scope="col">{s.columnMailbox}</th></tr>
      </thead>
      <tbody>
        {props.rows.map(r => (
          <tr key={r.id}>
            <td>
              <ActionButton styles={{ root: { height: 'auto', padding: 0, textAlign: 'left' }, label: { margin: 0 } }} aria-label={formatString(s.editLabel, r.title)}
                onClick={() => props.onEdit(r)} text={locale === 'en' && r.titleEn ? r.titleEn : r.title} />
            </td>
            <td data-label={label(s.columnLevel)}>{s.levels[r.level]}</td>
            <td data-label={label(s.columnMembers)}>{members(r)}</td>
            <td data-label={r.queueEmail ? label(s.columnMailbox) : undefined}>{r.queueEmail}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
