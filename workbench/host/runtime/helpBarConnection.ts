/**
 * PnPjs bound to the help center's site for the workbench's help bar, as PnPjs' SPFx behaviour builds it in SharePoint
 * (src/extensions/helpBar/helpBarConnection.ts): the page's digest on the page's own site only; on another site
 * (the intranet page) PnPjs asks the help center's `/_api/contextinfo` before a write.
 */
import { spfi, DefaultHeaders, DefaultInit, RequestDigest } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import type { HelpBarConnection } from '../../../src/ui/helpbar/helpBarTypes';
import type { WorkbenchBootstrap } from './bootstrap';
import { createFakeSpfxContext } from './fakeContext';

/** The help bar's connection of a workbench page. */
export function connectHelpCenter(boot: WorkbenchBootstrap): HelpBarConnection {
  const context = createFakeSpfxContext(boot);
  const legacy = context.pageContext.legacyPageContext;
  const pageApi = `${boot.siteUrl}/_api`.toLowerCase();
  const sp = spfi(boot.helpCenterUrl).using(
    DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry(), DefaultParse(),
    RequestDigest((url) => {
      if (url.toLowerCase().indexOf(pageApi + '/') !== 0) return null;
      const created = new Date(legacy.formDigestValue.split(',')[1]);
      return { value: legacy.formDigestValue, expiration: new Date(created.getTime() + (legacy.formDigestTimeoutSeconds - 15) * 1000) };
    }),
  );
  return {
    sp,
    graph: () => context.msGraphClientFactory.getClient('3') as unknown as ReturnType<HelpBarConnection['graph']>,
    user: { loginName: boot.user.loginName, email: boot.user.email, displayName: boot.user.displayName },
  };
}
