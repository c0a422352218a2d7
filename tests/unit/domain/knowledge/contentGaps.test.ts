import {
  PhrasingEvent, SearchEventRow, contentGaps, learnedPhrasings, markHelpfulSearches, queryKey
} from '../../../../src/domain/knowledge/contentGaps';
import { DEFAULT_SYNONYMS } from '../../../../src/domain/search/synonyms';

const at = (day: number, hour = 9, minute = 0): Date => new Date(Date.UTC(2026, 10, day, hour, minute));

function search(query: string, over: Partial<SearchEventRow> = {}): SearchEventRow {
  return { query, resultCount: 0, filedTicket: false, language: 'fr', created: at(2), ...over };
}

describe('grouping queries', () => {
  it.each([
    ['fr', 'imprimante bloquée', 'l\'imprimante est bloquée'],
    ['fr', 'Imprimante BLOQUEE', 'imprimantes bloquées'],
    ['fr', 'bloquée imprimante', '  imprimante   bloquée ?'],
    ['fr', 'mot de passe oublie', 'mot de passe oublié'],
    ['fr', 'wi-fi eduroam', 'WIFI Eduroam'],
    ['fr', 'qu\'est-ce que le VPN', 'VPN'],
    ['en', 'printer jammed', 'the printer is jammed'],
    ['en', 'cannot connect to eduroam', 'connecting to Eduroam']
  ] as const)('%s: "%s" and "%s" are one gap', (language, a, b) => {
    expect(queryKey(a, language)).not.toBe('');
    expect(queryKey(a, language)).toBe(queryKey(b, language));
  });

  it.each([
    ['fr', 'imprimante bloquée', 'imprimante en panne'],
    ['fr', 'mot de passe oublié', 'mot de passe expiré'],
    ['en', 'printer jammed', 'printer missing']
  ] as const)('%s: "%s" and "%s" are two gaps', (language, a, b) => {
    expect(queryKey(a, language)).not.toBe(queryKey(b, language));
  });

  it('groups the phrases of a synonym group as one when the site\'s list is given', () => {
    expect(queryKey('mdp oublié', 'fr')).not.toBe(queryKey('mot de passe oublié', 'fr'));
    expect(queryKey('mdp oublié', 'fr', DEFAULT_SYNONYMS)).toBe(queryKey('mot de passe oublie', 'fr', DEFAULT_SYNONYMS));
    expect(queryKey('accès distant impossible', 'fr', DEFAULT_SYNONYMS)).toBe(queryKey('VPN impossible', 'fr', DEFAULT_SYNONYMS));
    expect(queryKey('mot de passe oublié', 'fr', DEFAULT_SYNONYMS)).not.toBe(queryKey('mot de passe expiré', 'fr', DEFAULT_SYNONYMS));
    const gaps = contentGaps([search('mdp oublié'), search('mot de passe oublié', { created: at(3) })], { synonyms: DEFAULT_SYNONYMS });
    expect(gaps.map(g => [g.count, g.phrasings.length])).toEqual([[2, 2]]);
  });

  it('gives no key to a query of stop words only', () => {
    expect(queryKey('comment est-ce que', 'fr')).toBe('');
    expect(queryKey('how to', 'en')).toBe('');
  });
});

describe('content gaps', () => {
  const events: SearchEventRow[] = [
    search('imprimante bloquée', { created: at(2) }),
    search('l\'imprimante est bloquée', { created: at(3) }),
    search('Imprimante bloquée', { created: at(4), resultCount: 3, filedTicket: true }),
    search('imprimante bloquée', { created: at(5) }),
    // Answered: results and no ticket.
    search('imprimante bloquée', { created: at(6), resultCount: 4, openedArticleId: 12 }),
    search('salle d\'examen introuvable', { created: at(7) }),
    search('salle examen introuvable', { created: at(8), filedTicket: true }),
    search('exam room missing', { language: 'en', created: at(9) }),
    search('comment', { created: at(9) }),
    search('wifi eduroam', { created: at(1) })
  ];

  it('groups the unanswered searches, counts them, and sorts the most searched first', () => {
    const gaps = contentGaps(events);
    expect(gaps.map(g => [g.phrasing, g.language, g.count, g.noResults, g.endedInTicket])).toEqual([
      ['imprimante bloquée', 'fr', 4, 3, 1],
      ['salle examen introuvable', 'fr', 2, 2, 1],
      ['exam room missing', 'en', 1, 1, 0],
      ['wifi eduroam', 'fr', 1, 1, 0]
    ]);
    expect(gaps[0].lastSeen).toEqual(at(5));
    expect(gaps[0].phrasings).toEqual([{ text: 'imprimante bloquée', count: 3 }, { text: 'l\'imprimante est bloquée', count: 1 }]);
    expect(gaps[0].key).toBe(`fr:${gaps[0].terms.join(' ')}`);
  });

  it('shows the phrasing written most often, the latest spelling among equals, the most recent among equal counts', () => {
    const gaps = contentGaps(events);
    // "Imprimante bloquée" and "imprimante bloquée" are the same phrasing: the later one (lower case) is shown.
    expect(gaps[0].phrasing).toBe('imprimante bloquée');
    // Two phrasings once each: the most recent wins.
    expect(gaps[1].phrasings.map(p => p.text)).toEqual(['salle examen introuvable', 'salle d\'examen introuvable']);
  });

  it('keeps the searches since a date, a minimum count and a limit', () => {
    expect(contentGaps(events, { since: at(7) }).map(g => g.phrasing)).toEqual(['salle examen introuvable', 'exam room missing']);
    expect(contentGaps(events, { minCount: 2 }).map(g => g.count)).toEqual([4, 2]);
    expect(contentGaps(events, { limit: 1 }).map(g => g.count)).toEqual([4]);
    expect(contentGaps([])).toEqual([]);
  });

  it('is stable: the same events in another order give the same gaps', () => {
    expect(contentGaps(events.slice().reverse())).toEqual(contentGaps(events));
  });
});

