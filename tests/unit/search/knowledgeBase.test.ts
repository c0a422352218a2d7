import { KB_ARTICLES } from '../../../workbench/seed/data/kb';
import { CATEGORIES } from '../../../workbench/seed/data/categories';
import { buildSearchIndex } from '../../../src/domain/search';

describe('demo knowledge base content', () => {
  const keys = new Set(KB_ARTICLES.map((a) => a.key));
  const categories = new Set(CATEGORIES.map((c) => c.key));

  it('has enough articles, unique keys and valid translation links', () => {
    expect(KB_ARTICLES.length).toBeGreaterThanOrEqual(120);
    expect(keys.size).toBe(KB_ARTICLES.length);
    for (const a of KB_ARTICLES) {
      expect(a.key.endsWith(`-${a.language}`)).toBe(true);
      if (a.translationOf) { expect(keys.has(a.translationOf)).toBe(true); }
    }
  });

  it.each(KB_ARTICLES.map((a) => [a.key, a] as const))('%s is complete', (_key, a) => {
    expect(categories.has(a.category)).toBe(true);
    expect(a.title.length).toBeGreaterThan(5);
    expect(a.summary.length).toBeGreaterThan(30);
    expect(a.body).toMatch(/^<(p|h2|ol|ul|table)>/);
    expect(a.body).not.toMatch(/<script/i);
    expect(a.keywords.length).toBeGreaterThanOrEqual(3);
    expect(a.questions.length).toBeGreaterThanOrEqual(3);
  });

  it('finds every article among the first three results for one of its own questions', () => {
    const index = buildSearchIndex(KB_ARTICLES.map((a) => ({ ...a, id: a.key })));
    const missed = KB_ARTICLES.filter((a) => !a.questions.some((q) => index.search(q, { limit: 3 }).some((h) => h.id === a.key || h.id === a.translationOf)));
    expect(missed.map((a) => a.key)).toEqual([]);
  });
});
