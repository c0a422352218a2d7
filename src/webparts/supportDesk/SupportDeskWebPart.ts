import * as React from 'react';
import { PartialTheme } from '@fluentui/react/lib/Theme';
import { SPFI } from '@pnp/sp';
import { createDeskServices, DeskDataServices } from '../../data/desk/deskServices';
import { SupportDeskRoot } from '../../ui/desk/SupportDeskRoot';
import { approvalRequestQuery, ticketIdFromUrl } from '../../ui/tickets/mine/MyTicketsRoot';
import { HelpCenterWebPart, HelpCenterWiring, IHelpCenterWebPartProps } from '../common/HelpCenterWebPart';

/** Thin SPFx entry point of the support desk (also a Teams tab). */
export default class SupportDeskWebPart extends HelpCenterWebPart<IHelpCenterWebPartProps, DeskDataServices> {
  protected createServices(sp: SPFI, siteUrl: string): DeskDataServices {
    // Requesters and watchers follow a ticket in MyTickets; an approver, who may not read the ticket, decides on
    // MyTickets' approval page (a support-group approver is sent on to the desk's ticket page from there).
    return createDeskServices(sp, () => this.graph(), (id, purpose, request) =>
      (purpose !== 'approval' ? `${siteUrl}/SitePages/MyRequests.aspx?ticket=${id}`
        : request ? `${siteUrl}/SitePages/MyRequests.aspx${approvalRequestQuery(request)}` : `${siteUrl}/SitePages/Desk.aspx?ticket=${id}&approval=1`));
  }

  protected renderRoot(w: HelpCenterWiring<DeskDataServices>, theme: PartialTheme | undefined): React.ReactElement {
    return React.createElement(SupportDeskRoot, { context: w.context, services: w.services, theme, initialTicketId: ticketIdFromUrl(window.location.search),
      initialApproval: new URLSearchParams(window.location.search).get('approval') === '1' });
  }
}
