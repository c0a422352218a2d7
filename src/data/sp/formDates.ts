/**
 * Dates for SharePoint's form-value writes (`ValidateUpdateListItem`, `AddValidateUpdateItemUsingPath`).
 * Those calls read a value as a person would type it in the site's regional settings: an ISO string is refused
 * per field with "Enter a date and time like this: 23/02/2012 14:25" (SharePoint/sp-dev-docs#4917,
 * pnp/cli-microsoft365#4375). So a date is written in the site's order and separators, in UTC, and the call
 * says `datesInUTC: true` (the parameter's name in SharePoint's metadata; pnp/pnpjs#3336 — PnPjs's
 * `validateUpdateListItem` cannot pass it, hence `validateUpdateListItemBody`).
 */
import { spGet, SPQueryable, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';

/** The part of SP.RegionalSettings that decides how a date is typed. */
export interface SiteDateFormat {
  /** SharePoint's order of date parts: 0 month-day-year, 1 day-month-year, 2 year-month-day. */
  DateFormat: number;
  DateSeparator: string;
  TimeSeparator: string;
  /** 24-hour clock; otherwise `h:mm AM`. */
  Time24: boolean;
  AM: string;
  PM: string;
}

const DATE_FORMAT_PROPERTIES: (keyof SiteDateFormat)[] = ['DateFormat', 'DateSeparator', 'TimeSeparator', 'Time24', 'AM', 'PM'];

/** The site's date format, from `_api/web/RegionalSettings` (readable by anyone who can read the site). */
export async function readSiteDateFormat(sp: SPFI): Promise<SiteDateFormat> {
  return spGet<SiteDateFormat>(SPQueryable(sp.web, 'RegionalSettings').select(...DATE_FORMAT_PROPERTIES));
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * A UTC instant as a person types it on the site (minutes: the form has no seconds, so they are dropped), to be
 * sent with `datesInUTC: true`.
 */
export function formDateValue(at: Date | string, format: SiteDateFormat): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(d.getTime())) throw new Error(`Not a date: ${String(at)}`);
  const day = pad(d.getUTCDate());
  const month = pad(d.getUTCMonth() + 1);
  const year = String(d.getUTCFullYear());
  const parts = format.DateFormat === 0 ? [month, day, year] : format.DateFormat === 1 ? [day, month, year] : format.DateFormat === 2 ? [year, month, day] : undefined;
  if (!parts) throw new Error(`Unknown SharePoint date order ${format.DateFormat}`);
  const hours = d.getUTCHours();
  const minutes = pad(d.getUTCMinutes());
  const time = format.Time24
    ? `${pad(hours)}${format.TimeSeparator}${minutes}`
    : `${hours % 12 === 0 ? 12 : hours % 12}${format.TimeSeparator}${minutes} ${hours < 12 ? format.AM : format.PM}`;
  return `${parts.join(format.DateSeparator)} ${time}`;
}

/** One form value of a ValidateUpdateListItem call. */
export interface FormValue { FieldName: string; FieldValue: string }

/** The body of `ValidateUpdateListItem` with dates given in UTC (formatted by `formDateValue`). */
export function validateUpdateListItemBody(formValues: FormValue[], newVersion: boolean): Record<string, unknown> {
  return { formValues, bNewDocumentUpdate: !newVersion, datesInUTC: true };
}
