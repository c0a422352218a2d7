import * as React from 'react';
import { hiddenContentStyle, mergeStyles } from '@fluentui/react/lib/Styling';

const visuallyHidden = mergeStyles(hiddenContentStyle);

/** Props of {@link LiveRegion}. */
export interface LiveRegionProps {
  /** The latest message; screen readers read it when it changes. */
  message: string;
}

/** A visually hidden polite live region for progress and completion messages. */
export function LiveRegion(props: LiveRegionProps): React.ReactElement {
  return <div role="status" aria-live="polite" aria-atomic="true" className={visuallyHidden}>{props.message}</div>;
}
