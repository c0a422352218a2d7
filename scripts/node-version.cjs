// The Node.js check run first by `npm start` and `npm test` (plain CommonJS: it must run on any Node).
// SPFx 1.22 and the native better-sqlite3 build need the Node of package.json's `engines`; under another one
// the workbench used to exit with code 1 and print nothing.
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

/** Parses "1.2.3" (a leading "v" allowed) into numbers; missing parts are 0. */
function parseVersion(text) {
  const parts = String(text).trim().replace(/^v/, '').split('.').map((p) => parseInt(p, 10));
  return [parts[0] || 0, parts[1] || 0, parts[2] || 0];
}

function compare(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

/** True when `version` satisfies a range of comparators joined by spaces (">=22.14.0 <23.0.0", "< 23"). */
function satisfies(version, range) {
  const v = parseVersion(version);
  const comparators = String(range).replace(/(>=|<=|>|<|=)\s+/g, '$1').trim().split(/\s+/).filter(Boolean);
  return comparators.every((c) => {
    const m = /^(>=|<=|>|<|=)?(.+)$/.exec(c);
    const op = m[1] || '=';
    const cmp = compare(v, parseVersion(m[2]));
    return op === '>=' ? cmp >= 0 : op === '<=' ? cmp <= 0 : op === '>' ? cmp > 0 : op === '<' ? cmp < 0 : cmp === 0;
  });
}

/** The message shown under a wrong Node: the version needed and two ways to get it. */
function wrongNodeMessage(version, range, nvmrc) {
  return [
    '',
    `This help center needs Node.js ${range} (SharePoint Framework 1.22); this is Node ${version}.`,
    'Get it with one of:',
    `  nvm install && nvm use        # reads .nvmrc (${nvmrc})`,
    '  # or, without admin rights, from the npm registry:',
    '  npm i --prefix .tools/node22 --no-save node@22 && export PATH="$PWD/.tools/node22/node_modules/node/bin:$PATH"',
    'then run `npm ci` again (native modules are built for the Node that installs them) and retry.',
    ''
  ].join('\n');
}

/** Exits the process with the message when the running Node does not satisfy package.json's engines. */
function requireSupportedNode(root) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const range = pkg.engines && pkg.engines.node;
  if (!range || satisfies(process.versions.node, range)) return;
  let nvmrc = '22';
  try { nvmrc = readFileSync(join(root, '.nvmrc'), 'utf8').trim(); } catch (e) { /* .nvmrc is optional */ }
  process.stderr.write(wrongNodeMessage(process.versions.node, range, nvmrc) + '\n');
  process.exit(1);
}

module.exports = { satisfies, wrongNodeMessage, requireSupportedNode };
