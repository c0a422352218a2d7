import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import { IBasePermissions, PermissionKind } from '@pnp/sp/security';
import { helpList } from '../sp/lists';

/*
 * Who is an agent or an owner is read from the person's effective permissions, never from the list of their
 * groups: SharePoint's `currentUser.groups` lists only the SharePoint groups a person is directly in, so an agent
 * who is in the support group through an Entra ID security group, or an owner through the site's Microsoft 365
 * group, is not there (pnp/pnpjs#691, #1892) — but their permissions are.
 */

/** The person may read and change every ticket: "Override List Behaviors" on HelpTickets (the support level; owners have it too). */
export function agentPermissionRead(batched: SPFI): Promise<boolean> {
  return helpList(batched, 'HelpTickets').getCurrentUserEffectivePermissions()
    .then((p: IBasePermissions) => batched.web.hasPermissions(p, PermissionKind.CancelCheckout));
}

/** The person owns the site: "Manage Web Site" on the web (Full Control, or a site collection admin). */
export function ownerPermissionRead(batched: SPFI): Promise<boolean> {
  return batched.web.getCurrentUserEffectivePermissions()
    .then((p: IBasePermissions) => batched.web.hasPermissions(p, PermissionKind.ManageWeb));
}
