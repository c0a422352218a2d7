import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locationsCsv, planImport, readLocationFile, rejectedCsv } from '../../../src/domain/config/locationImport';
import { parseCsv } from '../../../src/domain/config/csv';

const FILE = readFileSync(join(__dirname, '../../fixtures/config/rooms-30.csv'), 'utf8');

describe('readLocationFile', () => {
  it('reads French headers with a BOM and semicolons; kinds in French', () => {
    const file = readLocationFile(FILE);
    expect(file.fileProblem).toBeUndefined();
    expect(file.rows).toHaveLength(30);
    expect(file.rows[25]).toMatchObject({ line: 27, kind: 'equipment', cells: { title: 'Vidéoprojecteur B101', building: 'Bâtiment B', room: 'Salle B101', assetTag: 'INV-0001' } });
  });

  it('reads English headers with commas, in any order, and ignores unknown columns', () => {
    const file = readLocationFile('Building,Name,Kind,Asset tag,Notes\nB,Projector,equipment,INV-9,old\n');
    expect(file.ignoredHeaders).toEqual(['Notes']);
    expect(file.rows[0]).toMatchObject({ line: 2, kind: 'equipment', cells: { title: 'Projector', building: 'B', assetTag: 'INV-9', room: '' } });
  });

  it('refuses a file without a name column, or without rows', () => {
    expect(readLocationFile('Type;Bâtiment\nsalle;B\n').fileProblem).toBe('noNameColumn');
    expect(readLocationFile('Nom;Type\n').fileProblem).toBe('empty');
    expect(readLocationFile('').fileProblem).toBe('empty');
  });
});

describe('planImport', () => {
  it('finds rooms in the list or earlier in the file; one bad row in 30; existing rows write nothing', () => {
    const rows = planImport(readLocationFile(FILE), [{ id: 7, title: 'Salle B101', kind: 'room', building: 'Bâtiment B' }]);
    expect(rows.filter(r => r.outcome === 'invalid').map(r => ({ line: r.line, problems: r.problems }))).toEqual([{ line: 29, problems: [{ field: 'room', code: 'roomNotFound' }] }]);
    expect(rows.filter(r => r.outcome === 'existing').map(r => r.line)).toEqual([2]);
    expect(rows.filter(r => r.outcome === 'new')).toHaveLength(28);
  });

  it('reports each field of a row, duplicates within the file, and a room that is not one', () => {
    const file = readLocationFile('Nom;Type;Bâtiment;Salle\n;salle;B;\nA;bureau;B;\nA;salle;B;\nA;salle;B;\nPC;équipement;B;Wi-Fi\nPC2;service;B;A\n');
    const rows = planImport(file, [{ id: 3, title: 'Wi-Fi', kind: 'service', building: 'B' }]);
    expect(rows.map(r => [r.line, r.problems])).toEqual([
      [2, [{ field: 'title', code: 'required' }]],
      [3, [{ field: 'kind', code: 'unknownKind' }]],
      [4, []],
      [5, [{ field: 'title', code: 'duplicateInFile' }]],
      [6, [{ field: 'room', code: 'notARoom' }]],
      [7, [{ field: 'room', code: 'roomOnlyForEquipment' }]]
    ]);
  });
});

describe('export', () => {
  it('writes what the import reads back, formulas guarded', () => {
    const text = locationsCsv([
      { title: '=HYPERLINK("x")', kind: 'room', building: 'Bâtiment D', room: '', assetTag: '' },
      { title: 'Vidéoprojecteur', kind: 'equipment', building: 'Bâtiment B', room: 'Salle B101', assetTag: 'INV-1' }
    ], 'fr', k => ({ room: 'Salle', equipment: 'Équipement', service: 'Service' })[k]);
    expect(text.charAt(0)).toBe('\uFEFF');
    expect(parseCsv(text).rows[1][0]).toBe('\'=HYPERLINK("x")');
    const back = readLocationFile(text);
    expect(back.rows.map(r => [r.cells.title, r.kind, r.cells.room])).toEqual([['\'=HYPERLINK("x")', 'room', ''], ['Vidéoprojecteur', 'equipment', 'Salle B101']]);
  });

  it('lists the refused rows with their line and reasons', () => {
    const rows = planImport(readLocationFile('Name,Kind\n,room\n'), []);
    const text = rejectedCsv(rows, 'en', r => r.problems.map(p => p.code).join(', '));
    expect(parseCsv(text).rows).toEqual([['Name', 'Kind', 'Building', 'Room', 'Asset tag', 'Line', 'Errors'], ['', 'room', '', '', '', '2', 'required']]);
  });
});
