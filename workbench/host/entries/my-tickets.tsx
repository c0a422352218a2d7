/** `/sites/helpcenter/SitePages/MyRequests.aspx`: the MyTickets web part's ui root with the fake SPFx context. */
import * as React from 'react';
import { createMyTicketsServices } from '../../../src/data/tickets/MyTicketsServices';
import { MyTicketsRoot, approvalRequestFromUrl, ticketIdFromUrl } from '../../../src/ui/tickets/mine/MyTicketsRoot';
import { createLazyApprovalDecisionServices } from '../../../src/data/tickets/approvalDecisionsLazy';
import { createWorkbenchHelpCenter } from '../runtime/fakeContext';
import { mountHelpBar } from '../runtime/helpBar';
import { mountPage } from '../runtime/mount';

mountHelpBar();
mountPage((s) => s.workbench.myTicketsTitle, ({ boot, context, strings }) => {
  const helpCenter = createWorkbenchHelpCenter(context, strings);
  const request = approvalRequestFromUrl(window.location.search);
  return (
    <MyTicketsRoot context={helpCenter} services={createMyTicketsServices(helpCenter.sp)} initialTicketId={ticketIdFromUrl(window.location.search)}
      newRequestUrl={`${boot.siteUrl}/SitePages/Request.aspx`}
      approval={request ? { request, services: createLazyApprovalDecisionServices(helpCenter.sp), deskUrl: `${boot.siteUrl}/SitePages/Desk.aspx` } : undefined} />
  );
});
