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
const SIZE_BUDGETS = { WebPart: 97 * KB, Extension: 25 * KB };
/** Requests to SharePoint (`/_api`) and Graph (`/v1.0`) allowed for a page's first render. */
const PAGES = [
  { name: 'Intranet home + help bar', path: '/sites/helpcenter', budget: 1, helpBar: true },
  { name: 'Setup (HelpCenterSetup web part)', path: '/sites/helpcenter/SitePages/Setup.aspx', budget: 2 },
  { name: 'Outbox viewer', path: '/sites/helpcenter/_workbench/outbox.html', budget: 2 },
  { name: 'Knowledge search (KnowledgeSearch web part, cold cache)', path: '/sites/helpcenter/SitePages/Knowledge.aspx', budget: 2, user: 'lea.dubois@univ-exemple.fr' },
  { name: 'Knowledge search again (index from the IndexedDB cache, delta only)', path: '/sites/helpcenter/SitePages/Knowledge.aspx', budget: 1, user: 'lea.dubois@univ-exemple.fr', warm: true },
  { name: 'An article (KnowledgeSearch, `?article=`)', path: '/sites/helpcenter/SitePages/Knowledge.aspx?article=1', budget: 2, user: 'lea.dubois@univ-exemple.fr' },
  { name: 'Ticket form (TicketForm web part, as a student)', path: '/sites/helpcenter/SitePages/Request.aspx', budget: 2, user: 'lea.dubois@univ-exemple.fr' },
  { name: 'My requests (MyTickets web part, as a student)', path: '/sites/helpcenter/SitePages/MyRequests.aspx', budget: 2, user: 'lea.dubois@univ-exemple.fr' },
  { name: 'A request\'s page (MyTickets, `?ticket=`)', path: '/sites/helpcenter/SitePages/MyRequests.aspx?ticket=2', budget: 2, user: 'lea.dubois@univ-exemple.fr' },
  { name: 'The approver\'s page of a mail link (MyTickets, `?approval=`, as a teacher)', path: '/sites/helpcenter/SitePages/MyRequests.aspx?approval=2&key=3&for=4', budget: 2, user: 'jean.moreau@univ-exemple.fr' },
  { name: 'Support desk (SupportDesk web part, as an L1 agent)', path: '/sites/helpcenter/SitePages/Desk.aspx', budget: 2, user: 'karim.haddad@univ-exemple.fr' },
];
const args = new Set(process.argv.slice(2));

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const verdict = (ok) => (ok ? 'pass' : '**FAIL**');

