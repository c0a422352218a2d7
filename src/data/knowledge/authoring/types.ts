/**
 * The authoring data layer's view models: a draft (KnowledgeDrafts) as the editor reads it, what a contributor
 * saves, who acts, and the errors a page maps to its strings.
 */
import type { ArticleKind, DraftStatus, Language } from '../../../domain/vocabulary';
import type { PersonRef } from '../../../domain/tickets/model';
import type { ArticleContent, EditConflict } from '../../../domain/knowledge/articleEditConflict';
import type { ArticleErrorCode } from '../../../domain/knowledge/articleWorkflow';

/** A KnowledgeDrafts item as the editor and the reviewer read it. */
export interface Draft {
  id: number;
  /** The ETag to save with (IF-MATCH): two people saving one draft get a conflict, never a lost edit. */
  etag: string;
  content: ArticleContent;
  language: Language;
  status: DraftStatus;
  /** HCTemplate. */
  template?: string;
  /** HCArticle: the published article this draft edits (undefined: a new article). */
  articleId?: number;
  /** HCTranslationOf. */
  translationOfId?: number;
  /** HCReviewComment: the reviewer's words when it was last sent back. */
  reviewComment?: string;
  /** HCSourceTicket. */
  sourceTicketId?: number;
  /** HCBaseVersion: the published article's version label the draft started from. */
  baseVersion?: string;
  /** HCWorkflowSequence. */
  sequence: number;
  /** Who wrote it (Author): the only contributor who may edit it. */
  author: PersonRef;
  modifiedBy?: PersonRef;
  modifiedAt: Date;
  /** Its attachments (pasted images), by file name. */
  files: DraftFile[];
}

/** An attachment of a draft or an article. */
export interface DraftFile { name: string; url: string }

/** What a contributor saves: the article's text and its links. */
export interface DraftInput {
  content: ArticleContent;
  language: Language;
  template?: string;
  articleId?: number;
  translationOfId?: number;
  sourceTicketId?: number;
}

/** A pasted or dropped image (or any file) to store as the draft's attachment. */
export interface PastedFile { name: string; content: ArrayBuffer | Blob }

/** Who acts, as SharePoint's permissions say (effective permissions, so membership through Entra groups counts). */
export interface AuthoringActor {
  person: PersonRef;
  /** Manage Web on the site: reviews every category. */
  isSiteOwner: boolean;
  /** May add drafts (KnowledgeDrafts). */
  isContributor: boolean;
  /** May write KnowledgeArticles (reviewers group or owners): SharePoint's half of the publishing rule. */
  canPublish: boolean;
  /**
   * May record the workflow's mails (add items to ArticleNotifications: reviewers, agents, owners). false: a step's
   * mails are left to the next reviewer's, agent's or owner's housekeeping without asking the list (whose refusal a
   * browser would log as an error). Undefined (not read): the outbox is asked and its refusal read as 'deferred'.
   */
  mayRecordMails?: boolean;
}

/**
 * Two people saved one draft or article: the other one's save came first. `conflict` (from articleEditConflict)
 * keeps my text whole beside theirs; undefined when the item changed in a way the text comparison cannot show.
 */
export class ArticleEditConflictError extends Error {
  public constructor(public readonly itemId: number, public readonly conflict?: EditConflict) {
    super(`Item ${itemId} was changed by someone else since it was opened: nothing was overwritten.`);
    this.name = 'ArticleEditConflictError';
  }
}

/** A workflow action refused by the rules (articleWorkflow.ts): the page shows the code's string. */
export class ArticleWorkflowError extends Error {
  public constructor(public readonly code: ArticleErrorCode) {
    super(`Article workflow action refused: ${code}.`);
    this.name = 'ArticleWorkflowError';
  }
}

/** Why a ticket cannot become an article: the reader is no agent, there is no such ticket, or it is not resolved or closed. */
export type TicketArticleErrorCode = 'notAllowed' | 'notFound' | 'notResolved';

/** "Turn into an article" refused (fromTicket.ts): the page shows the code's string. */
export class TicketArticleError extends Error {
  public constructor(public readonly code: TicketArticleErrorCode, public readonly ticketId: number) {
    super(`Ticket ${ticketId} cannot become an article: ${code}.`);
    this.name = 'TicketArticleError';
  }
}

/** The kinds an article may have (a template's kind is mapped to one of them). */
export type { ArticleKind };
