// The help center home's pure parts: article counts over the category tree, the lists in the reader's language first,
// the announcements for the reader, her requests waiting for her, and the desk's contact read leniently.
import {
  articleCounts, currentAnnouncements, openRequests, parseContact, popularArticles, recentArticles, telHref, topLevelCategories, waitingForMe
} from '../../../../src/data/home/homeModel';
import type { HomeAnnouncement } from '../../../../src/data/home/homeModel';
import type { ArticleSummary, KnowledgeCategory } from '../../../../src/data/knowledge/types';
import type { TicketSummary } from '../../../../src/data/tickets/ticketView';
import type { TicketStatus } from '../../../../src/domain/vocabulary';

const cat = (id: number, parentId?: number, sortOrder = id * 10): KnowledgeCategory => ({ id, titleFr: `C${id}`, titleEn: `C${id}`, parentId, sortOrder });
// 1 Accounts > 2 Passwords > 3 MFA; 4 Network > 5 Wi-Fi; 6 Software (no article)
const TREE = [cat(1), cat(2, 1), cat(3, 2), cat(4, undefined, 5), cat(5, 4), cat(6)];

function article(id: number, p: Partial<ArticleSummary> = {}): ArticleSummary {
  return { id, title: `A${id}`, summary: '', language: 'fr', kind: 'faq', keywords: [], questions: [], modified: '2026-11-01T10:00:00Z', views: 0, helpful: 0, notHelpful: 0, ...p };
}

describe('articleCounts', () => {
  it('counts each article in its category and every ancestor; unknown or missing categories count nowhere', () => {
    const counts = articleCounts(TREE, [{ categoryId: 3 }, { categoryId: 2 }, { categoryId: 1 }, { categoryId: 5 }, { categoryId: 99 }, {}]);
    expect(Object.fromEntries(counts)).toEqual({ 1: 3, 2: 2, 3: 1, 4: 1, 5: 1, 6: 0 });
  });

  it('tiles are the top-level categories in the owners\' order', () => {
    expect(topLevelCategories(TREE).map(c => c.id)).toEqual([4, 1, 6]);
  });
});

describe('popular and recent articles, the reader\'s language first', () => {
  const all = [
    article(1, { views: 50 }), article(2, { views: 10, helpful: 10 }), article(3, { views: 5 }),
    article(11, { language: 'en', views: 500, translationId: 1 }), article(12, { language: 'en', views: 400 }), article(13, { language: 'en', views: 1 })
  ];
  it('ranks by views and helpful votes in her language, then fills with the other language without an article\'s translation', () => {
    expect(popularArticles(all, 'fr', 5).map(a => a.id)).toEqual([1, 2, 3, 12, 13]);
    expect(popularArticles(all, 'fr', 2).map(a => a.id)).toEqual([1, 2]);
    expect(popularArticles(all, 'en', 4).map(a => a.id)).toEqual([11, 12, 13, 2]);
  });

  it('recent: newest first', () => {
    const dated = [article(1, { modified: '2026-10-01T00:00:00Z' }), article(2, { modified: '2026-11-20T00:00:00Z' }), article(3, { language: 'en', modified: '2026-12-01T00:00:00Z' })];
    expect(recentArticles(dated, 'fr', 3).map(a => a.id)).toEqual([2, 1, 3]);
  });
});

describe('currentAnnouncements', () => {
  const NOW = new Date('2026-12-03T12:00:00Z');
  const a = (id: number, p: Partial<HomeAnnouncement>): HomeAnnouncement => ({ id, title: `N${id}`, severity: 'info', ...p });
  it.each([
    ['started, not ended, hers', a(1, { language: 'fr', start: '2026-12-01T00:00:00Z', end: '2026-12-04T00:00:00Z' }), true],
    ['for everyone', a(2, {}), true],
    ['in the other language', a(3, { language: 'en' }), false],
    ['not started', a(4, { start: '2026-12-03T13:00:00Z' }), false],
    ['ended', a(5, { end: '2026-12-03T11:59:59Z' }), false]
  ])('%s', (_name, item, shown) => {
    expect(currentAnnouncements([item], 'fr', NOW).length).toBe(shown ? 1 : 0);
  });
  it('outages first, then warnings, then information', () => {
    const list = [a(1, { severity: 'info' }), a(2, { severity: 'outage' }), a(3, { severity: 'warning' })];
    expect(currentAnnouncements(list, 'fr', NOW).map(x => x.id)).toEqual([2, 3, 1]);
  });
});

