#!/usr/bin/env node
// `npm test`: unit and integration tests (jest), then end-to-end tests (Playwright + Chromium + axe).
// Fails if any suite fails or finds nothing to run; there is no "pass with no tests".
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// Under another Node than package.json's engines, stop at once and say which one and how to get it.
createRequire(import.meta.url)('./node-version.cjs').requireSupportedNode(fileURLToPath(new URL('..', import.meta.url)));

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`\nChromium is needed for the end-to-end tests and was not found at ${chromium}.\n` +
    'Install Debian\'s package:  sudo apt-get update && sudo apt-get install -y chromium\n' +
    'or point CHROMIUM_PATH at a Chromium binary.\n');
  process.exit(1);
}

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

run('Schema artefacts up to date', 'npx', ['tsx', 'scripts/generate-schema-artifacts.ts', '--check']);
// jest compiles with swc (no type check) and the ship build fails on lint warnings: both are checked first.
run('Type check (sources, tests, workbench, benchmarks)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.node.json']);
// The SPFx build compiles src/ with tsconfig.json (ES2017 target, ES5 library plus a few ES2015+ APIs): an API
// outside that list fails the ship build only.
run('Type check as the SPFx build does (tsconfig.json)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
run('Lint (the rules of the SPFx build)', 'npx', ['eslint', '--max-warnings', '0', 'src/**/*.{ts,tsx}']);
run('Unit and integration tests', 'npx', ['jest', '--ci']);
run('End-to-end tests', 'npx', ['playwright', 'test']);
console.log('\nAll tests passed.');
