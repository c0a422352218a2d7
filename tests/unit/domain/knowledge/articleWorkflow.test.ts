import {
  ArticleAction, ArticleActor, ArticleReviewers, ArticleWorkflowItem, applyArticleAction, articleChangeKey, availableArticleActions,
  canCreateArticle, canEditArticle, defaultReviewDate, reviewersFor
} from '../../../../src/domain/knowledge/articleWorkflow';
import { articlesDueForReview, reviewReminders } from '../../../../src/domain/knowledge/articleReviewDates';

const lea = { id: 1, email: 'lea.dubois@univ-exemple.fr', displayName: 'Léa Dubois' };
const karim = { id: 2, email: 'karim.haddad@univ-exemple.fr', displayName: 'Karim Haddad' };
const sophie = { id: 3, email: 'sophie.martin@univ-exemple.fr', displayName: 'Sophie Martin' };
const owner = { id: 9, email: 'admin@univ-exemple.fr', displayName: 'Admin Centre d\'aide' };
const reader = { id: 20, email: 'etudiant@univ-exemple.fr', displayName: 'Étudiant' };

const contributor = (person: typeof lea): ArticleActor => ({ person, isSiteOwner: false, isContributor: true });
const LEA = contributor(lea);
const KARIM = contributor(karim);
const SOPHIE = contributor(sophie);
const OWNER: ArticleActor = { person: owner, isSiteOwner: true, isContributor: false };
const READER: ArticleActor = { person: reader, isSiteOwner: false, isContributor: false };

const now = new Date('2026-12-02T10:00:00Z');
/** Karim and Sophie review the "Impression" category (id 4); the site owner reviews the rest. */
const reviewers: ArticleReviewers = { reviewers: [karim, sophie], siteOwners: [owner] };

function article(over: Partial<ArticleWorkflowItem> = {}): ArticleWorkflowItem {
  return { id: 42, title: 'Imprimante bloquée', status: 'draft', version: 3, owner: lea, author: lea, categoryId: 4, language: 'fr', ...over };
}

describe('reviewers of a category', () => {
  const categories = [
    { id: 1, reviewers: [karim] },
    { id: 4, parentId: 1, reviewers: [] },
    { id: 5, parentId: 4, reviewers: [sophie] },
    { id: 7, reviewers: [] },
    { id: 8, parentId: 9, reviewers: [] },
    { id: 9, parentId: 8, reviewers: [] }
  ];
  it.each([
    ['its own named reviewers', 5, [sophie]],
    ['the nearest ancestor naming some', 4, [karim]],
    ['the site owners when the tree names none', 7, [owner]],
    ['the site owners without category', undefined, [owner]],
    ['the site owners for an unknown category', 99, [owner]],
    ['the site owners when the tree loops', 8, [owner]]
  ])('are %s', (_case, id, expected) => {
    expect(reviewersFor(id as number | undefined, categories, [owner]).reviewers).toEqual(expected);
  });
});

