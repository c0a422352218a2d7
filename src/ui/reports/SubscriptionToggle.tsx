import * as React from 'react';
import { Toggle } from '@fluentui/react/lib/Toggle';
import type { MySubscription, SubscriptionService } from '../../data/reports/services';
import { useHelpCenter } from '../common/HelpCenterContext';
import { useAlive, useLoad } from '../common/useLoad';
import { Notice, MessageBarType } from '../common/Notice';

/** Props of {@link SubscriptionToggle}. */
export interface SubscriptionToggleProps {
  /** The person's subscription service (loaded with this chunk). */
  service: () => Promise<SubscriptionService>;
}

/**
 * The person's own opt-in to the monthly summary mail: a Fluent Toggle saved at once (with the item's ETag), its
 * outcome in a live region; a conflict shows the choice as saved elsewhere. Loaded after the page's first render.
 */
export default function SubscriptionToggle(props: SubscriptionToggleProps): React.ReactElement {
  const s = useHelpCenter().strings.reports.subscription;
  const alive = useAlive();
  const first = useLoad<MySubscription>(() => props.service().then(svc => svc.mine()), []);
  const [current, setCurrent] = React.useState<MySubscription | undefined>();
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<{ text: string } | undefined>();
  const shown = current || first.state.value;

  const change = (checked: boolean): void => {
    if (!shown || busy) return;
    setBusy(true);
    setMessage(undefined);
    props.service().then(svc => svc.save(checked, shown)).then(saved => {
      if (!alive()) return;
      setCurrent(saved);
      setMessage({ text: saved.subscribed ? s.subscribed : s.unsubscribed });
    }, (e: unknown) => {
      const conflict = e && typeof e === 'object' && 'current' in e ? (e as { current: MySubscription }).current : undefined;
      if (!conflict) console.error('[HelpCenter] The monthly summary choice was not saved:', e);
      if (!alive()) return;
      if (conflict) setCurrent(conflict);
      setMessage({ text: conflict ? s.conflict : s.saveFailed });
    }).then(() => { if (alive()) setBusy(false); }, () => undefined);
  };

  React.useEffect(() => {
    if (first.state.status === 'failed') console.error('[HelpCenter] The monthly summary choice could not be read:', first.state.error);
  }, [first.state]);

  if (first.state.status === 'failed') return <Notice messageBarType={MessageBarType.warning}>{s.loadFailed}</Notice>;
  return (
    <div>
      <Toggle label={s.label} checked={!!shown && shown.subscribed} disabled={!shown || busy} onChange={(_e, checked) => change(!!checked)}
        aria-describedby="reports-subscription-help" />
      <p id="reports-subscription-help" style={{ margin: '0 0 4px' }}>{shown ? s.help : s.loading}</p>
      <div role="status" aria-live="polite">{message && message.text}</div>
    </div>
  );
}
