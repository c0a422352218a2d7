import { ODataSyntaxError, parseExpand, parseOrderBy, parseSelect } from '../../../workbench/server/odata/query';

const expectSyntaxError = (fn: () => unknown, text: string): void => {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ODataSyntaxError);
  expect((error as Error).message).toBe(`The expression "${text}" is not valid.`);
};

describe('parseOrderBy', () => {
  it.each<[string, { path: string[]; desc: boolean }[]]>([
    ['Created desc,Title', [{ path: ['Created'], desc: true }, { path: ['Title'], desc: false }]],
    ['Title asc', [{ path: ['Title'], desc: false }]],
    ['Title', [{ path: ['Title'], desc: false }]],
    ['  Created   DESC , Id  ', [{ path: ['Created'], desc: true }, { path: ['Id'], desc: false }]],
    ['HCCategory/Title desc', [{ path: ['HCCategory', 'Title'], desc: true }]],
    ['', []],
  ])('%j', (text, expected) => {
    expect(parseOrderBy(text)).toEqual(expected);
  });

  it.each(['Title,', ',Title', 'Title desc asc', 'Title sideways', 'Ti-tle', 'HCCategory/', 'Title;DROP'])('rejects %j', (text) => {
    expectSyntaxError(() => parseOrderBy(text), text);
  });
});

describe('parseSelect', () => {
  it.each<[string, string[][]]>([
    ['Id,Title,HCCategory/Title,HCAssignedTo/EMail', [['Id'], ['Title'], ['HCCategory', 'Title'], ['HCAssignedTo', 'EMail']]],
    ['*', [['*']]],
    ['*,HCCategory/Title', [['*'], ['HCCategory', 'Title']]],
    [' Id , Title ', [['Id'], ['Title']]],
    ['OData__UIVersionString,Due_x0020_Date', [['OData__UIVersionString'], ['Due_x0020_Date']]],
    ['', []],
  ])('%j', (text, expected) => {
    expect(parseSelect(text)).toEqual(expected);
  });

  it.each(['Id,,Title', 'Id,', 'Title desc', 'Due Date', "Title eq 'x'", 'HCCategory/*x', '/Title'])('rejects %j', (text) => {
    expectSyntaxError(() => parseSelect(text), text);
  });
});

describe('parseExpand', () => {
  it.each<[string, string[]]>([
    ['HCCategory', ['HCCategory']],
    ['HCCategory,HCAssignedTo', ['HCCategory', 'HCAssignedTo']],
    [' HCCategory , HCAssignedTo ', ['HCCategory', 'HCAssignedTo']],
    ['File / Author', ['File/Author']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(parseExpand(text)).toEqual(expected);
  });

  it.each(['HCCategory,', 'HC Category', '*', 'HCCategory($select=Title)'])('rejects %j', (text) => {
    expectSyntaxError(() => parseExpand(text), text);
  });
});
