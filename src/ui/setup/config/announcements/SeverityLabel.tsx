import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import type { AnnouncementSeverity } from '../../../../domain/vocabulary';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { Pill, type PillTone } from '../../../common/pills';

const TONE: { [S in AnnouncementSeverity]: PillTone } = { outage: 'danger', warning: 'warning', info: 'info' };
/** Fluent MDL2 icons of each severity (registered in the workbench's icon list). */
export const SEVERITY_ICON: { [S in AnnouncementSeverity]: string } = { outage: 'ErrorBadge', warning: 'Warning', info: 'Info' };

/** A severity as an icon and its word (never colour alone, WCAG 1.4.1), in the home's pill colours. */
export function SeverityLabel(props: { severity: AnnouncementSeverity }): React.ReactElement {
  const word = useHelpCenter().strings.announcementSeverity[props.severity];
  return (
    <Pill tone={TONE[props.severity]}>
      <Icon iconName={SEVERITY_ICON[props.severity]} aria-hidden="true" styles={{ root: { marginRight: 4 } }} />{word}
    </Pill>
  );
}
