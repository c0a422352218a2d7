// The suggested keywords' corpus read from the knowledge service's search index (no second download of the base):
// its words' document frequencies are the exact corpus', its phrases' an upper bound, and a draft's own published
// version leaves the statistics when asked.
import { buildSearchIndex, type SearchableArticle } from '../../../../src/domain/search';
import { buildKeywordCorpus, suggestKeywords, type KeywordArticle } from '../../../../src/domain/knowledge/keywordSuggestions';
import { IndexKeywordCorpus } from '../../../../src/data/knowledge/authoring/keywordCorpusSource';

const ARTICLES: SearchableArticle[] = [
  { id: '1', language: 'fr', title: 'Réinitialiser son mot de passe', summary: 'Depuis la page du compte.', body: '<p>Le mot de passe expire chaque année. Changez le mot de passe depuis le compte.</p>', keywords: ['mot de passe'], questions: ['Mot de passe oublié'] },
  { id: '2', language: 'fr', title: 'Se connecter au wifi', summary: 'Le réseau eduroam.', body: '<p>Le wifi eduroam demande le compte et le mot de l\'université.</p>', keywords: ['wifi'], questions: [] },
  { id: '3', language: 'fr', title: 'Imprimer en couleur', summary: 'Les copieurs du couloir.', body: '<p>Choisissez le copieur, puis la couleur. Le compte paie les pages.</p>', keywords: ['impression'], questions: [] },
  { id: '4', language: 'en', title: 'Reset your password', summary: 'From the account page.', body: '<p>Your password expires every year. Change the password from the account page.</p>', keywords: ['password'], questions: [] },
  { id: '5', language: 'en', title: 'Print in colour', summary: 'The corridor copiers.', body: '<p>Pick the copier, then the colour.</p>', keywords: ['printing'], questions: [] }
];
const asCorpusArticle = (a: SearchableArticle): KeywordArticle & { id: string } => ({
  id: a.id, title: a.title, summary: a.summary, body: a.body, language: a.language, keywords: a.keywords as string[], questions: a.questions as string[]
});
const source = (): IndexKeywordCorpus => new IndexKeywordCorpus(buildSearchIndex(ARTICLES).toJSON());
const df = (corpus: ReturnType<IndexKeywordCorpus['corpusFor']>, key: string, lang: 'fr' | 'en'): number => {
  const id = corpus.termIds.get(key);
  return id === undefined ? 0 : corpus.languages[lang].documentFrequency[id] || 0;
};

const draft: KeywordArticle = {
  language: 'fr', title: 'Mot de passe expiré', summary: 'Changer son mot de passe expiré depuis le compte.',
  body: '<p>Un mot de passe expiré bloque le compte. Le mot de passe se change en ligne.</p>', questions: [], keywords: []
};

describe('the keyword corpus from the search index', () => {
  it('counts the articles of each language and each word like the exact corpus', () => {
    const exact = buildKeywordCorpus(ARTICLES.map(asCorpusArticle));
    const corpus = source().corpusFor(draft);
    expect(corpus.languages.fr.articles).toBe(3);
    expect(corpus.languages.en.articles).toBe(2);
    // Every word of the base (stop words aside), in both languages.
    const words = [...exact.termIds.keys()].filter(k => k.indexOf(' ') < 0);
    expect(words.length).toBeGreaterThan(30);
    const exactView = { ...exact, articles: new Map() };
    for (const key of words) {
      expect({ key, fr: df(corpus, key, 'fr'), en: df(corpus, key, 'en') }).toEqual({ key, fr: df(exactView, key, 'fr'), en: df(exactView, key, 'en') });
    }
    // "compte" is in all three French articles, in none of the English ones.
    const compte = [...exact.termIds.keys()].find(k => k.startsWith('compt') && k.indexOf(' ') < 0) as string;
    expect(df(corpus, compte, 'fr')).toBe(3);
    expect(df(corpus, compte, 'en')).toBe(0);
  });

  it("counts a draft's phrases as the articles using both words: never rarer than in the base", () => {
    const exact = buildKeywordCorpus(ARTICLES.map(asCorpusArticle));
    const corpus = source().corpusFor(draft);
    const phrase = [...exact.termIds.keys()].find(k => k.split(' ').length === 2 && k.startsWith('mot ')) as string;
    expect(phrase).toBeDefined();
    // "mot de passe" is written in article 1 only; article 2 writes "mot" but not "passe": the upper bound is 1 too.
    expect(df(corpus, phrase, 'fr')).toBeGreaterThanOrEqual(df({ ...exact, articles: new Map() }, phrase, 'fr'));
    expect(df(corpus, phrase, 'fr')).toBe(1);
  });

  it("leaves the draft's own published version out of the statistics when asked", () => {
    const s = source();
    const withOwn = suggestKeywords(draft, s.corpusFor(draft), { limit: 5 });
    const corpus = s.corpusFor(draft, '1');
    const own = corpus.articles.get('1');
    expect(own && own.language).toBe('fr');
    expect(own && own.terms.length).toBeGreaterThan(5);
    const without = suggestKeywords(draft, corpus, { limit: 5, excludeId: '1' });
    // Without its own version, "mot de passe" is in no other article: rarer, so weighted more.
    const score = (list: typeof withOwn): number => (list.find(x => x.keyword === 'mot de passe') || { score: 0 }).score;
    expect(score(without)).toBeGreaterThan(score(withOwn));
    expect(without.map(x => x.keyword)).toContain('mot de passe');
  });

  it('suggests what the exact corpus suggests on this base', () => {
    const exact = suggestKeywords(draft, buildKeywordCorpus(ARTICLES.map(asCorpusArticle)), { limit: 5 }).map(x => x.key);
    const fromIndex = suggestKeywords(draft, source().corpusFor(draft), { limit: 5 }).map(x => x.key);
    expect(fromIndex).toEqual(exact);
  });
});
