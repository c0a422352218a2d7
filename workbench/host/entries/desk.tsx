/** `/sites/helpcenter/SitePages/Desk.aspx`: the SupportDesk web part's ui root with the fake SPFx context. */
import * as React from 'react';
import { createDeskServices } from '../../../src/data/desk/deskServices';
import { SupportDeskRoot } from '../../../src/ui/desk/SupportDeskRoot';
import { approvalPanelFromUrl, pageLinks, ticketIdFromUrl } from '../../../src/data/pageLinks';
import { createWorkbenchHelpCenter } from '../runtime/fakeContext';
import { mountHelpBar } from '../runtime/helpBar';
import { mountPage } from '../runtime/mount';

mountHelpBar();
mountPage((s) => s.workbench.deskTitle, ({ boot, context, strings }) => {
  const helpCenter = createWorkbenchHelpCenter(context, strings);
  return (
    <SupportDeskRoot context={helpCenter}
      services={createDeskServices(helpCenter.sp, () => context.msGraphClientFactory.getClient('3'), pageLinks(boot.siteUrl))}
      initialTicketId={ticketIdFromUrl(window.location.search)} initialApproval={approvalPanelFromUrl(window.location.search)} />
  );
});
