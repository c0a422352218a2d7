import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';

/** Props of {@link EmptyState}. */
export interface EmptyStateProps {
  /** Why there is nothing to show, in the page's language. */
  message: string;
  /** An optional action (e.g. a button) that fills the empty space. */
  children?: React.ReactNode;
}

/** Says plainly that there is nothing to show, instead of an empty area. */
export function EmptyState(props: EmptyStateProps): React.ReactElement {
  return (
    <div>
      <Text as="p" variant="medium">{props.message}</Text>
      {props.children}
    </div>
  );
}
