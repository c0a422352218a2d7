import { buildSearchIndex, loadSearchIndex, parseSynonymList, SearchableArticle } from '../../../src/domain/search';

const ARTICLES: SearchableArticle[] = [
  { id: 'pwd-fr', language: 'fr', title: 'Réinitialiser son mot de passe', summary: 'Mot de passe oublié ou expiré.', body: '<p>Allez sur <b>compte.univ-exemple.fr</b>.</p>', keywords: ['mot de passe', 'oublié'], questions: ["J'ai oublié mon mot de passe"] },
  { id: 'pwd-en', language: 'en', title: 'Reset your password', summary: 'Forgotten or expired password.', body: '<p>Go to compte.univ-exemple.fr.</p>', keywords: ['password', 'forgot'], questions: ['I forgot my password'] },
  { id: 'print-fr', language: 'fr', title: "L'imprimante n'imprime pas", summary: "Vérifiez la file d'attente.", body: '<p>Bourrage papier, crédit épuisé.</p><script>var motsecretscript = 1;</script>', keywords: 'impression, copieur' },
  { id: 'wifi-fr', language: 'fr', title: 'Se connecter au Wi-Fi eduroam', summary: 'Identifiant complet et mot de passe.', body: 'Réseau sans fil du campus.' },
  { id: 'mfa-fr', language: 'fr', title: 'Activer la double authentification', summary: 'Installez Microsoft Authenticator.', body: 'Second facteur.' },
  { id: 'ent-fr', language: 'fr', title: 'Premiers pas sur l’espace numérique de travail', summary: 'Cours, emploi du temps.', body: 'Portail étudiant.' },
  { id: 'visio-fr', language: 'fr', title: 'Rejoindre une visioconférence', summary: 'Micro et caméra.', body: 'Partager son écran.' },
  { id: 'scan-fr', language: 'fr', title: 'Numériser un document', summary: 'Scanner vers sa boîte.', body: 'Sur le copieur, choisissez Numériser.' }
];

