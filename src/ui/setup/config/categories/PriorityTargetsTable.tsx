import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { CategoryField, PriorityHoursDraft } from '../../../../domain/config/categoryRules';
import { TICKET_PRIORITIES, type TicketPriority } from '../../../../domain/vocabulary';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { formatString } from '../../../common/format';
import { fieldId } from './categoryForm';

/** Props of {@link PriorityTargetsTable}. */
export interface PriorityTargetsTableProps {
  /** Targets per priority as typed. */
  value: PriorityHoursDraft;
  /** The category's own targets as typed (what an empty cell means). */
  fallback: { firstResponseHours: string; resolutionHours: string };
  /** A cell's message, if refused. */
  messageOf: (field: CategoryField) => string | undefined;
  /** A cell changed. */
  onChange: (next: PriorityHoursDraft) => void;
}

const CLOCKS = ['firstResponseHours', 'resolutionHours'] as const;

/**
 * The SLA targets per priority (issue 18) as a table: one row per priority, a cell per clock; an empty cell takes the
 * category's own target (its placeholder says which), so an owner sets only the priorities that differ.
 */
export function PriorityTargetsTable(props: PriorityTargetsTableProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.categoriesConfig;
  const theme = useTheme();
  const c = React.useMemo(() => mergeStyleSets({
    table: { borderCollapse: 'collapse', width: '100%', selectors: { 'th, td': { padding: '4px 8px', textAlign: 'left', verticalAlign: 'top', borderBottom: `1px solid ${theme.palette.neutralLighter}` } } },
    caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0', color: theme.semanticColors.bodyText },
    help: { margin: '4px 0 0', color: theme.semanticColors.bodySubtext }
  }), [theme]);
  const set = (p: TicketPriority, clock: typeof CLOCKS[number], typed: string): void => {
    const row = props.value[p] || { firstResponseHours: '', resolutionHours: '' };
    props.onChange({ ...props.value, [p]: { ...row, [clock]: typed } });
  };
  const placeholder = (clock: typeof CLOCKS[number]): string => (props.fallback[clock] ? formatString(s.priorityInherits, props.fallback[clock]) : s.noTarget);
  return (
    <div>
      <table className={c.table}>
        <caption className={c.caption}>{s.priorityCaption}</caption>
        <thead><tr><th scope="col">{s.priorityColumn}</th><th scope="col">{s.fields.firstResponseHours}</th><th scope="col">{s.fields.resolutionHours}</th></tr></thead>
        <tbody>
          {TICKET_PRIORITIES.map(p => (
            <tr key={p}>
              <th scope="row">{strings.ticketPriority[p]}</th>
              {CLOCKS.map(clock => {
                const field: CategoryField = `${clock}:${p}`;
                return (
                  <td key={clock}>
                    <TextField id={fieldId(field)} ariaLabel={`${s.fields[clock]} — ${strings.ticketPriority[p]}`} inputMode="decimal" placeholder={placeholder(clock)}
                      value={(props.value[p] || { [clock]: '' })[clock]} onChange={(_, v) => set(p, clock, v || '')} errorMessage={props.messageOf(field)} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className={c.help}>{s.priorityHelp}</p>
    </div>
  );
}