/** (a) gzip -9 size of each component bundle of the ship build, mapped through dist/*.manifest.json. */
function bundleSizes() {
  if (!existsSync(DIST) || !readdirSync(DIST).some((f) => f.endsWith('.manifest.json'))) {
    return { ok: false, lines: ['No ship build in dist/. Run `npm run ship` (or `npx gulp clean && npx gulp bundle --ship`) first.'] };
  }
  const rows = [];
  let ok = true;
  for (const file of readdirSync(DIST).filter((f) => f.endsWith('.manifest.json')).sort()) {
    const manifest = JSON.parse(readFileSync(path.join(DIST, file), 'utf8'));
    const entry = manifest.loaderConfig.entryModuleId;
    const script = manifest.loaderConfig.scriptResources[entry];
    const bytes = readFileSync(path.join(DIST, script.path));
    const gz = zlib.gzipSync(bytes, { level: 9 }).length;
    const budget = SIZE_BUDGETS[manifest.componentType];
    const pass = budget === undefined || gz <= budget;
    ok = ok && pass;
    rows.push(`| ${entry} (${manifest.componentType}) | ${kb(bytes.length)} | ${kb(gz)} | ${budget ? `≤ ${kb(budget)}` : '—'} | ${verdict(pass)} |`);
  }
  for (const file of readdirSync(DIST).filter((f) => /^HelpCenterStrings_.*\.js$/.test(f)).sort()) {
    const bytes = readFileSync(path.join(DIST, file));
    rows.push(`| ${file.replace(/_[0-9a-f]{20,}\.js$/, '')} (strings, loaded once per page) | ${kb(bytes.length)} | ${kb(zlib.gzipSync(bytes, { level: 9 }).length)} | — | info |`);
  }
  return {
    ok,
    lines: ['| bundle | raw | gzip -9 | budget | result |', '|---|---|---|---|---|', ...rows],
  };
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

/**
 * Waits until the page has made no request for 1.5 s. Playwright's `networkidle` (500 ms without traffic) can fire
 * while the page's script is still being evaluated, before its first request to SharePoint; the page's later
 * background work (housekeeping, retries: 3 s after the first render) is not part of the first render.
 */
async function settled(page) {
  let last = Date.now();
  const touch = () => { last = Date.now(); };
  page.on('request', touch);
  page.on('requestfinished', touch);
  page.on('requestfailed', touch);
  while (Date.now() - last < 1500) await page.waitForTimeout(250);
  page.off('request', touch);
  page.off('requestfinished', touch);
  page.off('requestfailed', touch);
  return last;
}

/** (b) requests to /_api and /v1.0 during each page's first render, as the site owner. */
async function requestsPerRender() {
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
    const rows = [];
    let ok = true;
    for (const def of PAGES) {
      const context = await browser.newContext();
      await context.addCookies([{ name: 'hc-user', value: encodeURIComponent(def.user || 'owner@univ-exemple.fr'), url: origin }]);
      const page = await context.newPage();
      const seen = [];
      page.on('request', (req) => {
        const p = new URL(req.url()).pathname.toLowerCase();
        if (p.includes('/_api/') || p.startsWith('/v1.0/')) seen.push(`${req.method()} ${p}`);
      });
      // A warm row loads the page once first (filling the browser's caches, e.g. the knowledge index in
      // IndexedDB) and measures the second load.
      if (def.warm) {
        await page.goto(`${origin}${def.path}`, { waitUntil: 'networkidle' });
        await settled(page);
        seen.length = 0;
      }
      await fetch(`${origin}/_workbench/requests`, { method: 'DELETE', headers: CONTROL });
      const started = Date.now();
      await page.goto(`${origin}${def.path}`, { waitUntil: 'networkidle' });
      const ms = Math.max(Date.now() - 1500, await settled(page)) - started;
      // Web part pages also carry the help bar (an extension on every page), whose one request is its own and
      // is measured on the home page row; it is left out of the web parts' counts.
      const own = (path) => def.helpBar || !/getbytitle\('announcements'\)/i.test(decodeURIComponent(path));
      // Only the person's own requests: the workbench's server-side mailer (flows/help-center-mailer, every 30 s as
      // its service account) is another client of the site, not part of the page.
      const who = (def.user || 'owner@univ-exemple.fr').toLowerCase();
      const logged = (await (await fetch(`${origin}/_workbench/requests`, { headers: CONTROL })).json()).filter((r) => own(r.path) && (r.user || '').toLowerCase() === who);
      const mine = seen.filter(own);
      seen.length = 0;
      seen.push(...mine);
      const count = Math.max(seen.length, logged.length);
      const pass = count <= def.budget;
      ok = ok && pass;
      const detail = seen.length ? seen.map((s) => `\`${s.replace(/^(\w+) .*\/_api\//, '$1 _api/')}\``).join(', ') : '—';
      rows.push(`| ${def.name} | ${count} | ≤ ${def.budget} | ${ms} ms | ${verdict(pass)} | ${detail} |`);
      await context.close();
    }
    return {
      ok,
      lines: ['| page | requests | budget | network idle after | result | requests |', '|---|---|---|---|---|---|', ...rows],
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
if (!args.has('--skip-bundles')) {
  const sizes = bundleSizes();
  ok = ok && sizes.ok;
  sections.push('## Bundle sizes (ship build, gzip level 9)', '', ...sizes.lines, '');
}
if (!args.has('--skip-requests')) {
  const requests = await requestsPerRender();
  ok = ok && requests.ok;
  sections.push('## Requests per first render (workbench, as the site owner unless said, until network idle)', '', ...requests.lines, '');
}
const markdown = sections.join('\n');
mkdirSync(path.dirname(RESULTS), { recursive: true });
writeFileSync(RESULTS, markdown);
console.log(markdown);
console.log(ok ? 'All budgets met.' : 'A budget was exceeded (see FAIL above).');
process.exit(ok ? 0 : 1);
