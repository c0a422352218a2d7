import * as React from 'react';
import { createMyTicketsServices, MyTicketsServices } from '../../data/tickets/MyTicketsServices';
import { MyTicketsRoot } from '../../ui/tickets/mine/MyTicketsRoot';
import { approvalRequestFromUrl, pageLinks, ticketIdFromUrl } from '../../data/pageLinks';
import { createLazyApprovalDecisionServices } from '../../data/tickets/approvalDecisionsLazy';
import { openedFromTeams, ticketIdFromSubPage } from '../../domain/teams/teamsApp';
import type { HelpCenterFeature, IHelpCenterWebPartProps } from '../common/HelpCenterWebPart';

/** Web part properties (property pane). */
export interface IMyTicketsWebPartProps extends IHelpCenterWebPartProps {
  /** Page of the TicketForm web part. */
  newRequestUrl: string;
}

/** "My requests" feature chunk: its services and ui root. */
export const myTicketsFeature: HelpCenterFeature<IMyTicketsWebPartProps, MyTicketsServices> = {
  createServices: (_host, sp) => createMyTicketsServices(sp),
  render: (host, w, theme) => {
    // The approval mail's link (`?approval=ID&key=N`): the approver's page; the desk is the SupportDesk page of the site.
    const request = approvalRequestFromUrl(window.location.search);
    return React.createElement(MyTicketsRoot, {
      context: w.context, services: w.services, theme,
      // In Teams, a mail's deep link names the request as the tab's sub-page (`ticket-ID`).
      initialTicketId: ticketIdFromUrl(window.location.search) || ticketIdFromSubPage(w.teams && w.teams.subPageId),
      newRequestUrl: openedFromTeams(host.properties.newRequestUrl || pageLinks(w.siteUrl).newRequest(), !!w.teams),
      approval: request ? { request, services: createLazyApprovalDecisionServices(w.context.sp), deskUrl: pageLinks(w.siteUrl).deskHome() } : undefined
    });
  }
};
