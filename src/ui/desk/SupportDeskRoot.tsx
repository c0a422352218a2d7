import * as React from 'react';
import { PartialTheme } from '@fluentui/react/lib/Theme';
import { HelpCenterContextValue } from '../common/HelpCenterContext';
import { HelpCenterRoot } from '../common/HelpCenterRoot';
import { DeskServices, SupportDesk } from './SupportDesk';

/** Props of {@link SupportDeskRoot}. */
export interface SupportDeskRootProps {
  context: HelpCenterContextValue;
  theme?: PartialTheme;
  services: DeskServices;
  initialTicketId?: number;
  /** `&approval=1`: the link mailed to an approver opens the ticket's approval panel. */
  initialApproval?: boolean;
}

/** The ui root the SupportDesk web part (or Teams tab) and the workbench page both render. */
export function SupportDeskRoot(props: SupportDeskRootProps): React.ReactElement {
  return (
    <HelpCenterRoot context={props.context} theme={props.theme}>
      <SupportDesk services={props.services} initialTicketId={props.initialTicketId} initialApproval={props.initialApproval} />
    </HelpCenterRoot>
  );
}
