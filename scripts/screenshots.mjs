#!/usr/bin/env node
// Takes the README's screenshots from a running workbench (`npm start` first): node scripts/screenshots.mjs
import { chromium } from '@playwright/test';

const base = process.env.WORKBENCH_URL || 'http://localhost:4321';
const pages = [
  { file: 'docs/img/setup.png', path: '/sites/helpcenter/SitePages/setup.aspx', user: 'owner@univ-exemple.fr' },
];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
for (const p of pages) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  await context.addCookies([{ name: 'hc-user', value: encodeURIComponent(p.user), url: base }]);
  const page = await context.newPage();
  await page.goto(base + p.path, { waitUntil: 'networkidle' });
  await page.screenshot({ path: p.file });
  console.log(`wrote ${p.file}`);
  await context.close();
}
await browser.close();
