import * as React from 'react';
import { createTicketFormServices, TicketFormServices } from '../../data/intake/TicketFormServices';
import { createFormKnowledge, FormKnowledge } from '../../data/intake/formKnowledge';
import { TicketFormRoot, prefillFromUrl } from '../../ui/tickets/form/TicketFormRoot';
import { DraftStore, indexedDbDraftStore } from '../../ui/tickets/form/draftStore';
import { pageLinks } from '../../data/pageLinks';
import type { HelpCenterFeature, IHelpCenterWebPartProps } from '../common/HelpCenterWebPart';

/** Web part properties (property pane). */
export interface ITicketFormWebPartProps extends IHelpCenterWebPartProps {
  /** Page of the MyTickets web part (confirmation link and mails). */
  myTicketsUrl: string;
}

/** The form's services. */
export interface FormServices { form: TicketFormServices; drafts: DraftStore; knowledge: FormKnowledge }

/** The request form's feature chunk: its services and ui root. */
export const ticketFormFeature: HelpCenterFeature<ITicketFormWebPartProps, FormServices> = {
  createServices: (host, sp, siteUrl) => {
    const login = host.context.pageContext.user.loginName;
    return {
      form: createTicketFormServices(sp, () => host.graph()),
      drafts: indexedDbDraftStore(siteUrl, login),
      knowledge: createFormKnowledge(sp, login, pageLinks(siteUrl).article)
    };
  },
  render: (host, w, theme) => React.createElement(TicketFormRoot, {
    context: w.context, theme, services: w.services.form, drafts: w.services.drafts, knowledge: w.services.knowledge,
    prefill: { ...prefillFromUrl(window.location.search), ...(w.teams ? { channel: 'teams' as const } : {}) }, myTicketsUrl: host.properties.myTicketsUrl || pageLinks(w.siteUrl).myRequests()
  })
};
