import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import '@pnp/sp/batching';
import { AddFieldOptions } from '@pnp/sp/fields';
import { ProvisioningCheck, ProvisioningError } from './types';
import { describeError } from '../sp/errors';

/** One write (exactly one request on the batched SPFI it is given) and the checks it settles. */
export interface WriteStep {
  /** Checks this write makes ok. */
  checks: ProvisioningCheck[];
  /** Sends the request; must not await anything else first, or the batch would wait for it forever. */
  run(sp: SPFI): Promise<unknown>;
  /** Called with the response when the write succeeded (e.g. to learn a new list's id). */
  onSuccess?(result: unknown): void;
}

/** Options for new fields: keep our internal name (not one derived from the French display name) and show the column in the default view. */
export const FIELD_ADD_OPTIONS = AddFieldOptions.AddFieldInternalNameHint | AddFieldOptions.AddFieldToDefaultView;

/** Writes per HTTP request; phases are ordered, so chunks of one phase may follow each other safely. */
const WRITE_BATCH_SIZE = 100;

/**
 * Runs writes in one $batch (SharePoint runs a batch's parts in order and, not being transactional,
 * keeps going after a failure): each failure becomes an error on its first check, successes call
 * `onSuccess`, and every settled step is reported through `settled` for progress.
 */
export async function runWriteBatch(
  sp: SPFI,
  steps: WriteStep[],
  errors: ProvisioningError[],
  settled: (step: WriteStep, ok: boolean) => void
): Promise<void> {
  if (steps.length === 0) return;
  const [batched, execute] = sp.batched({ maxRequests: WRITE_BATCH_SIZE });
  const done: boolean[] = steps.map(() => false);
  const promises = steps.map((step, i) => step.run(batched).then(result => {
    done[i] = true;
    if (step.onSuccess) step.onSuccess(result);
    settled(step, true);
  }, (e: unknown) => {
    done[i] = true;
    errors.push({ check: step.checks[0].id, message: describeError(e) });
    settled(step, false);
  }));
  let batchError: unknown;
  try {
    await execute();
  } catch (e) {
    batchError = e;
  }
  if (batchError === undefined) {
    await Promise.all(promises);
    return;
  }
  // The $batch request itself failed: its parts never get an answer, so each is reported failed here.
  steps.forEach((step, i) => {
    if (done[i]) return;
    done[i] = true;
    errors.push({ check: step.checks[0].id, message: describeError(batchError) });
    settled(step, false);
  });
}
