import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import ReviewActions from '../../../../../src/ui/authoring/draft/ReviewActions';
import { ArticleEditConflictError, ArticleWorkflowError, type AuthoringActor, type Draft } from '../../../../../src/data/knowledge/authoring/types';
import type { AuthoringServices } from '../../../../../src/data/knowledge/authoring/services';
import { commentKey, formatPickedDate, reviewOutcomeText } from '../../../../../src/ui/authoring/draft/reviewModel';
import { en, fr, inPage, norm } from './kitFixtures';

const s = fr.articleReview;
const NADIA = { id: 11, email: 'nadia.rousseau@univ-exemple.fr', displayName: 'Nadia Rousseau' };
const JULIE = { id: 12, email: 'julie.petit@univ-exemple.fr', displayName: 'Julie Petit' };
const PHILIPPE = { id: 13, email: 'philippe.garnier@univ-exemple.fr', displayName: 'Philippe Garnier' };
const OWNER = { id: 1, email: 'owner@univ-exemple.fr', displayName: 'Claire Martin' };
const actor = (person: typeof NADIA, over: Partial<AuthoringActor> = {}): AuthoringActor => ({ person, isSiteOwner: false, isContributor: true, canPublish: true, ...over });
const draft = (over: Partial<Draft> = {}): Draft => ({
  id: 40, etag: '"3"', language: 'fr', status: 'review', sequence: 1, author: NADIA, modifiedAt: new Date(), files: [],
  content: { title: 'Wifi en résidence', summary: 'Résumé', bodyHtml: '<p>Texte</p>', questions: [], keywords: [], categoryId: 2, kind: 'howto' }, ...over
});

function servicesWith(over: { publish?: jest.Mock; sendBack?: jest.Mock } = {}): AuthoringServices & { authoring: { publish: jest.Mock; sendBack: jest.Mock } } {
  return {
    authoring: {
      people: { reviewersOf: jest.fn(async () => ({ reviewers: [JULIE, PHILIPPE], siteOwners: [OWNER] })) },
      publish: over.publish || jest.fn(async () => ({ mails: 'deferred', articleId: 77 })),
      sendBack: over.sendBack || jest.fn(async () => ({ mails: 'sent' }))
    }
  } as never;
}

function show(services = servicesWith(), who = actor(PHILIPPE, { isContributor: false }), d = draft(), locale: 'fr' | 'en' = 'fr'): jest.Mock {
  const onDone = jest.fn();
  render(inPage(<ReviewActions draft={d} actor={who} services={services} onDone={onDone} />, locale));
  return onDone;
}

beforeEach(() => window.localStorage.clear());
/** The page says it (the Notice's plain text is swapped for Fluent's MessageBar once its chunk loads). */
const says = (text: string): Promise<void> => waitFor(() => expect(document.body).toHaveTextContent(text));

