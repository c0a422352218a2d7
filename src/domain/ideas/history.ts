/**
 * An idea's history as the team wrote it: the versions of its IdeaStates item (versioning on; only the team writes
 * it, so every version is the team's). The reception (change number 0) and each status change (a new change number)
 * are steps; a version that kept the change number (a recount of the votes) is none.
 */
import type { IdeaStatus } from '../vocabulary';

/** A version of an idea's state. */
export interface IdeaStateVersion {
  status: IdeaStatus;
  answer?: string;
  /** HCSequence. */
  sequence: number;
  /** ISO time it was written. */
  at: string;
  /** Who wrote it. */
  by: string;
}

/** One step of an idea's history. */
export interface IdeaStep {
  status: IdeaStatus;
  answer?: string;
  at: string;
  by: string;
}

/** The steps, oldest first, from the versions in any order (SharePoint lists the newest first). */
export function ideaSteps(versions: readonly IdeaStateVersion[]): IdeaStep[] {
  const ordered = versions.slice().sort((a, b) => a.sequence - b.sequence || Date.parse(a.at) - Date.parse(b.at));
  const steps: IdeaStep[] = [];
  let last: number | undefined;
  for (const v of ordered) {
    if (last !== undefined && v.sequence === last) continue;
    last = v.sequence;
    steps.push({ status: v.status, answer: v.answer || undefined, at: v.at, by: v.by });
  }
  return steps;
}
