/**
 * What a failed SharePoint request means. PnPjs rejects with an HttpRequestError: `status` is the HTTP status and
 * the message ends with SharePoint's body after "::>" (`{"odata.error":{"code":"<number>, <exception>",
 * "message":{"value":…}}}`). SharePoint translates the message into the site's language, never the code, so a
 * refusal is recognised by its code first.
 */

/** The HTTP status of a PnPjs HttpRequestError, if it is one. */
export function httpStatus(error: unknown): number | undefined {
  const status = error && typeof error === 'object' ? (error as { status?: unknown }).status : undefined;
  return typeof status === 'number' ? status : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The item, list or file does not exist, or the person cannot see it (SharePoint answers 404 to both). */
export function isNotFound(error: unknown): boolean {
  return httpStatus(error) === 404;
}

/** A stale ETag (HTTP 412) on an update with IF-MATCH: someone saved the item since it was read. */
export function isPreconditionFailed(error: unknown): boolean {
  return httpStatus(error) === 412;
}

/** SharePoint's EnforceUniqueValues refusal (SPDuplicateValuesFoundException), whatever the HTTP status it came with. */
export function isDuplicateValueError(error: unknown): boolean {
  return /SPDuplicateValuesFoundException|-2130575169|duplicate values were found/i.test(messageOf(error));
}

/**
 * The query matched more rows than the list view threshold (5,000) lets one query scan: SharePoint answers 500
 * with `-2147024860, Microsoft.SharePoint.SPQueryThrottledException` (SharePoint/sp-dev-docs#6826,
 * OneDrive/onedrive-api-docs#1510; the message is localised, vgrem/office365-rest-python-client#462). Not the
 * lookup column threshold, which shares the exception name with another code (-2147024749, same repository #758):
 * narrowing the filter cannot cure that one. Nor a throttled request (429, 503): the workbench answers those with
 * the same number and SPRequestThrottledException, so the number alone says nothing.
 */
export function exceedsListViewThreshold(error: unknown): boolean {
  return /-2147024860, Microsoft\.SharePoint\.SPQueryThrottledException|exceeds the list view threshold/i.test(messageOf(error));
}

/**
 * A readable message for a failed request: SharePoint's own message (from the odata.error body PnPjs
 * appends after "::>") with the HTTP status, so the setup page and the console say what went wrong.
 */
export function describeError(error: unknown): string {
  const raw = messageOf(error);
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
