/** @jest-environment node */
// `npm start` and `npm test` stop at once under another Node than package.json's engines, saying which one
// is needed and how to get it (issue 10: Node 20 used to exit with code 1 and print nothing).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { satisfies, wrongNodeMessage } = require('../../../scripts/node-version.cjs') as {
  satisfies(version: string, range: string): boolean;
  wrongNodeMessage(version: string, range: string, nvmrc: string): string;
};

const root = join(__dirname, '..', '..', '..');
const ENGINES = '>=22.14.0 < 23.0.0';

describe('satisfies', () => {
  it.each([
    ['22.14.0', true], ['v22.23.3', true], ['22.13.9', false], ['20.20.2', false], ['23.0.0', false], ['24.1.0', false], ['18.19.0', false]
  ])('Node %s against ">=22.14.0 < 23.0.0" -> %s', (version, expected) => {
    expect(satisfies(version as string, ENGINES)).toBe(expected);
  });
});

describe('under a wrong Node', () => {
  it('names the version needed, the one running, and how to get the right one', () => {
    const text = wrongNodeMessage('20.20.2', ENGINES, '22.23.3');
    expect(text).toContain('>=22.14.0 < 23.0.0');
    expect(text).toContain('Node 20.20.2');
    expect(text).toContain('nvm install');
    expect(text).toContain('node@22');
    expect(text).toContain('npm ci');
  });

  it.each(['workbench/start.mjs', 'scripts/test.mjs'])('%s exits with code 1 and prints the message before doing anything', (script) => {
    // The running Node is the right one; the child pretends to be Node 20 before the script's first line runs.
    const pretend = join(root, 'tests', 'fixtures', 'pretend-node20.cjs');
    const result = spawnSync(process.execPath, ['--require', pretend, join(root, script)], { cwd: root, encoding: 'utf8', timeout: 30000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('this is Node 20.20.2');
    expect(result.stdout).not.toContain('===');
  });
});
