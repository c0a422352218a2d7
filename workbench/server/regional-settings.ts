/**
 * The site's regional settings (`_api/web/RegionalSettings`, `…/RegionalSettings/TimeZone`) and the way
 * SharePoint reads a date typed in a form with them. The workbench site is French: LCID 1036, dates
 * `dd/MM/yyyy HH:mm`, time zone 3 "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris" (Europe/Paris).
 *
 * ValidateUpdateListItem / AddValidateUpdateItemUsingPath take form values as a person types them, so a date
 * must follow the site's locale; an ISO string is refused per field with "Enter a date and time like this:
 * <example>" (SharePoint/sp-dev-docs#4917; pnp/cli-microsoft365#4375 shows `Voer een datum en tijd in als volgt:
 * 23-2-2012 14:25` for a Dutch site). `datesInUTC: true` reads the value as UTC, otherwise it is the site's local
 * time. pnp/pnpjs#3336 suggests `datesInUTC` may also let ISO through; unconfirmed, so the workbench refuses ISO
 * in every case (stricter).
 */
import type { Ctx, SpResponse } from './context';
import { entity } from './context';
import { errors } from './errors';
import type { Segment } from './segments';
import { shapeEntity } from './entity-select';

/** IANA name of the workbench site's SharePoint time zone (Id 3). */
export const SITE_TIME_ZONE = 'Europe/Paris';

const REGIONAL_SETTINGS = {
  AdjustHijriDays: 0, AlternateCalendarType: 0, AM: 'AM', CalendarType: 1, Collation: 25, CollationLCID: 1036,
  DateFormat: 1, DateSeparator: '/', DecimalSeparator: ',', DigitGrouping: '3;0', FirstDayOfWeek: 1, FirstWeekOfYear: 2,
  IsEastAsia: false, IsRightToLeft: false, IsUIRightToLeft: false, ListSeparator: ';', LocaleId: 1036, NegativeSign: '-',
  NegNumberMode: 1, PM: 'PM', PositiveSign: '', ShowWeeks: false, ThousandSeparator: '\u00a0', Time24: true,
  TimeMarkerPosition: 0, TimeSeparator: ':', WorkDayEndHour: 1080, WorkDays: 62, WorkDayStartHour: 480,
};

const TIME_ZONE = {
  Description: '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris',
  Id: 3,
  Information: { Bias: -60, DaylightBias: -60, StandardBias: 0 },
};

/** The example SharePoint gives in its message, in the site's format. */
export const DATE_TIME_EXAMPLE = '23/02/2012 14:25';

/** `_api/web/RegionalSettings[/TimeZone]`: read-only here, as for anyone who is not the site owner. */
export function handleRegionalSettings(ctx: Ctx, rest: Segment[]): SpResponse {
  if (ctx.req.method !== 'GET') throw errors.methodNotAllowed();
  const q = ctx.req.url.searchParams;
  const base = `${ctx.site.siteUrl}/_api/Web/RegionalSettings`;
  if (rest.length === 0) {
    return entity(ctx, 'SP.RegionalSettings', shapeEntity(
      { 'odata.type': 'SP.RegionalSettings', 'odata.id': base, 'odata.editLink': 'Web/RegionalSettings', ...REGIONAL_SETTINGS }, q,
      { TimeZone: () => ({ 'odata.type': 'SP.TimeZone', ...TIME_ZONE }) }));
  }
  if (rest.length === 1 && rest[0].key === 'timezone') {
    return entity(ctx, 'SP.TimeZone', shapeEntity({ 'odata.type': 'SP.TimeZone', 'odata.id': `${base}/TimeZone`, ...TIME_ZONE }, q));
  }
  throw errors.segmentNotFound(rest[0].name);
}

/** Offset of `zone` from UTC at instant `utcMs`, in minutes (local = utc + offset). */
function zoneOffsetMinutes(utcMs: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const n = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60000);
}

/** A wall-clock time of the site's zone as a UTC instant (the offset is taken at the resulting instant). */
export function siteLocalToUtc(wallMs: number, zone = SITE_TIME_ZONE): number {
  let utc = wallMs - zoneOffsetMinutes(wallMs, zone) * 60000;
  utc = wallMs - zoneOffsetMinutes(utc, zone) * 60000;
  return utc;
}

/**
 * A form value of a date-and-time field, as the French site reads it: `d/M/yyyy H:mm` (leading zeros optional),
 * nothing else (no ISO, no seconds, no date without its time). Returns the ISO UTC value stored.
 */
export function parseFormDate(raw: string, datesInUtc: boolean): string {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})\s*$/.exec(raw);
  const invalid = () => new Error(`Enter a date and time like this: ${DATE_TIME_EXAMPLE}`);
  if (!m) throw invalid();
  const [day, month, year, hour, minute] = m.slice(1).map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1 || hour > 23 || minute > 59 || year < 1900) throw invalid();
  const utc = datesInUtc ? wall : siteLocalToUtc(wall);
  return new Date(utc).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
