// Dates typed for SharePoint's form-value writes, in the site's regional format (UTC, minutes).
import { formDateValue, validateUpdateListItemBody, type SiteDateFormat } from '../../../src/data/sp/formDates';

const FR: SiteDateFormat = { DateFormat: 1, DateSeparator: '/', TimeSeparator: ':', Time24: true, AM: 'AM', PM: 'PM' };
const US: SiteDateFormat = { DateFormat: 0, DateSeparator: '/', TimeSeparator: ':', Time24: false, AM: 'AM', PM: 'PM' };
const NL: SiteDateFormat = { DateFormat: 1, DateSeparator: '-', TimeSeparator: ':', Time24: true, AM: '', PM: '' };
const JA: SiteDateFormat = { DateFormat: 2, DateSeparator: '/', TimeSeparator: ':', Time24: true, AM: '午前', PM: '午後' };

describe('formDateValue', () => {
  it.each([
    ['French site', FR, '2012-02-23T14:25:59Z', '23/02/2012 14:25'],
    ['French site, midnight', FR, '2026-01-05T00:07:00.000Z', '05/01/2026 00:07'],
    ['US site, afternoon', US, '2012-02-23T14:25:00Z', '02/23/2012 2:25 PM'],
    ['US site, midnight', US, '2026-01-05T00:07:00Z', '01/05/2026 12:07 AM'],
    ['US site, noon', US, '2026-01-05T12:00:00Z', '01/05/2026 12:00 PM'],
    ['Dutch site', NL, '2012-02-23T14:25:00Z', '23-02-2012 14:25'],
    ['Japanese site', JA, '2012-02-23T14:25:00Z', '2012/02/23 14:25'],
  ])('%s', (_, format, iso, typed) => {
    expect(formDateValue(iso, format)).toBe(typed);
    expect(formDateValue(new Date(iso), format)).toBe(typed);
  });

  it('refuses what is not a date and an unknown order', () => {
    expect(() => formDateValue('soon', FR)).toThrow(/Not a date/);
    expect(() => formDateValue('2026-01-05T00:00:00Z', { ...FR, DateFormat: 7 })).toThrow(/date order/);
  });
});

it('asks SharePoint to read the dates as UTC, and keeps or skips the version', () => {
  const values = [{ FieldName: 'Modified', FieldValue: '23/02/2012 14:25' }];
  expect(validateUpdateListItemBody(values, false)).toEqual({ formValues: values, bNewDocumentUpdate: true, datesInUTC: true });
  expect(validateUpdateListItemBody(values, true)).toEqual({ formValues: values, bNewDocumentUpdate: false, datesInUTC: true });
});
