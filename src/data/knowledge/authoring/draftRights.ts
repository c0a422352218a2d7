import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import { helpList } from '../../sp/lists';
import { currentUserHas, PermissionKinds } from '../../sp/permissions';

// One answer per PnPjs instance (a page's): the desk asks once, however many resolved tickets the agent opens.
const asked = new WeakMap<SPFI, Promise<boolean>>();

/**
 * Whether the person may write articles: "Add Items" on KnowledgeDrafts (contributors, reviewers, owners), from
 * their effective permissions (membership through an Entra group counts). The desk shows "turn into an article"
 * only then; a list the person cannot see, or any failure, answers false (the action stays hidden, the cause logged).
 */
export function canAddDrafts(sp: SPFI): Promise<boolean> {
  let answer = asked.get(sp);
  if (!answer) {
    answer = currentUserHas(helpList(sp, 'KnowledgeDrafts'), PermissionKinds.AddListItems).catch((e: unknown) => {
      console.warn('[HelpCenter] Reading whether you may write articles failed:', e);
      return false;
    });
    asked.set(sp, answer);
  }
  return answer;
}
