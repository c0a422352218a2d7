import { csvCell, detectSeparator, parseCsv, toCsv } from '../../../src/domain/config/csv';

describe('parseCsv', () => {
  it.each([
    ['French Excel: BOM, semicolons, CRLF', '\uFEFFNom;Bâtiment\r\nSalle 1;Bâtiment B\r\n', ';', [['Nom', 'Bâtiment'], ['Salle 1', 'Bâtiment B']]],
    ['English, commas, LF, no BOM', 'Name,Building\nRoom 1,B\n', ',', [['Name', 'Building'], ['Room 1', 'B']]],
    ['quoted separator, doubled quotes, accents', 'Nom;Type\n"Salle ""Curie""; amphi";équipement\n', ';', [['Nom', 'Type'], ['Salle "Curie"; amphi', 'équipement']]],
    ['line break inside quotes', 'Nom;Note\n"deux\nlignes";x\n', ';', [['Nom', 'Note'], ['deux\nlignes', 'x']]],
    ['blank lines left out, last line without newline', 'Nom\n\n;\nA', ';', [['Nom'], ['A']]],
    ['empty cells kept', 'a;;c\n', ';', [['a', '', 'c']]]
  ])('%s', (_, text, sep, rows) => {
    const table = parseCsv(text);
    expect(table.separator).toBe(sep);
    expect(table.rows).toEqual(rows);
  });

  it('gives the line each row starts on, counting the lines inside quotes and the blank ones', () => {
    expect(parseCsv('h\n"a\nb"\n\nc\n').lines).toEqual([1, 2, 5]);
  });

  it('detects the separator outside quotes on the first line only', () => {
    expect(detectSeparator('"a,b,c";d\n1,2,3,4')).toBe(';');
    expect(detectSeparator('Name,Kind;x,y')).toBe(',');
    expect(detectSeparator('Nom')).toBe(';');
  });
});

describe('csvCell and toCsv', () => {
  it.each([
    ['=HYPERLINK("x")', ';', '"\'=HYPERLINK(""x"")"'],
    ['+33 1 00', ';', '\'+33 1 00'],
    ['-1', ';', '\'-1'],
    ['@SUM(A1)', ';', '\'@SUM(A1)'],
    ['Salle B; amphi', ';', '"Salle B; amphi"'],
    ['Salle B, amphi', ';', 'Salle B, amphi'],
    ['Salle B, amphi', ',', '"Salle B, amphi"'],
    ['Bâtiment é', ';', 'Bâtiment é'],
    ['a\nb', ';', '"a\nb"']
  ])('%s (separator %s) -> %s', (value, sep, out) => {
    expect(csvCell(value, sep as ';' | ',')).toBe(out);
  });

  it('writes a BOM, semicolons and CRLF, and reads back what it wrote (formula guard aside)', () => {
    const rows = [['Nom', 'Type'], ['Salle "Curie"; amphi', 'salle'], ['deux\nlignes', 'équipement']];
    const text = toCsv(rows);
    expect(text.startsWith('\uFEFFNom;Type\r\n')).toBe(true);
    expect(parseCsv(text).rows).toEqual(rows);
  });
});
