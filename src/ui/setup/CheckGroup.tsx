import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { ProvisioningCheck } from '../../data/provisioning/types';
import { useHelpCenter } from '../common/HelpCenterContext';
import { formatString } from '../common/format';
import { CheckStatusBadge } from './CheckStatusBadge';
import { CheckGroupModel } from './setupModel';

/** Props of {@link CheckGroup}. */
export interface CheckGroupProps {
  /** The list (or site) and its checks. */
  group: CheckGroupModel;
}

function detail(check: ProvisioningCheck, strings: IHelpCenterStrings): string | undefined {
  if (check.status === 'different' && check.expected !== undefined) {
    return formatString(strings.setup.expectedActual, check.expected, check.actual === undefined ? '—' : check.actual);
  }
  if (check.status === 'missing' && check.expected !== undefined) return formatString(strings.setup.expected, check.expected);
  return undefined;
}

/**
 * One list's checks in a disclosure (native details/summary: keyboard and screen reader support for
 * free); groups with something to fix start open so the owner sees it without clicking.
 */
export function CheckGroup(props: CheckGroupProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const theme = useTheme();
  const { group } = props;
  const complete = group.okCount === group.checks.length;
  const groupStatus = complete ? 'ok' : group.checks.some(c => c.status === 'missing') ? 'missing' : 'different';
  const classes = mergeStyleSets({
    details: { borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, padding: '6px 0' },
    summary: { cursor: 'pointer' },
    row: { display: 'inline-grid', gridTemplateColumns: 'minmax(0, 20em) 8em auto', gap: 12, alignItems: 'center', verticalAlign: 'middle' },
    name: { fontWeight: 600, overflowWrap: 'anywhere' },
    list: { listStyle: 'none', margin: '6px 0 6px 20px', padding: 0 },
    item: { display: 'grid', gridTemplateColumns: '8em minmax(0, 12em) minmax(0, 1fr)', gap: 8, padding: '2px 0', alignItems: 'baseline' },
    detail: { color: theme.semanticColors.bodySubtext }
  });
  return (
    <details className={classes.details} open={!complete}>
      <summary className={classes.summary}>
        <span className={classes.row}>
          <span className={classes.name}>{group.list || strings.setup.siteGroup}</span>
          <CheckStatusBadge status={groupStatus} />
          <span>{formatString(strings.setup.groupSummary, group.okCount, group.checks.length)}</span>
        </span>
      </summary>
      <ul className={classes.list}>
        {group.checks.map(check => {
          const extra = detail(check, strings);
          return (
            <li key={check.id} className={classes.item}>
              <CheckStatusBadge status={check.status} />
              <span>{strings.setup.checkKind[check.kind]}</span>
              <span>
                <span className={classes.name}>{check.target}</span>
                {extra ? <span className={classes.detail}> ({extra})</span> : null}
              </span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
