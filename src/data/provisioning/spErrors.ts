/** A SharePoint BasePermissions mask as REST returns it (numbers or decimal strings). */
export interface BasePermissionsMask {
  /** High 32 bits. */
  High: number | string;
  /** Low 32 bits. */
  Low: number | string;
}

/** SPBasePermissions kinds provisioning needs (PnPjs PermissionKind numbers: bit = kind - 1). */
export const PROVISIONING_PERMISSIONS = {
  /** Create lists and change their settings. */
  ManageLists: 12,
  /** Create groups. */
  CreateGroups: 25,
  /** Break inheritance, add role assignments and permission levels. */
  ManagePermissions: 26
} as const;

/** Whether a mask grants a PermissionKind (no BigInt: src targets ES5). */
export function maskHas(mask: BasePermissionsMask, kind: number): boolean {
  const bit = kind - 1;
  const word = Number(bit < 32 ? mask.Low : mask.High);
  const shift = bit < 32 ? bit : bit - 32;
  return Math.floor(word / Math.pow(2, shift)) % 2 === 1;
}

/** The HTTP status of a PnPjs HttpRequestError, if it is one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * A readable message for a failed request: SharePoint's own message (from the odata.error body PnPjs
 * appends after "::>") with the HTTP status, so the setup page and the console say what went wrong.
 */
export function describeError(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const status = httpStatus(error);
  let message = raw;
  const marker = raw.indexOf('::>');
  if (marker >= 0) {
    const body = raw.slice(marker + 3).trim();
    try {
      const parsed = JSON.parse(body) as { 'odata.error'?: { message?: { value?: string } }; error?: { message?: { value?: string } } };
      const inner = (parsed['odata.error'] || parsed.error || {}).message;
      message = inner && inner.value ? inner.value : body;
    } catch {
      message = body || raw;
    }
  }
  if (status === 401 || status === 403) return `Access denied (${status}): ${message}`;
  return status ? `${message} (HTTP ${status})` : message;
}
