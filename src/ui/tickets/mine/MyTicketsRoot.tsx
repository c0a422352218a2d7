import * as React from 'react';
import { PartialTheme } from '@fluentui/react/lib/Theme';
import type { MyTicketsServices } from '../../../data/tickets/MyTicketsServices';
import type { ApprovalDecisionServices, ApprovalRequestRef } from '../../../data/tickets/approvalDecisions';
import { HelpCenterContextValue, useHelpCenter } from '../../common/HelpCenterContext';
import { HelpCenterRoot } from '../../common/HelpCenterRoot';
import { MyTickets } from './MyTickets';
import { ListShimmer } from './ListShimmer';

/** Props of {@link MyTicketsRoot}. */
export interface MyTicketsRootProps {
  context: HelpCenterContextValue;
  theme?: PartialTheme;
  services: MyTicketsServices;
  /** `?ticket=ID`: one of the person's requests. */
  initialTicketId?: number;
  /** `?follow=ID` (a watcher's mail): a request the person is kept informed of; MyTickets reads the address when absent. */
  initialFollowId?: number;
  newRequestUrl?: string;
  /** Opened from an approval mail (`?approval=ID&key=N`): the approver's page instead of the requests. */
  approval?: { request: ApprovalRequestRef; services: ApprovalDecisionServices; deskUrl: string };
}

// Only approvers reach it, from their mail: its own chunk, with its Fluent controls.
const ApprovalDecisionPage = React.lazy(() => import(/* webpackChunkName: 'help-center-approval' */ '../approval/ApprovalDecisionPage'));

function ApprovalRoute(props: Required<MyTicketsRootProps>['approval']): React.ReactElement {
  const { strings } = useHelpCenter();
  return (
    <React.Suspense fallback={<ListShimmer label={strings.common.loading} />}>
      <ApprovalDecisionPage request={props.request} services={props.services} deskUrl={props.deskUrl} />
    </React.Suspense>
  );
}

/** The ui root the MyTickets web part and the workbench page both render. */
export function MyTicketsRoot(props: MyTicketsRootProps): React.ReactElement {
  return (
    <HelpCenterRoot context={props.context} theme={props.theme}>
      {props.approval ? <ApprovalRoute {...props.approval} />
        : <MyTickets services={props.services} initialTicketId={props.initialTicketId} initialFollowId={props.initialFollowId} newRequestUrl={props.newRequestUrl} />}
    </HelpCenterRoot>
  );
}

// The page's links are parsed in one place (src/data/pageLinks.ts); kept here for the callers that import them from the root.
export { approvalRequestFromUrl, approvalRequestQuery, followIdFromUrl, ticketIdFromUrl } from '../../../data/pageLinks';
