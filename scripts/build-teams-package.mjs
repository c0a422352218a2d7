/**
 * Writes the help center's Microsoft Teams app package, teams/TeamsSPFxApp.zip: manifest.json from
 * teams-app/manifest.template.json, its French strings (teams-app/fr-fr.json) and the two icons. Under that name in
 * teams/, `gulp package-solution` puts it in the .sppkg and SharePoint deploys it to Teams ("Add to Teams") instead of
 * the manifest it would generate (learn.microsoft.com/sharepoint/dev/spfx/deployment-spfx-teams-solutions); it can also
 * be uploaded to the Teams admin center as it is. teams/ holds nothing else: the packager copies the whole folder.
 *
 *   npm run teams:package -- --tenant contoso.sharepoint.com --site /sites/helpcenter [--out file.zip]
 *       [--tabs-on-root] [--team-tab desk|knowledge] [--developer "IT services"] [--privacy https://…] [--terms https://…]
 *
 * The personal tabs (Home, My requests, Knowledge base, Desk) are SPFx web parts SharePoint hosts on
 * `_layouts/15/teamshostedapp.aspx` of the help center site (`--site`): their page is then the help center's.
 * `--tabs-on-root` hosts them on the tenant's root site instead, as SharePoint's own "Sync to Teams" does; the web
 * parts then find the help center through the tenant property HelpCenterSiteUrl. The team tab (Teams allows one:
 * the desk by default, or the knowledge base with `--team-tab knowledge`) is hosted on the team's site and its
 * property pane opens when it is added. Ids and the app's version come
 * from src/domain/teams/teamsApp.ts and config/package-solution.json (run with tsx: `npm run teams:package`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { TEAMS_APP_ID, TEAMS_COMPONENTS, TEAMS_TAB_ENTITY_IDS } from '../src/domain/teams/teamsApp.ts';
import { pageLinks } from '../src/data/pageLinks.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function fail(message) {
  console.error(`teams:package: ${message}`);
  console.error('usage: npm run teams:package -- --tenant contoso.sharepoint.com --site /sites/helpcenter [--out file.zip] [--tabs-on-root]');
  process.exit(2);
}

/** `--name value` and `--flag` options. */
function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)$/.exec(argv[i]);
    if (!m) fail(`unexpected argument ${argv[i]}`);
    if (m[1] === 'tabs-on-root') out[m[1]] = true;
    else if (i + 1 < argv.length) out[m[1]] = argv[++i];
    else fail(`--${m[1]} needs a value`);
  }
  return out;
}

/** `1.2.3.0` (SharePoint's four parts) → `1.2.3` (Teams' semver). */
function teamsVersion(solutionVersion) {
  const m = /^(\d+)\.(\d+)\.(\d+)(\.\d+)?$/.exec(solutionVersion || '');
  if (!m) throw new Error(`config/package-solution.json solution.version "${solutionVersion}" is not x.y.z.w`);
  return `${Number(m[1])}.${Number(m[2])}.${Number(m[3])}`;
}

const args = parseArgs(process.argv.slice(2));
const tenant = (args.tenant || '').toLowerCase().replace(/^https:\/\//, '').replace(/\/+$/, '');
if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(tenant)) fail('--tenant must be the SharePoint host name, e.g. contoso.sharepoint.com');
const site = (args.site || '').replace(/\/+$/, '');
if (!/^\/(sites|teams)\/[A-Za-z0-9._-]+$/.test(site)) fail('--site must be the help center site\'s path, e.g. /sites/helpcenter');
const siteUrl = `https://${tenant}${site}`;
for (const key of ['privacy', 'terms']) {
  if (args[key] && !/^https:\/\/[^\s"<>]+$/.test(args[key])) fail(`--${key} must be an https address`);
}
const developerName = (args.developer || 'Help center').slice(0, 32);
const teamTab = args['team-tab'] || 'desk';
if (teamTab !== 'desk' && teamTab !== 'knowledge') fail('--team-tab must be desk or knowledge');

const solution = JSON.parse(readFileSync(path.join(ROOT, 'config', 'package-solution.json'), 'utf8')).solution;
const version = teamsVersion(solution.version);

/** A personal tab's page: the web part alone on teamshostedapp.aspx, through Teams' single sign-on page. */
function personalTabUrl(componentId) {
  const hostPath = args['tabs-on-root'] ? '' : site;
  const host = args['tabs-on-root'] ? '{teamSiteDomain}' : tenant;
  return `https://${host}${hostPath}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=${hostPath}/_layouts/15/teamshostedapp.aspx%3Fteams%26personal%26componentId=${componentId}%26forceLocale={locale}`;
}

/** The team tab's configuration page: the web part on the team's site with its property pane open. */
function teamTabConfigurationUrl(componentId) {
  return `https://{teamSiteDomain}{teamSitePath}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest={teamSitePath}/_layouts/15/teamshostedapp.aspx%3FopenPropertyPane=true%26teams%26componentId=${componentId}%26forceLocale={locale}`;
}

const links = pageLinks(siteUrl);
const WEB_URLS = { home: siteUrl, myRequests: links.myRequests(), knowledge: links.knowledge(), desk: links.deskHome() };

const values = {
  appId: TEAMS_APP_ID, version, developerName, siteUrl, tenantHost: tenant, teamTabConfigurationUrl: teamTabConfigurationUrl(TEAMS_COMPONENTS[teamTab]),
  privacyUrl: args.privacy || siteUrl, termsOfUseUrl: args.terms || siteUrl
};

/** Replaces `{{name}}` and `{{kind:tab}}` in every string of the template (JSON values, never raw text). */
function fill(value) {
  if (typeof value === 'string') {
    return value.replace(/\{\{([A-Za-z]+)(?::([A-Za-z]+))?\}\}/g, (whole, name, tab) => {
      if (tab) {
        if (!(tab in TEAMS_COMPONENTS)) throw new Error(`unknown tab ${tab} in ${whole}`);
        if (name === 'entityId') return TEAMS_TAB_ENTITY_IDS[tab];
        if (name === 'personalTabUrl') return personalTabUrl(TEAMS_COMPONENTS[tab]);
        if (name === 'webUrl') return WEB_URLS[tab];
      } else if (name in values) {
        return values[name];
      }
      throw new Error(`unknown placeholder ${whole} in teams-app/manifest.template.json`);
    });
  }
  if (Array.isArray(value)) return value.map(fill);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
  return value;
}

const manifest = fill(JSON.parse(readFileSync(path.join(ROOT, 'teams-app', 'manifest.template.json'), 'utf8')));
const zip = new JSZip();
zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
zip.file('fr-fr.json', readFileSync(path.join(ROOT, 'teams-app', 'fr-fr.json')));
zip.file('color.png', readFileSync(path.join(ROOT, 'teams-app', 'color.png')));
zip.file('outline.png', readFileSync(path.join(ROOT, 'teams-app', 'outline.png')));
const out = path.resolve(args.out || path.join(ROOT, 'teams', 'TeamsSPFxApp.zip'));
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
console.log(`teams:package: ${path.relative(process.cwd(), out)} (app ${TEAMS_APP_ID}, version ${version}, tabs on ${args['tabs-on-root'] ? 'the root site' : siteUrl})`);
