/**
 * The web parts' host when it is not a page of the help center site: in Teams (a personal app's tab, a team's tab) or
 * on the tenant's root site. A chunk of its own (`help-center-teams-host`), loaded only there: on the help center's
 * pages the site is the page's own and nothing of this is downloaded.
 */
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import { spfi, SPFx } from '@pnp/sp';
import { HelpCenterSite, resolveHelpCenterSite } from '../../data/settings/helpCenterSite';
import { TeamsAppContext, TeamsHost, teamsHostOf } from '../../domain/teams/teamsContext';
import { openOtherPagesInNewTab } from './teamsLinks';

/** What a web part keeps of a host that is not the help center's page. */
export interface RemoteHost {
  site: HelpCenterSite;
  teams?: TeamsHost;
  teamsTheme?: PartialTheme;
  /** Stops opening other pages in a new tab (Teams). */
  stop?: () => void;
}

/**
 * In Teams: its context (sub-page, theme: Teams' dark or high-contrast theme as a Fluent theme), links to other pages
 * in a new browser tab; then the help center's site from the property or the tenant property (src/data/settings).
 */
export async function remoteHost(context: WebPartContext, domElement: HTMLElement, property: string | undefined): Promise<RemoteHost> {
  const web = context.pageContext.web;
  const sdk = context.sdks.microsoftTeams;
  const host: RemoteHost = { site: {} };
  let theme: Promise<PartialTheme | undefined> = Promise.resolve(undefined);
  if (sdk) {
    const teams = host.teams = teamsHostOf(await sdk.teamsJs.app.getContext() as unknown as TeamsAppContext);
    host.stop = openOtherPagesInNewTab(domElement);
    if (teams.theme !== 'default') {
      theme = import(/* webpackChunkName: 'help-center-teams-theme' */ '../../ui/common/teamsThemes').then(m => m.teamsTheme(teams.theme));
    }
  }
  const pageSp = spfi(web.absoluteUrl).using(SPFx(context));
  let storage: Storage | undefined;
  try { storage = window.sessionStorage; } catch { storage = undefined; }
  const [site, teamsTheme] = await Promise.all([
    resolveHelpCenterSite(property, { webUrl: web.absoluteUrl, webServerRelativeUrl: web.serverRelativeUrl, teams: host.teams && host.teams.kind },
      key => import(/* webpackChunkName: 'help-center-tenant-property' */ '../../data/settings/tenantProperty').then(m => m.readTenantProperty(pageSp, key)), storage),
    theme
  ]);
  if (site.error !== undefined) console.error('Help center: the tenant property HelpCenterSiteUrl could not be read.', site.error);
  return { ...host, site, teamsTheme };
}
