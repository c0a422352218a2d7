/**
 * The knowledge article's workflow: draft → in review → published → outdated, and back (sent back to draft with a
 * comment, republished after a review, rewritten from outdated). Pure, like the ticket lifecycle: who may do what,
 * the next state, and who is informed once (a change key per change, the outbox adds the recipient).
 *
 *   draft → in_review: submitForReview (owner, reviewer) · in_review → draft: sendBack (reviewer, with a comment), withdraw (owner)
 *   in_review → published: publish (reviewer) · published → outdated: markOutdated (owner, reviewer)
 *   outdated → published: republish (reviewer) · outdated → draft: rewrite (owner, reviewer)
 *   published, still right: confirmReviewed (owner, reviewer) moves the review date on
 *
 * Who: the article's owner (HCOwner; its author when it has none), the reviewers of its category (named per
 * category, the nearest ancestor's when it names none, else the site owners — see reviewersFor), and the site
 * owners, who may always review. Four eyes when possible: the owner, or whoever sent it to review, cannot publish
 * or republish it while someone else could (`ownArticle`); on a site with a single possible reviewer they can.
 */
import type { ArticleStatus, Language } from '../vocabulary';
import type { PersonRef } from '../tickets/model';

/** A published article is due for review this long after publication when it is given no date. */
export const DEFAULT_REVIEW_MONTHS = 12;

/** The workflow's view of an article (KnowledgeArticles item). */
export interface ArticleWorkflowItem {
  /** Item Id. */
  id: number;
  /** Title (named in the mails). */
  title: string;
  /** HCStatus. */
  status: ArticleStatus;
  /** Workflow changes applied so far (starts at 0): the n of the change keys. */
  version: number;
  /** HCOwner: the contributor responsible for it. */
  owner?: PersonRef;
  /** Author: who created it (stands for the owner when there is none). */
  author?: PersonRef;
  /** HCCategory (lookup id). */
  categoryId?: number;
  /** HCLanguage. */
  language: Language;
  /** HCReviewDate: the day it must be reviewed by (date only, midnight UTC). */
  reviewDate?: Date;
  /** Who sent it to review last (kept to tell them the outcome). */
  submittedBy?: PersonRef;
  /** The reviewer's comment when it was last sent back. */
  reviewComment?: string;
  /** When it was last published. */
  publishedAt?: Date;
}

/** Who acts. */
export interface ArticleActor {
  person: PersonRef;
  /** Member of the help center's owners group: reviews every category. */
  isSiteOwner: boolean;
  /** Member of the contributors group. */
  isContributor: boolean;
}

/** The people who may review the article's category: its named reviewers, or the site owners when it names none. */
export interface ArticleReviewers {
  /** The category's effective reviewers (see reviewersFor). */
  reviewers: PersonRef[];
  /** The site owners (always allowed to review). */
  siteOwners: PersonRef[];
}

/** Every workflow action. */
export type ArticleAction =
  | { type: 'submitForReview' }
  | { type: 'withdraw' }
  | { type: 'publish'; reviewDate?: Date }
  | { type: 'sendBack'; comment: string }
  | { type: 'markOutdated'; reason?: string }
  | { type: 'republish'; reviewDate?: Date }
  | { type: 'confirmReviewed'; reviewDate?: Date }
  | { type: 'rewrite' };

/** The action type names. */
export type ArticleActionType = ArticleAction['type'];

/** Why an action is refused (the UI maps them to src/loc strings). */
export type ArticleErrorCode = 'notAllowed' | 'invalidStatus' | 'commentRequired' | 'ownArticle' | 'reviewDateInPast';

/** Events: one per action. */
export type ArticleEvent = ArticleActionType;

/** Why a person is informed. */
export type ArticleRecipientRole = 'owner' | 'reviewer' | 'submitter';

/** One person informed once of one change. */
export interface ArticleNotice {
  recipient: PersonRef;
  role: ArticleRecipientRole;
  event: ArticleEvent | 'reviewDue';
  articleId: number;
  /** `article:<id>:<version>:<event>`: identical for a retry of the same change (the outbox adds the address). */
  changeKey: string;
  /** Free details for the mail (comment, reason, review date). */
  details: { [key: string]: string | undefined };
}

/** A successful action. */
export interface ArticleApplyOk { ok: true; article: ArticleWorkflowItem; informed: ArticleNotice[] }
/** A refused action. */
export interface ArticleApplyError { ok: false; error: ArticleErrorCode }
/** Result of applyArticleAction. */
export type ArticleApplyResult = ArticleApplyOk | ArticleApplyError;

/** A category as the reviewer rule reads it (HelpCategories with the reviewers column). */
export interface ReviewedCategory { id: number; parentId?: number; reviewers: PersonRef[] }

/**
 * The effective reviewers of a category: its own named reviewers, else the nearest ancestor's, else the site
 * owners (an article without category, or a tree naming nobody, is reviewed by the owners).
 */
