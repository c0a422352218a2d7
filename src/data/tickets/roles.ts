import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import { helpList } from '../sp/lists';
import { currentUserHas, PermissionKinds } from '../sp/permissions';

/*
 * Who is an agent or an owner is read from the person's effective permissions, never from the list of their
 * groups: SharePoint's `currentUser.groups` lists only the SharePoint groups a person is directly in, so an agent
 * who is in the support group through an Entra ID security group, or an owner through the site's Microsoft 365
 * group, is not there (pnp/pnpjs#691, #1892) — but their permissions are.
 */

/** The person may read and change every ticket: "Override List Behaviors" on HelpTickets (the support level; owners have it too). */
export function agentPermissionRead(batched: SPFI): Promise<boolean> {
  return currentUserHas(helpList(batched, 'HelpTickets'), PermissionKinds.CancelCheckout);
}

/** The person owns the site: "Manage Web Site" on the web (Full Control, or a site collection admin). */
export function ownerPermissionRead(batched: SPFI): Promise<boolean> {
  return currentUserHas(batched.web, PermissionKinds.ManageWeb);
}
