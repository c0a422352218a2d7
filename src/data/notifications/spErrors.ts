/** SharePoint's EnforceUniqueValues refusal (SPDuplicateValuesFoundException), whatever the HTTP status it came with. */
export function isDuplicateValueError(e: unknown): boolean {
  const message = e instanceof Error ? e.message : String(e);
  return /SPDuplicateValuesFoundException|-2130575169|duplicate values were found/i.test(message);
}

/** A stale ETag (HTTP 412) on an update with IF-MATCH. */
export function isPreconditionFailed(e: unknown): boolean {
  return !!e && typeof e === 'object' && (e as { status?: number }).status === 412;
}

/** An OData string literal: single quotes doubled, as SharePoint's $filter parser expects. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