export function reviewersFor(categoryId: number | undefined, categories: ReviewedCategory[], siteOwners: PersonRef[]): ArticleReviewers {
  const seen: number[] = [];
  let id = categoryId;
  while (id !== undefined && seen.indexOf(id) < 0) {
    seen.push(id);
    const current = id;
    const category = categories.filter(c => c.id === current)[0];
    if (!category) break;
    if (category.reviewers.length) return { reviewers: category.reviewers, siteOwners };
    id = category.parentId;
  }
  return { reviewers: siteOwners, siteOwners };
}

/** The changeKey of the n-th change of an article. */
export function articleChangeKey(articleId: number, version: number, event: string): string {
  return `article:${articleId}:${version}:${event}`;
}

/** The person responsible for the article: its owner, else its author. */
export function responsible(a: ArticleWorkflowItem): PersonRef | undefined {
  return a.owner || a.author;
}

function samePerson(p: PersonRef | undefined, q: PersonRef | undefined): boolean {
  return p !== undefined && q !== undefined && p.id === q.id;
}

function isOwner(a: ArticleWorkflowItem, actor: ArticleActor): boolean {
  return samePerson(responsible(a), actor.person);
}

/** A named (or effective) reviewer of the category, or a site owner. */
export function isReviewer(actor: ArticleActor, who: ArticleReviewers): boolean {
  return actor.isSiteOwner || who.reviewers.some(r => r.id === actor.person.id) || who.siteOwners.some(r => r.id === actor.person.id);
}

/** Someone other than the actor could review (a named reviewer or a site owner). */
function anotherReviewer(actor: ArticleActor, who: ArticleReviewers): boolean {
  return who.reviewers.concat(who.siteOwners).some(r => r.id !== actor.person.id);
}

const blank = (s: string | undefined): boolean => s === undefined || s.trim() === '';

/** Midnight UTC of the day (review dates are date-only). */
export function dayStart(d: Date): number {
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

/** The default review date: DEFAULT_REVIEW_MONTHS after `now`, as a date (midnight UTC). */
export function defaultReviewDate(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + DEFAULT_REVIEW_MONTHS, now.getUTCDate()));
}

/** The review date a publication sets: the one given, else the article's own if still ahead, else the default. */
function nextReviewDate(a: ArticleWorkflowItem, given: Date | undefined, now: Date): Date {
  if (given) return new Date(dayStart(given));
  if (a.reviewDate && dayStart(a.reviewDate) > dayStart(now)) return a.reviewDate;
  return defaultReviewDate(now);
}

/** What a transition decided before the common bookkeeping. */
interface Transition {
  patch: Partial<ArticleWorkflowItem>;
  inform: ArticleRecipientRole[];
  details?: ArticleNotice['details'];
}

const fail = (error: ArticleErrorCode): ArticleApplyError => ({ ok: false, error });

/** Publication (or republication) by a reviewer: four eyes when another person could review. */
function publication(a: ArticleWorkflowItem, actor: ArticleActor, who: ArticleReviewers, reviewDate: Date | undefined, now: Date): Transition | ArticleApplyError {
  if (!isReviewer(actor, who)) return fail('notAllowed');
  if ((isOwner(a, actor) || samePerson(a.submittedBy, actor.person)) && anotherReviewer(actor, who)) return fail('ownArticle');
  if (reviewDate && dayStart(reviewDate) <= dayStart(now)) return fail('reviewDateInPast');
  const next = nextReviewDate(a, reviewDate, now);
  return { patch: { status: 'published', publishedAt: now, reviewDate: next, reviewComment: undefined }, inform: ['owner', 'submitter'], details: { reviewDate: next.toISOString().slice(0, 10) } };
}

function decide(a: ArticleWorkflowItem, action: ArticleAction, actor: ArticleActor, who: ArticleReviewers, now: Date): Transition | ArticleApplyError {
  const owner = isOwner(a, actor);
  const reviewer = isReviewer(actor, who);
  switch (action.type) {
    case 'submitForReview':
      if (!owner && !reviewer) return fail('notAllowed');
      if (a.status !== 'draft') return fail('invalidStatus');
      return { patch: { status: 'in_review', submittedBy: actor.person }, inform: ['reviewer', 'owner'] };
    case 'withdraw':
      if (!owner && !samePerson(a.submittedBy, actor.person)) return fail('notAllowed');
      if (a.status !== 'in_review') return fail('invalidStatus');
      return { patch: { status: 'draft' }, inform: ['reviewer'] };
    case 'publish':
      if (a.status !== 'in_review') return reviewer ? fail('invalidStatus') : fail('notAllowed');
      return publication(a, actor, who, action.reviewDate, now);
    case 'sendBack':
      if (!reviewer) return fail('notAllowed');
      if (a.status !== 'in_review') return fail('invalidStatus');
      if (blank(action.comment)) return fail('commentRequired');
      return { patch: { status: 'draft', reviewComment: action.comment.trim() }, inform: ['owner', 'submitter'], details: { comment: action.comment.trim() } };
    case 'markOutdated':
      if (!owner && !reviewer) return fail('notAllowed');
      if (a.status !== 'published') return fail('invalidStatus');
      return { patch: { status: 'outdated' }, inform: ['owner'], details: { reason: blank(action.reason) ? undefined : (action.reason as string).trim() } };
    case 'republish':
      if (a.status !== 'outdated') return reviewer ? fail('invalidStatus') : fail('notAllowed');
      return publication(a, actor, who, action.reviewDate, now);
    case 'confirmReviewed': {
      // The review-date reminder's answer: still right as it is, due again later. No one else needs to hear it.
      if (!owner && !reviewer) return fail('notAllowed');
      if (a.status !== 'published') return fail('invalidStatus');
      if (action.reviewDate && dayStart(action.reviewDate) <= dayStart(now)) return fail('reviewDateInPast');
      const next = action.reviewDate ? new Date(dayStart(action.reviewDate)) : defaultReviewDate(now);
      return { patch: { reviewDate: next }, inform: ['owner'], details: { reviewDate: next.toISOString().slice(0, 10) } };
    }
    case 'rewrite':
      if (!owner && !reviewer) return fail('notAllowed');
      if (a.status !== 'outdated') return fail('invalidStatus');
      return { patch: { status: 'draft' }, inform: ['owner'] };
    default:
      return fail('notAllowed');
  }
}

