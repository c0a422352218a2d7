/** A SharePoint BasePermissions mask as REST returns it (numbers or decimal strings). */
export interface BasePermissionsMask {
  /** High 32 bits. */
  High: number | string;
  /** Low 32 bits. */
  Low: number | string;
}

/**
 * The SP.PermissionKind values the help center tests (the numbers of Microsoft Learn's SP.PermissionKind
 * enumeration, as PnPjs' `PermissionKind` has them). Written here rather than imported from `@pnp/sp/security`:
 * that module also extends every web, list and item with role assignments and definitions (~3 KB gzip on each page's
 * first render) where the help center only reads the current person's mask.
 */
export const PermissionKinds = {
  AddListItems: 2,
  EditListItems: 3,
  /** "Override List Behaviors": the support level on HelpTickets (owners have it too). */
  CancelCheckout: 9,
  ManageWeb: 31
} as const;

/** Whether a mask grants a PermissionKind (no BigInt: src targets ES5). */
export function maskHas(mask: BasePermissionsMask, kind: number): boolean {
  const bit = kind - 1;
  const word = Number(bit < 32 ? mask.Low : mask.High);
  const shift = bit < 32 ? bit : bit - 32;
  return Math.floor(word / Math.pow(2, shift)) % 2 === 1;
}
