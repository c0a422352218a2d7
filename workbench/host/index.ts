/**
 * The workbench host: serves one HTML page per web part (plus an intranet home and the outbox viewer)
 * through the emulator's `extraHandler`, with the bundles built by ./build at start.
 */
import type http from 'node:http';
import { DEMO_PEOPLE, loginNameOf } from '../server/directory';
import { cookieIdentity, FORM_DIGEST_TIMEOUT_SECONDS, IDENTITY_COOKIE } from '../server/auth';
import type { HostAssets } from './build';
import { loadLocStrings } from './locStrings';
import type { WorkbenchPageStrings } from './runtime/workbenchStrings';
import type { WorkbenchBootstrap } from './runtime/bootstrap';
import { TEAMS_COMPONENTS } from '../../src/domain/teams/teamsApp';

export { buildHostAssets } from './build';
export type { HostAssets } from './build';

/** Options of {@link createHostHandler}. */
export interface HostOptions {
  /** Absolute URL of the emulated site. */
  siteUrl: string;
  /** The site's title. */
  webTitle: string;
  /** Bundles from `buildHostAssets()`. */
  assets: HostAssets;
  /** A form digest for the signed-in person (the emulator's `formDigest`), written into the page context. */
  formDigest: (email: string) => string;
}

interface PageDef {
  entry: string;
  title: (s: WorkbenchPageStrings) => string;
  /**
   * The site the page belongs to: the help center's (default), or another site of the tenant — an ordinary intranet
   * site (`/sites/intranet`, where only the tenant-wide help bar is the help center's) or the tenant's root site (where
   * SharePoint hosts web parts shown in Teams). Its web is the page's context; the help center's URL stays a setting.
   */
  site?: 'intranet' | 'root';
}

/**
 * The Teams app's tabs: SharePoint hosts each web part alone on the root site's `_layouts/15/teamshostedapp.aspx`
 * (`?teams&personal&componentId=<id>&forceLocale=fr-fr`, the Teams package's content URLs), by component id.
 */
const TEAMS_TAB_PAGES = new Map<string, PageDef>([
  [TEAMS_COMPONENTS.home, { entry: 'teams-tab', title: (s) => s.workbench.helpHomeTitle, site: 'root' }],
  [TEAMS_COMPONENTS.myRequests, { entry: 'teams-tab', title: (s) => s.workbench.myTicketsTitle, site: 'root' }],
  [TEAMS_COMPONENTS.knowledge, { entry: 'teams-tab', title: (s) => s.workbench.knowledgeTitle, site: 'root' }],
  [TEAMS_COMPONENTS.desk, { entry: 'teams-tab', title: (s) => s.workbench.deskTitle, site: 'root' }],
]);

/** An ordinary site of the intranet (not the help center's): its pages show the tenant-wide help bar. */
export const INTRANET_PATH = '/sites/intranet';

/** The signed-in demo person (the `hc-user` cookie), or undefined: then the page asks who signs in. */
function currentPerson(req: http.IncomingMessage) {
  const email = cookieIdentity(req.headers.cookie)?.toLowerCase();
  return email ? DEMO_PEOPLE.find((p) => p.email.toLowerCase() === email) : undefined;
}

