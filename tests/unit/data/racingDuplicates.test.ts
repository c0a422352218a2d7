import { racingDuplicates, withoutRacingDuplicates } from '../../../src/data/tickets/racingDuplicates';

const row = (Id: number, AuthorId: number, HCClientRequestId: string | null) => ({ Id, AuthorId, HCClientRequestId });

describe('racing duplicates of one submit', () => {
  it.each([
    ['one ticket', [row(5, 1, 'a')], []],
    ['a second copy of one submit', [row(7, 1, 'a'), row(6, 1, 'a')], [7]],
    ['three copies, in any order', [row(9, 1, 'a'), row(4, 1, 'a'), row(6, 1, 'a')], [9, 6]],
    ['the same id from two people never hides either', [row(7, 2, 'a'), row(6, 1, 'a')], []],
    ['tickets without an id (filed by an agent\'s tools, imported) are never duplicates', [row(7, 1, null), row(6, 1, null), row(5, 1, '')], []],
    ['two submits of one person', [row(7, 1, 'b'), row(6, 1, 'a')], []],
    ['the same id in another case (SharePoint\'s filter found both)', [row(7, 1, 'ABC-1'), row(6, 1, 'abc-1')], [7]],
    ['the same id with a zero-width space pasted in', [row(8, 1, 'abc\u200B-1'), row(6, 1, 'abc-1')], [8]]
  ])('%s', (_name, rows, expected) => {
    expect(racingDuplicates(rows).map(r => r.Id)).toEqual(expected);
    expect(withoutRacingDuplicates(rows).map(r => r.Id)).toEqual(rows.map(r => r.Id).filter(id => (expected as number[]).indexOf(id) < 0));
  });
});
