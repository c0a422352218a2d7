/**
 * End-to-end tests: Debian's Chromium (no Playwright browser download) against the workbench started
 * on a temporary database, so every run begins from a freshly provisioned and seeded site.
 */
import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
  throw new Error(`Chromium was not found at ${chromium}. Install it with: sudo apt-get update && sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
}

const PORT = Number(process.env.E2E_PORT || 4399);
/** The second workbench's port: the specs run in two halves, each against its own freshly seeded site. */
const PORT_B = PORT + 1;
const db = (port: number): string => path.join(os.tmpdir(), `helpcenter-e2e-${process.pid}-${port}.sqlite`);
/**
 * The first half (the screenshots, the form, the desk, the article editor, approvals, the categories', teams' and mails' set-up); every other spec, new ones
 * included, runs in the second. Each half runs its specs one after the other on one worker against its own
 * workbench (one site's data is never written by two tests at once); the two halves run side by side (2 cores),
 * which keeps CI under its 30 minutes. A spec may rely on the seeded data, never on another spec's writes.
 */
const FIRST_HALF = ['pages', 'ticket-form', 'desk', 'authoring-draft', 'approval', 'config-teams', 'config-mails', 'config-categories'].map((name) => `**/${name}.spec.ts`);
// The workbench secret: the server gets it through its environment, the tests (workers inherit this process's
// environment) read it in tests/e2e/helpers.ts to act as a person in raw requests. The pages never see it.
process.env.WORKBENCH_SECRET ||= randomBytes(32).toString('hex');
process.env.E2E_PORT ||= String(PORT);

const server = (port: number) => ({
  command: `npx tsx workbench/main.ts --port ${port} --db "${db(port)}" --reset`,
  url: `http://localhost:${port}/sites/helpcenter`,
  timeout: 180_000,
  reuseExistingServer: false,
  env: { WORKBENCH_SECRET: process.env.WORKBENCH_SECRET as string },
  stdout: 'pipe' as const,
  stderr: 'pipe' as const,
});

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 2,
  // One retry: the two halves share 2 cores, and a step racing a lazy render can lose once under that load (a flaky
  // test is reported as such in the list). A test that fails twice fails the run.
  retries: 1,
  reporter: 'list',
  timeout: 60_000,
  // Two halves side by side share 2 cores: a step may take longer than alone (it waits, never accepts more).
  expect: { timeout: 10_000 },
  use: {
    headless: true,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'first-half', testMatch: FIRST_HALF, workers: 1, use: { baseURL: `http://localhost:${PORT}` } },
    { name: 'second-half', testIgnore: FIRST_HALF, workers: 1, use: { baseURL: `http://localhost:${PORT_B}` } },
  ],
  webServer: [server(PORT), server(PORT_B)],
});
