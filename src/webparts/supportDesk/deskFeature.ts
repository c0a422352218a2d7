import * as React from 'react';
import { createDeskServices, DeskDataServices } from '../../data/desk/deskServices';
import { SupportDeskRoot } from '../../ui/desk/SupportDeskRoot';
import { approvalPanelFromUrl, pageLinks, ticketIdFromUrl } from '../../data/pageLinks';
import type { HelpCenterFeature, IHelpCenterWebPartProps } from '../common/HelpCenterWebPart';

/** The support desk's feature chunk: its services and ui root. */
export const deskFeature: HelpCenterFeature<IHelpCenterWebPartProps, DeskDataServices> = {
  // Each mail links to the page its reader may open: the request (requester), the followed view (watcher), the
  // desk (agents, team queues), the approver's page (an approver, who may not read the ticket).
  createServices: (host, sp, siteUrl) => createDeskServices(sp, () => host.graph(), pageLinks(siteUrl)),
  render: (_host, w, theme) => React.createElement(SupportDeskRoot, {
    context: w.context, services: w.services, theme, initialTicketId: ticketIdFromUrl(window.location.search),
    initialApproval: approvalPanelFromUrl(window.location.search)
  })
};
