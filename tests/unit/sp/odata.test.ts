// OData $filter literals and clauses (src/data/sp/odata.ts): the only escaping PnPjs leaves to us.
import { anyOf, anyOfChunks, idIn, odataDate, odataString } from '../../../src/data/sp/odata';

describe('odataString', () => {
  it.each([
    ['mot de passe', "'mot de passe'"],
    ['', "''"],
    ["l'imprimante", "'l''imprimante'"],
    ["centre d'aide", "'centre d''aide'"],
    ["'; drop", "'''; drop'"],
    ["'", "''''"],
    ["''", "''''''"],
    ["'' or 1 eq 1 or ''", "''''' or 1 eq 1 or '''''"],
    // Typographic apostrophes and other scripts are plain characters to OData: kept as they are.
    ['l’ENT', "'l’ENT'"],
    ['Élève à l\'école', "'Élève à l''école'"],
    ['日本語 😀', "'日本語 😀'"],
    // URL characters are PnPjs's to encode (URLSearchParams), not OData's.
    ['a&b#c+d%e?f', "'a&b#c+d%e?f'"],
    ['"double"', "'\"double\"'"]
  ])('%j -> %s', (input, expected) => expect(odataString(input)).toBe(expected));

  it('leaves no unpaired quote inside the literal, whatever the input', () => {
    for (const input of ["'", "a'b'c", "'''", "x' or Title ne '"]) {
      const inner = odataString(input).slice(1, -1);
      expect(inner.replace(/''/g, '')).not.toContain("'");
    }
  });
});

describe('odataDate', () => {
  it.each([
    ['2026-11-22T10:00:00+01:00', "datetime'2026-11-22T09:00:00.000Z'"],
    ['2026-11-22T09:00:00Z', "datetime'2026-11-22T09:00:00.000Z'"],
    [new Date(Date.UTC(2024, 1, 29, 23, 59, 59, 5)), "datetime'2024-02-29T23:59:59.005Z'"]
  ])('%j -> %s', (input, expected) => expect(odataDate(input)).toBe(expected));

  it.each(['', 'not a date', '2024-02-31T99:00:00Z'])('refuses %j rather than writing an invalid filter', input => {
    expect(() => odataDate(input)).toThrow(/Not a date/);
  });
});

describe('anyOf and idIn', () => {
  it.each([
    ['HCStatus', ['new'], "HCStatus eq 'new'"],
    ['HCStatus', ['new', 'in_progress'], "(HCStatus eq 'new' or HCStatus eq 'in_progress')"],
    ['HCSettingKey', ["centre d'aide", ''], "(HCSettingKey eq 'centre d''aide' or HCSettingKey eq '')"],
    ['HCRating', [4, 4.5], '(HCRating eq 4 or HCRating eq 4.5)']
  ] as [string, (string | number)[], string][])('%s in %j -> %s', (field, values, expected) => expect(anyOf(field, values)).toBe(expected));

  it('reads items by id', () => {
    expect(idIn([7])).toBe('Id eq 7');
    expect(idIn([1, 2, 30])).toBe('(Id eq 1 or Id eq 2 or Id eq 30)');
  });

  it.each([
    ['no value', () => anyOf('Id', [])],
    ['NaN', () => anyOf('HCRating', [NaN])],
    ['Infinity', () => anyOf('HCRating', [Infinity])],
    ['a fractional id', () => idIn([1.5])],
    ['no id', () => idIn([])]
  ])('refuses %s', (_, build) => expect(build).toThrow());
});

describe('anyOfChunks', () => {
  it.each([
    [[], 2, []],
    [[1], 2, ['HCTicketId eq 1']],
    [[1, 2], 2, ['(HCTicketId eq 1 or HCTicketId eq 2)']],
    [[1, 2, 3, 4, 5], 2, ['(HCTicketId eq 1 or HCTicketId eq 2)', '(HCTicketId eq 3 or HCTicketId eq 4)', 'HCTicketId eq 5']]
  ] as [number[], number, string[]][])('%j by %i', (values, size, expected) => expect(anyOfChunks('HCTicketId', values, size)).toEqual(expected));

  it.each([0, -1, NaN])('refuses chunks of %s', size => expect(() => anyOfChunks('Id', [1], size)).toThrow());
});
