/** `/sites/helpcenter/SitePages/Desk.aspx`: the SupportDesk web part's ui root with the fake SPFx context. */
import * as React from 'react';
import { createDeskServices } from '../../../src/data/desk/deskServices';
import { SupportDeskRoot } from '../../../src/ui/desk/SupportDeskRoot';
import { createWorkbenchHelpCenter } from '../runtime/fakeContext';
import { mountHelpBar } from '../runtime/helpBar';
import { mountPage } from '../runtime/mount';

mountHelpBar();
mountPage((s) => s.workbench.deskTitle, ({ boot, context, strings }) => {
  const helpCenter = createWorkbenchHelpCenter(context, strings);
  return (
    <SupportDeskRoot context={helpCenter} services={createDeskServices(helpCenter.sp)}
      ticketUrl={(id) => `${boot.siteUrl}/SitePages/MyRequests.aspx?ticket=${id}`} />
  );
});
