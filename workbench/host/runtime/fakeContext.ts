/**
 * A fake SPFx context for the workbench pages: the parts of `WebPartContext` the ui roots and PnPjs use,
 * pointing at the local emulator. Identity comes from the `hc-user` cookie (the workbench's sign-in), which the
 * browser sends; the form digest comes from the page, as SharePoint renders it.
 */
import { spfi, DefaultHeaders, DefaultInit, RequestDigest } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import { Client } from '@microsoft/microsoft-graph-client';
import { createHelpCenterServices } from '../../../src/data/services';
import type { HelpCenterContextValue } from '../../../src/ui/common/HelpCenterContext';
import { localeFromCulture } from '../../../src/ui/common/HelpCenterContext';
import type { WorkbenchBootstrap } from './bootstrap';

/** The subset of SPFx's `WebPartContext` the workbench provides. */
export interface FakeSpfxContext {
  pageContext: {
    web: { absoluteUrl: string; serverRelativeUrl: string; title: string };
    user: { loginName: string; email: string; displayName: string };
    cultureInfo: { currentUICultureName: string; currentCultureName: string };
    legacyPageContext: { formDigestValue: string; formDigestTimeoutSeconds: number };
  };
  msGraphClientFactory: { getClient: (version: '3') => Promise<Client> };
}

/** Builds the fake SPFx context of one page load, as SharePoint renders it into the page. */
export function createFakeSpfxContext(boot: WorkbenchBootstrap): FakeSpfxContext {
  const origin = new URL(boot.siteUrl).origin;
  let graph: Client | undefined;
  return {
    pageContext: {
      web: { absoluteUrl: boot.siteUrl, serverRelativeUrl: boot.serverRelativeUrl, title: boot.webTitle },
      user: { loginName: boot.user.loginName, email: boot.user.email, displayName: boot.user.displayName },
      cultureInfo: { currentUICultureName: boot.user.language, currentCultureName: boot.user.language },
      // The digest the emulator issued for this person when it served the page (writes are refused without it).
      legacyPageContext: { formDigestValue: boot.formDigestValue, formDigestTimeoutSeconds: boot.formDigestTimeoutSeconds },
    },
    msGraphClientFactory: {
      // Same shape as SPFx's MSGraphClientV3; the emulator serves /v1.0 and identifies the user by cookie.
      getClient: () => {
        if (!graph) {
          graph = Client.init({
            baseUrl: origin,
            defaultVersion: 'v1.0',
            authProvider: (done) => done(null, 'workbench'),
            fetchOptions: { credentials: 'same-origin' },
          });
        }
        return Promise.resolve(graph);
      },
    },
  };
}

/**
 * PnPjs as the SPFx behaviour builds it, minus SPFx: the digest comes from the page context (like
 * `SPFx(context)` does), so a first render makes no `/_api/contextinfo` request.
 */
export function workbenchPageSp(context: FakeSpfxContext): SPFI {
  const legacy = context.pageContext.legacyPageContext;
  const apiPrefix = `${context.pageContext.web.absoluteUrl}/_api`.toLowerCase();
  return spfi(context.pageContext.web.absoluteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetchWithRetry(),
    DefaultParse(),
    RequestDigest((url) => {
      if (url.toLowerCase().indexOf(apiPrefix) !== 0) return null;
      const created = new Date(legacy.formDigestValue.split(',')[1]);
      return { value: legacy.formDigestValue, expiration: new Date(created.getTime() + (legacy.formDigestTimeoutSeconds - 15) * 1000) };
    }),
  );
}

/** The help center context of a workbench page, built like the web parts build theirs. */
export function createWorkbenchHelpCenter(context: FakeSpfxContext, strings: IHelpCenterStrings): HelpCenterContextValue {
  const sp = workbenchPageSp(context);
  const user = context.pageContext.user;
  return {
    sp,
    strings,
    locale: localeFromCulture(context.pageContext.cultureInfo.currentUICultureName),
    currentUser: { loginName: user.loginName, email: user.email, displayName: user.displayName },
    siteUrl: context.pageContext.web.absoluteUrl,
    services: createHelpCenterServices(sp),
  };
}
