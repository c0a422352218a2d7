import * as React from 'react';
import { ProvisioningError, ProvisioningProgress, ProvisioningReport } from '../../data/provisioning/types';
import { useHelpCenter } from '../common/HelpCenterContext';
import { formatString } from '../common/format';
import { mergeErrors, percentDone } from './setupModel';

/** What the setup page shows at a given moment. */
export interface ProvisioningState {
  /** `inspecting` on mount and after a setup, `applying` while the setup writes. */
  phase: 'inspecting' | 'idle' | 'applying';
  /** The latest inspection. */
  report?: ProvisioningReport;
  /** Progress of the running setup. */
  progress?: ProvisioningProgress;
  /** Step failures of the last setup and inspection. */
  errors: ProvisioningError[];
  /** A failure of the whole operation (network, unexpected answer), with its translated title. */
  failure?: { title: string; cause: string };
  /** The last message for the live region. */
  announcement: string;
}

/** The state and actions of the setup page. */
export interface ProvisioningController extends ProvisioningState {
  /** Reads the site again. */
  inspect: () => void;
  /** Runs the idempotent setup, then reads the site again. */
  apply: () => void;
}

function causeOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Drives `SiteProvisioner` for the setup page: inspects on mount, runs `apply` with progress, and
 * announces start, every quarter and completion (one message per step would flood a screen reader).
 */
export function useProvisioning(): ProvisioningController {
  const { services: maybeServices, strings } = useHelpCenter();
  if (!maybeServices) throw new Error('The setup page needs the set-up services in its HelpCenterContext.');
  const services = maybeServices;
  const [state, setState] = React.useState<ProvisioningState>({ phase: 'inspecting', errors: [], announcement: '' });
  const mounted = React.useRef(true);
  React.useEffect(() => () => { mounted.current = false; }, []);

  const update = React.useCallback((change: Partial<ProvisioningState>) => {
    if (mounted.current) setState(previous => ({ ...previous, ...change }));
  }, []);

  const runInspect = React.useCallback(async (applyErrors: ProvisioningError[]): Promise<ProvisioningReport | undefined> => {
    update({ phase: 'inspecting', failure: undefined });
    try {
      const report = await services.provisioner.inspect();
      update({ phase: 'idle', report, errors: mergeErrors(applyErrors, report.errors) });
      return report;
    } catch (err) {
      console.error('[HelpCenter] Inspecting the site failed:', err);
      update({ phase: 'idle', failure: { title: strings.setup.inspectFailed, cause: causeOf(err) } });
      return undefined;
    }
  }, [services, strings, update]);

  const inspect = React.useCallback(() => { runInspect([]).catch(() => undefined); }, [runInspect]);

  const apply = React.useCallback(() => {
    let lastQuarter = 0;
    update({ phase: 'applying', progress: undefined, failure: undefined, errors: [], announcement: strings.setup.announceStart });
    const onProgress = (progress: ProvisioningProgress): void => {
      const quarter = Math.floor(percentDone(progress.done, progress.total) / 25);
      const change: Partial<ProvisioningState> = { progress };
      if (quarter > lastQuarter && quarter < 4) {
        lastQuarter = quarter;
        change.announcement = formatString(strings.setup.announceProgress, quarter * 25);
      }
      update(change);
    };
    services.provisioner.apply(onProgress).then(
      async result => {
        const report = await runInspect(result.errors);
        const clean = !!report && report.ready && result.errors.length === 0;
        update({ progress: undefined, announcement: clean ? strings.setup.announceDone : strings.setup.announceDoneWithErrors });
      },
      err => {
        console.error('[HelpCenter] Setting up the site failed:', err);
        update({
          phase: 'idle', progress: undefined, announcement: strings.setup.applyFailed,
          failure: { title: strings.setup.applyFailed, cause: causeOf(err) }
        });
      }
    ).catch(err => console.error('[HelpCenter] Setup state update failed:', err));
  }, [services, strings, update, runInspect]);

  React.useEffect(inspect, [inspect]);

  return { ...state, inspect, apply };
}
