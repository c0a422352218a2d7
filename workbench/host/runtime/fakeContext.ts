/**
 * A fake SPFx context for the workbench pages: the parts of `WebPartContext` the ui roots and PnPjs use,
 * pointing at the local emulator. Identity comes from the `hc-user` cookie, which the browser sends.
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

function randomHex(bytes: number): string {
  const values = new Uint8Array(bytes);
  crypto.getRandomValues(values);
  return Array.from(values, (b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
}

/** SharePoint's digest format: `0x<hex>,<dd Mon yyyy HH:mm:ss -0000>` (PnPjs reads the date after the comma). */
function pageDigest(now: Date): string {
  const utc = now.toUTCString().replace(/^\w+, /, '').replace('GMT', '-0000');
  return `0x${randomHex(64)},${utc}`;
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
      legacyPageContext: { formDigestValue: pageDigest(new Date()), formDigestTimeoutSeconds: 1800 },
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
    services: createHelpCenterServices(sp),
  };
}