/** Who a change informs: each person once, never the actor; roles in the order owner, submitter, reviewers. */
function noticesFor(a: ArticleWorkflowItem, tr: Transition, event: ArticleEvent, actor: ArticleActor, who: ArticleReviewers, version: number): ArticleNotice[] {
  const out: ArticleNotice[] = [];
  const changeKey = articleChangeKey(a.id, version, event);
  const add = (role: ArticleRecipientRole, person: PersonRef | undefined): void => {
    if (!person || person.id === actor.person.id || out.some(n => n.recipient.id === person.id)) return;
    out.push({ recipient: person, role, event, articleId: a.id, changeKey, details: tr.details || {} });
  };
  if (tr.inform.indexOf('owner') >= 0) add('owner', responsible(a));
  if (tr.inform.indexOf('submitter') >= 0) add('submitter', a.submittedBy);
  if (tr.inform.indexOf('reviewer') >= 0) who.reviewers.forEach(r => add('reviewer', r));
  return out;
}

/** Whether an action would be accepted now: the refusal's code, or undefined (the same guards as applyArticleAction). */
export function articleRefusalOf(article: ArticleWorkflowItem, action: ArticleAction, actor: ArticleActor, who: ArticleReviewers, now: Date): ArticleErrorCode | undefined {
  const decided = decide(article, action, actor, who, now);
  return 'ok' in decided ? decided.error : undefined;
}

/**
 * Applies one workflow action. Pure: the next state (version + 1) and the people informed once, or an error code.
 * The data layer writes the article with the ETag it read; a retry of the same change builds the same change keys.
 */
export function applyArticleAction(article: ArticleWorkflowItem, action: ArticleAction, actor: ArticleActor, now: Date, who: ArticleReviewers): ArticleApplyResult {
  const decided = decide(article, action, actor, who, now);
  if ('ok' in decided) return decided;
  const version = article.version + 1;
  const next: ArticleWorkflowItem = { ...article, ...decided.patch, version };
  return { ok: true, article: next, informed: noticesFor(article, decided, action.type, actor, who, version) };
}

/** Placeholder comment standing for the one the reviewer will type. */
const TYPED = '…';

/** The actions `actor` may take on `article` now, in display order (what the editor and the queue offer). */
export function availableArticleActions(article: ArticleWorkflowItem, actor: ArticleActor, who: ArticleReviewers, now: Date = new Date()): ArticleActionType[] {
  const probes: ArticleAction[] = [
    { type: 'submitForReview' }, { type: 'publish' }, { type: 'sendBack', comment: TYPED }, { type: 'withdraw' },
    { type: 'confirmReviewed' }, { type: 'markOutdated' }, { type: 'republish' }, { type: 'rewrite' }
  ];
  return probes.filter(p => articleRefusalOf(article, p, actor, who, now) === undefined).map(p => p.type);
}

/** Who may start a new article (and so becomes its owner): a contributor, a site owner, a named reviewer. */
export function canCreateArticle(actor: ArticleActor, namedReviewers: PersonRef[] = []): boolean {
  return actor.isContributor || actor.isSiteOwner || namedReviewers.some(r => r.id === actor.person.id);
}

/**
 * Who may change the article's text now. A draft or an outdated article: its owner and its reviewers. In review:
 * the reviewers (a correction while reviewing); the owner withdraws it first. Published: the reviewers only, as a
 * reviewer's edit is reviewed by construction; the owner marks it outdated and rewrites it, or asks a reviewer.
 */
export function canEditArticle(article: ArticleWorkflowItem, actor: ArticleActor, who: ArticleReviewers): boolean {
  const reviewer = isReviewer(actor, who);
  if (article.status === 'draft' || article.status === 'outdated') return reviewer || isOwner(article, actor);
  return reviewer;
}