describe('a reviewer on a draft in review', () => {
  it('publishes with the default review date (12 months ahead): the outcome and the mails said plainly', async () => {
    const services = servicesWith();
    const onDone = show(services);
    const publish = await screen.findByRole('button', { name: s.publish });
    const inAYear = new Date();
    inAYear.setMonth(inAYear.getMonth() + 12);
    expect(screen.getAllByLabelText(s.reviewDateLabel)[0]).toHaveValue(formatPickedDate(new Date(inAYear.getFullYear(), inAYear.getMonth(), inAYear.getDate())));
    fireEvent.click(publish);
    await says(norm(`${s.published} ${s.mails.deferred}`));
    const [id, etag, reviewDate] = services.authoring.publish.mock.calls[0];
    expect([id, etag]).toEqual([40, '"3"']);
    expect((reviewDate as Date).toISOString().slice(0, 10)).toBe(new Date(Date.UTC(inAYear.getFullYear(), inAYear.getMonth(), inAYear.getDate())).toISOString().slice(0, 10));
    expect(onDone).toHaveBeenCalledWith({ action: 'published', articleId: 77, mails: 'deferred' });
  });

  it("offers the draft's own review date when it is still ahead", async () => {
    const services = servicesWith();
    show(services, undefined, draft({ content: { ...draft().content, reviewDate: '2099-03-15' } }));
    expect((await screen.findAllByLabelText(s.reviewDateLabel))[0]).toHaveValue('15/03/2099');
    fireEvent.click(screen.getByRole('button', { name: s.publish }));
    await waitFor(() => expect(services.authoring.publish).toHaveBeenCalled());
    expect((services.authoring.publish.mock.calls[0][2] as Date).toISOString()).toBe('2099-03-15T00:00:00.000Z');
  });

  it('refuses a review date today or earlier before asking the server', async () => {
    const services = servicesWith();
    show(services);
    const field = (await screen.findAllByLabelText(s.reviewDateLabel))[0];
    const today = new Date();
    fireEvent.change(field, { target: { value: formatPickedDate(today) } });
    fireEvent.blur(field);
    fireEvent.click(screen.getByRole('button', { name: s.publish }));
    expect(await screen.findAllByText(norm(s.errors.reviewDateInPast))).not.toHaveLength(0);
    expect(services.authoring.publish).not.toHaveBeenCalled();
  });

  it('sends back with a required comment: focus in the field, the comment kept over a reload, sent trimmed', async () => {
    const services = servicesWith();
    const onDone = show(services);
    fireEvent.click(await screen.findByRole('button', { name: s.sendBack }));
    const field = screen.getByRole('textbox', { name: new RegExp(s.commentLabel) });
    await waitFor(() => expect(field).toHaveFocus());
    fireEvent.click(screen.getByRole('button', { name: s.confirmSendBack }));
    expect(await screen.findByText(norm(s.errors.commentRequired))).toBeInTheDocument();
    expect(field).toHaveFocus();
    expect(services.authoring.sendBack).not.toHaveBeenCalled();
    fireEvent.change(field, { target: { value: '  Ajoutez une capture du <b>certificat</b>.  ' } });
    expect(window.localStorage.getItem(commentKey(40))).toContain('capture');
    fireEvent.click(screen.getByRole('button', { name: s.confirmSendBack }));
    await says(norm(`${s.sentBack} ${s.mails.sent}`));
    expect(services.authoring.sendBack).toHaveBeenCalledWith(40, '"3"', 'Ajoutez une capture du <b>certificat</b>.');
    expect(onDone).toHaveBeenCalledWith({ action: 'sentBack', mails: 'sent' });
    expect(window.localStorage.getItem(commentKey(40))).toBeNull();
  });

  it('finds the unsent comment after a reload', async () => {
    window.localStorage.setItem(commentKey(40), 'Le titre est trop long.');
    show();
    expect(await screen.findByRole('textbox', { name: new RegExp(s.commentLabel) })).toHaveValue('Le titre est trop long.');
  });

  it('cancelling the comment puts the focus back on its button', async () => {
    show();
    fireEvent.click(await screen.findByRole('button', { name: s.sendBack }));
    fireEvent.click(screen.getByRole('button', { name: s.cancel }));
    await waitFor(() => expect(screen.getByRole('button', { name: s.sendBack })).toHaveFocus());
  });

  it.each([
    ['invalidStatus', new ArticleWorkflowError('invalidStatus'), s.errors.invalidStatus],
    ['commentRequired', new ArticleWorkflowError('commentRequired'), s.errors.commentRequired],
    ['notAllowed', new ArticleWorkflowError('notAllowed'), s.errors.notAllowed],
    ['a conflict', new ArticleEditConflictError(40), s.errors.conflict]
  ])('a refusal (%s) is said in words, without a retry that cannot help', async (_name, error, text) => {
    const err = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    show(servicesWith({ sendBack: jest.fn(async () => { throw error; }) }));
    fireEvent.click(await screen.findByRole('button', { name: s.sendBack }));
    fireEvent.change(screen.getByRole('textbox', { name: new RegExp(s.commentLabel) }), { target: { value: 'Non' } });
    fireEvent.click(screen.getByRole('button', { name: s.confirmSendBack }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(norm(text)));
    expect(screen.queryByText(s.retry)).toBeNull();
    err.mockRestore();
  });

  it('a failed call (network) can be tried again, busy meanwhile, and goes through once', async () => {
    const err = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    let release: (v: unknown) => void = () => undefined;
    const publish = jest.fn()
      .mockImplementationOnce(async () => { throw new TypeError('Failed to fetch'); })
      .mockImplementationOnce(() => new Promise(r => { release = r; }));
    const onDone = show(servicesWith({ publish }));
    fireEvent.click(await screen.findByRole('button', { name: s.publish }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(norm(s.errors.failed)));
    fireEvent.click(screen.getByText(s.retry));
    const busy = await screen.findByRole('button', { name: s.publishing });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    await act(async () => { release({ mails: 'sent', articleId: 5 }); });
    await says(norm(`${s.published} ${s.mails.sent}`));
    expect(publish).toHaveBeenCalledTimes(2);
    expect(onDone).toHaveBeenCalledTimes(1);
    err.mockRestore();
  });

  it('the author, a reviewer herself, is told why she cannot publish her own draft (four eyes), and may still send it back', async () => {
    show(servicesWith(), actor(JULIE), draft({ author: JULIE }));
    expect(await screen.findByText(norm(s.ownArticle))).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: s.publish })).toBeNull();
    expect(screen.getByRole('button', { name: s.sendBack })).toBeInTheDocument();
  });

  it('a contributor who does not review the category sees why, no buttons', async () => {
    show(servicesWith(), actor(NADIA, { canPublish: false }), draft({ author: { id: 99, email: 'x@univ-exemple.fr' } }));
    expect(await screen.findByText(norm(s.notReviewer))).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('a draft no longer in review says so', async () => {
    show(servicesWith(), undefined, draft({ status: 'draft' }));
    expect(screen.getByText(norm(s.notInReview))).toBeInTheDocument();
  });

  it('speaks English on an English page', async () => {
    show(servicesWith(), undefined, undefined, 'en');
    expect(await screen.findByRole('button', { name: en.articleReview.publish })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: en.articleReview.heading })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Send back to the author' }));
    expect(screen.getByRole('textbox', { name: /Comment for the author/ })).toBeInTheDocument();
  });
});

describe('the outcome in words, for the draft page once ReviewActions is gone', () => {
  it.each(['sent', 'deferred', 'none', 'failed'] as const)('mails %s: said in both languages', mails => {
    expect(reviewOutcomeText(fr.articleReview, { action: 'sentBack', mails })).toBe(`${fr.articleReview.sentBack} ${fr.articleReview.mails[mails]}`);
    expect(reviewOutcomeText(en.articleReview, { action: 'published', mails })).toBe(`${en.articleReview.published} ${en.articleReview.mails[mails]}`);
  });
  it('a deferred mail is said plainly: none went', () => {
    expect(reviewOutcomeText(fr.articleReview, { action: 'sentBack', mails: 'deferred' })).toMatch(/Aucun courriel n'est parti/);
    expect(reviewOutcomeText(en.articleReview, { action: 'published', mails: 'deferred' })).toMatch(/No email went/);
  });
});
