import { csvFileName } from '../../../../src/ui/reports/csvDownload';
import { cellValue } from '../../../../src/ui/reports/ReportTable';

describe('the reports\' CSV files', () => {
  it.each([
    ['Reçues et résolues par mois', 'recues-et-resolues-par-mois.csv'],
    ['Articles signalés obsolètes', 'articles-signales-obsoletes.csv'],
    ['«\u00a0»', 'rapport.csv']
  ])('%j is saved as %j', (caption, name) => expect(csvFileName(caption)).toBe(name));

  it.each([
    [3, 3], ['Wi-Fi', 'Wi-Fi'], [{ value: 33.3, text: '33,3 %' }, 33.3], [{ value: undefined, text: '–' }, undefined], [undefined, undefined]
  ])('the cell %j is written as %j', (cell, value) => expect(cellValue(cell as never)).toBe(value));
});
