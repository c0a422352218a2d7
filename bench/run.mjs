#!/usr/bin/env node
/**
 * `npm run bench` (after `npm run ship`): bundle sizes against their budgets, and requests per first
 * render of each workbench page. Writes bench/results/latest.md and exits 1 when a budget is exceeded.
 *
 *   node bench/run.mjs [--skip-bundles] [--skip-requests]
 */
import { spawn, execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const RESULTS = path.join(ROOT, 'bench', 'results', 'latest.md');
const KB = 1024;
/** Gzipped budgets by SPFx component type: a web part may carry Fluent UI; the help bar loads on every page. */
/** The help bar's budget (its bundle and its strings, on every page of the tenant) and a page's (help bar included). */
const HELP_BAR_BUDGET = 25 * KB;
const PAGE_BUDGET = 140 * KB;
const EXTRA_WEB_PART = 30 * KB;
/** Each web part's feature chunk (src/webparts/<x>/<X>WebPart.ts `loadFeature`), loaded before its first render. */
const FEATURE_CHUNKS = {
  setup: 'help-center-setup', form: 'help-center-form', 'my-tickets': 'help-center-my-tickets', desk: 'help-center-desk', knowledge: 'help-center-knowledge-page', authoring: 'help-center-authoring-page', experts: 'help-center-experts-page', ideas: 'help-center-ideas-page', home: 'help-center-home-page', reports: 'help-center-reports-page',
};
/** The page's language for the strings (the demo site is French). */
const LOCALE = 'fr-fr';
/**
 * Requests to SharePoint (`/_api`) and Graph (`/v1.0`) allowed for a page's first render, counted until the page says
 * it has rendered (each web part's `help-center:rendered:<feature>` performance mark, and the help bar's).
 */
const PAGES = [
  { name: 'Intranet home + help bar', path: '/sites/intranet', budget: 1, features: [] },
  { name: 'Help center home (HelpCenterHome web part, as a student)', path: '/sites/helpcenter', budget: 2, user: 'lea.dubois@univ-exemple.fr', features: ['home'] },
  { name: 'Setup (HelpCenterSetup web part)', path: '/sites/helpcenter/SitePages/Setup.aspx', budget: 2, features: ['setup'] },
  { name: 'Knowledge search (KnowledgeSearch web part, cold cache)', path: '/sites/helpcenter/SitePages/Knowledge.aspx', budget: 2, user: 'lea.dubois@univ-exemple.fr', features: ['knowledge'] },
  { name: 'Knowledge search again (index from the IndexedDB cache, delta only)', path: '/sites/helpcenter/SitePages/Knowledge.aspx', budget: 1, user: 'lea.dubois@univ-exemple.fr', warm: true, features: ['knowledge'] },
  { name: 'An article (KnowledgeSearch, `?article=`)', path: '/sites/helpcenter/SitePages/Knowledge.aspx?article=1', budget: 2, user: 'lea.dubois@univ-exemple.fr', features: ['knowledge'] },
  { name: 'Ticket form (TicketForm web part, as a student)', path: '/sites/helpcenter/SitePages/Request.aspx', budget: 2, user: 'lea.dubois@univ-exemple.fr', features: ['form'] },
  { name: 'My requests (MyTickets web part, as a student)', path: '/sites/helpcenter/SitePages/MyRequests.aspx', budget: 2, user: 'lea.dubois@univ-exemple.fr', features: ['my-tickets'] },
  { name: 'A request\'s page (MyTickets, `?ticket=`)', path: '/sites/helpcenter/SitePages/MyRequests.aspx?ticket=2', budget: 2, user: 'lea.dubois@univ-exemple.fr', features: ['my-tickets'] },
  { name: 'The approver\'s page of a mail link (MyTickets, `?approval=`, as a teacher)', path: '/sites/helpcenter/SitePages/MyRequests.aspx?approval=2&key=3&for=4', budget: 2, user: 'jean.moreau@univ-exemple.fr', features: ['my-tickets'] },
  { name: 'Support desk (SupportDesk web part, as an L1 agent)', path: '/sites/helpcenter/SitePages/Desk.aspx', budget: 2, user: 'karim.haddad@univ-exemple.fr', features: ['desk'] },
  { name: 'Contributors\' queue (ArticleEditor web part, as a reviewer)', path: '/sites/helpcenter/SitePages/Articles.aspx', budget: 2, user: 'julie.petit@univ-exemple.fr', features: ['authoring'] },
  { name: 'A new article (ArticleEditor, `?new=1`, as a contributor; the editor itself lazy)', path: '/sites/helpcenter/SitePages/Articles.aspx?new=1&template=howto', budget: 2, user: 'nadia.rousseau@univ-exemple.fr', features: ['authoring'] },
  { name: 'Experts directory (ExpertsDirectory web part, as a student)', path: '/sites/helpcenter/SitePages/Experts.aspx', budget: 2, user: 'lea.dubois@univ-exemple.fr', features: ['experts'] },
  { name: 'Idea box (IdeaBox web part, as a student)', path: '/sites/helpcenter/SitePages/Ideas.aspx', budget: 2, user: 'lea.dubois@univ-exemple.fr', features: ['ideas'] },
  { name: 'Reports (as an agent)', path: '/sites/helpcenter/SitePages/Reports.aspx', budget: 2, user: 'karim.haddad@univ-exemple.fr', features: ['reports'] },
];
/** Pages holding several help-center web parts, made of the single pages above (the scripts they load, united). */
const COMBINED = [
  { name: 'A help page: knowledge search + ticket form', of: ['Knowledge search (KnowledgeSearch web part, cold cache)', 'Ticket form (TicketForm web part, as a student)'] },
  { name: 'My requests + ticket form', of: ['My requests (MyTickets web part, as a student)', 'Ticket form (TicketForm web part, as a student)'] },
  { name: 'Support desk + knowledge search', of: ['Support desk (SupportDesk web part, as an L1 agent)', 'Knowledge search (KnowledgeSearch web part, cold cache)'] },
  { name: 'All five web parts on one page', of: ['Setup (HelpCenterSetup web part)', 'Knowledge search (KnowledgeSearch web part, cold cache)', 'Ticket form (TicketForm web part, as a student)', 'My requests (MyTickets web part, as a student)', 'Support desk (SupportDesk web part, as an L1 agent)'] },
];
/**
 * The same pages with the build before issue 13 (one SPFx bundle per web part, each with its own Fluent UI and
 * PnPjs; the one strings module): bench/results/latest.md of commit 2b31b55 — the web part's bundle, the 9.5 KB of
 * French strings and the 2.8 KB help bar; two web parts paid two bundles. Lazy chunks of their first render not counted.
 */
const BEFORE = {
  'Intranet home + help bar': 2.8 + 9.5, 'Setup (HelpCenterSetup web part)': 93.9 + 9.5 + 2.8,
  'Knowledge search (KnowledgeSearch web part, cold cache)': 81.9 + 9.5 + 2.8, 'Ticket form (TicketForm web part, as a student)': 93.6 + 9.5 + 2.8,
  'My requests (MyTickets web part, as a student)': 96.7 + 9.5 + 2.8, 'Support desk (SupportDesk web part, as an L1 agent)': 95.7 + 9.5 + 2.8,
  'A help page: knowledge search + ticket form': 81.9 + 93.6 + 9.5 + 2.8, 'My requests + ticket form': 96.7 + 93.6 + 9.5 + 2.8,
  'Support desk + knowledge search': 95.7 + 81.9 + 9.5 + 2.8, 'All five web parts on one page': 93.9 + 81.9 + 93.6 + 96.7 + 95.7 + 9.5 + 2.8,
};
const args = new Set(process.argv.slice(2));

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const verdict = (ok) => (ok ? 'pass' : '**FAIL**');

/** The ship build's files: gzip -9 size by name, the bundle graph (temp/bundle-graph.json) and the strings files. */
function shipBuild() {
  const graphFile = path.join(ROOT, 'temp', 'bundle-graph.json');
  if (!existsSync(DIST) || !existsSync(graphFile)) return undefined;
  const graph = JSON.parse(readFileSync(graphFile, 'utf8'));
  const sizes = new Map();
  const gz = (file) => {
    if (!sizes.has(file)) sizes.set(file, zlib.gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length);
    return sizes.get(file);
  };
  const strings = (module) => {
    const file = readdirSync(DIST).find((f) => f.startsWith(`${module}_${LOCALE}_`) && f.endsWith('.js'));
    if (!file) throw new Error(`No ${LOCALE} file of ${module} in dist/`);
    return file;
  };
  const entry = (name) => {
    const files = graph.entrypoints[name];
    if (!files) throw new Error(`No entry point ${name} in temp/bundle-graph.json`);
    return files;
  };
  const group = (name) => {
    const files = graph.chunkGroups[name];
    if (!files) throw new Error(`No chunk group ${name} in temp/bundle-graph.json (a webpackChunkName the ship build does not have)`);
    return files;
  };
  // The common strings are an SPFx localized resource of the bundle; each feature's come as chunks its page loads
  // (`help-center-strings-<feature>-<language>`, src/webparts/common/featureStrings.ts), counted with the chunk loads.
  const webPartStrings = [strings('HelpCenterCommonStrings')];
  const helpBar = [...entry('help-bar-application-customizer'), strings('HelpCenterCommonStrings'), strings('HelpCenterHelpBarStrings')];
  /** The files a page loads before its first render: the help bar, and for its web parts the bundle, the strings, each feature chunk and the chunks it loaded. */
  const pageFiles = (features, chunkLoads) => {
    const files = new Set(helpBar);
    if (features.length) {
      for (const f of [...entry('help-center-web-parts'), ...webPartStrings]) files.add(f);
      for (const feature of features) for (const f of group(FEATURE_CHUNKS[feature])) files.add(f);
      for (const name of chunkLoads) for (const f of group(name)) files.add(f);
    }
    return files;
  };
  const total = (files) => [...files].reduce((sum, f) => sum + gz(f), 0);
  return { graph, gz, helpBar, pageFiles, total, entry, group };
}

/** (a) The ship build's bundles and chunks, and the help bar against its budget. */
function bundleSizes(build) {
  if (!build) {
    return { ok: false, lines: ['No ship build in dist/ (or no temp/bundle-graph.json). Run `npm run ship` first.'] };
  }
  const rows = [];
  const helpBar = build.total(new Set(build.helpBar));
  const ok = helpBar <= HELP_BAR_BUDGET;
  rows.push(`| help bar: bundle + its strings (common, help bar) | ${kb(helpBar)} | ≤ ${kb(HELP_BAR_BUDGET)} | ${verdict(ok)} |`);
  // The bar's lazy parts, after it is usable: its live part once the page is idle (or at its first use), the type-ahead
  // on the box's first focus, the panels when an article or the form opens (each with the chunks it shares).
  for (const [chunk, when] of [['help-bar-live', 'once the page is idle, or at the bar\'s first use'], ['help-bar-search', 'on the search box\'s first focus'],
    ['help-bar-connection', 'with the type-ahead (PnPjs on the help center site)'], ['help-bar-panel', 'when an article or the form opens in a panel']]) {
    if (build.graph.chunkGroups[chunk]) rows.push(`| help bar, lazy: \`${chunk}\` (${when}) | ${kb(build.total(new Set(build.group(chunk))))} | — | info |`);
  }
  const web = build.total(new Set(build.entry('help-center-web-parts')));
  rows.push(`| help-center-web-parts: the five web parts' entry points, PnPjs, the kernel's context | ${kb(web)} | — | info |`);
  for (const [feature, chunk] of Object.entries(FEATURE_CHUNKS)) {
    rows.push(`| ${feature}: feature chunk with the chunks it shares (\`${chunk}\`) | ${kb(build.total(new Set(build.group(chunk))))} | — | info |`);
  }
  return { ok, lines: ['| bundle or chunk group (ship build) | gzip -9 | budget | result |', '|---|---|---|---|', ...rows] };
}

// The workbench's request log is a control for scripts: the benchmark starts the workbench with its own secret.
const WORKBENCH_SECRET = randomBytes(32).toString('hex');
const CONTROL = { 'X-Workbench-Secret': WORKBENCH_SECRET };

/** Starts the workbench on a temporary database and resolves with its site URL once it is ready. */
function startWorkbench(dbFile) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'workbench', 'main.ts'), '--port', '0', '--db', dbFile, '--reset'], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WORKBENCH_SECRET },
  });
  let output = '';
  const ready = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const m = /Help center workbench: (\S+)/.exec(output);
      if (m) resolve(m[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (c) => { output += c; });
    child.on('exit', (code) => reject(new Error(`The workbench exited (${code}) before it was ready:\n${output}`)));
    setTimeout(() => reject(new Error(`The workbench was not ready after 180 s:\n${output}`)), 180_000).unref();
  });
  return { child, ready };
}

