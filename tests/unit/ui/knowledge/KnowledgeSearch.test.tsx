import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { SPFI } from '@pnp/sp';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { KnowledgeSearchRoot } from '../../../../src/ui/knowledge/KnowledgeSearchRoot';
import { categoryTree } from '../../../../src/data/knowledge/categoryTree';
import { sanitizeArticle } from '../../../../src/ui/knowledge/ArticleView';
import type { ArticleSummary, KnowledgeCategory, KnowledgeSearchResult, KnowledgeService } from '../../../../src/data/knowledge/types';
import type { HelpCenterContextValue } from '../../../../src/ui/common/HelpCenterContext';
import { loadLocStrings } from '../../../../workbench/host/locStrings';

setIconOptions({ disableWarnings: true });

const CATEGORIES: KnowledgeCategory[] = [
  { id: 1, titleFr: 'Comptes', titleEn: 'Accounts', sortOrder: 1 },
  { id: 2, titleFr: 'Réseau', titleEn: 'Network', sortOrder: 2 },
  { id: 3, titleFr: 'Impression', titleEn: 'Printing', sortOrder: 3 }
];

function article(id: number, title: string, categoryId: number): ArticleSummary {
  return { id, title, summary: `Résumé ${title}`, language: 'fr', kind: 'faq', categoryId, keywords: [], questions: [], modified: '2026-10-01T10:00:00Z', views: 0, helpful: 0, notHelpful: 0 };
}

const WIFI = article(10, 'Se connecter au wifi eduroam', 2);
const PASSWORD = article(11, 'Mot de passe oublié', 1);

function fakeService(search: (q: string) => KnowledgeSearchResult): KnowledgeService & { recordSearch: jest.Mock } {
  return {
    ready: () => Promise.resolve({ articleCount: 2, provider: 'local', fromCache: false }),
    categories: () => Promise.resolve(CATEGORIES),
    search: (q: string) => Promise.resolve(search(q)),
    popular: () => Promise.resolve({ popular: [PASSWORD], recent: [WIFI] }),
    article: () => Promise.resolve(undefined),
    related: () => Promise.resolve([]),
    myVote: () => Promise.resolve(undefined),
    vote: () => Promise.resolve(),
    experts: (categoryId: number) => Promise.resolve(categoryId === 3 ? [{ id: 1, name: 'Jean Moreau', email: 'jean.moreau@univ-exemple.fr', categoryIds: [3], languages: ['fr'], availability: 'busy', skills: ['imprimantes'] }] : []),
    recordSearch: jest.fn(() => Promise.resolve())
  };
}

function renderSearch(service: KnowledgeService, ticketFormUrl = '/sites/helpcenter/SitePages/Request.aspx'): void {
  const context: HelpCenterContextValue = {
    sp: {} as SPFI, strings: loadLocStrings('fr-fr'), locale: 'fr',
    currentUser: { loginName: 'i:0#.f|membership|lea.dubois@univ-exemple.fr', email: 'lea.dubois@univ-exemple.fr', displayName: 'Léa Dubois' }
  };
  render(<KnowledgeSearchRoot context={context} service={service} ticketFormUrl={ticketFormUrl} />);
}

