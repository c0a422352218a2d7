import * as React from 'react';
import { act, render, screen, within } from '@testing-library/react';
import SimilarArticles from '../../../../../src/ui/authoring/draft/SimilarArticles';
import type { ArticleSummary, KnowledgeHit, KnowledgeSearchResult } from '../../../../../src/data/knowledge/types';
import { formatString } from '../../../../../src/ui/common/format';
import { en, fr, inPage, knowledgeWith, norm } from './kitFixtures';

const s = fr.similarArticles;
const article = (id: number, title: string, over: Partial<ArticleSummary> = {}): ArticleSummary => ({
  id, title, summary: '', language: 'fr', kind: 'howto', categoryId: 7, keywords: [], questions: [], modified: '2026-11-01T00:00:00Z', views: 0, helpful: 0, notHelpful: 0, ...over
});
const result = (...articles: ArticleSummary[]): KnowledgeSearchResult => ({
  hits: articles.map((a): KnowledgeHit => ({ article: a, score: 1, otherLanguage: false })), matchedWords: [], provider: 'local'
});
const categories = jest.fn(async () => [{ id: 7, titleFr: 'Réseau', titleEn: 'Network', sortOrder: 1 }]);
const pause = (ms: number): Promise<void> => act(async () => { await new Promise(r => setTimeout(r, ms)); });

describe('similar articles while the title is typed', () => {
  it('searches once the typing pauses, from 3 characters, and lists up to 5 links opening in a new tab', async () => {
    const search = jest.fn(async () => result(...[1, 2, 3, 4, 5, 6, 7].map(i => article(i, `Wifi ${i}`, i === 2 ? { language: 'en', categoryId: undefined } : {}))));
    const knowledge = knowledgeWith({ search, categories });
    const { rerender } = render(inPage(<SimilarArticles title="wi" language="fr" knowledge={knowledge} />));
    await pause(400);
    expect(search).not.toHaveBeenCalled();
    expect(screen.queryByRole('list')).toBeNull();
    rerender(inPage(<SimilarArticles title="wif" language="fr" knowledge={knowledge} />));
    rerender(inPage(<SimilarArticles title="wifi en résidence" language="fr" knowledge={knowledge} />));
    await pause(100);
    expect(search).not.toHaveBeenCalled();
    await pause(300);
    expect(search).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith('wifi en résidence', expect.objectContaining({ language: 'fr' }));
    const section = await screen.findByRole('region', { name: norm(formatString(s.count.other, 5)) });
    const links = within(section).getAllByRole('link');
    expect(links).toHaveLength(5);
    expect(links[0]).toHaveAttribute('href', 'https://contoso.sharepoint.com/sites/helpcenter/SitePages/Knowledge.aspx?article=1');
    expect(links[0]).toHaveAttribute('target', '_blank');
    expect(links[0]).toHaveAccessibleName(norm(`Wifi 1 ${s.newTab}`));
    expect(section).toHaveTextContent('Réseau · français');
    expect(section).toHaveTextContent(`${s.noCategory} · anglais`);
    expect(screen.getByRole('status')).toHaveTextContent('5 articles semblables');
    // Back under 3 characters: nothing shown.
    rerender(inPage(<SimilarArticles title="wi" language="fr" knowledge={knowledge} />));
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('leaves out the article the draft edits and its translation, says when there is none', async () => {
    const search = jest.fn(async () => result(article(3, 'Imprimer'), article(9, 'Print', { translationId: 3, language: 'en' })));
    render(inPage(<SimilarArticles title="imprimer" language="fr" knowledge={knowledgeWith({ search, categories })} excludeArticleId={3} />));
    await pause(400);
    expect(search).toHaveBeenCalled();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(s.none);
  });

  it('a failed search shows nothing and tells the developer', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(inPage(<SimilarArticles title="imprimante" language="fr" knowledge={knowledgeWith({ search: jest.fn(async () => { throw new Error('503'); }), categories })} />));
    await pause(400);
    expect(warn).toHaveBeenCalled();
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    warn.mockRestore();
  });

  it('speaks English on an English page (one article: singular)', async () => {
    render(inPage(<SimilarArticles title="printer" language="en" knowledge={knowledgeWith({ search: jest.fn(async () => result(article(5, 'Printing', { language: 'en' }))), categories })} />, 'en'));
    await pause(400);
    expect(await screen.findByRole('region', { name: '1 similar article' })).toHaveTextContent('Network · English');
    expect(screen.getByRole('link')).toHaveAccessibleName('Printing (opens in a new tab)');
    expect(en.similarArticles.count.one).toBe('{0} similar article');
  });
});
