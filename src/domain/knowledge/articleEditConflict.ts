/**
 * Two people editing one article: what the other person changed since I opened it, and what can be saved without
 * losing either edit. The ETag alone cannot decide: every reader's view and vote recounts the article's counters
 * (HCViews, HCHelpful), which changes the ETag without touching the text. So the text fields are compared.
 */
import type { ArticleKind, ArticleStatus } from '../vocabulary';
import type { PersonRef } from '../tickets/model';

/** The fields a contributor edits (KnowledgeArticles). */
export interface ArticleContent {
  /** Title. */
  title: string;
  /** HCSummary. */
  summary: string;
  /** HCBody (sanitised HTML). */
  bodyHtml: string;
  /** HCQuestions, one per line. */
  questions: string[];
  /** HCKeywords. */
  keywords: string[];
  /** HCCategory. */
  categoryId?: number;
  /** HCArticleKind. */
  kind: ArticleKind;
  /** HCReviewDate as `YYYY-MM-DD`. */
  reviewDate?: string;
}

/** One version of the item as read: its ETag, its text, its state and who saved it. */
export interface ArticleSnapshot {
  etag: string;
  content: ArticleContent;
  status: ArticleStatus;
  modifiedBy?: PersonRef;
  modifiedAt?: Date;
}

/** The names of the edited fields. */
export type ArticleContentField = keyof ArticleContent;

/** Fields compared, in the order a conflict lists them. */
export const ARTICLE_CONTENT_FIELDS: ArticleContentField[] = ['title', 'summary', 'bodyHtml', 'questions', 'keywords', 'categoryId', 'kind', 'reviewDate'];

/** No conflict: save `content` with `etag` (the current one when only counters moved). */
export interface NoEditConflict { conflict: false; etag: string; content: ArticleContent }

/**
 * A conflict, never resolved silently: my text is kept whole (`mine`) for the editor, beside theirs. When no field
 * was changed on both sides, `merged` (their version with my changes) can be offered in one click, with `etag`.
 */
export interface EditConflict {
  conflict: true;
  /** Fields the other person changed since my base. */
  theirChanges: ArticleContentField[];
  /** Fields both of us changed, differently: the person chooses. */
  bothChanged: ArticleContentField[];
  /** Whether the article's state moved under me (e.g. a reviewer published it). */
  statusChanged: boolean;
  /** My edited text, as typed. */
  mine: ArticleContent;
  /** The current text. */
  theirs: ArticleContent;
  /** Their version with my changes on top, when no field changed on both sides and the state did not move. */
  merged?: ArticleContent;
  /** The current ETag, to save `merged` or a resolved version with. */
  etag: string;
  changedBy?: PersonRef;
  changedAt?: Date;
}

/** Result of detectEditConflict. */
export type EditConflictResult = NoEditConflict | EditConflict;

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b || ((a === undefined || a === '') && (b === undefined || b === ''));
}

/** The fields that differ between two versions. */
export function changedFields(from: ArticleContent, to: ArticleContent): ArticleContentField[] {
  return ARTICLE_CONTENT_FIELDS.filter(f => !sameValue(from[f], to[f]));
}

/**
 * Compares the version I started from (`base`), the current item (`current`) and my edit (`mine`). Same ETag: save.
 * Another ETag but the same text and state (a vote, a view): save with the current ETag. Otherwise a conflict that
 * keeps both texts. Saving over theirs is never offered silently, even when merging would be possible.
 */
export function detectEditConflict(base: ArticleSnapshot, current: ArticleSnapshot, mine: ArticleContent): EditConflictResult {
  if (base.etag === current.etag) return { conflict: false, etag: current.etag, content: mine };
  const theirChanges = changedFields(base.content, current.content);
  const statusChanged = base.status !== current.status;
  if (!theirChanges.length && !statusChanged) return { conflict: false, etag: current.etag, content: mine };
  const myChanges = changedFields(base.content, mine);
  const bothChanged = theirChanges.filter(f => myChanges.indexOf(f) >= 0 && !sameValue(mine[f], current.content[f]));
  const result: EditConflict = {
    conflict: true, theirChanges, bothChanged, statusChanged, mine, theirs: current.content, etag: current.etag,
    changedBy: current.modifiedBy, changedAt: current.modifiedAt
  };
  if (!bothChanged.length && !statusChanged) {
    const merged: ArticleContent = { ...current.content };
    for (const f of myChanges) (merged as unknown as { [k: string]: unknown })[f] = mine[f];
    result.merged = merged;
  }
  return result;
}
