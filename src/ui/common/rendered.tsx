import * as React from 'react';
import { markRendered } from './renderedMark';
import { prefetchFluentParts } from './fluentLazy';

/**
 * Marks `feature` rendered (see markRendered) when `ready` first becomes true: its data, an error or an empty state is
 * shown. Then, when the browser is idle, loads the Fluent UI parts its controls open (src/ui/common/fluentLazy.tsx).
 */
export function useRenderedMark(feature: string, ready: boolean): void {
  React.useEffect(() => {
    if (!ready) return;
    markRendered(feature);
    prefetchFluentParts();
  }, [feature, ready]);
}

/** Renders nothing; marks `feature` rendered when it mounts: put it in the content a web part shows once loaded. */
export function RenderedMark(props: { feature: string }): React.ReactElement {
  useRenderedMark(props.feature, true);
  return <></>;
}

/**
 * False on a view's first render, true one task later — after the page has marked itself rendered: heavy lazy parts
 * (the article editor, a calendar) mounted behind it download after the first render, their stand-in shown meanwhile.
 */
export function useAfterFirstRender(): boolean {
  const [after, setAfter] = React.useState(false);
  React.useEffect(() => {
    const timer = setTimeout(() => setAfter(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return after;
}
