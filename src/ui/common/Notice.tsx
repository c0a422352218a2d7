import * as React from 'react';
import type { IMessageBarProps } from '@fluentui/react/lib/MessageBar';
import { MessageBarType } from '@fluentui/react/lib/MessageBar';

// Fluent's MessageBar for what a page shows only when something went wrong (a failed load, a render error, "not an
// agent"): it loads when first needed, not with every page's first render.
const LazyMessageBar = React.lazy(() => import(/* webpackChunkName: 'fluent-message-bar' */ '@fluentui/react/lib/MessageBar').then(m => ({ default: m.MessageBar })));

/** The message as text, with the role a MessageBar of its type has: shown while the MessageBar loads, or if it cannot. */
function Plain(props: IMessageBarProps): React.ReactElement {
  const urgent = props.messageBarType === MessageBarType.error || props.messageBarType === MessageBarType.blocked || props.messageBarType === MessageBarType.severeWarning;
  return <div role={urgent ? 'alert' : 'status'}>{props.children}{props.actions}</div>;
}

/** Falls back to the plain message when the MessageBar's chunk cannot be loaded (offline, a new deployment). */
class LoadGuard extends React.Component<{ fallback: React.ReactElement; children: React.ReactNode }, { failed: boolean }> {
  public state = { failed: false };

  public static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  public render(): React.ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** A Fluent MessageBar (same props) for messages a page shows only when something went wrong. */
export function Notice(props: IMessageBarProps): React.ReactElement {
  const plain = <Plain {...props} />;
  return (
    <LoadGuard fallback={plain}>
      <React.Suspense fallback={plain}>
        <LazyMessageBar {...props} />
      </React.Suspense>
    </LoadGuard>
  );
}

export { MessageBarType };
