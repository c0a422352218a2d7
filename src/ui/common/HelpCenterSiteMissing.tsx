import * as React from 'react';
import { Notice, MessageBarType } from './Notice';
import { formatString } from './format';

/** Props of {@link HelpCenterSiteMissing}. */
export interface HelpCenterSiteMissingProps {
  /** The common strings (the web part's feature may not be loaded). */
  strings: IHelpCenterCommonStrings;
  /** Why the setting could not be read; undefined when it is simply not set. */
  error?: unknown;
}

/**
 * What a web part shows when no setting names the help center's site (in Teams, on the root site) — instead of
 * requests against a site that has no help center — or when the setting could not be read.
 */
export function HelpCenterSiteMissing(props: HelpCenterSiteMissingProps): React.ReactElement {
  const s = props.strings.common;
  if (props.error === undefined) return <Notice messageBarType={MessageBarType.warning}>{s.helpCenterSiteMissing}</Notice>;
  const cause = props.error instanceof Error ? props.error.message : String(props.error);
  return <Notice messageBarType={MessageBarType.error}>{s.errorTitle} {formatString(s.errorCause, cause)}</Notice>;
}
