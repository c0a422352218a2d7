import { ArticleEditConflictError, ArticleWorkflowError, type AuthoringActor } from '../../../data/knowledge/authoring/types';
import type { ArticleActor } from '../../../domain/knowledge/articleWorkflow';

/** The workflow's view of the person acting. */
export function workflowActorOf(a: AuthoringActor): ArticleActor {
  return { person: a.person, isSiteOwner: a.isSiteOwner, isContributor: a.isContributor };
}

/** The history page's message for a failed action (the cause is logged for developers). */
export function actionErrorText(e: unknown, errors: IHelpCenterAuthoringStrings['articleHistory']['errors']): string {
  console.error('[HelpCenter] An article action failed:', e);
  if (e instanceof ArticleEditConflictError) return errors.conflict;
  if (e instanceof ArticleWorkflowError) return errors[e.code];
  const status = (e as { status?: number } | undefined)?.status;
  if (status === 403) return errors.notAllowed;
  if (status === 412) return errors.conflict;
  return errors.failed;
}
