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
