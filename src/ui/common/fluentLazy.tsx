import * as React from 'react';
import type { ICalloutProps } from '@fluentui/react/lib/Callout';
import type { IContextualMenuProps } from '@fluentui/react/lib/ContextualMenu';
import type { IPanelProps } from '@fluentui/react/lib/Panel';
import type { IGroupedListProps } from '@fluentui/react/lib/GroupedList';
// The enum the importers take beside the Callout (Fluent's files are free of side effects: only the enum is bundled).
export { DirectionalHint } from '@fluentui/react/lib/Callout';

/**
 * Fluent UI parts a control shows only once opened — a Dropdown's or ComboBox's list, a button's menu, a tooltip,
 * the people picker's suggestions — loaded when first needed instead of before the page's first render. The build
 * (gulpfile.js with webpack, workbench/host/build.ts with esbuild) points the Fluent files listed in
 * config/lazy-fluent.json at this module instead of the part itself: same names, same props, the real component
 * rendered as soon as its chunk is there (a few milliseconds after the first opening, none once prefetched).
 */

type Loader<P> = () => Promise<React.ComponentType<P>>;

const loaders: Array<() => Promise<unknown>> = [];

function lazyPart<P>(load: Loader<P>): React.ComponentType<P> {
  let loading: Promise<React.ComponentType<P>> | undefined;
  const once = (): Promise<React.ComponentType<P>> => (loading = loading || load());
  loaders.push(once);
  const Lazy = React.lazy(() => once().then(component => ({ default: component })));
  const Part = React.forwardRef<unknown, P>((props, ref) => (
    <React.Suspense fallback={null}>
      {React.createElement(Lazy as React.ComponentType<P & { ref?: React.Ref<unknown> }>, { ...props, ref })}
    </React.Suspense>
  ));
  return Part as unknown as React.ComponentType<P>;
}

export const Callout = lazyPart<ICalloutProps>(() =>
  import(/* webpackChunkName: 'fluent-callout' */ '@fluentui/react/lib/Callout').then(m => m.Callout));
export const ContextualMenu = lazyPart<IContextualMenuProps>(() =>
  import(/* webpackChunkName: 'fluent-contextual-menu' */ '@fluentui/react/lib/ContextualMenu').then(m => m.ContextualMenu));
export const Panel = lazyPart<IPanelProps>(() =>
  import(/* webpackChunkName: 'fluent-panel' */ '@fluentui/react/lib/Panel').then(m => m.Panel));
export const GroupedList = lazyPart<IGroupedListProps>(() =>
  import(/* webpackChunkName: 'fluent-grouped-list' */ '@fluentui/react/lib/GroupedList').then(m => m.GroupedList));

/** Loads the parts the page's controls may open (not GroupedList, which no page uses), once the page has rendered. */
export function prefetchFluentParts(): void {
  const start = (): void => { loaders.slice(0, 3).forEach(load => { load().catch(() => undefined); }); };
  const idle = (window as Window & { requestIdleCallback?: (callback: () => void) => void }).requestIdleCallback;
  if (idle) idle(start); else window.setTimeout(start, 200);
}
