import * as React from 'react';
import { ThemeText } from '../common/ThemeText';
import { ProvisioningReport } from '../../data/provisioning/types';
import { useHelpCenter } from '../common/HelpCenterContext';
import { formatCount } from '../common/format';
import { StatusIcon } from './CheckStatusBadge';
import { countReport } from './setupModel';

/** Props of {@link SetupSummary}. */
export interface SetupSummaryProps {
  /** The latest inspection. */
  report: ProvisioningReport;
}

/** One line that says whether the help center is ready: "12 lists ready, 3 items to set up". */
export function SetupSummary(props: SetupSummaryProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const counts = countReport(props.report);
  const ready = props.report.ready;
  const fix = counts.itemsToFix === 0 ? strings.setup.nothingToFix : formatCount(locale, counts.itemsToFix, strings.setup.itemsToFix);
  return (
    <ThemeText as="p" variant="mediumPlus">
      <StatusIcon status={ready ? 'ok' : 'missing'} />{' '}
      <span>{ready ? strings.setup.ready : strings.setup.notReady}</span>{' '}
      <span>{formatCount(locale, counts.listsReady, strings.setup.listsReady)}, {fix}.</span>
    </ThemeText>
  );
}