describe('her requests', () => {
  const r = (id: number, status: TicketStatus, received = true, day = id): TicketSummary =>
    ({ id, title: `R${id}`, status, received, open: false, finished: false, modifiedAt: new Date(Date.UTC(2026, 10, day)) });
  it.each([
    ['new', true, false], ['in_progress', true, false], ['awaiting_user', true, true], ['resolved', true, true],
    ['closed', true, false], ['awaiting_user', false, false]
  ] as [TicketStatus, boolean, boolean][])('%s (received: %s) waits for her: %s', (status, received, waiting) => {
    expect(waitingForMe(r(1, status, received))).toBe(waiting);
  });

  it('lists her questions to answer, then the open ones, then the resolved ones to accept, the newest first in each; finished ones are left out', () => {
    const list = [r(1, 'in_progress', true, 20), r(2, 'closed'), r(3, 'awaiting_user', true, 2), r(4, 'new', false, 25), r(5, 'resolved', true, 1), r(6, 'no_follow_up')];
    expect(openRequests(list).map(x => x.id)).toEqual([3, 4, 1, 5]);
  });
});

describe('the desk\'s contact (HelpSettings helpdesk.contact)', () => {
  it('reads the demo\'s setting', () => {
    const contact = parseContact(JSON.stringify({ phone: '+33 1 84 88 47 84', email: 'assistance@univ-exemple.fr', note: { fr: 'Note', en: 'Note EN' }, location: 'Bât. A' }));
    expect(contact).toEqual({ phone: '+33 1 84 88 47 84', email: 'assistance@univ-exemple.fr', note: { fr: 'Note', en: 'Note EN' }, location: { fr: 'Bât. A', en: 'Bât. A' } });
    expect(telHref(contact.phone!)).toBe('tel:+33184884784');
  });

  it('leaves out what is missing or malformed, and says why in the console', () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(parseContact('{not json')).toEqual({});
    expect(error).toHaveBeenCalled();
    error.mockRestore();
    expect(parseContact(JSON.stringify({ phone: 12, email: 'not an address', note: { en: 'Only English' } }))).toEqual({ note: { fr: 'Only English', en: 'Only English' } });
    expect(parseContact(undefined)).toEqual({});
  });
});

describe('the knowledge page\'s address from the home (tiles, Enter)', () => {
  const { pageLinks } = require('../../../../src/data/pageLinks') as typeof import('../../../../src/data/pageLinks');
  const { knowledgeParamsFromUrl } = require('../../../../src/ui/knowledge/KnowledgeSearchRoot') as typeof import('../../../../src/ui/knowledge/KnowledgeSearchRoot');
  const links = pageLinks('https://contoso.sharepoint.com/sites/help/');
  it.each([
    [undefined, 'https://contoso.sharepoint.com/sites/help/SitePages/Knowledge.aspx', {}],
    [{ categoryId: 7 }, 'https://contoso.sharepoint.com/sites/help/SitePages/Knowledge.aspx?category=7', { defaultCategoryId: 7 }],
    [{ text: 'mot de passe & wifi' }, 'https://contoso.sharepoint.com/sites/help/SitePages/Knowledge.aspx?q=mot%20de%20passe%20%26%20wifi', { initialQuery: 'mot de passe & wifi' }]
  ])('%j → %s, read back by the knowledge page', (query, url, params) => {
    expect(links.knowledge(query)).toBe(url);
    const read = knowledgeParamsFromUrl(url.slice(url.indexOf('?') < 0 ? url.length : url.indexOf('?')));
    expect(JSON.parse(JSON.stringify(read))).toEqual(params);
  });
  it('ignores a category that is not a positive integer', () => {
    expect(knowledgeParamsFromUrl('?category=-3').defaultCategoryId).toBeUndefined();
    expect('defaultCategoryId' in knowledgeParamsFromUrl('?category=abc')).toBe(false);
  });
});
