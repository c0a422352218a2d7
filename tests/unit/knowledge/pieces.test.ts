// The knowledge data layer's pure pieces: query normalisation, vote keys, the raw -> summary
// mapper, the category tree, the local provider's facets and its cached form, and the IndexedDB cache.
import { deserialize, serialize } from 'node:v8';
// jsdom has no structuredClone, which fake-indexeddb needs (browsers have it); Node's serializer does the same.
if (typeof globalThis.structuredClone !== 'function') globalThis.structuredClone = <T>(v: T): T => deserialize(serialize(v)) as T;
import 'fake-indexeddb/auto';
import {
  CACHE_VERSION, KnowledgeCache, LocalKnowledgeProvider, categoryWithDescendants, normaliseQuery, toSummary, voteKey
} from '../../../src/data/knowledge';
import type { ArticleSummary, KnowledgeCategory } from '../../../src/data/knowledge';

describe('normaliseQuery', () => {
  it.each([
    ['  Mot de PASSE  ', 'mot de passe'],
    ['wifi\t\teduroam', 'wifi eduroam'],
    ['É'.repeat(300), 'é'.repeat(255)]
  ])('%j -> %j', (input, expected) => expect(normaliseQuery(input)).toBe(expected));
});

it('makes one vote key per article and person, whatever the case of the login', () => {
  expect(voteKey(12, 'i:0#.f|membership|Lea.Dubois@Univ-Exemple.fr')).toBe('12|i:0#.f|membership|lea.dubois@univ-exemple.fr');
});

it('maps a raw item to a summary (lists split, unknown kind -> faq, nulls -> undefined/0)', () => {
  expect(toSummary({
    Id: 3, Title: 'Wifi', HCSummary: null, HCKeywords: 'wifi, eduroam;réseau, ', HCQuestions: 'Pas de wifi ?\r\nwifi lent', HCCategoryId: null,
    HCLanguage: 'en', HCArticleKind: null, HCTranslationOfId: 4, Modified: '2026-01-01T00:00:00Z', HCViews: null, HCHelpful: 2, HCNotHelpful: null, HCStatus: 'published'
  })).toEqual({
    id: 3, title: 'Wifi', summary: '', language: 'en', kind: 'faq', categoryId: undefined, translationId: 4, keywords: ['wifi', 'eduroam', 'réseau'],
    questions: ['Pas de wifi ?', 'wifi lent'], modified: '2026-01-01T00:00:00Z', views: 0, helpful: 2, notHelpful: 0
  });
});

const TREE: KnowledgeCategory[] = [
  { id: 1, titleFr: 'Comptes', titleEn: 'Accounts', sortOrder: 1 },
  { id: 2, titleFr: 'Mots de passe', titleEn: 'Passwords', parentId: 1, sortOrder: 1 },
  { id: 3, titleFr: 'MFA', titleEn: 'MFA', parentId: 2, sortOrder: 1 },
  { id: 4, titleFr: 'Réseau', titleEn: 'Network', sortOrder: 2 }
];

it.each([[1, [1, 2, 3]], [2, [2, 3]], [4, [4]], [9, [9]]])('category %i with descendants = %j', (id, ids) => {
  expect(categoryWithDescendants(TREE, id).sort()).toEqual(ids);
});

function summary(id: number, title: string, language: 'fr' | 'en', categoryId: number, kind: ArticleSummary['kind'] = 'faq'): ArticleSummary {
  return { id, title, summary: '', language, kind, categoryId, keywords: [], questions: [], modified: '2026-01-01T00:00:00Z', views: 0, helpful: 0, notHelpful: 0 };
}

const ARTICLES = [
  { summary: summary(1, 'Mot de passe oublié', 'fr', 2, 'howto'), body: 'Réinitialiser le mot de passe du compte.' },
  { summary: summary(2, 'Forgotten password', 'en', 2, 'howto'), body: 'Reset the account password.' },
  { summary: summary(3, 'Activer la MFA', 'fr', 3), body: 'Double authentification et mot de passe.' },
  { summary: summary(4, 'Wifi eduroam', 'fr', 4, 'troubleshooting'), body: 'Mot de passe du wifi.' }
];

describe('LocalKnowledgeProvider', () => {
  const built = LocalKnowledgeProvider.build(ARTICLES);
  const opts = { language: 'fr' as const };

  it('applies the category (with descendants), kind and language facets', () => {
    expect(built.search('mot de passe', { ...opts, categoryId: 2 }, TREE).hits.map(h => h.article.id).sort()).toEqual([1, 2, 3]);
    expect(built.search('mot de passe', { ...opts, onlyLanguage: 'fr', categoryId: 2 }, TREE).hits.map(h => h.article.id).sort()).toEqual([1, 3]);
    expect(built.search('mot de passe', { ...opts, categoryId: 4 }, TREE).hits.map(h => h.article.id)).toEqual([4]);
    expect(built.search('mot de passe', { ...opts, kind: 'troubleshooting' }, TREE).hits.map(h => h.article.id)).toEqual([4]);
    const en = built.search('password', { ...opts, onlyLanguage: 'en' }, TREE);
    expect(en.hits.map(h => [h.article.id, h.otherLanguage])).toEqual([[2, true]]);
    expect(built.search('mot de passe', { ...opts, limit: 1 }, TREE).hits).toHaveLength(1);
  });

  it('suggests a correction and reports the matched words', () => {
    const r = built.search('eduroum', opts, TREE);
    expect(r.suggestion).toBe('eduroam');
    expect(built.search('passe', opts, TREE).matchedWords).toContain('passe');
  });

  it('searches the same once restored from its JSON form', () => {
    const restored = LocalKnowledgeProvider.restore(JSON.parse(JSON.stringify(built.toJSON())), ARTICLES.map(a => a.summary));
    expect(restored.search('mot de passe', opts, TREE)).toEqual(built.search('mot de passe', opts, TREE));
  });
});

describe('KnowledgeCache', () => {
  it('keeps one entry per key, versioned, and forgets it on clear', async () => {
    const a = new KnowledgeCache('site-a');
    const b = new KnowledgeCache('site-b');
    expect(await a.read()).toBeUndefined();
    const index = LocalKnowledgeProvider.build(ARTICLES).toJSON();
    await a.write({ index, articles: ARTICLES.map(x => x.summary), maxModified: '2026-01-01T00:00:00Z' });
    const read = await a.read();
    expect(read).toMatchObject({ version: CACHE_VERSION, maxModified: '2026-01-01T00:00:00Z' });
    expect(read!.articles).toHaveLength(4);
    expect(JSON.stringify(read)).not.toContain('Réinitialiser le mot de passe du compte');
    expect(await b.read()).toBeUndefined();
    await a.clear();
    expect(await a.read()).toBeUndefined();
  });
});
