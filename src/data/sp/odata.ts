/**
 * Literals and clauses of OData `$filter`s. PnPjs URL-encodes the whole query string (URLSearchParams), so the
 * only escaping left to us is OData's own: a single quote inside a string literal is doubled (OData v3 URL
 * conventions, the syntax SharePoint's REST `$filter` parser reads).
 */

/** An OData string literal: single quotes doubled, as SharePoint's $filter parser expects. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** An OData datetime literal for a $filter on a DateTime column (Modified, Created), in UTC. */
export function odataDate(value: Date | string): string {
  const at = typeof value === 'string' ? new Date(value) : value;
  if (isNaN(at.getTime())) throw new Error(`Not a date for an OData filter: ${String(value)}`);
  return `datetime'${at.toISOString()}'`;
}

function literal(value: string | number): string {
  if (typeof value === 'string') return odataString(value);
  if (!isFinite(value)) throw new Error(`Not a number for an OData filter: ${value}`);
  return String(value);
}

/**
 * `field eq v1 or field eq v2 …` (strings quoted, numbers as they are), in parentheses when there are several, so
 * that it can be joined to other clauses with `and`. SharePoint's REST has no `in` operator. Callers keep the
 * values to a handful per request: every clause lengthens the URL.
 */
export function anyOf(field: string, values: readonly (string | number)[]): string {
  if (!values.length) throw new Error(`No value to filter ${field} on`);
  const clauses = values.map(v => `${field} eq ${literal(v)}`);
  return clauses.length === 1 ? clauses[0] : `(${clauses.join(' or ')})`;
}

/** `Id eq 1 or Id eq 2 …` (Id is always indexed): items read by id in one request. */
export function idIn(ids: readonly number[]): string {
  ids.forEach(id => { if (Math.floor(id) !== id) throw new Error(`Not an item id: ${id}`); });
  return anyOf('Id', ids);
}

/**
 * {@link anyOf} over many values, `size` values per filter: one filter per request, so that every URL stays short
 * (an id list read from another list can be long).
 */
export function anyOfChunks(field: string, values: readonly (string | number)[], size: number): string[] {
  if (!(size >= 1)) throw new Error(`Chunks of ${size} values`);
  const filters: string[] = [];
  for (let i = 0; i < values.length; i += size) filters.push(anyOf(field, values.slice(i, i + size)));
  return filters;
}
