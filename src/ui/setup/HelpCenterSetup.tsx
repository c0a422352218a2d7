import * as React from 'react';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { ThemeText } from '../common/ThemeText';
import { useTheme } from '@fluentui/react/lib/Theme';
import { useHelpCenter } from '../common/HelpCenterContext';
import { LoadingState } from '../common/LoadingState';
import { LiveRegion } from '../common/LiveRegion';
import { formatString } from '../common/format';
import { CheckGroup } from './CheckGroup';
import { SetupErrors } from './SetupErrors';
import { SetupProgress } from './SetupProgress';
import { SetupSummary } from './SetupSummary';
import { groupChecks, isNotOwner } from './setupModel';
import { useProvisioning } from './useProvisioning';
import { SITE_PERMISSIONS_ERROR } from '../../data/provisioning/types';
import { useRenderedMark } from '../common/rendered';

const column = mergeStyles({ display: 'flex', flexDirection: 'column', gap: 12, minWidth: 0, maxWidth: 960, selectors: { '& > h2, & > h3, & > p': { margin: 0 } } });

/** Props of {@link HelpCenterSetup}. */
export interface HelpCenterSetupProps {
  /** Called once the site was first inspected (its first render), with whether this person is not an owner. */
  onInspected?: (notOwner: boolean) => void;
}

/**
 * The help center's setup page for site owners: what the site has and lacks, grouped per list, and one
 * idempotent "Set up / repair" action with progress.
 */
export function HelpCenterSetup(props: HelpCenterSetupProps = {}): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.setup;
  const state = useProvisioning();
  const { report, phase } = state;
  const notOwner = isNotOwner(report);
  const groups = React.useMemo(() => (report ? groupChecks(report.checks) : []), [report]);
  const busy = phase !== 'idle';
  // The page says its first render is on screen (bench/run.mjs waits for it).
  useRenderedMark('setup', phase !== 'inspecting' || !!report);
  const { onInspected } = props;
  React.useEffect(() => { if (onInspected && (phase !== 'inspecting' || report)) onInspected(notOwner); }, [onInspected, phase, report, notOwner]);
  const theme = useTheme();
  const card = React.useMemo(() => mergeStyles({
    background: theme.semanticColors.bodyBackground, border: `1px solid ${theme.palette.neutralLight}`, borderRadius: theme.effects.roundedCorner4,
    boxShadow: theme.effects.elevation4, minWidth: 0, overflow: 'hidden'
  }), [theme]);

  return (
    <div className={column}>
      {/* The page's title (its h1) names the page: the web part does not repeat it. */}
      <ThemeText as="p">{s.intro}</ThemeText>
      <LiveRegion message={state.announcement} />

      {state.failure ? (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline={true}
          actions={<DefaultButton text={strings.common.retry} onClick={state.inspect} disabled={busy} />}
        >
          <strong>{state.failure.title}</strong>
          <div>{formatString(strings.common.errorCause, state.failure.cause)}</div>
        </MessageBar>
      ) : null}

      {notOwner ? (
        <MessageBar messageBarType={MessageBarType.blocked} isMultiline={true}>{s.notOwner}</MessageBar>
      ) : null}

      {phase === 'inspecting' ? <LoadingState label={s.checking} /> : null}

      {report && !notOwner ? (
        <>
          <SetupSummary report={report} />
          <div>
            <PrimaryButton text={s.applyButton} onClick={state.apply} disabled={busy} />
          </div>
          {phase === 'applying' ? <SetupProgress progress={state.progress} /> : null}
          <SetupErrors errors={state.errors.filter(e => e.check !== SITE_PERMISSIONS_ERROR)} />
          <ThemeText as="h2" variant="large">{s.detailsHeading}</ThemeText>
          <div className={card}>
            {groups.map(group => <CheckGroup key={group.key} group={group} />)}
          </div>
        </>
      ) : null}
    </div>
  );
}
