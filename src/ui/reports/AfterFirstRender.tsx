import * as React from 'react';
import { useAfterFirstRender } from '../common/rendered';

/**
 * Its children one task after it mounts (see useAfterFirstRender): put beside the reports' first content, the lazy
 * parts inside (the chart, the summary toggle) are requested after the page has marked itself rendered. Kept with the
 * reports (not in src/ui/common): the desk's first render, at its byte budget, carries none of it.
 */
export function AfterFirstRender(props: { children: React.ReactNode }): React.ReactElement {
  return useAfterFirstRender() ? <>{props.children}</> : <></>;
}