describe('search', () => {
  const index = buildSearchIndex(ARTICLES);

  it.each([
    ['mot de passe oublie', 'pwd-fr'],
    ["L'IMPRIMANTE", 'print-fr'],
    ['imprimantes', 'print-fr'],
    ['reseau sans fil', 'wifi-fr'],
    ['numeriser', 'scan-fr'],
    ['limprimante ', 'print-fr']
  ])('finds %j (accents, case, elision, inflection)', (query, id) => {
    expect(index.search(query)[0].id).toBe(id);
  });

  it.each([
    ['impr', 'print-fr'],
    ['mot de pa', 'pwd-fr'],
    ['eduro', 'wifi-fr'],
    ['authentif', 'mfa-fr']
  ])('completes the last word as it is typed: %j', (query, id) => {
    expect(index.search(query)[0].id).toBe(id);
  });

  it('completes only the last word: an earlier partial word must match as typed', () => {
    expect(index.search('impr ')).toEqual([]);
  });

  it.each([
    ['mdp', 'pwd-fr'],
    ['wifi', 'wifi-fr'],
    ['wi-fi', 'wifi-fr'],
    ['MFA', 'mfa-fr'],
    ['2FA', 'mfa-fr'],
    ['ENT', 'ent-fr'],
    ['visio', 'visio-fr']
  ])('applies default synonyms and acronyms: %j', (query, id) => {
    expect(index.search(query)[0].id).toBe(id);
  });

  it('applies an edited synonym list instead of the defaults', () => {
    const custom = buildSearchIndex(ARTICLES, { synonyms: parseSynonymList('# comment\nphotocopieuse = copieur\n\nbadge=carte'), translations: [] });
    expect(custom.search('photocopieuse ')[0].id).toBe('print-fr');
    expect(custom.search('mdp ')).toEqual([]);
  });

  it.each([
    ['forgot password', 'pwd-en'],
    ['printer', 'print-fr'],
    ['scan', 'scan-fr'],
    ['wireless network', 'wifi-fr']
  ])('answers English queries with the English version, or the French one: %j', (query, id) => {
    expect(index.search(query)[0].id).toBe(id);
  });

  it('prefers the version in the query language, and the reader language when the query does not tell', () => {
    expect(index.search('mot de passe oublié')[0].id).toBe('pwd-fr');
    expect(index.search('forgotten password')[0].id).toBe('pwd-en');
    const ids = index.search('compte.univ-exemple.fr', { language: 'en' }).map((h) => h.id);
    expect(ids.indexOf('pwd-en')).toBeLessThan(ids.indexOf('pwd-fr'));
    expect(index.search('password', { onlyLanguage: 'fr' }).every((h) => h.id.slice(-2) === 'fr')).toBe(true);
  });

  it('breaks ties with the popularity prior', () => {
    const twins: SearchableArticle[] = [
      { id: 'a', language: 'fr', title: 'Clé USB non reconnue', body: 'Essayez un autre port.' },
      { id: 'b', language: 'fr', title: 'Clé USB non reconnue', body: 'Essayez un autre port.' }
    ];
    expect(buildSearchIndex(twins).search('usb').map((h) => h.id)).toEqual(['a', 'b']);
    const popular = buildSearchIndex(twins, { popularity: { b: { views: 500, helpful: 40 } } });
    expect(popular.search('usb').map((h) => h.id)).toEqual(['b', 'a']);
  });

  it('keeps the prior mild: popularity does not beat a clearly better match', () => {
    const popular = buildSearchIndex(ARTICLES, { popularity: { 'scan-fr': { views: 100000, helpful: 5000 } } });
    expect(popular.search('imprimante')[0].id).toBe('print-fr');
  });

  it('does not index script content', () => {
    expect(index.search('motsecretscript')).toEqual([]);
  });

  it('returns best first with scores and honours the limit', () => {
    const hits = index.search('mot de passe', { limit: 2 });
    expect(hits).toHaveLength(2);
    expect(hits[0].score).toBeGreaterThanOrEqual(hits[1].score);
    expect(index.search('   ')).toEqual([]);
    expect(index.size).toBe(ARTICLES.length);
  });

  it('gives identical results after a serialisation round trip', () => {
    const restored = loadSearchIndex(JSON.stringify(index.toJSON()));
    for (const query of ['mdp oublié', 'impr', 'printer', 'wifi', 'double authentif', 'numeriser doc', 'x', 'zzz']) {
      expect(restored.search(query)).toEqual(index.search(query));
      expect(restored.suggest(query)).toEqual(index.suggest(query));
    }
    expect(() => loadSearchIndex({ ...index.toJSON(), version: 999 })).toThrow(/format/);
  });

  it.each(['', '   ', '***', '\u{1F600}', "l'", 'a', 'x'.repeat(300), 'mot '.repeat(50), '<script>alert(1)</script>'])('copes with odd input %j', (query) => {
    const started = Date.now();
    expect(Array.isArray(index.search(query))).toBe(true);
    index.suggest(query);
    expect(Date.now() - started).toBeLessThan(200);
  });

  it('lists the indexed words a query matches, for highlighting', () => {
    expect(index.matchedWords('imprimnate')).toEqual(expect.arrayContaining(['imprimante', 'imprime']));
    expect(index.matchedWords('mdp ')).toEqual(expect.arrayContaining(['mot', 'passe']));
    expect(index.matchedWords('eduro')).toEqual(['eduroam']);
    expect(index.matchedWords('zzzz ')).toEqual([]);
  });

  it.each([
    ['imprimnate bloquée', 'imprimante bloquée'],
    ['numerisre', 'numériser'],
    ['eduraom wifi', 'eduroam wifi'],
    ['mot de passe', undefined],
    ['qwxz', undefined]
  ])('suggests a correction for %j', (query, expected) => {
    expect(index.suggest(query)).toBe(expected);
  });
});
