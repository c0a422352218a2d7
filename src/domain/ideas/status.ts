/**
 * An idea's life as the team answers it (issue 15): new → under study → planned → done, declined from any open
 * status, and a declined idea reopened for study. The team moves an idea forward (skipping a step is allowed: an
 * obvious idea may be planned at once), never back but by reopening a declined one; done is final. Declining needs
 * an answer: the author and voters are told why.
 */
import type { IdeaStatus } from '../vocabulary';

/** The statuses still open to a decision. */
export const OPEN_IDEA_STATUSES: readonly IdeaStatus[] = ['new', 'under_study', 'planned'];

/** Longest team answer kept (a Note column; the mail quotes it whole). */
export const ANSWER_MAX = 4000;

/** Which status each status may move to. */
export const IDEA_TRANSITIONS: { readonly [S in IdeaStatus]: readonly IdeaStatus[] } = {
  new: ['under_study', 'planned', 'done', 'declined'],
  under_study: ['planned', 'done', 'declined'],
  planned: ['done', 'declined'],
  done: [],
  declined: ['under_study']
};

/** Why a status change is refused. */
export type StatusChangeProblem = 'unchanged' | 'notAllowed' | 'answerRequired' | 'answerTooLong';

/** The statuses an idea in `from` may move to. */
export function nextStatuses(from: IdeaStatus): readonly IdeaStatus[] {
  return IDEA_TRANSITIONS[from] || [];
}

/** Whether the team may move an idea from `from` to `to` with this answer (undefined: it may). */
export function statusChangeProblem(from: IdeaStatus, to: IdeaStatus, answer: string): StatusChangeProblem | undefined {
  if (from === to) return 'unchanged';
  if (nextStatuses(from).indexOf(to) < 0) return 'notAllowed';
  const text = answer.trim();
  if (to === 'declined' && !text) return 'answerRequired';
  if (text.length > ANSWER_MAX) return 'answerTooLong';
  return undefined;
}

/** Whether an idea in this status can still be decided (votes then still weigh on the team's choice). */
export function isOpenIdea(status: IdeaStatus): boolean {
  return OPEN_IDEA_STATUSES.indexOf(status) >= 0;
}
