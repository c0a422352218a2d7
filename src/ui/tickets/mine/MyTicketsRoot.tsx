import * as React from 'react';
import { PartialTheme } from '@fluentui/react/lib/Theme';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { MyTicketsServices } from '../../../data/tickets/MyTicketsServices';
import type { ApprovalDecisionServices, ApprovalRequestRef } from '../../../data/tickets/approvalDecisions';
import { LoadingState } from '../../common/LoadingState';
import { formClasses } from '../form/formStyles';
import { HelpCenterContextValue, useHelpCenter } from '../../common/HelpCenterContext';
import { HelpCenterRoot } from '../../common/HelpCenterRoot';
import { MyTickets } from './MyTickets';

/** Props of {@link MyTicketsRoot}. */
export interface MyTicketsRootProps {
  context: HelpCenterContextValue;
  theme?: PartialTheme;
  services: MyTicketsServices;
  initialTicketId?: number;
  newRequestUrl?: string;
  /** Opened from an approval mail (`?approval=ID&key=N`): the approver's page instead of the requests. */
  approval?: { request: ApprovalRequestRef; services: ApprovalDecisionServices; deskUrl: string };
}

// Only approvers reach it, from their mail: its own chunk.
const ApprovalDecisionPage = React.lazy(() => import(/* webpackChunkName: 'help-center-approval' */ '../approval/ApprovalDecisionPage'));
const APPROVAL_UI = { PrimaryButton, DefaultButton };

function ApprovalRoute(props: Required<MyTicketsRootProps>['approval']): React.ReactElement {
  const classes = formClasses(useTheme());
  const { strings } = useHelpCenter();
  return (
    <React.Suspense fallback={<LoadingState label={strings.common.loading} />}>
      <ApprovalDecisionPage request={props.request} services={props.services} deskUrl={props.deskUrl} classes={classes} ui={APPROVAL_UI} />
    </React.Suspense>
  );
}

/** The ui root the MyTickets web part and the workbench page both render. */
export function MyTicketsRoot(props: MyTicketsRootProps): React.ReactElement {
  return (
    <HelpCenterRoot context={props.context} theme={props.theme}>
      {props.approval ? <ApprovalRoute {...props.approval} />
        : <MyTickets services={props.services} initialTicketId={props.initialTicketId} newRequestUrl={props.newRequestUrl} />}
    </HelpCenterRoot>
  );
}

/** An approval link's token (`&t=`): 32 hexadecimal characters (see newApprovalToken). */
const TOKEN_PATTERN = /^[0-9a-f]{32}$/;

/** The approval request of a page address (`?approval=<ticket id>&key=<request sequence>&for=<approver's user id>`, the approval mail's link), or undefined. */
export function approvalRequestFromUrl(search: string): ApprovalRequestRef | undefined {
  const params = new URLSearchParams(search);
  const ticketId = Number(params.get('approval'));
  const requestSequence = Number(params.get('key'));
  const approverId = Number(params.get('for'));
  const token = (params.get('t') || '').toLowerCase();
  if (!(Number.isInteger(ticketId) && ticketId > 0 && Number.isInteger(requestSequence) && requestSequence > 0)) return undefined;
  return {
    ticketId, requestSequence, ...(Number.isInteger(approverId) && approverId > 0 ? { approverId } : {}), ...(TOKEN_PATTERN.test(token) ? { token } : {})
  };
}

/** The query string of the approval mail's link (read back by {@link approvalRequestFromUrl}). */
export function approvalRequestQuery(request: ApprovalRequestRef): string {
  return `?approval=${request.ticketId}&key=${request.requestSequence}${request.approverId ? `&for=${request.approverId}` : ''}${request.token ? `&t=${request.token}` : ''}`;
}

/** The `?ticket=ID` of a page address. */
export function ticketIdFromUrl(search: string): number | undefined {
  const match = /[?&]ticket=(\d+)/.exec(search);
  const id = match ? Number(match[1]) : NaN;
  return Number.isInteger(id) && id > 0 ? id : undefined;
}
