/** `/sites/helpcenter/SitePages/Knowledge.aspx`: the KnowledgeSearch web part's ui root with the fake SPFx context. */
import * as React from 'react';
import { createLazyKnowledgeService } from '../../../src/data/knowledge/lazy';
import { KnowledgeSearchRoot, knowledgeParamsFromUrl } from '../../../src/ui/knowledge/KnowledgeSearchRoot';
import { createWorkbenchHelpCenter } from '../runtime/fakeContext';
import { mountHelpBar } from '../runtime/helpBar';
import { mountPage } from '../runtime/mount';

mountHelpBar();
mountPage((s) => s.workbench.knowledgeTitle, ({ boot, context, strings }) => {
  const helpCenter = createWorkbenchHelpCenter(context, strings);
  // As the web part with its default provider ('auto': the local index up to 5,000 articles).
  const service = createLazyKnowledgeService(helpCenter.sp, {
    userLoginName: boot.user.loginName, provider: 'auto', cacheKey: boot.siteUrl, initialArticleId: knowledgeParamsFromUrl(window.location.search).initialArticleId
  });
  return (
    <KnowledgeSearchRoot context={helpCenter} service={service} ticketFormUrl={`${boot.siteUrl}/SitePages/Request.aspx`}
      {...knowledgeParamsFromUrl(window.location.search)} />
  );
});
