import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { ProvisioningStatus } from '../../data/provisioning/types';
import { useHelpCenter } from '../common/HelpCenterContext';
import { Pill, PillTone } from '../common/pills';

/** Props of {@link CheckStatusBadge} and {@link StatusIcon}. */
export interface CheckStatusBadgeProps {
  /** The status to show. */
  status: ProvisioningStatus;
}

// Inline SVG paths (check mark, cross, exclamation) so the status never depends on an icon font.
const PATHS: Record<ProvisioningStatus, string> = {
  ok: 'M6.2 11.6 2.6 8l-1.1 1.1 4.7 4.7L14.5 5.5l-1.1-1.1z',
  missing: 'M4.1 3 3 4.1 6.9 8 3 11.9 4.1 13 8 9.1l3.9 3.9 1.1-1.1L9.1 8 13 4.1 11.9 3 8 6.9z',
  different: 'M7.2 2.5h1.6v7H7.2zm0 9h1.6v1.8H7.2z'
};

/** The pill's tone of each status: ready, missing, to repair. */
export const CHECK_TONE: Record<ProvisioningStatus, PillTone> = { ok: 'success', missing: 'danger', different: 'warning' };

/** The status icon alone (decorative): use it next to a text that already says the status. */
export function StatusIcon(props: CheckStatusBadgeProps): React.ReactElement {
  const colours = useTheme().semanticColors;
  const fill = props.status === 'ok' ? colours.successIcon : props.status === 'missing' ? colours.errorIcon : colours.warningIcon;
  const classes = mergeStyleSets({ icon: { width: 16, height: 16, flexShrink: 0, fill, verticalAlign: 'middle' } });
  return (
    <svg className={classes.icon} viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d={PATHS[props.status]} /></svg>
  );
}

/** A status as a pill (colour and text: it never relies on colour alone). */
export function CheckStatusBadge(props: CheckStatusBadgeProps): React.ReactElement {
  const { strings } = useHelpCenter();
  return <Pill tone={CHECK_TONE[props.status]}>{strings.setup.checkStatus[props.status]}</Pill>;
}
