import * as React from 'react';
import { PartialTheme } from '@fluentui/react/lib/Theme';
import { SPFI } from '@pnp/sp';
import { createDeskServices, DeskDataServices } from '../../data/desk/deskServices';
import { SupportDeskRoot } from '../../ui/desk/SupportDeskRoot';
import { approvalPanelFromUrl, pageLinks, ticketIdFromUrl } from '../../data/pageLinks';
import { HelpCenterWebPart, HelpCenterWiring, IHelpCenterWebPartProps } from '../common/HelpCenterWebPart';

/** Thin SPFx entry point of the support desk (also a Teams tab). */
export default class SupportDeskWebPart extends HelpCenterWebPart<IHelpCenterWebPartProps, DeskDataServices> {
  protected createServices(sp: SPFI, siteUrl: string): DeskDataServices {
    // Each mail links to the page its reader may open: the request (requester), the followed view (watcher), the
    // desk (agents, team queues), the approver's page (an approver, who may not read the ticket).
    return createDeskServices(sp, () => this.graph(), pageLinks(siteUrl));
  }

  protected renderRoot(w: HelpCenterWiring<DeskDataServices>, theme: PartialTheme | undefined): React.ReactElement {
    return React.createElement(SupportDeskRoot, { context: w.context, services: w.services, theme, initialTicketId: ticketIdFromUrl(window.location.search),
      initialApproval: approvalPanelFromUrl(window.location.search) });
  }
}
