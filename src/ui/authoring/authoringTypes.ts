import type { AuthoringServices } from '../../data/knowledge/authoring/services';
import type { AuthoringActor } from '../../data/knowledge/authoring/types';
import type { AuthoringRoute } from '../../data/pageLinks';

/** What every view of the contributors' page gets from its frame (ArticleEditorRoot). */
export interface AuthoringViewProps<R extends AuthoringRoute = AuthoringRoute> {
  services: AuthoringServices;
  /** Who acts and what SharePoint lets them do (read once by the frame). */
  actor: AuthoringActor;
  /** What the address asks for. */
  route: R;
}

/** Whether the person may use the contributors' page: contributors, reviewers and owners. */
export function mayWrite(actor: AuthoringActor): boolean {
  return actor.isContributor || actor.canPublish || actor.isSiteOwner;
}