describe('article workflow', () => {
  it('sends a draft to review: the category reviewers are informed once, with a change key of the new version', () => {
    const r = applyArticleAction(article(), { type: 'submitForReview' }, LEA, now, reviewers);
    if (!r.ok) throw new Error(r.error);
    expect(r.article.status).toBe('in_review');
    expect(r.article.version).toBe(4);
    expect(r.article.submittedBy).toEqual(lea);
    expect(r.informed.map(n => [n.recipient.id, n.role, n.event, n.changeKey])).toEqual([
      [karim.id, 'reviewer', 'submitForReview', 'article:42:4:submitForReview'],
      [sophie.id, 'reviewer', 'submitForReview', 'article:42:4:submitForReview']
    ]);
  });

  it('gives the same change keys when the same change is retried (the outbox informs once)', () => {
    const a = applyArticleAction(article(), { type: 'submitForReview' }, LEA, now, reviewers);
    const b = applyArticleAction(article(), { type: 'submitForReview' }, LEA, new Date(now.getTime() + 5000), reviewers);
    expect(a.ok && b.ok && a.informed.map(n => n.changeKey)).toEqual(b.ok && b.informed.map(n => n.changeKey));
    expect(articleChangeKey(42, 4, 'publish')).toBe('article:42:4:publish');
  });

  it('lets a reviewer publish, informing the owner; the review date defaults to a year ahead', () => {
    const r = applyArticleAction(article({ status: 'in_review', submittedBy: lea }), { type: 'publish' }, KARIM, now, reviewers);
    if (!r.ok) throw new Error(r.error);
    expect(r.article.status).toBe('published');
    expect(r.article.publishedAt).toEqual(now);
    expect(r.article.reviewDate).toEqual(new Date('2027-12-02T00:00:00Z'));
    expect(r.informed.map(n => [n.recipient.id, n.role, n.details.reviewDate])).toEqual([[lea.id, 'owner', '2027-12-02']]);
  });

  it('keeps a review date still ahead, takes a given one, refuses a past one', () => {
    const inReview = article({ status: 'in_review', reviewDate: new Date('2027-03-01T00:00:00Z') });
    const kept = applyArticleAction(inReview, { type: 'publish' }, KARIM, now, reviewers);
    expect(kept.ok && kept.article.reviewDate).toEqual(new Date('2027-03-01T00:00:00Z'));
    const given = applyArticleAction(inReview, { type: 'publish', reviewDate: new Date('2027-06-15T15:00:00Z') }, KARIM, now, reviewers);
    expect(given.ok && given.article.reviewDate).toEqual(new Date('2027-06-15T00:00:00Z'));
    expect(applyArticleAction(inReview, { type: 'publish', reviewDate: new Date('2026-12-02T00:00:00Z') }, KARIM, now, reviewers)).toEqual({ ok: false, error: 'reviewDateInPast' });
  });

  it('does not let a reviewer publish their own article while another reviewer exists, but does when none does', () => {
    const own = article({ status: 'in_review', owner: karim, author: karim, submittedBy: karim });
    expect(applyArticleAction(own, { type: 'publish' }, KARIM, now, reviewers)).toEqual({ ok: false, error: 'ownArticle' });
    expect(applyArticleAction(own, { type: 'publish' }, SOPHIE, now, reviewers).ok).toBe(true);
    const alone: ArticleReviewers = { reviewers: [karim], siteOwners: [karim] };
    expect(applyArticleAction(own, { type: 'publish' }, KARIM, now, alone).ok).toBe(true);
    // Who sent someone else's article to review does not approve it either.
    const submitted = article({ status: 'in_review', submittedBy: sophie });
    expect(applyArticleAction(submitted, { type: 'publish' }, SOPHIE, now, reviewers)).toEqual({ ok: false, error: 'ownArticle' });
  });

  it('refuses publishing to the owner, a reader, and on a draft', () => {
    expect(applyArticleAction(article({ status: 'in_review' }), { type: 'publish' }, LEA, now, reviewers)).toEqual({ ok: false, error: 'notAllowed' });
    expect(applyArticleAction(article({ status: 'in_review' }), { type: 'publish' }, READER, now, reviewers)).toEqual({ ok: false, error: 'notAllowed' });
    expect(applyArticleAction(article(), { type: 'publish' }, KARIM, now, reviewers)).toEqual({ ok: false, error: 'invalidStatus' });
    expect(applyArticleAction(article(), { type: 'publish' }, READER, now, reviewers)).toEqual({ ok: false, error: 'notAllowed' });
  });

  it('lets a site owner review any category', () => {
    const r = applyArticleAction(article({ status: 'in_review' }), { type: 'publish' }, OWNER, now, reviewers);
    expect(r.ok).toBe(true);
  });

  it('sends back to draft only with a comment, which the owner and the submitter receive', () => {
    const inReview = article({ status: 'in_review', submittedBy: sophie, owner: lea });
    expect(applyArticleAction(inReview, { type: 'sendBack', comment: '  ' }, KARIM, now, reviewers)).toEqual({ ok: false, error: 'commentRequired' });
    const r = applyArticleAction(inReview, { type: 'sendBack', comment: ' Ajoutez une capture de l\'écran d\'erreur. ' }, KARIM, now, reviewers);
    if (!r.ok) throw new Error(r.error);
    expect(r.article.status).toBe('draft');
    expect(r.article.reviewComment).toBe('Ajoutez une capture de l\'écran d\'erreur.');
    expect(r.informed.map(n => [n.recipient.id, n.role, n.details.comment])).toEqual([
      [lea.id, 'owner', 'Ajoutez une capture de l\'écran d\'erreur.'], [sophie.id, 'submitter', 'Ajoutez une capture de l\'écran d\'erreur.']
    ]);
    expect(applyArticleAction(inReview, { type: 'sendBack', comment: 'non' }, LEA, now, reviewers)).toEqual({ ok: false, error: 'notAllowed' });
  });

  it('clears the review comment once published', () => {
    const r = applyArticleAction(article({ status: 'in_review', reviewComment: 'Ajoutez une capture.' }), { type: 'publish' }, KARIM, now, reviewers);
    expect(r.ok && r.article.reviewComment).toBeUndefined();
  });

  it('marks outdated, rewrites from outdated, republishes after a review', () => {
    const published = article({ status: 'published' });
    const outdated = applyArticleAction(published, { type: 'markOutdated', reason: 'Le portail a changé' }, KARIM, now, reviewers);
    if (!outdated.ok) throw new Error(outdated.error);
    expect(outdated.article.status).toBe('outdated');
    expect(outdated.informed.map(n => [n.recipient.id, n.details.reason])).toEqual([[lea.id, 'Le portail a changé']]);
    const rewritten = applyArticleAction(outdated.article, { type: 'rewrite' }, LEA, now, reviewers);
    expect(rewritten.ok && rewritten.article.status).toBe('draft');
    expect(rewritten.ok && rewritten.informed).toEqual([]);
    const republished = applyArticleAction(outdated.article, { type: 'republish' }, SOPHIE, now, reviewers);
    expect(republished.ok && [republished.article.status, republished.article.version]).toEqual(['published', 5]);
    expect(applyArticleAction(outdated.article, { type: 'republish' }, LEA, now, reviewers)).toEqual({ ok: false, error: 'notAllowed' });
  });

  it('lets the owner withdraw from review; the reviewers hear it', () => {
    const r = applyArticleAction(article({ status: 'in_review', submittedBy: lea }), { type: 'withdraw' }, LEA, now, reviewers);
    expect(r.ok && r.article.status).toBe('draft');
    expect(r.ok && r.informed.map(n => n.recipient.id)).toEqual([karim.id, sophie.id]);
    expect(applyArticleAction(article({ status: 'in_review' }), { type: 'withdraw' }, READER, now, reviewers)).toEqual({ ok: false, error: 'notAllowed' });
  });

  it('confirms a published article as still right: a new review date, nobody else informed', () => {
    const due = article({ status: 'published', reviewDate: new Date('2026-11-30T00:00:00Z') });
    const r = applyArticleAction(due, { type: 'confirmReviewed' }, LEA, now, reviewers);
    expect(r.ok && r.article.reviewDate).toEqual(defaultReviewDate(now));
    expect(r.ok && r.informed).toEqual([]);
    expect(r.ok && r.article.status).toBe('published');
  });

  it('never informs the actor, and a person once across roles', () => {
    const r = applyArticleAction(article({ status: 'in_review', owner: lea, submittedBy: lea }), { type: 'sendBack', comment: 'À compléter' }, KARIM, now, reviewers);
    expect(r.ok && r.informed.map(n => n.recipient.id)).toEqual([lea.id]);
    const bySophie = applyArticleAction(article({ owner: sophie, author: sophie }), { type: 'submitForReview' }, SOPHIE, now, reviewers);
    expect(bySophie.ok && bySophie.informed.map(n => n.recipient.id)).toEqual([karim.id]);
  });

  it('takes the author as the owner when the article has none', () => {
    const r = applyArticleAction(article({ owner: undefined, author: lea }), { type: 'submitForReview' }, LEA, now, reviewers);
    expect(r.ok).toBe(true);
  });
});

