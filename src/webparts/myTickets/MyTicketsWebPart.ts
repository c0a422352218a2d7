import * as React from 'react';
import { IPropertyPaneField, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { PartialTheme } from '@fluentui/react/lib/Theme';
import { SPFI } from '@pnp/sp';
import { helpCenterStrings as strings } from '../common/helpCenterStrings';
import { createMyTicketsServices, MyTicketsServices } from '../../data/tickets/MyTicketsServices';
import { MyTicketsRoot } from '../../ui/tickets/mine/MyTicketsRoot';
import { approvalRequestFromUrl, pageLinks, ticketIdFromUrl } from '../../data/pageLinks';
import { createLazyApprovalDecisionServices } from '../../data/tickets/approvalDecisionsLazy';
import { HelpCenterWebPart, HelpCenterWiring, IHelpCenterWebPartProps } from '../common/HelpCenterWebPart';

/** Web part properties (property pane). */
export interface IMyTicketsWebPartProps extends IHelpCenterWebPartProps {
  /** Page of the TicketForm web part. */
  newRequestUrl: string;
}

/** Thin SPFx entry point of "My requests". */
export default class MyTicketsWebPart extends HelpCenterWebPart<IMyTicketsWebPartProps, MyTicketsServices> {
  protected createServices(sp: SPFI): MyTicketsServices {
    return createMyTicketsServices(sp);
  }

  protected renderRoot(w: HelpCenterWiring<MyTicketsServices>, theme: PartialTheme | undefined): React.ReactElement {
    // The approval mail's link (`?approval=ID&key=N`): the approver's page; the desk is the SupportDesk page of the site.
    const request = approvalRequestFromUrl(window.location.search);
    return React.createElement(MyTicketsRoot, {
      context: w.context, services: w.services, theme, initialTicketId: ticketIdFromUrl(window.location.search),
      newRequestUrl: this.properties.newRequestUrl || undefined,
      approval: request ? { request, services: createLazyApprovalDecisionServices(w.context.sp), deskUrl: pageLinks(w.siteUrl).deskHome() } : undefined
    });
  }

  protected paneFields(): IPropertyPaneField<unknown>[] {
    return [PropertyPaneTextField('newRequestUrl', { label: strings.ticketFormPane.newRequestUrl })];
  }
}
