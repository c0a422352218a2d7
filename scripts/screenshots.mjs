#!/usr/bin/env node
/* eslint-env node */
/**
 * `node scripts/screenshots.mjs`: the README's screenshots. Runs tests/e2e/pages.spec.ts (every workbench page at a
 * desk's size and a phone's, on a freshly seeded site) with E2E_SHOTS_DIR pointing at a temporary folder, then
 * replaces docs/screenshots/*.png with what it saved: `<page>-desktop.png` (the 1366×900 viewport) and
 * `<page>-phone.png` (390 px wide, the whole page cut at 2000 px). Each page is saved before it is checked, so a
 * page failing its checks still gets its picture; the script then exits with the spec's status.
 * Prints each file's size and the total, which should stay under ~3 MB (the pictures live in the repository; pngquant, when installed, quantises them).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'docs', 'screenshots');
const BUDGET = 4 * 1024 * 1024;

const shots = mkdtempSync(path.join(os.tmpdir(), 'helpcenter-shots-'));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const run = spawnSync(npx, ['playwright', 'test', 'tests/e2e/pages.spec.ts', ...process.argv.slice(2)], {
  cwd: ROOT, stdio: 'inherit', env: { ...process.env, E2E_SHOTS_DIR: shots },
});

const taken = readdirSync(shots).filter((f) => f.endsWith('.png')).sort();
if (taken.length) {
  mkdirSync(OUT, { recursive: true });
  for (const old of readdirSync(OUT).filter((f) => f.endsWith('.png'))) rmSync(path.join(OUT, old));
  for (const f of taken) copyFileSync(path.join(shots, f), path.join(OUT, f));
  // The pictures live in the repository: Debian's pngquant (`apt-get install pngquant`) brings them to 256 colours,
  // which a screenshot of flat UI keeps without visible loss (about a third of the size); without it they stay as taken.
  const quant = spawnSync('pngquant', ['--quality', '75-95', '--skip-if-larger', '--force', '--ext', '.png', ...taken.map((f) => path.join(OUT, f))], { stdio: 'inherit' });
  if (quant.error) console.warn('pngquant is not installed: the screenshots are kept as taken (apt-get install pngquant makes them smaller).');
}
rmSync(shots, { recursive: true, force: true });

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
let total = 0;
for (const f of taken) {
  const size = statSync(path.join(OUT, f)).size;
  total += size;
  console.log(`${kb(size).padStart(8)}  docs/screenshots/${f}`);
}
console.log(`${taken.length} screenshots, ${kb(total)} in all${total > BUDGET ? ` — over the ${kb(BUDGET)} the repository should carry` : ''}.`);
if (!taken.length) console.error('No screenshot was saved: docs/screenshots is unchanged.');
process.exit(run.status ?? 1);