describe('available article actions', () => {
  const cases: [string, Partial<ArticleWorkflowItem>, ArticleActor, string[]][] = [
    ['the owner on a draft', {}, LEA, ['submitForReview']],
    ['a reader on a draft', {}, READER, []],
    ['a reviewer on the owner\'s article in review', { status: 'in_review', submittedBy: lea }, KARIM, ['publish', 'sendBack']],
    ['the owner on their article in review', { status: 'in_review', submittedBy: lea }, LEA, ['withdraw']],
    ['a reviewer-owner with another reviewer', { status: 'in_review', owner: karim, submittedBy: karim }, KARIM, ['sendBack', 'withdraw']],
    ['the owner on a published article', { status: 'published' }, LEA, ['confirmReviewed', 'markOutdated']],
    ['a reviewer on an outdated article', { status: 'outdated' }, SOPHIE, ['republish', 'rewrite']],
    ['the owner on an outdated article', { status: 'outdated' }, LEA, ['rewrite']]
  ];
  it.each(cases)('for %s', (_case, over, actor, expected) => {
    expect(availableArticleActions(article(over), actor, reviewers, now)).toEqual(expected);
  });

  it('agrees with applyArticleAction for every action, status and person', () => {
    const types: ArticleAction[] = [{ type: 'submitForReview' }, { type: 'withdraw' }, { type: 'publish' }, { type: 'sendBack', comment: 'x' },
      { type: 'markOutdated' }, { type: 'republish' }, { type: 'confirmReviewed' }, { type: 'rewrite' }];
    for (const status of ['draft', 'in_review', 'published', 'outdated'] as const) {
      for (const actor of [LEA, KARIM, SOPHIE, OWNER, READER]) {
        const a = article({ status, submittedBy: lea });
        const offered = availableArticleActions(a, actor, reviewers, now);
        const accepted = types.filter(t => applyArticleAction(a, t, actor, now, reviewers).ok).map(t => t.type);
        expect(offered.slice().sort()).toEqual(accepted.sort());
      }
    }
  });
});