/** JSON inside a <script> element: `<` escaped so no value can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

/** The extraHandler for `startEmulator`: answers host pages and assets, leaves everything else alone. */
export function createHostHandler(opts: HostOptions): (req: http.IncomingMessage, res: http.ServerResponse) => boolean {
  const site = new URL(opts.siteUrl);
  const sitePath = site.pathname.replace(/\/+$/, '');
  const lowerSite = sitePath.toLowerCase();
  const assetPrefix = `${lowerSite}/_workbench/assets/`;
  const pages = new Map<string, PageDef>([
    // The help center site's home page: the HelpCenterHome web part.
    [lowerSite, { entry: 'help-home', title: (s) => s.workbench.helpHomeTitle }],
    [`${lowerSite}/sitepages/home.aspx`, { entry: 'help-home', title: (s) => s.workbench.helpHomeTitle }],
    // An ordinary intranet page (another site): the help bar on top, and the workbench's list of the help center's pages.
    [INTRANET_PATH, { entry: 'home', title: (s) => s.workbench.homeTitle, site: 'intranet' }],
    [`${INTRANET_PATH}/sitepages/home.aspx`, { entry: 'home', title: (s) => s.workbench.homeTitle, site: 'intranet' }],
    [`${lowerSite}/sitepages/setup.aspx`, { entry: 'setup', title: (s) => s.workbench.setupTitle }],
    [`${lowerSite}/sitepages/knowledge.aspx`, { entry: 'knowledge', title: (s) => s.workbench.knowledgeTitle }],
    [`${lowerSite}/sitepages/request.aspx`, { entry: 'ticket-form', title: (s) => s.workbench.ticketFormTitle }],
    [`${lowerSite}/sitepages/myrequests.aspx`, { entry: 'my-tickets', title: (s) => s.workbench.myTicketsTitle }],
    [`${lowerSite}/sitepages/desk.aspx`, { entry: 'desk', title: (s) => s.workbench.deskTitle }],
    [`${lowerSite}/sitepages/articles.aspx`, { entry: 'articles', title: (s) => s.workbench.articlesTitle }],
    [`${lowerSite}/sitepages/experts.aspx`, { entry: 'experts', title: (s) => s.workbench.expertsTitle }],
    [`${lowerSite}/sitepages/ideas.aspx`, { entry: 'ideas', title: (s) => s.workbench.ideasTitle }],
    [`${lowerSite}/sitepages/reports.aspx`, { entry: 'reports', title: (s) => s.reports.title }],
    [`${lowerSite}/_workbench/outbox.html`, { entry: 'outbox', title: (s) => s.workbench.outboxTitle }],
  ]);

  /**
   * Nobody signed in: SharePoint would send the browser to the sign-in page. The workbench lists the demo
   * people; choosing one sets the `hc-user` cookie (the workbench's sign-in) and comes back to the page.
   */
  function signIn(req: http.IncomingMessage, res: http.ServerResponse, url: URL): void {
    const back = `${url.pathname}${url.search}`;
    const items = DEMO_PEOPLE.map((p) => {
      const href = `${sitePath}/_workbench/signin?as=${encodeURIComponent(p.email)}&back=${encodeURIComponent(back)}`;
      return `<li><a href="${escapeHtml(href)}">${escapeHtml(p.displayName)}</a> <span>(${escapeHtml(p.role)}, ${escapeHtml(p.email)})</span></li>`;
    }).join('\n');
    const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(`Sign in – ${opts.webTitle}`)}</title></head>
<body style="font-family: system-ui, sans-serif; margin: 2rem">
<main>
<h1>Sign in to the workbench / Connexion au workbench</h1>
<p>Choose the demo person you act as. / Choisissez la personne de démonstration.</p>
<ul id="workbench-signin">
${items}
</ul>
</main>
</body>
</html>`;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : html);
  }

  function page(req: http.IncomingMessage, res: http.ServerResponse, def: PageDef, url: URL): void {
    const person = currentPerson(req);
    if (!person) return signIn(req, res, url);
    const english = person.language.toLowerCase().startsWith('en');
    const strings = loadLocStrings(english ? 'en-us' : 'fr-fr');
    const pageSitePath = def.site === 'intranet' ? INTRANET_PATH : def.site === 'root' ? '' : sitePath;
    const pageWebTitle = def.site === 'intranet' ? 'Intranet' : def.site === 'root' ? strings.workbench.rootSiteTitle : opts.webTitle;
    const boot: WorkbenchBootstrap = {
      siteUrl: `${site.origin}${pageSitePath}`,
      serverRelativeUrl: pageSitePath || '/',
      webTitle: pageWebTitle,
      helpCenterUrl: opts.siteUrl,
      user: { email: person.email, displayName: person.displayName, loginName: loginNameOf(person.email), language: person.language },
      formDigestValue: opts.formDigest(person.email),
      formDigestTimeoutSeconds: FORM_DIGEST_TIMEOUT_SECONDS,
    };
    // FabricConfig: no Segoe UI web fonts from Microsoft's CDN, so pages work offline (system fonts).
    const css = opts.assets.files.has(`${def.entry}.css`) ? `<link rel="stylesheet" href="${sitePath}/_workbench/assets/${def.entry}.css">` : '';
    const html = `<!doctype html>
<html lang="${english ? 'en' : 'fr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${def.title(strings)} – ${pageWebTitle}`)}</title>
${css}
</head>
<body style="margin:0">
<div id="workbench-top"></div>
<div id="workbench-root"></div>
<script id="workbench-bootstrap" type="application/json">${scriptJson(boot)}</script>
<script>window.FabricConfig = { fontBaseUrl: '' };</script>
<script src="${sitePath}/_workbench/assets/${def.entry}.js"></script>
</body>
</html>`;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(html);
  }

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = new URL(req.url ?? '/', site.origin);
    const lower = decodeURIComponent(url.pathname).toLowerCase().replace(/\/+$/, '');
    if (lower === '') {
      res.writeHead(302, { Location: sitePath });
      res.end();
      return true;
    }
    if (lower === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return true;
    }
    if (lower.startsWith(assetPrefix)) {
      const file = opts.assets.files.get(lower.slice(assetPrefix.length));
      if (!file) return false;
      res.writeHead(200, { 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' });
      res.end(file.body);
      return true;
    }
    if (lower === `${lowerSite}/_workbench/signin`) {
      const email = (url.searchParams.get('as') ?? '').trim().toLowerCase();
      const person = DEMO_PEOPLE.find((p) => p.email.toLowerCase() === email);
      const back = url.searchParams.get('back') ?? '';
      // Only back to a page of this site or of the demo intranet (no open redirect).
      const lowerBack = back.toLowerCase();
      const target = (lowerBack.startsWith(`${lowerSite}`) || lowerBack.startsWith(INTRANET_PATH) || lowerBack.startsWith('/_layouts/')) && !back.startsWith('//') ? back : sitePath;
      if (!person) {
        res.writeHead(302, { Location: target });
        res.end();
        return true;
      }
      res.writeHead(302, { Location: target, 'Set-Cookie': `${IDENTITY_COOKIE}=${encodeURIComponent(person.email)}; Path=/; SameSite=Lax`, 'Cache-Control': 'no-store' });
      res.end();
      return true;
    }
    const def = lower === '/_layouts/15/teamshostedapp.aspx'
      ? TEAMS_TAB_PAGES.get((url.searchParams.get('componentId') ?? '').toLowerCase()) : pages.get(lower);
    if (!def) return false;
    page(req, res, def, url);
    return true;
  };
}
