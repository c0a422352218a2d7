import type { SPFI } from '@pnp/sp';
import { helpList } from '../sp/lists';
import { currentUserHas, PermissionKinds } from '../sp/permissions';

/**
 * Whether the current person may edit rooms, services and equipment (owners, the referents group): the set-up page
 * offers its configuration area only then. A page's choice, not a guard: SharePoint refuses anyone else's writes.
 */
export function canEditLocations(sp: SPFI): Promise<boolean> {
  return currentUserHas(helpList(sp, 'HelpLocations'), PermissionKinds.EditListItems);
}