describe('KnowledgeSearch', () => {
  it('shows the most read articles per top-level category and the recent ones for an empty query', async () => {
    renderSearch(fakeService(() => ({ hits: [], matchedWords: [], provider: 'local' })));
    expect(await screen.findByRole('heading', { name: 'Les plus consultés' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Comptes', level: 4 })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Impression', level: 4 })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mot de passe oublié' })).toHaveAttribute('href', '?article=11');
    expect(screen.getByRole('link', { name: 'Se connecter au wifi eduroam' })).toBeInTheDocument();
  });

  it('searches after a pause or at once on Enter; results are cards whose title opens the article, and the count is announced', async () => {
    const service = fakeService(() => ({ hits: [{ article: WIFI, score: 2, otherLanguage: false }, { article: PASSWORD, score: 1, otherLanguage: true }], matchedWords: ['wifi'], provider: 'local' }));
    const search = jest.spyOn(service, 'search');
    renderSearch(service);
    const box = await screen.findByRole('searchbox', { name: 'Rechercher un article' });
    fireEvent.change(box, { target: { value: 'wifi' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    const results = await screen.findByRole('list', { name: 'Résultats' });
    expect(search).toHaveBeenCalledTimes(1);
    const cards = results.querySelectorAll<HTMLElement>(':scope > li');
    expect(cards).toHaveLength(2);
    expect(screen.getByRole('heading', { name: 'Résultats', level: 3 })).toBeInTheDocument();
    expect(screen.getByText('2 résultat(s)')).toBeInTheDocument();
    const title = screen.getByRole('link', { name: 'Se connecter au wifi eduroam' });
    expect(title).toHaveAttribute('href', '?article=10');
    // The matched word is highlighted, the rest of the title is plain text; the card says category, language and date.
    expect(title.querySelector('mark')!.textContent).toBe('wifi');
    expect(cards[0].textContent).toContain('Réseau');
    expect(cards[0].textContent).toContain('Français');
    expect(cards[0].textContent).toContain('Mis à jour le 1 oct. 2026');
  });

  it('closing an article (back button or Escape) returns the focus to the result that opened it', async () => {
    const service = fakeService(() => ({ hits: [{ article: WIFI, score: 2, otherLanguage: false }, { article: PASSWORD, score: 1, otherLanguage: false }], matchedWords: [], provider: 'local' }));
    service.article = (id: number) => Promise.resolve(id === 11 ? { ...PASSWORD, bodyHtml: '<p>Allez sur le portail.</p>', attachments: [] } : undefined);
    renderSearch(service);
    const box = await screen.findByRole('searchbox', { name: 'Rechercher un article' });
    fireEvent.change(box, { target: { value: 'mot de passe' } });
    const results = await screen.findByRole('list', { name: 'Résultats' });
    fireEvent.click(within(results).getByRole('link', { name: 'Mot de passe oublié' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Mot de passe oublié' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(window.location.search).toBe('?article=11');
    fireEvent.click(screen.getByRole('button', { name: 'Retour à la recherche' }));
    const again = (): HTMLElement => within(screen.getByRole('list', { name: 'Résultats' })).getByRole('link', { name: 'Mot de passe oublié' });
    await waitFor(() => expect(again()).toHaveFocus());
    expect(window.location.search).toBe('');
    fireEvent.click(again());
    fireEvent.keyDown(await screen.findByRole('heading', { level: 2, name: 'Mot de passe oublié' }), { key: 'Escape' });
    await waitFor(() => expect(again()).toHaveFocus());
  });

  it('with nothing found: the message, the correction, the closest categories and the ticket link with the query', async () => {
    const service = fakeService(q => (q === 'imprimnte & <b>' ? { hits: [], matchedWords: [], suggestion: 'imprimante', closestCategories: [3], provider: 'local' } : { hits: [], matchedWords: [], provider: 'local' }));
    renderSearch(service);
    const box = await screen.findByRole('searchbox', { name: 'Rechercher un article' });
    fireEvent.change(box, { target: { value: 'imprimnte & <b>' } });
    // The query is the person's text, isolated (bdi) inside the sentence.
    const said = await screen.findByText((_, el) => !!el && el.tagName === 'P' && el.textContent === 'Aucun article ne correspond à « imprimnte & <b> ».');
    expect(said.querySelector('bdi')!.textContent).toBe('imprimnte & <b>');
    expect(screen.getByRole('button', { name: 'Vouliez-vous dire « imprimante » ?' })).toBeInTheDocument();
    const closest = screen.getByRole('navigation', { name: 'Catégories proches :' });
    expect(closest.textContent).toContain('Impression');
    expect(closest.textContent).not.toContain('Comptes');
    const help = screen.getByRole('link', { name: /Toujours besoin d'aide/ });
    expect(help.getAttribute('href')).toBe('/sites/helpcenter/SitePages/Request.aspx?q=imprimnte%20%26%20%3Cb%3E&from=search');
    // The experts of the closest category, reachable in Teams.
    const chat = await screen.findByRole('link', { name: 'Écrire à Jean Moreau dans Teams' });
    expect(chat.getAttribute('href')).toBe('https://teams.microsoft.com/l/chat/0/0?users=jean.moreau%40univ-exemple.fr&topicName=imprimnte%20%26%20%3Cb%3E');
    expect(screen.getByText('Des experts de « Impression » peuvent aussi vous aider :')).toBeInTheDocument();
    fireEvent.click(help);
    expect(service.recordSearch).toHaveBeenCalledWith(expect.objectContaining({ query: 'imprimnte & <b>', filedTicket: true }));
    // A closest category filters on it.
    act(() => { fireEvent.click(screen.getByRole('link', { name: 'Impression' })); });
    await waitFor(() => expect(screen.getByRole('combobox', { name: /^Catégorie/ })).toHaveTextContent('Impression'));
    expect(screen.getByRole('searchbox', { name: 'Rechercher un article' })).toHaveValue('');
  });
});

describe('categoryTree', () => {
  it('puts each category under its parent, in order, whatever the list order, and keeps orphans', () => {
    const cats: KnowledgeCategory[] = [
      { id: 5, titleFr: 'Mots de passe', titleEn: 'Passwords', parentId: 1, sortOrder: 1 },
      { id: 1, titleFr: 'Comptes', titleEn: 'Accounts', sortOrder: 2 },
      { id: 2, titleFr: 'Réseau', titleEn: 'Network', sortOrder: 1 },
      { id: 6, titleFr: 'MFA', titleEn: 'MFA', parentId: 5, sortOrder: 1 },
      { id: 9, titleFr: 'Orpheline', titleEn: 'Orphan', parentId: 42, sortOrder: 3 }
    ];
    expect(categoryTree(cats).map(({ k, depth }) => `${depth}:${k.id}`)).toEqual(['0:2', '0:1', '1:5', '2:6', '0:9']);
  });
});

describe('sanitizeArticle', () => {
  it('keeps formatting and links, drops scripts, handlers, frames and javascript: links', () => {
    const html = sanitizeArticle('<h2>Étapes</h2><p onclick="steal()">Ouvrez <a href="javascript:alert(1)">ceci</a> et <a href="https://aide.univ-exemple.fr/x">cela</a></p>'
      + '<img src="/sites/helpcenter/Lists/KnowledgeArticles/Attachments/4/x.png" onerror="steal()"><img src="https://evil.example/t.png"><script>steal()</script><iframe src="https://evil.example"></iframe><style>body{display:none}</style>');
    expect(html).toContain('<h2>Étapes</h2>');
    expect(html).toContain('href="https://aide.univ-exemple.fr/x"');
    // The editor's allow-list (sanitizeArticleHtml): an image only as one of the site's list attachments.
    expect(html).toContain('<img src="/sites/helpcenter/Lists/KnowledgeArticles/Attachments/4/x.png">');
    expect(html).not.toMatch(/onclick|onerror|<script|<iframe|<style|javascript:|evil\.example/);
    expect(sanitizeArticle('<img src="/sites/other/Lists/KnowledgeArticles/Attachments/4/x.png">', 'http://localhost/sites/helpcenter')).toBe('');
  });
});