describe('who may edit the text', () => {
  const people: { [name: string]: ArticleActor } = { owner: LEA, reviewer: KARIM, 'site owner': OWNER, reader: READER };
  it.each([
    ['draft', 'owner', true], ['draft', 'reviewer', true], ['draft', 'reader', false],
    ['in_review', 'owner', false], ['in_review', 'reviewer', true],
    ['published', 'owner', false], ['published', 'site owner', true], ['published', 'reader', false],
    ['outdated', 'owner', true], ['outdated', 'reader', false]
  ] as const)('%s by the %s: %s', (status, who, expected) => {
    expect(canEditArticle(article({ status }), people[who], reviewers)).toBe(expected);
  });
});

describe('who may start an article', () => {
  it('is a contributor, a site owner or a named reviewer, never a reader', () => {
    expect([LEA, OWNER, READER].map(a => canCreateArticle(a))).toEqual([true, true, false]);
    const reviewerOnly: ArticleActor = { person: karim, isSiteOwner: false, isContributor: false };
    expect([canCreateArticle(reviewerOnly), canCreateArticle(reviewerOnly, [karim])]).toEqual([false, true]);
  });
});

describe('review dates', () => {
  const today = new Date('2026-12-02T18:30:00Z');
  const items = [
    article({ id: 1, status: 'published', reviewDate: new Date('2026-12-02T00:00:00Z') }),
    article({ id: 2, status: 'published', reviewDate: new Date('2026-12-03T00:00:00Z') }),
    article({ id: 3, status: 'published', reviewDate: new Date('2026-10-01T00:00:00Z'), owner: undefined, author: undefined }),
    article({ id: 4, status: 'draft', reviewDate: new Date('2026-01-01T00:00:00Z') }),
    article({ id: 5, status: 'published' })
  ];

  it('lists the published articles due today or before, oldest first', () => {
    expect(articlesDueForReview(items, today).map(a => a.id)).toEqual([3, 1]);
  });

  it('reminds the owner once per due date (the reviewers when there is no owner)', () => {
    const reminders = reviewReminders(items, today, () => [karim, sophie]);
    expect(reminders.map(r => [r.articleId, r.recipient.id, r.role, r.changeKey, r.details.overdueDays])).toEqual([
      [3, karim.id, 'reviewer', 'article:3:review-2026-10-01:reviewDue', '62'],
      [3, sophie.id, 'reviewer', 'article:3:review-2026-10-01:reviewDue', '62'],
      [1, lea.id, 'owner', 'article:1:review-2026-12-02:reviewDue', '0']
    ]);
    // The next day's run builds the same keys (the outbox sends nothing twice); a moved date makes a new one.
    const tomorrow = reviewReminders(items, new Date('2026-12-03T08:00:00Z'), () => [karim]);
    expect(tomorrow.filter(r => r.articleId === 1)[0].changeKey).toBe('article:1:review-2026-12-02:reviewDue');
    expect(tomorrow.filter(r => r.articleId === 2)[0].changeKey).toBe('article:2:review-2026-12-03:reviewDue');
  });
});