/** Marks the page sets when it has rendered: the help bar's and each web part's. */
const marksOf = (def) => [...(def.path.includes('/_workbench/') ? [] : ['help-bar']), ...def.features];

/**
 * Loads the page and waits until it says it has rendered (every mark of {@link marksOf}); then reads, in the page,
 * the requests to SharePoint and Graph that started before the last mark (resource timing) and the named chunks the
 * page loaded. Neither depends on the machine's speed: a request after the first render is not counted, however
 * early it comes; one before it is counted, however late.
 */
async function firstRender(page, url, def) {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const marks = marksOf(def).map((m) => `help-center:rendered:${m}`);
  const handle = await page.waitForFunction((names) => {
    const found = names.map((n) => performance.getEntriesByName(n)[0]);
    if (found.some((m) => !m)) return undefined;
    const at = Math.max(0, ...found.map((m) => m.startTime));
    // Chunks: those the web parts loaded before their own marks (once rendered they prefetch what their controls open).
    const parts = found.filter((m) => !m.name.endsWith(':help-bar'));
    const partsAt = parts.length ? Math.max(...parts.map((m) => m.startTime)) : at;
    const requests = performance.getEntriesByType('resource')
      .filter((r) => r.startTime <= at && /\/_api\/|\/v1\.0\//i.test(new URL(r.name).pathname))
      .map((r) => new URL(r.name).pathname.replace(/^.*\/_api\//i, '_api/'));
    // The help bar marks each of its own requests just before sending it (help-center:request:help-bar, the URL as
    // detail): the requests matched to a mark by when they started are the bar's.
    const marks = performance.getEntriesByName('help-center:request:help-bar').map((m) => ({ at: m.startTime, path: new URL(m.detail, location.href).pathname }));
    const bar = performance.getEntriesByType('resource').filter((r) => r.startTime <= at && marks.some((m, i) => {
      const hit = m.path === new URL(r.name).pathname && r.startTime >= m.at && r.startTime - m.at < 100;
      if (hit) marks.splice(i, 1);
      return hit;
    })).map((r) => new URL(r.name).pathname.replace(/^.*\/_api\//i, '_api/'));
    return { at: Math.round(at), requests, bar, chunks: (globalThis.__hcChunkLoads || []).filter((c) => c.at <= partsAt).map((c) => c.name) };
  }, marks, { polling: 'raf', timeout: 60_000 });
  return handle.jsonValue();
}

/** (b) Requests and scripts of each page's first render, as the site owner unless said. */
async function pagesFirstRender(build) {
  const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) {
    return { ok: false, lines: [`Chromium not found at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH).`] };
  }
  const { chromium } = await import('@playwright/test');
  const dbFile = path.join(os.tmpdir(), `helpcenter-bench-${process.pid}.sqlite`);
  const workbench = startWorkbench(dbFile);
  const browser = await chromium.launch({
    executablePath: chromiumPath, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const siteUrl = await workbench.ready;
    const origin = new URL(siteUrl).origin;
    const requestRows = [];
    const scriptRows = [];
    const filesOf = new Map();
    let ok = true;
    for (const def of [...PAGES, { name: 'Outbox viewer (workbench page)', path: '/sites/helpcenter/_workbench/outbox.html', budget: 2, features: [] }]) {
      const context = await browser.newContext();
      await context.addCookies([{ name: 'hc-user', value: encodeURIComponent(def.user || 'owner@univ-exemple.fr'), url: origin }]);
      const page = await context.newPage();
      const url = `${origin}${def.path}`;
      let result;
      try {
        // A warm row loads the page once first (filling the browser's caches, e.g. the knowledge index in IndexedDB).
        if (def.warm) {
          await firstRender(page, url, def);
          await page.waitForTimeout(1500);
        }
        result = await firstRender(page, url, def);
      } catch (err) {
        ok = false;
        requestRows.push(`| ${def.name} | — | ≤ ${def.budget} | — | **FAIL** | never said it had rendered: ${String(err.message).split('\n')[0]} |`);
        await context.close();
        continue;
      }
      // Web part pages also carry the help bar, whose requests are its own and are measured in the help bar's table.
      const barLeft = [...(def.features.length ? result.bar : [])];
      const own = result.requests.filter((r) => {
        const i = barLeft.indexOf(r);
        if (i < 0) return true;
        barLeft.splice(i, 1);
        return false;
      });
      const pass = own.length <= def.budget;
      ok = ok && pass;
      const detail = own.length ? own.map((r) => `\`${decodeURIComponent(r)}\``).join(', ') : '—';
      requestRows.push(`| ${def.name} | ${own.length} | ≤ ${def.budget} | ${result.at} ms | ${verdict(pass)} | ${detail} |`);
      if (build && !def.path.includes('/_workbench/')) {
        const files = build.pageFiles(def.features, result.chunks);
        filesOf.set(def.name, { files, features: def.features.length });
        const bytes = build.total(files);
        const budget = PAGE_BUDGET + EXTRA_WEB_PART * Math.max(0, def.features.length - 1);
        const fits = bytes <= budget;
        ok = ok && fits;
        const lazy = [...new Set(result.chunks)].map((c) => `\`${c}\``).join(', ') || '—';
        scriptRows.push(`| ${def.name} | ${BEFORE[def.name] ? `${BEFORE[def.name].toFixed(1)} KB` : '—'} | ${kb(bytes)} | ≤ ${kb(budget)} | ${verdict(fits)} | ${lazy} |`);
      }
      await context.close();
    }
    for (const combo of COMBINED) {
      const parts = combo.of.map((n) => filesOf.get(n));
      if (parts.some((p) => !p)) continue;
      const files = new Set(parts.flatMap((p) => [...p.files]));
      const webParts = parts.reduce((n, p) => n + p.features, 0);
      const bytes = build.total(files);
      const budget = PAGE_BUDGET + EXTRA_WEB_PART * Math.max(0, webParts - 1);
      const fits = bytes <= budget;
      ok = ok && fits;
      scriptRows.push(`| ${combo.name} | ${BEFORE[combo.name].toFixed(1)} KB | ${kb(bytes)} | ≤ ${kb(budget)} | ${verdict(fits)} | the pages above, united |`);
    }
    // The help bar on its own: requests before it is usable (budget 1), then its live part's, on another site's page
    // (a visit's first page: the help center's digest, then the $batch; its second page: the $batch alone) and on a page
    // of the help center (the page's digest: the $batch alone).
    const barRows = [];
    const barContext = await browser.newContext();
    await barContext.addCookies([{ name: 'hc-user', value: encodeURIComponent('lea.dubois@univ-exemple.fr'), url: origin }]);
    const barPage = await barContext.newPage();
    for (const [name, pathName] of [['Intranet page (another site), a visit\'s first page', '/sites/intranet'], ['Intranet page, the visit\'s next page', '/sites/intranet'],
      ['A page of the help center site (Knowledge.aspx)', '/sites/helpcenter/SitePages/Knowledge.aspx']]) {
      await barPage.goto(`${origin}${pathName}`, { waitUntil: 'load' });
      const seen = await barPage.waitForFunction(() => {
        const usable = performance.getEntriesByName('help-center:rendered:help-bar')[0];
        const marks = performance.getEntriesByName('help-center:request:help-bar');
        const live = performance.getEntriesByName('help-center:rendered:help-bar-status')[0];
        if (!usable || !live) return undefined;
        const before = performance.getEntriesByType('resource').filter((r) => r.startTime <= usable.startTime && /\/_api\//i.test(new URL(r.name).pathname)).length;
        return { usable: Math.round(usable.startTime), status: Math.round(live.startTime), before,
          after: marks.map((m) => new URL(m.detail, location.href).pathname.replace(/^.*\/_api\//i, '_api/')) };
      }, undefined, { polling: 100, timeout: 30_000 }).then((h) => h.jsonValue(), (e) => ({ error: String(e.message).split('\n')[0] }));
      if (seen.error) {
        ok = false;
        barRows.push(`| ${name} | — | — | — | — | **FAIL**: ${seen.error} |`);
        continue;
      }
      const pass = seen.before <= 1;
      ok = ok && pass;
      barRows.push(`| ${name} | ${seen.before} (≤ 1) ${verdict(pass)} | ${seen.usable} ms | ${seen.after.length}: ${seen.after.map((r) => `\`${r}\``).join(', ')} | ${seen.status} ms | |`);
    }
    await barContext.close();
    return {
      ok,
      helpBar: ['| page | requests before usable | usable at | requests after (its live part) | announcements and counts shown at | |', '|---|---|---|---|---|---|', ...barRows],
      requests: ['| page | requests | budget | rendered after | result | requests |', '|---|---|---|---|---|---|', ...requestRows],
      scripts: build
        ? ['| page | before (one bundle per web part) | now: JS before the first render | budget | result | chunks its first render loaded |', '|---|---|---|---|---|---|', ...scriptRows]
        : ['No ship build: run `npm run ship` first.'],
    };
  } finally {
    await browser.close();
    workbench.child.kill('SIGTERM');
    await new Promise((r) => workbench.child.once('exit', r));
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true });
  }
}

function commit() {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

const sections = [`# Benchmark results`, '', `${new Date().toISOString()} · commit ${commit()} · Node ${process.version}`, ''];
let ok = true;
const build = args.has('--skip-bundles') ? undefined : shipBuild();
if (!args.has('--skip-bundles')) {
  const sizes = bundleSizes(build);
  ok = ok && sizes.ok;
  sections.push('## Bundles (ship build, gzip level 9)', '', ...sizes.lines, '');
}
if (!args.has('--skip-requests')) {
  const pages = await pagesFirstRender(build);
  ok = ok && pages.ok;
  sections.push('## JavaScript per page before its first render (help bar, web parts bundle, strings, feature chunks; gzip -9)', '',
    `Budget: ${kb(PAGE_BUDGET)} for a page, + ${kb(EXTRA_WEB_PART)} per further help-center web part on it.`, '', ...(pages.scripts || []), '');
  sections.push('## Requests per first render (workbench, as the site owner unless said, until the page says it has rendered)', '', ...pages.requests, '');
  if (pages.helpBar) sections.push('## The help bar (as a student, Léa): usable before any request, then its live part', '', ...pages.helpBar, '');
}
const markdown = sections.join('\n');
mkdirSync(path.dirname(RESULTS), { recursive: true });
writeFileSync(RESULTS, markdown);
console.log(markdown);
console.log(ok ? 'All budgets met.' : 'A budget was exceeded (see FAIL above).');
process.exit(ok ? 0 : 1);
