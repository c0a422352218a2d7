#!/usr/bin/env node
// `npm start`: runs workbench/main.ts through tsx with the same Node, forwarding arguments and Ctrl+C.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// Under another Node than package.json's engines, stop at once and say which one and how to get it.
createRequire(import.meta.url)('../scripts/node-version.cjs').requireSupportedNode(fileURLToPath(new URL('..', import.meta.url)));

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const child = spawn(process.execPath, ['--import', 'tsx', main, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
