import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

it('the solution never sends the workbench\'s seeding clock: only the seed does', () => {
  const src = files(join(__dirname, '../../../src')).filter((f) => /\.(ts|tsx|js)$/.test(f));
  expect(src.length).toBeGreaterThan(50);
  expect(src.filter((f) => /x-workbench-time/i.test(readFileSync(f, 'utf8')))).toEqual([]);
});

it('neither the solution nor the host pages hold the workbench secret or send the workbench-only headers', () => {
  // The pages (src/ and the workbench's browser runtime) act only as the person signed in (the hc-user cookie)
  // with the digest their page carries; X-Workbench-User/-Time work only with X-Workbench-Secret, which the
  // seed and the tests hold (workbench/server/auth.ts).
  const browser = [...files(join(__dirname, '../../../src')), ...files(join(__dirname, '../../../workbench/host/runtime')), ...files(join(__dirname, '../../../workbench/host/entries'))]
    .filter((f) => /\.(ts|tsx|js)$/.test(f));
  expect(browser.filter((f) => /x-workbench-(secret|user|time)|WORKBENCH_SECRET|server\/auth/i.test(readFileSync(f, 'utf8')))).toEqual([]);
});
