/**
 * The proven expertise of the listed experts (ExpertiseRecords), computed by the help center's own refresh
 * (src/data/experts/refresh.ts) running as an agent of the desk — Julie, who reads every ticket state — over the
 * seeded tickets and articles, exactly as an agent's browser computes it every day.
 */
import { refreshExpertise } from '../../src/data/experts/refresh';
import type { SeedWriter } from './writer';

/** Writes the records of the listed experts; resolves how many were written. */
export async function seedExpertise(w: SeedWriter, now: Date): Promise<number> {
  const outcome = await refreshExpertise(w.sp('julie'), now);
  return outcome.written + outcome.updated;
}
