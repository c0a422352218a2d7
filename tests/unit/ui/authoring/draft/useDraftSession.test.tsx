import * as React from 'react';
import { act, render } from '@testing-library/react';
import type { AuthoringServices } from '../../../../../src/data/knowledge/authoring/services';
import { ArticleEditConflictError, type AuthoringActor, type Draft } from '../../../../../src/data/knowledge/authoring/types';
import type { ArticleContent } from '../../../../../src/domain/knowledge/articleEditConflict';
import { useDraftSession, type DraftSession, type DraftStart } from '../../../../../src/ui/authoring/draft/useDraftSession';
import { readStored, storageKey, type DraftForm } from '../../../../../src/ui/authoring/draft/draftForm';
import { loadLocStrings } from '../../../../../workbench/host/locStrings';

const s = loadLocStrings('fr-fr').articleDraft;
const NADIA = { id: 11, email: 'nadia.rousseau@univ-exemple.fr', displayName: 'Nadia Rousseau' };
const PHILIPPE = { id: 12, email: 'philippe.garnier@univ-exemple.fr', displayName: 'Philippe Garnier' };
const actor: AuthoringActor = { person: NADIA, isSiteOwner: false, isContributor: true, canPublish: false };
const SITE = 'http://localhost/sites/helpcenter';
const IMG = '/sites/helpcenter/Lists/KnowledgeDrafts/Attachments/40/image.png';

const content = (over: Partial<ArticleContent> = {}): ArticleContent => ({
  title: 'Imprimer en couleur', summary: 'Choisir l\'imprimante couleur.', bodyHtml: '<p>Texte</p>', questions: [], keywords: [], kind: 'howto', reviewDate: '2027-12-03', ...over
});
const draft = (over: Partial<Draft> = {}): Draft => ({
  id: 40, etag: '"1"', content: content(), language: 'fr', status: 'draft', template: 'howto', sequence: 0, author: NADIA, modifiedAt: new Date(), files: [], ...over
});
const form = (over: Partial<DraftForm> = {}): DraftForm => ({ ...content(), language: 'fr', template: 'howto', ...over });

function fakeServices(): { services: AuthoringServices; a: Record<string, jest.Mock> } {
  const a = {
    createDraft: jest.fn(async () => draft()),
    saveDraft: jest.fn(async (id: number, etag: string, c: ArticleContent) => draft({ id, etag: `"${Number(etag.replace(/"/g, '')) + 1}"`, content: c })),
    addImages: jest.fn(async () => ({ files: [{ name: 'image.png', url: IMG }], etag: '"2"' })),
    submit: jest.fn(async () => ({ mails: 'deferred' })),
    withdraw: jest.fn(async () => ({ mails: 'none' })),
    byAuthor: jest.fn(async () => [] as Draft[]),
    get: jest.fn(async () => draft({ status: 'review', etag: '"9"' }))
  };
  const services = {
    authoring: { createDraft: a.createDraft, saveDraft: a.saveDraft, addImages: a.addImages, submit: a.submit, withdraw: a.withdraw, drafts: { byAuthor: a.byAuthor, get: a.get } },
    links: { authoring: (r: { id: number }) => `/sites/helpcenter/SitePages/Articles.aspx?draft=${r.id}` }
  } as unknown as AuthoringServices;
  return { services, a };
}

function mount(services: AuthoringServices, start: DraftStart): { current: () => DraftSession; unmount: () => void } {
  let latest: DraftSession | undefined;
  function Harness(): null {
    latest = useDraftSession(services, actor, start, SITE, s);
    return null;
  }
  const r = render(<Harness />);
  return { current: () => latest as DraftSession, unmount: r.unmount };
}

const NEW: DraftStart = { kind: 'new', form: form(), routeKey: 'new=1&template=howto', links: {} };

beforeEach(() => { window.localStorage.clear(); window.history.replaceState(null, '', '/sites/helpcenter/SitePages/Articles.aspx?new=1&template=howto'); });

it('creates a new article once for two pasted images and a save, then saves with the ETag the images left', async () => {
  const { services, a } = fakeServices();
  const page = mount(services, NEW);
  await act(async () => {
    const urls = await Promise.all([page.current().uploadImage(new File(['x'], 'a.png')), page.current().uploadImage(new File(['y'], 'b.png'))]);
    expect(urls).toEqual([IMG, IMG]);
  });
  expect(a.createDraft).toHaveBeenCalledTimes(1);
  expect(window.location.search).toBe('?draft=40');
  act(() => page.current().setForm({ bodyHtml: `<p>Texte</p><img src="${IMG}" alt="">` }));
  await act(() => page.current().save());
  expect(a.createDraft).toHaveBeenCalledTimes(1);
  expect(a.saveDraft).toHaveBeenCalledWith(40, '"2"', expect.objectContaining({ bodyHtml: `<p>Texte</p><img src="${IMG}" alt="">` }), content());
  expect(page.current().message).toMatchObject({ tone: 'success' });
  expect(readStored(storageKey({ draftId: 40 }))).toBeUndefined();
});

