import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';

/** Props of {@link LoadingState}. */
export interface LoadingStateProps {
  /** What is loading, read by screen readers and shown next to the spinner. */
  label: string;
}

/** A spinner with a visible label, announced politely while data loads. */
export function LoadingState(props: LoadingStateProps): React.ReactElement {
  return <Spinner size={SpinnerSize.medium} label={props.label} ariaLive="polite" labelPosition="right" />;
}
