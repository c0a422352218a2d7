// The proven expertise's schedule (src/data/experts/refreshSchedule.ts): once a day per site and browser, sooner
// (at most hourly) when the listed people and the records differ; refused to non-agents without losing the day;
// a failed run gives its day back.
import type { SPFI } from '@pnp/sp';

const run = jest.fn();
jest.mock('../../../src/data/experts/refresh', () => {
  class ExpertiseRefreshNotAllowedError extends Error {}
  return { refreshExpertise: (...args: unknown[]) => run(...args), ExpertiseRefreshNotAllowedError };
});
import { refreshExpertiseDaily, EXPERTISE_REFRESH_EVERY_MS } from '../../../src/data/experts/refreshSchedule';
import { ExpertiseRefreshNotAllowedError } from '../../../src/data/experts/refresh';

function store(initial: Record<string, string> = {}): { getItem(k: string): string | null; setItem(k: string, v: string): void; removeItem(k: string): void; data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: k => (k in data ? data[k] : null), setItem: (k, v) => { data[k] = v; }, removeItem: k => { delete data[k]; } };
}

const sp = {} as SPFI;
const T0 = Date.UTC(2026, 11, 3, 10);
const DONE = { written: 1, updated: 0, removed: 0, unchanged: 0 };

beforeEach(() => run.mockReset());

it('runs when never run, and stamps the day first', async () => {
  const s = store();
  run.mockResolvedValue(DONE);
  expect(await refreshExpertiseDaily(sp, 'k', { now: T0, storage: s })).toEqual(DONE);
  expect(s.data.k).toBe(String(T0));
  expect(run).toHaveBeenCalledTimes(1);
});

it.each([
  ['within the day, not forced', T0 + 3600 * 1000 * 5, undefined, 0],
  ['a day later', T0 + EXPERTISE_REFRESH_EVERY_MS + 1, undefined, 1],
  ['forced within the first hour', T0 + 30 * 60 * 1000, true, 0],
  ['forced after an hour', T0 + 2 * 3600 * 1000, true, 1],
  ['forced after an hour, but the sets match', T0 + 2 * 3600 * 1000, () => Promise.resolve(false), 0],
  ['forced after an hour, the sets differ', T0 + 2 * 3600 * 1000, () => Promise.resolve(true), 1],
  ['a stamp in the future (a clock put back)', T0 - 1000, undefined, 1]
])('%s', async (_name, now, force, runs) => {
  run.mockResolvedValue(DONE);
  await refreshExpertiseDaily(sp, 'k', { now: now as number, storage: store({ k: String(T0) }), force: force as boolean | (() => Promise<boolean>) | undefined });
  expect(run).toHaveBeenCalledTimes(runs as number);
});

it('keeps its day when the person may not compute the records (not an agent)', async () => {
  const s = store();
  run.mockRejectedValue(new ExpertiseRefreshNotAllowedError());
  expect(await refreshExpertiseDaily(sp, 'k', { now: T0, storage: s })).toBeUndefined();
  expect(s.data.k).toBe(String(T0));
});

it('gives the day back when the run fails', async () => {
  const s = store();
  run.mockRejectedValue(new Error('503'));
  await expect(refreshExpertiseDaily(sp, 'k', { now: T0, storage: s })).rejects.toThrow('503');
  expect(s.data.k).toBeUndefined();
});
