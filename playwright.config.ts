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
const DB = path.join(os.tmpdir(), `helpcenter-e2e-${process.pid}.sqlite`);
// The workbench secret: the server gets it through its environment, the tests (workers inherit this process's
// environment) read it in tests/e2e/helpers.ts to act as a person in raw requests. The pages never see it.
process.env.WORKBENCH_SECRET ||= randomBytes(32).toString('hex');
process.env.E2E_PORT ||= String(PORT);

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    headless: true,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx tsx workbench/main.ts --port ${PORT} --db "${DB}" --reset`,
    url: `http://localhost:${PORT}/sites/helpcenter`,
    timeout: 180_000,
    reuseExistingServer: false,
    env: { WORKBENCH_SECRET: process.env.WORKBENCH_SECRET },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
