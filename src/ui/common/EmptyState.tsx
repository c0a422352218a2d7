import * as React from 'react';
import { ThemeText } from './ThemeText';

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
      <ThemeText as="p" variant="medium">{props.message}</ThemeText>
      {props.children}
    </div>
  );
}