it('saves the body through the article allow-list: a script and a javascript: link never reach SharePoint', async () => {
  const { services, a } = fakeServices();
  const page = mount(services, NEW);
  act(() => page.current().setForm({ bodyHtml: '<p>ok</p><script>steal()</script><a href="javascript:alert(1)">x</a><img src="data:image/png;base64,AAAA">' }));
  await act(() => page.current().save());
  expect(a.createDraft).toHaveBeenCalledWith(expect.objectContaining({ content: expect.objectContaining({ bodyHtml: '<p>ok</p><a>x</a>' }), language: 'fr', template: 'howto' }));
});

it('a create whose answer was lost is found again among the author\'s drafts: the retry saves it, no second draft', async () => {
  const { services, a } = fakeServices();
  a.createDraft.mockRejectedValueOnce(new TypeError('Failed to fetch'));
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const page = mount(services, NEW);
  await act(() => page.current().save());
  expect(page.current().message).toEqual({ text: s.saveFailed, tone: 'error' });
  expect(readStored(storageKey({ newRoute: 'new=1&template=howto' }))).toMatchObject({ pendingCreate: { startedAt: expect.any(String) } });
  a.byAuthor.mockResolvedValueOnce([draft({ id: 41, etag: '"1"', content: content({ bodyHtml: '' }) })]);
  await act(() => page.current().save());
  expect(a.createDraft).toHaveBeenCalledTimes(1);
  expect(a.byAuthor).toHaveBeenCalledWith(NADIA.id);
  expect(a.saveDraft).toHaveBeenCalledWith(41, '"1"', expect.objectContaining({ bodyHtml: '<p>Texte</p>' }), content({ bodyHtml: '' }));
});

it('offers the unsaved copy back after a reload, and restores it', async () => {
  const { services } = fakeServices();
  const first = mount(services, { kind: 'draft', draft: draft() });
  act(() => first.current().setForm({ title: 'Imprimer en couleur sur le campus' }));
  first.unmount();
  const again = mount(services, { kind: 'draft', draft: draft() });
  expect(again.current().offer).toMatchObject({ form: { title: 'Imprimer en couleur sur le campus' }, etag: '"1"' });
  act(() => again.current().restore());
  expect(again.current().form.title).toBe('Imprimer en couleur sur le campus');
  expect(again.current().offer).toBeUndefined();
});

it('a conflict keeps both texts; "keep mine" saves mine over their new version', async () => {
  const { services, a } = fakeServices();
  const theirs = content({ summary: 'Leur résumé.' });
  const mine = content({ summary: 'Mon résumé.' });
  a.saveDraft.mockRejectedValueOnce(new ArticleEditConflictError(40, {
    conflict: true, theirChanges: ['summary'], bothChanged: ['summary'], statusChanged: false, mine, theirs, etag: '"5"', changedBy: PHILIPPE
  }));
  const page = mount(services, { kind: 'draft', draft: draft() });
  act(() => page.current().setForm({ summary: 'Mon résumé.' }));
  await act(() => page.current().save());
  expect(page.current().conflict).toMatchObject({ mine, theirs });
  await act(() => page.current().resolve('mine'));
  expect(a.saveDraft).toHaveBeenLastCalledWith(40, '"5"', mine, theirs);
  expect(page.current().conflict).toBeUndefined();
  expect(page.current().form.summary).toBe('Mon résumé.');
  expect(page.current().message).toEqual({ text: s.keptMine, tone: 'success' });
});

it('"take theirs" shows their text and continues from their ETag', async () => {
  const { services, a } = fakeServices();
  const theirs = content({ title: 'Leur titre' });
  a.saveDraft.mockRejectedValueOnce(new ArticleEditConflictError(40, {
    conflict: true, theirChanges: ['title'], bothChanged: [], statusChanged: false, mine: content(), theirs, etag: '"7"'
  }));
  const page = mount(services, { kind: 'draft', draft: draft() });
  await act(() => page.current().save());
  await act(() => page.current().resolve('theirs'));
  expect(page.current().form.title).toBe('Leur titre');
  await act(() => page.current().save());
  expect(a.saveDraft).toHaveBeenLastCalledWith(40, '"7"', expect.objectContaining({ title: 'Leur titre' }), theirs);
});

it('sends to review (saving first) and says the reviewers will be told when the mail is deferred', async () => {
  const { services, a } = fakeServices();
  const page = mount(services, { kind: 'draft', draft: draft() });
  await act(() => page.current().submit());
  expect(a.submit).toHaveBeenCalledWith(40, '"2"');
  expect(page.current().message).toEqual({ text: s.submittedDeferred, tone: 'success' });
  expect(page.current().draft).toMatchObject({ status: 'review', etag: '"9"' });
});
