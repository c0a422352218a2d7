import * as React from 'react';
import { IPropertyPaneField, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { PartialTheme } from '@fluentui/react/lib/Theme';
import { SPFI } from '@pnp/sp';
import { helpCenterStrings as strings } from '../common/helpCenterStrings';
import { createTicketFormServices, TicketFormServices } from '../../data/intake/TicketFormServices';
import { createFormKnowledge, FormKnowledge } from '../../data/intake/formKnowledge';
import { TicketFormRoot, prefillFromUrl } from '../../ui/tickets/form/TicketFormRoot';
import { DraftStore, indexedDbDraftStore } from '../../ui/tickets/form/draftStore';
import { pageLinks } from '../../data/pageLinks';
import { HelpCenterWebPart, HelpCenterWiring, IHelpCenterWebPartProps } from '../common/HelpCenterWebPart';

/** Web part properties (property pane). */
export interface ITicketFormWebPartProps extends IHelpCenterWebPartProps {
  /** Page of the MyTickets web part (confirmation link and mails). */
  myTicketsUrl: string;
}

interface FormServices { form: TicketFormServices; drafts: DraftStore; knowledge: FormKnowledge }

/** Thin SPFx entry point of the ticket form. */
export default class TicketFormWebPart extends HelpCenterWebPart<ITicketFormWebPartProps, FormServices> {
  protected createServices(sp: SPFI, siteUrl: string): FormServices {
    const login = this.context.pageContext.user.loginName;
    return {
      form: createTicketFormServices(sp, () => this.graph()),
      drafts: indexedDbDraftStore(siteUrl, login),
      knowledge: createFormKnowledge(sp, login, pageLinks(siteUrl).article)
    };
  }

  protected renderRoot(w: HelpCenterWiring<FormServices>, theme: PartialTheme | undefined): React.ReactElement {
    return React.createElement(TicketFormRoot, {
      context: w.context, theme, services: w.services.form, drafts: w.services.drafts, knowledge: w.services.knowledge,
      prefill: prefillFromUrl(window.location.search), myTicketsUrl: this.properties.myTicketsUrl || pageLinks(w.siteUrl).myRequests()
    });
  }

  protected paneFields(): IPropertyPaneField<unknown>[] {
    return [PropertyPaneTextField('myTicketsUrl', { label: strings.ticketFormPane.myTicketsUrl })];
  }
}
