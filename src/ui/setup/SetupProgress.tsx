import * as React from 'react';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { ProvisioningProgress } from '../../data/provisioning/types';
import { useHelpCenter } from '../common/HelpCenterContext';
import { formatString } from '../common/format';
import { checkTargetName, listDisplayName } from './listNames';

/** Props of {@link SetupProgress}. */
export interface SetupProgressProps {
  /** The last progress reported by `apply`, or undefined before the first step. */
  progress?: ProvisioningProgress;
}

/** The progress bar shown while the setup runs (indeterminate until the first step is reported). */
export function SetupProgress(props: SetupProgressProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const p = props.progress;
  const description = p
    ? formatString(strings.setup.progressDescription, p.done, p.total, `${strings.setup.checkKind[p.step.kind]} ${checkTargetName(p.step, locale)}${p.step.list && p.step.kind !== 'list' ? ` (${listDisplayName(p.step.list, locale)})` : ''}`)
    : undefined;
  return (
    <ProgressIndicator
      label={strings.setup.applying}
      description={description}
      percentComplete={p && p.total > 0 ? p.done / p.total : undefined}
    />
  );
}
