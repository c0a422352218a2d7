/**
 * `npm start`: the local workbench. Opens (or creates) the site database, starts the SharePoint emulator
 * with the host pages, sets the site up with the solution's own SiteProvisioner on first start, seeds
 * demo data when the site has no tickets, and serves until Ctrl+C.
 *
 *   tsx workbench/main.ts [--reset] [--port N] [--db <file>] [--no-seed]      (PORT env also sets the port)
 *
 * WORKBENCH_SECRET (env) sets the workbench secret that lets scripts and end-to-end tests act as anyone through
 * `X-Workbench-User`; without it a random one is made at each start (the pages never hold it: people sign in
 * through the host pages).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { startEmulator } from './server';
import { HELP_CENTER_SITE_PROPERTY } from '../src/data/settings/helpCenterSite';
import { startMailFlowJob } from './server/mail-flow';
import type { Emulator, WorkbenchTarget } from './server';
import { SITE_OWNER_EMAIL } from './server/directory';
import { workbenchSp } from './client';
import { buildHostAssets, createHostHandler } from './host';
import { SiteProvisioner } from '../src/data/provisioning';
import { seedDemoData } from './seed';

/** Command-line options of the workbench. */
export interface WorkbenchOptions {
  port: number;
  dbFile: string;
  reset: boolean;
  seed: boolean;
}

/** Parses `process.argv`-style arguments; throws on an unknown option so typos are not ignored. */
export function parseOptions(argv: string[], env: NodeJS.ProcessEnv): WorkbenchOptions {
  const opts: WorkbenchOptions = {
    port: env.PORT ? Number(env.PORT) : 4321,
    dbFile: path.resolve(__dirname, '..', '.workbench', 'site.sqlite'),
    reset: false,
    seed: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value.`);
      return v;
    };
    if (arg === '--reset') opts.reset = true;
    else if (arg === '--no-seed') opts.seed = false;
    else if (arg === '--port') opts.port = Number(value());
    else if (arg === '--db') opts.dbFile = path.resolve(value());
    else throw new Error(`Unknown option ${arg}. Usage: tsx workbench/main.ts [--reset] [--port N] [--db <file>] [--no-seed]`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new Error(`Invalid port ${opts.port}.`);
  return opts;
}

function log(message: string): void {
  console.log(`[workbench] ${message}`);
}

/** Sets the site up the way an owner would: the solution's own provisioning, only when something is missing. */
async function provision(target: WorkbenchTarget): Promise<void> {
  const provisioner = new SiteProvisioner(workbenchSp(target, SITE_OWNER_EMAIL));
  const before = await provisioner.inspect();
  if (before.ready) return;
  log('Setting up the help center lists (SiteProvisioner.apply)…');
  const started = Date.now();
  const report = await provisioner.apply();
  if (!report.ready) {
    for (const e of report.errors) console.error(`[workbench] setup: ${e.check}: ${e.message}`);
    throw new Error('The help center setup did not complete; see the errors above.');
  }
  log(`Help center set up in ${Date.now() - started} ms.`);
}

/** Seeds demo data into a site that has no ticket yet. */
async function seed(target: WorkbenchTarget): Promise<void> {
  const sp = workbenchSp(target, SITE_OWNER_EMAIL);
  const tickets = await sp.web.lists.getByTitle('HelpTickets').items.select('Id').top(1)();
  if (tickets.length > 0) return;
  log('Seeding demo data…');
  const started = Date.now();
  await seedDemoData(target, { log });
  log(`Demo data seeded in ${Date.now() - started} ms.`);
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2), process.env);
  if (opts.reset) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${opts.dbFile}${suffix}`, { force: true });
    log(`Reset: deleted ${opts.dbFile}`);
  }
  const assetsPromise = buildHostAssets();
  let handler: ReturnType<typeof createHostHandler> | undefined;
  const emulator: Emulator = await startEmulator({
    port: opts.port,
    host: 'localhost',
    dbFile: opts.dbFile,
    secret: process.env.WORKBENCH_SECRET || undefined,
    extraHandler: (req, res) => (handler ? handler(req, res) : false),
  });
  let stopping = false;
  let stopMailFlow: (() => void) | undefined;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping.`);
    stopMailFlow?.();
    emulator.close().then(() => process.exit(0), (err) => {
      console.error('[workbench] Could not close cleanly:', err);
      process.exit(1);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  const assets = await assetsPromise;
  log(`Host pages built in ${assets.ms} ms (${assets.entries.join(', ')}).`);
  await provision(emulator);
  if (opts.seed) await seed(emulator);
  const sp = workbenchSp(emulator, SITE_OWNER_EMAIL);
  const web = await sp.web.select('Title')<{ Title: string }>();
  // The tenant property naming the help center, as its administrator sets it once (Set-PnPStorageEntity): the web parts
  // shown in Teams (on the root site) find the help center with it.
  emulator.setStorageEntity(HELP_CENTER_SITE_PROPERTY, { Value: emulator.siteUrl, Description: 'The help center site (help center web parts in Teams)' });
  handler = createHostHandler({ siteUrl: emulator.siteUrl, webTitle: web.Title, assets, formDigest: (email) => emulator.formDigest(email) });
  emulator.clearRequests();
  // The server-side mailer (flows/help-center-mailer), as its recurrence runs it: it sends the rows recorded with
  // notifications.sender = server, once its account is a site owner (docs/server-side-mail.md).
  stopMailFlow = startMailFlowJob(emulator);
  console.log(`Help center workbench: ${emulator.siteUrl}`);
}

main().catch((err) => {
  console.error('[workbench] Could not start:', err);
  process.exit(1);
});
