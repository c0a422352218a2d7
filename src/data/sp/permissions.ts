import { SPQueryable, type ISPQueryable } from '@pnp/sp';
import { maskHas, type BasePermissionsMask } from './permissionMask';

// The mask and the kinds are a module of their own (no PnPjs): the help bar's live part reads them too.
export { maskHas, PermissionKinds, type BasePermissionsMask } from './permissionMask';

/**
 * The current person's effective permissions on a web, list or item (`…/EffectiveBasePermissions`, the request PnPjs'
 * `getCurrentUserEffectivePermissions` sends), batched when the scope is.
 */
export function currentUserMask(scope: ISPQueryable): Promise<BasePermissionsMask> {
  return SPQueryable(scope, 'EffectiveBasePermissions')<BasePermissionsMask>();
}

/** Whether the current person has a permission on a web, list or item (PnPjs' `currentUserHasPermissions`). */
export function currentUserHas(scope: ISPQueryable, kind: number): Promise<boolean> {
  return currentUserMask(scope).then(mask => maskHas(mask, kind));
}
