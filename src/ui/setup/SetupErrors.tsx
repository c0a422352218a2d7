import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProvisioningError } from '../../data/provisioning/types';
import { useHelpCenter } from '../common/HelpCenterContext';
import { formatString } from '../common/format';
import { checkIdName } from './listNames';

/** Props of {@link SetupErrors}. */
export interface SetupErrorsProps {
  /** Failures of the last inspection or setup, each tied to its check. */
  errors: ProvisioningError[];
}

/** Lists failed steps with SharePoint's cause, so an owner can act on each one. */
export function SetupErrors(props: SetupErrorsProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  if (props.errors.length === 0) return <></>;
  return (
    <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
      <strong>{strings.setup.stepErrors}</strong>
      <ul>
        {props.errors.map(e => <li key={`${e.check}|${e.message}`}>{formatString(strings.setup.stepError, checkIdName(e.check, locale), e.message)}</li>)}
      </ul>
    </MessageBar>
  );
}
