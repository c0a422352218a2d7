/** `/sites/helpcenter/SitePages/Knowledge.aspx`: the KnowledgeSearch web part's ui root with the fake SPFx context. */
import * as React from 'react';
import { createKnowledgeService } from '../../../src/data/knowledge';
import { KnowledgeSearchRoot, knowledgeParamsFromUrl } from '../../../src/ui/knowledge/KnowledgeSearchRoot';
import { createWorkbenchHelpCenter } from '../runtime/fakeContext';
import { mountHelpBar } from '../runtime/helpBar';
import { mountPage } from '../runtime/mount';

mountHelpBar();
mountPage((s) => s.workbench.knowledgeTitle, ({ boot, context, strings }) => {
  const helpCenter = createWorkbenchHelpCenter(context, strings);
  const service = createKnowledgeService(helpCenter.sp, { userLoginName: boot.user.loginName, provider: 'local', cacheKey: boot.siteUrl });
  return (
    <KnowledgeSearchRoot context={helpCenter} service={service} ticketFormUrl={`${boot.siteUrl}/SitePages/Request.aspx`}
      {...knowledgeParamsFromUrl(window.location.search)} />
  );
});
