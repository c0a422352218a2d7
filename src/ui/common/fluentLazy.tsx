import * as React from 'react';
import type { ICalloutProps } from '@fluentui/react/lib/Callout';
import type { IContextualMenuProps } from '@fluentui/react/lib/ContextualMenu';
import type { IPanelProps } from '@fluentui/react/lib/Panel';
import type { IGroupedListProps } from '@fluentui/react/lib/GroupedList';
import type { ICheckboxProps } from '@fluentui/react/lib/Checkbox';
import type { ITooltipHostProps, ITooltipProps } from '@fluentui/react/lib/Tooltip';
import type { ILayerProps } from '@fluentui/react/lib/Layer';
import type { IPersonaPresenceProps } from '@fluentui/react/lib/Persona';
import type { IImageProps } from '@fluentui/react/lib/Image';
export { TooltipOverflowMode } from '@fluentui/react/lib/Tooltip';
// The enum the importers take beside the Callout (Fluent's files are free of side effects: only the enum is bundled).
export { DirectionalHint } from '@fluentui/react/lib/Callout';
export { ImageLoadState } from '@fluentui/react/lib/Image';

/**
 * Fluent UI parts a control shows only once opened — a Dropdown's or ComboBox's list, a button's menu, a tooltip,
 * the people picker's suggestions — loaded when first needed instead of before the page's first render. The build
 * (gulpfile.js with webpack, workbench/host/build.ts with esbuild) points the Fluent files listed in
 * config/lazy-fluent.json at this module instead of the part itself: same names, same props, the real component
 * rendered as soon as its chunk is there (a few milliseconds after the first opening, none once prefetched).
 */

type Loader<P> = () => Promise<React.ComponentType<P>>;

/** The parts an opened control may need soon after the page has rendered (prefetched when the browser is idle). */
const prefetched: Array<() => Promise<unknown>> = [];

/** Adds a loader to what is prefetched once the page has rendered (prefetchFluentParts). */
export function prefetchAfterRender(load: () => Promise<unknown>): void {
  prefetched.push(load);
}

