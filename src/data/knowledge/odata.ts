/** An OData string literal: single quotes doubled, as SharePoint's $filter parser expects (shared with notifications). */
export { odataString } from '../notifications/spErrors';

/** An OData datetime literal for a $filter on a DateTime column (Modified, Created). */
export function odataDate(value: Date | string): string {
  const iso = typeof value === 'string' ? new Date(value).toISOString() : value.toISOString();
  return `datetime'${iso}'`;
}
