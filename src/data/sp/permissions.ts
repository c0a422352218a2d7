/** A SharePoint BasePermissions mask as REST returns it (numbers or decimal strings). */
export interface BasePermissionsMask {
  /** High 32 bits. */
  High: number | string;
  /** Low 32 bits. */
  Low: number | string;
}

/** Whether a mask grants a PermissionKind (no BigInt: src targets ES5). */
export function maskHas(mask: BasePermissionsMask, kind: number): boolean {
  const bit = kind - 1;
  const word = Number(bit < 32 ? mask.Low : mask.High);
  const shift = bit < 32 ? bit : bit - 32;
  return Math.floor(word / Math.pow(2, shift)) % 2 === 1;
}
