import * as React from 'react';
import { Shimmer } from '@fluentui/react/lib/Shimmer';

/** Placeholder rows while a list or a request's page loads (announced by their label). */
export function ListShimmer(props: { label: string }): React.ReactElement {
  return (
    <div role="status" aria-label={props.label}>
      {[0, 1, 2].map(i => <Shimmer key={i} width={`${100 - i * 12}%`} style={{ margin: '10px 0' }} />)}
    </div>
  );
}
