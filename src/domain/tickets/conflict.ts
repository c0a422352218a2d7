/** Concurrent edits: what the other agent changed, and whether my action still applies on their version. */
import { ApplyResult, FieldChange, TicketAction, TicketErrorCode } from './actions';
import { applyAction } from './lifecycle';
import { Actor, LifecycleSettings, PersonRef, Ticket } from './model';

/** Fields compared between the version I loaded and the current one (bookkeeping fields left out). */
const COMPARED: (keyof Ticket)[] = [
  'title', 'description', 'kind', 'categoryId', 'priority', 'channel', 'status', 'level', 'teamId', 'assignedTo', 'beneficiary',
  'watchers', 'dueAt', 'firstResponseAt', 'resolvedAt', 'closedAt', 'resolution', 'problemId', 'articleId', 'satisfaction',
  'satisfactionComment', 'language', 'approval'
];

/** A conflict, ready for the UI. */
export interface ConflictDescription {
  /** Fields the other agent changed (from = my version, to = theirs). */
  theirChanges: FieldChange[];
  /** Who saved the current version (Editor), if known. */
  changedBy?: PersonRef;
  changedAt?: Date;
  /** Whether my action can be applied to their version as it stands. */
  stillApplies: boolean;
  /** Why not (e.g. `alreadyTakenBy`, with `takenBy`). */
  error?: TicketErrorCode;
  takenBy?: PersonRef;
  /** My action re-applied on their version, when it still applies (to write with their ETag). */
  retry?: ApplyResult;
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a && b && typeof a === 'object' && typeof b === 'object' && 'id' in (a as object) && 'id' in (b as object) && !Array.isArray(a)) {
    return (a as PersonRef).id === (b as PersonRef).id && JSON.stringify(a) === JSON.stringify(b);
  }
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Describes a 412 conflict: `mine` is the version my action was built on, `theirs` the current item. My action is
 * re-checked against theirs with the same guards (so two agents taking in charge at once: the second gets
 * `alreadyTakenBy` and who took it). Nothing is lost: a still-valid action comes back as `retry`.
 */
export function describeConflict(mine: Ticket, theirs: Ticket, myAction: TicketAction, actor: Actor, now: Date, settings: LifecycleSettings): ConflictDescription {
  const theirChanges: FieldChange[] = [];
  for (const field of COMPARED) {
    if (!same(mine[field], theirs[field])) theirChanges.push({ field, from: mine[field], to: theirs[field] });
  }
  const retry = applyAction(theirs, myAction, actor, now, settings);
  const base: ConflictDescription = { theirChanges, changedBy: theirs.modifiedBy, changedAt: theirs.modifiedAt, stillApplies: retry.ok };
  if (retry.ok) return { ...base, retry };
  return retry.takenBy ? { ...base, error: retry.error, takenBy: retry.takenBy } : { ...base, error: retry.error };
}
