import { articleRefusalOf, defaultReviewDate, type ArticleErrorCode, type ArticleReviewers } from '../../../domain/knowledge/articleWorkflow';
import { ArticleEditConflictError, ArticleWorkflowError, type AuthoringActor, type Draft } from '../../../data/knowledge/authoring/types';
import { draftWorkflowItem } from '../../../data/knowledge/authoring/workflowItems';

/** What a reviewer may do on the draft now, and why not (the rules of articleWorkflow.ts, as the service applies them). */
export interface ReviewChoice {
  /** Why "Publier" is not offered (ownArticle: four eyes), undefined when it is. */
  publish?: ArticleErrorCode;
  /** Why "Renvoyer à l'auteur" is not offered, undefined when it is. */
  sendBack?: ArticleErrorCode;
}

/** The refusals of the two review actions for this person on this draft (`who`: the category's reviewers). */
export function reviewChoice(draft: Draft, actor: AuthoringActor, who: ArticleReviewers, now: Date): ReviewChoice {
  const item = draftWorkflowItem(draft);
  const person = { person: actor.person, isSiteOwner: actor.isSiteOwner, isContributor: actor.isContributor };
  let publish = articleRefusalOf(item, { type: 'publish' }, person, who, now);
  // SharePoint's half of the rule: only the reviewers group and the owners write what readers read.
  if (!publish && !actor.canPublish) publish = 'notAllowed';
  return { publish, sendBack: articleRefusalOf(item, { type: 'sendBack', comment: '-' }, person, who, now) };
}

/** A failed step's message key, and whether trying again may help (not after a refusal or a conflict). */
export function reviewFailure(e: unknown): { key: ArticleErrorCode | 'conflict' | 'failed'; retry: boolean } {
  if (e instanceof ArticleWorkflowError) return { key: e.code, retry: false };
  if (e instanceof ArticleEditConflictError) return { key: 'conflict', retry: false };
  return { key: 'failed', retry: true };
}

/**
 * What a review step did, in words: the step, then what became of its mails ('deferred': none went, said plainly).
 * For the page that shows it after ReviewActions is gone (the draft read again is no longer in review).
 */
export function reviewOutcomeText(s: IHelpCenterArticleEditorStrings['articleReview'], r: { action: 'published' | 'sentBack'; mails: 'sent' | 'deferred' | 'none' | 'failed' }): string {
  return `${r.action === 'published' ? s.published : s.sentBack} ${s.mails[r.mails]}`;
}

/**
 * The review date offered on publication, as the date picker shows it (a local day: review dates are days, stored at
 * midnight UTC): the draft's own when still ahead (the workflow's rule), else DEFAULT_REVIEW_MONTHS from now.
 */
export function defaultPickedDate(now: Date, draftDay?: string): Date {
  const own = /^(\d{4})-(\d{2})-(\d{2})/.exec(draftDay || '');
  if (own) {
    const d = new Date(Number(own[1]), Number(own[2]) - 1, Number(own[3]));
    if (!pickedInPast(d, now)) return d;
  }
  const d = defaultReviewDate(now);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

/** The picked local day as the review date the service stores (midnight UTC of that day). */
export function reviewDateOf(picked: Date): Date {
  return new Date(Date.UTC(picked.getFullYear(), picked.getMonth(), picked.getDate()));
}

/** Whether a picked day is today or earlier (the workflow refuses it: reviewDateInPast). */
export function pickedInPast(picked: Date, now: Date): boolean {
  return new Date(picked.getFullYear(), picked.getMonth(), picked.getDate()).getTime() <= new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
}

/** The picked day as the page writes dates (`dd/mm/yyyy` in French, the same in British English). */
export function formatPickedDate(d?: Date): string {
  if (!d) return '';
  const two = (n: number): string => (n < 10 ? '0' : '') + n;
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** A typed `dd/mm/yyyy` day, or undefined (the date picker then shows its invalid-input message). */
export function parsePickedDate(text: string): Date | undefined {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text || '');
  if (!m) return undefined;
  const d = new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1]));
  return d.getDate() === Number(m[1]) && d.getMonth() === Number(m[2]) - 1 ? d : undefined;
}

/** Where an unsent comment waits (it survives a reload; removed once the draft is sent back). */
export function commentKey(draftId: number): string {
  return `hc-review-comment|${draftId}`;
}

/** Reads the comment kept for this draft ("" when none or when the browser keeps nothing). */
export function keptComment(draftId: number): string {
  try { return window.localStorage.getItem(commentKey(draftId)) || ''; } catch { return ''; }
}

/** Keeps (or forgets, when empty) the comment being written. */
export function keepComment(draftId: number, text: string): void {
  try {
    if (text) window.localStorage.setItem(commentKey(draftId), text); else window.localStorage.removeItem(commentKey(draftId));
  } catch {
    // Private browsing or a full storage: the comment lives in the page only.
  }
}
