import { buildSearchIndex, editDistance, typoBudget } from '../../../src/domain/search';
import { fuzzySearch, prefixRange } from '../../../src/domain/search/vocabulary';

describe('typo tolerance', () => {
  it.each([[1, 0], [3, 0], [4, 1], [7, 1], [8, 2], [15, 2]])('allows typoBudget(%i) = %i edits', (length, edits) => {
    expect(typoBudget(length)).toBe(edits);
  });

  it.each([
    ['imprimante', 'imprimnate', 1],
    ['imprimante', 'imprimente', 1],
    ['password', 'pasword', 1],
    ['eduroam', 'eduraom', 1],
    ['abc', 'abc', 0],
    ['kitten', 'sitting', 3]
  ])('Damerau distance %s / %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  const vocabulary = ['bourrage', 'imprimante', 'imprimer', 'impression', 'messagerie', 'mot', 'moodle', 'passe', 'password'].sort();

  it.each([
    ['imprimnate', 1, ['imprimante']],
    ['paswrod', 2, ['password']],
    ['moodel', 1, ['moodle']],
    ['zzzz', 1, []]
  ])('finds vocabulary words near %s within %i edits', (word, edits, expected) => {
    const found = fuzzySearch(vocabulary, word as string, edits as number, false, 10).map((m) => vocabulary[m.index]);
    expect(found).toEqual(expected);
  });

  it('matches prefixes with a typo in prefix mode', () => {
    const found = fuzzySearch(vocabulary, 'imprm', 1, true, 10).map((m) => vocabulary[m.index]);
    expect(found).toEqual(expect.arrayContaining(['imprimante', 'imprimer']));
    const range = prefixRange(vocabulary, 'impr');
    expect(vocabulary.slice(range[0], range[1])).toEqual(['impression', 'imprimante', 'imprimer']);
  });

  const index = buildSearchIndex([
    { id: 'print', title: 'Imprimante en panne', body: 'Bourrage papier sur le copieur.', language: 'fr' },
    { id: 'mail', title: 'Messagerie', body: 'Configurer Outlook.', language: 'fr' },
    { id: 'vpn', title: 'VPN', body: 'Accès distant au réseau.', language: 'fr' }
  ], { synonyms: [], translations: [] });

  it.each([
    ['imprimnate ', 'print'],
    ['messagrie ', 'mail'],
    ['bourage ', 'print'],
    ['messsagerei ', 'mail']
  ])('finds %j despite typos', (query, id) => {
    expect(index.search(query)[0].id).toBe(id);
  });

  it.each(['vpm ', 'bourrrrrage '])('does not stretch short or heavily misspelt words: %j', (query) => {
    expect(index.search(query)).toEqual([]);
  });
});