describe('phrasings learnt from readers', () => {
  const article = { id: 12, language: 'fr' as const, title: 'Débloquer une imprimante', questions: ['L\'imprimante n\'imprime plus'] };
  function helpful(query: string, searcher: string, over: Partial<PhrasingEvent> = {}): PhrasingEvent {
    return { ...search(query, { resultCount: 5, openedArticleId: 12, created: at(3) }), searcher, markedHelpful: true, ...over };
  }

  it('proposes a query at least two people searched before finding the article helpful', () => {
    const events = [
      helpful('travaux d\'impression en attente', 'u1', { created: at(3) }),
      helpful('Travaux impression en attente', 'u2', { created: at(5) }),
      helpful('travaux d\'impression en attente', 'u1', { created: at(6) }),
      helpful('spouleur planté', 'u3')
    ];
    expect(learnedPhrasings(events, article)).toEqual([{ text: 'travaux d\'impression en attente', people: 2, lastSeen: at(6) }]);
    expect(learnedPhrasings(events, article, { minPeople: 1 }).map(p => p.text)).toEqual(['travaux d\'impression en attente', 'spouleur planté']);
  });

  it('proposes nothing for one person repeating, not helpful, another article, another language, rejected, single words', () => {
    const twice = (over: Partial<PhrasingEvent> = {}, second: Partial<PhrasingEvent> = {}): PhrasingEvent[] =>
      [helpful('bac papier vide', 'u1', over), helpful('bac papier vide', 'u2', { ...over, ...second })];
    expect(learnedPhrasings(twice(), article).map(p => p.text)).toEqual(['bac papier vide']);
    expect(learnedPhrasings(twice({}, { searcher: 'u1' }), article)).toEqual([]);
    expect(learnedPhrasings(twice({ markedHelpful: false }), article)).toEqual([]);
    expect(learnedPhrasings(twice({ openedArticleId: 13 }), article)).toEqual([]);
    expect(learnedPhrasings(twice({ language: 'en' }), article)).toEqual([]);
    expect(learnedPhrasings(twice(), article, { rejected: ['papier vide dans le bac'] })).toEqual([]);
    const single = [helpful('toner', 'u1'), helpful('toner', 'u2')];
    expect(learnedPhrasings(single, article)).toEqual([]);
    expect(learnedPhrasings(single, article, { minTerms: 1 }).map(p => p.text)).toEqual(['toner']);
  });

  it('proposes nothing the title or a phrasing already says, whatever the word order and small words', () => {
    const events = [helpful('débloquer imprimante', 'u1'), helpful('imprimante débloquer', 'u2'), helpful('file travaux bloqués', 'u3'), helpful('les travaux sont bloqués dans la file', 'u4')];
    expect(learnedPhrasings(events, { ...article, questions: ['Travaux bloqués dans la file'] })).toEqual([]);
    expect(learnedPhrasings(events, { ...article, title: 'Imprimante', questions: [] }).map(p => p.text)).toEqual(['débloquer imprimante', 'file travaux bloqués']);
    // "photocopieur" is "imprimante" in the synonym list: already said once the list is given.
    const copier = [helpful('débloquer le photocopieur', 'u1', { created: at(3) }), helpful('débloquer photocopieur', 'u2', { created: at(4) })];
    expect(learnedPhrasings(copier, article).map(p => p.text)).toEqual(['débloquer photocopieur']);
    expect(learnedPhrasings(copier, article, { synonyms: DEFAULT_SYNONYMS })).toEqual([]);
  });

  it('marks the searches followed by the same person\'s helpful vote on the opened article within the window', () => {
    const events = [
      { ...search('travaux en attente', { openedArticleId: 12, created: at(3, 9, 0) }), searcher: 'u1' },
      { ...search('travaux en attente', { openedArticleId: 12, created: at(3, 9, 0) }), searcher: 'u2' },
      { ...search('travaux en attente', { openedArticleId: 12, created: at(3, 9, 0) }), searcher: 'u3' },
      { ...search('travaux en attente', { created: at(3, 9, 0) }), searcher: 'u4' },
      { ...search('travaux en attente', { openedArticleId: 12, created: at(3, 9, 0) }), searcher: 'u5' }
    ];
    const votes = [
      { articleId: 12, voter: 'u1', helpful: true, created: at(3, 9, 4) },
      // Voted before searching, not helpful, or too late.
      { articleId: 12, voter: 'u2', helpful: true, created: at(3, 8, 50) },
      { articleId: 12, voter: 'u3', helpful: false, created: at(3, 9, 5) },
      { articleId: 12, voter: 'u4', helpful: true, created: at(3, 9, 5) },
      { articleId: 12, voter: 'u5', helpful: true, created: at(3, 12, 0) }
    ];
    expect(markHelpfulSearches(events, votes).map(e => e.markedHelpful)).toEqual([true, false, false, false, false]);
    expect(markHelpfulSearches(events, votes, 240).map(e => e.markedHelpful)).toEqual([true, false, false, false, true]);
  });
});
