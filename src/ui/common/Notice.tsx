import * as React from 'react';
import type { IMessageBarProps } from '@fluentui/react/lib/MessageBar';
import { MessageBarType } from '@fluentui/react/lib/MessageBar';
import { prefetchAfterRender } from './fluentLazy';
import { useAlive } from './useLoad';

// Fluent's MessageBar for what a page shows only when something went wrong (a failed load, a render error, a refused
// submit's summary, a restored draft): it loads when first needed or once the page has rendered, not with every
// page's first render.
type Bar = React.ComponentType<IMessageBarProps>;
let loaded: Bar | undefined;
let loading: Promise<Bar> | undefined;
function loadMessageBar(): Promise<Bar> {
  loading = loading || import(/* webpackChunkName: 'fluent-message-bar' */ '@fluentui/react/lib/MessageBar').then(m => (loaded = m.MessageBar));
  return loading;
}
// Prefetched when the browser is idle after the first render: a message shown later appears as a MessageBar at once.
prefetchAfterRender(loadMessageBar);

/** The message as text, with the role a MessageBar of its type has: shown while the MessageBar loads, or if it cannot. */
function Plain(props: IMessageBarProps): React.ReactElement {
  const urgent = props.messageBarType === MessageBarType.error || props.messageBarType === MessageBarType.blocked || props.messageBarType === MessageBarType.severeWarning;
  return <div role={urgent ? 'alert' : 'status'}>{props.children}{props.actions}</div>;
}

/**
 * A Fluent MessageBar (same props) for messages a page shows only when something went wrong: the MessageBar itself
 * when its chunk is there (prefetched), else the message as plain text with the same role until it comes — and for
 * good if it cannot be loaded (offline, a new deployment).
 */
export function Notice(props: IMessageBarProps): React.ReactElement {
  const [MessageBar, setMessageBar] = React.useState<Bar | undefined>(() => loaded);
  const alive = useAlive();
  React.useEffect(() => {
    if (!MessageBar) loadMessageBar().then(c => { if (alive()) setMessageBar(() => c); }, () => undefined);
  }, []);
  return MessageBar ? <MessageBar {...props} /> : <Plain {...props} />;
}

export { MessageBarType };
