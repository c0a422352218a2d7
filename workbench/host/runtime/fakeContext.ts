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
import type { TeamsAppContext } from '../../../src/domain/teams/teamsContext';
import { TEAMS_COMPONENTS, TEAMS_TAB_ENTITY_IDS, TeamsTab } from '../../../src/domain/teams/teamsApp';

/** SPFx's `context.sdks.microsoftTeams` in Teams: teams-js v2 (`teamsJs.app.getContext()`) and its deprecated `context`. */
export interface FakeMicrosoftTeams {
  teamsJs: { app: { getContext(): Promise<TeamsAppContext> } };
  context: TeamsAppContext;
}

/** The subset of SPFx's `WebPartContext` the workbench provides. */
export interface FakeSpfxContext {
  pageContext: {
    web: { absoluteUrl: string; serverRelativeUrl: string; title: string };
    user: { loginName: string; email: string; displayName: string };
    cultureInfo: { currentUICultureName: string; currentCultureName: string };
    legacyPageContext: { formDigestValue: string; formDigestTimeoutSeconds: number };
  };
  msGraphClientFactory: { getClient: (version: '3') => Promise<Client> };
  /** Host SDKs: `microsoftTeams` only on a page shown in Teams (teamshostedapp.aspx with `teams`). */
  sdks: { microsoftTeams?: FakeMicrosoftTeams };
}

/**
 * Teams' context of a tab page, as Teams gives it to a web part SharePoint hosts on `teamshostedapp.aspx?teams&…`:
 * the tab (`componentId`), the language (`forceLocale`), and what Teams itself would add, given here by the
 * workbench's address: `theme` (default, dark, contrast), `subEntityId` (a deep link's sub-page), `team` (a team
 * tab). Undefined outside Teams.
 */
export function teamsContextFromUrl(search: string): TeamsAppContext | undefined {
  const q = new URLSearchParams(search);
  if (!q.has('teams')) return undefined;
  const componentId = (q.get('componentId') || '').toLowerCase();
  const tab = (Object.keys(TEAMS_COMPONENTS) as TeamsTab[]).find(k => TEAMS_COMPONENTS[k] === componentId);
  const theme = q.get('theme');
  return {
    app: { host: { name: 'Teams', clientType: 'web' }, locale: q.get('forceLocale') || 'fr-fr', theme: theme === 'dark' || theme === 'contrast' ? theme : 'default' },
    page: { id: tab ? TEAMS_TAB_ENTITY_IDS[tab] : componentId, frameContext: 'content', ...(q.get('subEntityId') ? { subPageId: q.get('subEntityId') as string } : {}) },
    ...(q.has('personal') ? {} : { team: { internalId: '19:workbench-team@thread.tacv2' }, channel: { id: '19:workbench-channel@thread.tacv2' } }),
  };
}

/** Builds the fake SPFx context of one page load, as SharePoint renders it into the page. */
export function createFakeSpfxContext(boot: WorkbenchBootstrap): FakeSpfxContext {
  const origin = new URL(boot.siteUrl).origin;
  let graph: Client | undefined;
  const teams = teamsContextFromUrl(window.location.search);
  return {
    sdks: teams ? { microsoftTeams: { teamsJs: { app: { getContext: () => Promise.resolve(teams) } }, context: teams } } : {},
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
 * PnPjs as the SPFx behaviour builds it, minus SPFx, bound to `siteUrl` (the page's web by default): the digest
 * comes from the page context (like `SPFx(context)` does), so a first render makes no `/_api/contextinfo` request.
 * The page's digest is the help center's (the emulator issues it for its one site), so on another site's page (the
 * intranet, the root site in Teams) it is given to the help center's requests, as SPFx gets that site's digest.
 */
export function workbenchPageSp(context: FakeSpfxContext, siteUrl: string = context.pageContext.web.absoluteUrl): SPFI {
  const legacy = context.pageContext.legacyPageContext;
  const apiPrefix = `${siteUrl}/_api`.toLowerCase();
  return spfi(siteUrl).using(
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

/** The help center context of a workbench page, built like the web parts build theirs, for the help center at `siteUrl` (default: the page's site). */
export function createWorkbenchHelpCenter(context: FakeSpfxContext, strings: IHelpCenterStrings, siteUrl: string = context.pageContext.web.absoluteUrl): HelpCenterContextValue {
  const sp = workbenchPageSp(context, siteUrl);
  const user = context.pageContext.user;
  return {
    sp,
    strings,
    locale: localeFromCulture(context.pageContext.cultureInfo.currentUICultureName),
    currentUser: { loginName: user.loginName, email: user.email, displayName: user.displayName },
    siteUrl,
    services: createHelpCenterServices(sp),
  };
}
