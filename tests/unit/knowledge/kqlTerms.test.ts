import { kqlFreeText, sameListId } from '../../../src/data/sp/kqlTerms';

describe('kqlFreeText: a person\'s words, never KQL syntax', () => {
  it.each([
    ['imprimante bloquée', 'imprimante bloquée'],
    ['impr*', 'impr*'],
    ['mot de passe oublié ', 'mot de passe oublié'],
    ['eduroam OR ListId:1234-abcd', 'eduroam ListId 1234 abcd'],
    ['coupure) OR (ListId:{ab-cd}', 'coupure ListId ab cd'],
    ['"mot de passe" NOT wifi', 'mot de passe wifi'],
    ['or Or OR', 'or Or'],
    ['-eduroam +vpn', 'eduroam vpn'],
    ['Path:https://x/sites/hr XRANK(cb=100)', 'Path https x sites hr cb 100'],
    ['l\'ENT d\'Anglais', 'l ENT d Anglais'],
    ['Wi-Fi*', 'Wi Fi*'],
    ['() : = < > " \' *', ''],
    ['', '']
  ])('%j -> %j', (input, expected) => {
    expect(kqlFreeText(input)).toBe(expected);
  });
});

describe('sameListId', () => {
  it('compares list ids with or without braces, case-insensitively, and never matches an empty id', () => {
    expect(sameListId('{AB12-CD}', 'ab12-cd')).toBe(true);
    expect(sameListId('ab12-cd', 'ab12-ce')).toBe(false);
    expect(sameListId(undefined, '')).toBe(false);
  });
});
