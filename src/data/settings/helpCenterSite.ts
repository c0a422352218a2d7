/**
 * Which site is the help center, for a web part wherever it is shown. A setting, never guessed from the host page:
 * in a Teams personal app SharePoint shows the web part on the tenant's root site (`/_layouts/15/teamshostedapp.aspx`)
 * and in a team tab on the team's site, where the help center's lists are not.
 *
 * In order: the web part's property (a SharePoint page of another site, a team tab's configuration); on a page of
 * SharePoint that is not the root site, the page's own site (the help center's pages: no request at all); otherwise
 * (Teams, the root site) the tenant property `HelpCenterSiteUrl` (a storage entity of the tenant app catalog, read
 * with `GetStorageEntity` from any web — ./tenantProperty.ts, loaded only then — kept for the browser session); a personal tab hosted on a site (the app
 * package puts them on the help center's) falls back to that site. Nothing found: the web part says the address is
 * not set, instead of failing against the wrong site.
 */
/** The tenant property's key (Set-PnPStorageEntity -Key HelpCenterSiteUrl -Value https://…/sites/helpcenter). */
export const HELP_CENTER_SITE_PROPERTY = 'HelpCenterSiteUrl';

/** Where a web part is shown. */
export interface HostPage {
  /** The page's web (`pageContext.web.absoluteUrl`). */
  webUrl: string;
  /** The page's web's server-relative URL (`/` for the tenant's root site). */
  webServerRelativeUrl: string;
  /** In Teams: a personal app's tab or a tab of a team, channel or chat (from the Teams context). */
  teams?: 'personal' | 'team';
}

/** How the site was found (for the console and the tests). */
export type HelpCenterSiteSource = 'property' | 'page' | 'tenant' | 'teamsHost';

/** The help center's site, or undefined when no setting names it (or the setting could not be read: `error`). */
export interface HelpCenterSite {
  siteUrl?: string;
  source?: HelpCenterSiteSource;
  /** Why the tenant property could not be read (network, permissions): not the same as "not set". */
  error?: unknown;
}

export { siteAddress } from './siteAddress';
import { siteAddress } from './siteAddress';

const CACHE_PREFIX = 'hc:tenant:';

function cached(storage: Storage | undefined, key: string): string | undefined {
  try {
    return siteAddress(storage ? storage.getItem(CACHE_PREFIX + key) || undefined : undefined);
  } catch {
    return undefined; // storage refused (private mode, blocked cookies): read the setting again
  }
}

function remember(storage: Storage | undefined, key: string, value: string): void {
  try {
    if (storage) storage.setItem(CACHE_PREFIX + key, value);
  } catch {
    // storage full or refused: the next load reads the setting again
  }
}

/**
 * The help center's site for a web part with `property` on `host` (see the module's comment). `readTenant` reads
 * the tenant property (one request); a value found is kept in `storage` (sessionStorage) for the session's later loads.
 */
export async function resolveHelpCenterSite(property: string | undefined, host: HostPage,
  readTenant: (key: string) => Promise<string | undefined>, storage: Storage | undefined): Promise<HelpCenterSite> {
  const fromProperty = siteAddress(property);
  if (fromProperty) return { siteUrl: fromProperty, source: 'property' };
  const onRoot = host.webServerRelativeUrl === '/' || host.webServerRelativeUrl === '';
  const page = siteAddress(host.webUrl);
  if (!host.teams && !onRoot && page) return { siteUrl: page, source: 'page' };
  const known = cached(storage, HELP_CENTER_SITE_PROPERTY);
  if (known) return { siteUrl: known, source: 'tenant' };
  let tenant: string | undefined;
  try {
    tenant = siteAddress(await readTenant(HELP_CENTER_SITE_PROPERTY));
  } catch (error) {
    return { error };
  }
  if (tenant) {
    remember(storage, HELP_CENTER_SITE_PROPERTY, tenant);
    return { siteUrl: tenant, source: 'tenant' };
  }
  if (host.teams === 'personal' && !onRoot && page) return { siteUrl: page, source: 'teamsHost' };
  return {};
}
