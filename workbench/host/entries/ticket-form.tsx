/** `/sites/helpcenter/SitePages/Request.aspx`: the TicketForm web part's ui root with the fake SPFx context. */
import * as React from 'react';
import { createTicketFormServices } from '../../../src/data/intake/TicketFormServices';
import { createFormKnowledge } from '../../../src/data/intake/formKnowledge';
import { TicketFormRoot, prefillFromUrl } from '../../../src/ui/tickets/form/TicketFormRoot';
import { indexedDbDraftStore } from '../../../src/ui/tickets/form/draftStore';
import { createWorkbenchHelpCenter } from '../runtime/fakeContext';
import { mountHelpBar } from '../runtime/helpBar';
import { mountPage } from '../runtime/mount';

mountHelpBar();
mountPage((s) => s.workbench.ticketFormTitle, ({ boot, context, strings }) => {
  const helpCenter = createWorkbenchHelpCenter(context, strings);
  const services = createTicketFormServices(helpCenter.sp, () => context.msGraphClientFactory.getClient('3'));
  return (
    <TicketFormRoot context={helpCenter} services={services} drafts={indexedDbDraftStore(boot.siteUrl, boot.user.loginName)}
      prefill={prefillFromUrl(window.location.search)} myTicketsUrl={`${boot.siteUrl}/SitePages/MyRequests.aspx`}
      knowledge={createFormKnowledge(helpCenter.sp, boot.user.loginName, (id) => `${boot.siteUrl}/SitePages/Knowledge.aspx?article=${id}`)} />
  );
});
