import * as React from 'react';
import { MessageBarType, Notice } from './Notice';
import { formatString } from './format';

/** Props of {@link ErrorBoundary}. */
export interface ErrorBoundaryProps {
  /** Strings of the page's language (the boundary may sit above a failed context consumer). */
  strings: IHelpCenterStrings;
  /** The part of the page to protect. */
  children?: React.ReactNode;
}

interface ErrorBoundaryState {
  error?: Error;
}

/**
 * Catches a rendering failure of one ui root so the rest of the SharePoint page keeps working: the
 * user reads a translated message, the developer finds the cause in the console.
 */
export class ErrorBoundary extends React.Component<ErrorBoundaryProps, ErrorBoundaryState> {
  public state: ErrorBoundaryState = {};

  public static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  public componentDidCatch(error: Error, info: React.ErrorInfo): void {
    console.error('[HelpCenter] A component failed to render:', error, info.componentStack);
  }

  public render(): React.ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { common } = this.props.strings;
    return (
      <Notice messageBarType={MessageBarType.error} isMultiline={true}>
        <strong>{common.errorTitle}</strong> {common.unexpectedError}
        {error.message ? <div>{formatString(common.errorCause, error.message)}</div> : null}
      </Notice>
    );
  }
}
