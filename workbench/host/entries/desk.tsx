/** `/sites/helpcenter/SitePages/Desk.aspx`: the SupportDesk web part's ui root with the fake SPFx context. */
import * as React from 'react';
import { createDeskServices } from '../../../src/data/desk/deskServices';
import { SupportDeskRoot } from '../../../src/ui/desk/SupportDeskRoot';
import { approvalRequestQuery, ticketIdFromUrl } from '../../../src/ui/tickets/mine/MyTicketsRoot';
import { createWorkbenchHelpCenter } from '../runtime/fakeContext';
import { mountHelpBar } from '../runtime/helpBar';
import { mountPage } from '../runtime/mount';

mountHelpBar();
mountPage((s) => s.workbench.deskTitle, ({ boot, context, strings }) => {
  const helpCenter = createWorkbenchHelpCenter(context, strings);
  return (
    <SupportDeskRoot context={helpCenter}
      services={createDeskServices(helpCenter.sp, () => context.msGraphClientFactory.getClient('3'), (id, purpose, request) =>
        (purpose !== 'approval' ? `${boot.siteUrl}/SitePages/MyRequests.aspx?ticket=${id}`
          : request ? `${boot.siteUrl}/SitePages/MyRequests.aspx${approvalRequestQuery(request)}` : `${boot.siteUrl}/SitePages/Desk.aspx?ticket=${id}&approval=1`))}
      initialTicketId={ticketIdFromUrl(window.location.search)} initialApproval={new URLSearchParams(window.location.search).get('approval') === '1'} />
  );
});
