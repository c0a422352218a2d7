import * as React from 'react';
import { markRendered } from './renderedMark';

/** Marks `feature` rendered (see markRendered) when `ready` first becomes true: its data, an error or an empty state is shown. */
export function useRenderedMark(feature: string, ready: boolean): void {
  React.useEffect(() => {
    if (ready) markRendered(feature);
  }, [feature, ready]);
}
