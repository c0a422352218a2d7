// Fake authoring services for the queue and history views' unit tests: each method a jest mock the test sets.
import type { SPFI } from '@pnp/sp';
import type { AuthoringServices } from '../../../../src/data/knowledge/authoring/services';
import type { AuthoringActor, Draft } from '../../../../src/data/knowledge/authoring/types';
import { pageLinks } from '../../../../src/data/pageLinks';
import type { HelpCenterContextValue } from '../../../../src/ui/common/HelpCenterContext';
import { loadLocStrings } from '../../../../workbench/host/locStrings';

export const SITE = 'https://contoso.sharepoint.com/sites/helpcenter';

export const NADIA: AuthoringActor = { person: { id: 7, email: 'nadia.rousseau@univ-exemple.fr', displayName: 'Nadia Rousseau' }, isSiteOwner: false, isContributor: true, canPublish: false };
export const JULIE: AuthoringActor = { person: { id: 9, email: 'julie.petit@univ-exemple.fr', displayName: 'Julie Petit' }, isSiteOwner: false, isContributor: true, canPublish: true };

export function context(): HelpCenterContextValue {
  return {
    sp: {} as SPFI, strings: loadLocStrings('fr-fr'), locale: 'fr', siteUrl: SITE,
    currentUser: { loginName: 'i:0#.f|membership|nadia.rousseau@univ-exemple.fr', email: 'nadia.rousseau@univ-exemple.fr', displayName: 'Nadia Rousseau' }
  };
}

export type Fakes = AuthoringServices & {
  run: jest.Mock; refresh: jest.Mock; snapshot: jest.Mock; history: jest.Mock;
  restoreVersion: jest.Mock; draftFromArticle: jest.Mock; saveDraft: jest.Mock; markOutdated: jest.Mock; confirmReviewed: jest.Mock; rewrite: jest.Mock;
};

export function fakes(): Fakes {
  const run = jest.fn(() => Promise.resolve({ submitted: 0, reviewDue: 0, failed: 0 }));
  const refresh = jest.fn(() => Promise.resolve(undefined));
  const f = {
    run, refresh, snapshot: jest.fn(), history: jest.fn(), restoreVersion: jest.fn(() => Promise.resolve()), draftFromArticle: jest.fn(), saveDraft: jest.fn(),
    markOutdated: jest.fn(() => Promise.resolve({ mails: 'none' })), confirmReviewed: jest.fn(() => Promise.resolve()), rewrite: jest.fn()
  };
  return {
    ...f,
    authoring: { restoreVersion: f.restoreVersion, draftFromArticle: f.draftFromArticle, saveDraft: f.saveDraft, markOutdated: f.markOutdated, confirmReviewed: f.confirmReviewed, rewrite: f.rewrite },
    queue: { snapshot: f.snapshot, history: f.history },
    knowledge: {},
    links: pageLinks(SITE),
    housekeeping: jest.fn(() => ({ run, refreshCountersDaily: refresh })),
    ticketArticle: jest.fn()
  } as unknown as Fakes;
}

export function draft(id: number, title: string, extra: Partial<Draft> = {}): Draft {
  return {
    id, etag: `"${id},1"`, content: { title, summary: '', bodyHtml: '<p>x</p>', questions: [], keywords: [], kind: 'faq', categoryId: 3 }, language: 'fr', status: 'draft',
    sequence: 0, author: NADIA.person, modifiedAt: new Date('2026-11-20T10:00:00Z'), files: [], ...extra
  };
}
