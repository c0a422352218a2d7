import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { ProvisioningCheck } from '../../data/provisioning/types';
import { useHelpCenter } from '../common/HelpCenterContext';
import { formatString } from '../common/format';
import { CheckStatusBadge } from './CheckStatusBadge';
import { CheckGroupModel } from './setupModel';
import { checkTargetName, listDisplayName } from './listNames';

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
 * One list's checks as a group of a grouped list, in a disclosure (native details/summary: keyboard and screen
 * reader support for free); groups with something to fix start open so the owner sees it without clicking. Rows
 * are a status pill, the kind and the target; on a phone they wrap instead of scrolling sideways.
 */
export function CheckGroup(props: CheckGroupProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const theme = useTheme();
  const { group } = props;
  const complete = group.okCount === group.checks.length;
  const groupStatus = complete ? 'ok' : group.checks.some(c => c.status === 'missing') ? 'missing' : 'different';
  const p = theme.palette;
  const classes = React.useMemo(() => mergeStyleSets({
    details: {
      borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`,
      selectors: { '&[open] > summary::before': { transform: 'rotate(90deg)' } }
    },
    summary: {
      display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 12px', minHeight: 40, padding: '4px 8px', cursor: 'pointer', listStyle: 'none',
      selectors: {
        '::-webkit-details-marker': { display: 'none' },
        '::before': { content: '"›"', display: 'inline-block', width: 12, fontSize: 18, lineHeight: '18px', color: p.neutralSecondary, transition: 'transform .1s' },
        ':hover': { background: p.neutralLighter },
        ':focus-visible': { outline: `2px solid ${p.neutralSecondary}`, outlineOffset: -2 }
      }
    },
    name: { fontWeight: 600, overflowWrap: 'anywhere', flex: '1 1 12em', minWidth: 0 },
    count: { color: theme.semanticColors.bodySubtext },
    list: { listStyle: 'none', margin: '0 0 8px', padding: '0 8px 0 32px' },
    item: {
      display: 'grid', gridTemplateColumns: '7em minmax(0, 12em) minmax(0, 1fr)', gap: 8, padding: '4px 0', alignItems: 'baseline',
      borderTop: `1px solid ${p.neutralLighter}`,
      selectors: { '@media (max-width: 640px)': { gridTemplateColumns: 'auto minmax(0, 1fr)' } }
    },
    what: { minWidth: 0, selectors: { '@media (max-width: 640px)': { gridColumn: '1 / -1' } } },
    target: { fontWeight: 600, overflowWrap: 'anywhere' },
    detail: { color: theme.semanticColors.bodySubtext, overflowWrap: 'anywhere' }
  }), [theme, p]);
  return (
    <details className={classes.details} open={!complete}>
      <summary className={classes.summary}>
        <span className={classes.name}>{group.list ? listDisplayName(group.list, locale) : strings.setup.siteGroup}</span>
        <CheckStatusBadge status={groupStatus} />
        <span className={classes.count}>{formatString(strings.setup.groupSummary, group.okCount, group.checks.length)}</span>
      </summary>
      <ul className={classes.list}>
        {group.checks.map(check => {
          const extra = detail(check, strings);
          return (
            <li key={check.id} className={classes.item}>
              <span><CheckStatusBadge status={check.status} /></span>
              <span>{strings.setup.checkKind[check.kind]}</span>
              <span className={classes.what}>
                <span className={classes.target}>{checkTargetName(check, locale)}</span>
                {extra ? <span className={classes.detail}> ({extra})</span> : null}
              </span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