function lazyPart<P>(load: Loader<P>, prefetch: boolean = true): React.ComponentType<P> {
  let loading: Promise<React.ComponentType<P>> | undefined;
  const once = (): Promise<React.ComponentType<P>> => (loading = loading || load());
  if (prefetch) prefetched.push(once);
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
export const Checkbox = lazyPart<ICheckboxProps>(() =>
  import(/* webpackChunkName: 'fluent-checkbox' */ '@fluentui/react/lib/Checkbox').then(m => m.Checkbox));
export const Tooltip = lazyPart<ITooltipProps>(() =>
  import(/* webpackChunkName: 'fluent-tooltip' */ '@fluentui/react/lib/Tooltip').then(m => m.Tooltip));
// Grouped rows, a column's resizing layer: no page of the help center groups rows; resizing is rare.
export const GroupedList = lazyPart<IGroupedListProps>(() =>
  import(/* webpackChunkName: 'fluent-grouped-list' */ '@fluentui/react/lib/GroupedList').then(m => m.GroupedList), false);
// An icon drawn from an image (Fluent's Icon and ImageIcon): the help center draws none; a persona's photo is not one.
export const Image = lazyPart<IImageProps>(() =>
  import(/* webpackChunkName: 'fluent-image' */ '@fluentui/react/lib/Image').then(m => m.Image), false);
export const Layer = lazyPart<ILayerProps>(() =>
  import(/* webpackChunkName: 'fluent-layer' */ '@fluentui/react/lib/Layer').then(m => m.Layer), false);

const LazyPresence = lazyPart<IPersonaPresenceProps>(() =>
  import(/* webpackChunkName: 'fluent-persona-presence' */ '@fluentui/react/lib/PersonaPresence').then(m => m.PersonaPresence as React.ComponentType<IPersonaPresenceProps>), false);
/** A persona's presence dot: nothing to load when there is no presence to show (the help center shows none). */
export function PersonaPresence(props: IPersonaPresenceProps): React.ReactElement {
  return props.presence ? <LazyPresence {...props} /> : <></>;
}

const tooltipHostLoader = (): Promise<React.ComponentType<ITooltipHostProps>> =>
  import(/* webpackChunkName: 'fluent-tooltip-host' */ '@fluentui/react/lib/Tooltip').then(m => m.TooltipHost);
let tooltipHostLoading: Promise<React.ComponentType<ITooltipHostProps>> | undefined;
let LoadedTooltipHost: React.ComponentType<ITooltipHostProps> | undefined;
/** The hosts waiting for the real one (each swaps itself in when it arrives). */
const waitingHosts = new Set<(host: React.ComponentType<ITooltipHostProps>) => void>();
const loadTooltipHost = (): Promise<React.ComponentType<ITooltipHostProps>> =>
  (tooltipHostLoading = tooltipHostLoading || tooltipHostLoader().then(host => {
    LoadedTooltipHost = host;
    waitingHosts.forEach(swap => swap(host));
    waitingHosts.clear();
    return host;
  }));
prefetched.push(loadTooltipHost);

/**
 * The host of a persona's name tooltip (shown when the name is cut): the name is rendered at once, as the host renders
 * it (an inline box), and the host itself takes over once loaded — prefetched after the first render, or loaded as
 * soon as the pointer or the focus reaches a name — so a page with personas does not wait for it.
 */
export function TooltipHost(props: ITooltipHostProps): React.ReactElement {
  const [Host, setHost] = React.useState(() => LoadedTooltipHost);
  React.useEffect(() => {
    if (Host) return undefined;
    const swap = (host: React.ComponentType<ITooltipHostProps>): void => setHost(() => host);
    waitingHosts.add(swap);
    return () => { waitingHosts.delete(swap); };
  }, [Host]);
  if (Host) return <Host {...props} />;
  const start = (): void => { loadTooltipHost().catch(() => undefined); };
  return <div style={{ display: 'inline' }} onMouseEnter={start} onFocus={start}>{props.children}</div>;
}

/** Loads the parts the page's controls may open, once the page has rendered and the browser is idle. */
export function prefetchFluentParts(): void {
  const start = (): void => { prefetched.forEach(load => { load().catch(() => undefined); }); };
  const idle = (window as Window & { requestIdleCallback?: (callback: () => void) => void }).requestIdleCallback;
  if (idle) idle(start); else window.setTimeout(start, 200);
}

/**
 * DetailsList's drag and drop (Fluent's DragDropHelper, 1.5 KB gzip on each page with a list): no list of the help
 * center drags rows or reorders columns. DetailsHeader makes one for every list and disposes of it; DetailsList makes
 * one only with `dragDropEvents`. Subscribing — what dragging rows or reordering columns would do — throws, so a list
 * that starts to must take this entry out of config/lazy-fluent.json and pay for the real helper.
 */
export class DragDropHelper {
  public subscribe(): never {
    throw new Error('Drag and drop is not in the help center\'s build: remove DragDropHelper from config/lazy-fluent.json.');
  }

  public unsubscribe(): void {
    // Nothing was subscribed.
  }

  public dispose(): void {
    // Nothing was subscribed.
  }
}

/** Props BaseButton gives its keytip wrapper. */
interface KeytipDataProps {
  keytipProps?: unknown;
  children(keytipAttributes: { [attribute: string]: string }): React.ReactNode;
}

/**
 * A button's keytip (the letters Office shows when Alt is pressed, with Fluent's KeytipManager: 2.5 KB gzip on every
 * page): BaseButton wraps a button in it only when the button sets `keytipProps`, which no button of the help center
 * does (the help center has no KeytipLayer, so a keytip would never show anyway). One that does gets an error, so it
 * must take this entry out of config/lazy-fluent.json and pay for the real one.
 */
export function KeytipData(props: KeytipDataProps): React.ReactElement {
  if (props.keytipProps) throw new Error('Keytips are not in the help center\'s build: remove KeytipData from config/lazy-fluent.json.');
  return <>{props.children({})}</>;
}
