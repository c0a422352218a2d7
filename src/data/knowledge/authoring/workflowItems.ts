/** Drafts and published articles as the article workflow (articleWorkflow.ts) reads them. */
import type { ArticleWorkflowItem } from '../../../domain/knowledge/articleWorkflow';
import type { PersonRef } from '../../../domain/tickets/model';
import type { ArticleStatus, Language } from '../../../domain/vocabulary';
import { workflowStatusOf } from './drafts';
import type { Draft } from './types';

/**
 * A draft in the workflow: its author owns it and is the one who sends it to review (WriteSecurity 2 lets no other
 * contributor change it). The change keys name the draft (`article:<draft id>:…`): the events of a draft (submit,
 * send back, publish) and those of a published article (outdated, review due) never share a name, so the keys of a
 * draft and of the article with the same id never meet.
 */
export function draftWorkflowItem(d: Draft): ArticleWorkflowItem {
  return {
    id: d.id, title: d.content.title, status: workflowStatusOf(d), version: d.sequence, owner: d.author, author: d.author,
    categoryId: d.content.categoryId, language: d.language,
    reviewDate: d.content.reviewDate ? new Date(`${d.content.reviewDate}T00:00:00Z`) : undefined,
    submittedBy: d.status === 'review' ? d.author : undefined, reviewComment: d.reviewComment
  };
}

/** A KnowledgeArticles row as the workflow reads it. */
export interface ArticleStateRow {
  Id: number; Title: string | null; HCStatus: string | null; HCWorkflowSequence?: number | null; HCCategoryId?: number | null; // eslint-disable-line @rushstack/no-new-null
  HCLanguage?: string | null; HCReviewDate?: string | null; HCPublishedAt?: string | null; HCOwnerId?: number | null; AuthorId?: number; // eslint-disable-line @rushstack/no-new-null
  HCOwner?: { Id?: number; Title?: string; EMail?: string }; Author?: { Id?: number; Title?: string; EMail?: string };
}

/** `$select`/`$expand` of ArticleStateRow. */
export const ARTICLE_STATE_SELECT = ['Id', 'Title', 'HCStatus', 'HCWorkflowSequence', 'HCCategoryId', 'HCLanguage', 'HCReviewDate', 'HCPublishedAt', 'HCOwnerId', 'AuthorId',
  'HCOwner/Id', 'HCOwner/Title', 'HCOwner/EMail', 'Author/Id', 'Author/Title', 'Author/EMail'];
export const ARTICLE_STATE_EXPAND = ['HCOwner', 'Author'];

function person(p: { Id?: number; Title?: string; EMail?: string } | undefined, id: number | null | undefined): PersonRef | undefined { // eslint-disable-line @rushstack/no-new-null
  const pid = (p && p.Id) || id;
  return pid ? { id: pid, email: (p && p.EMail) || '', displayName: (p && p.Title) || undefined } : undefined;
}

/** A published (or outdated) article in the workflow. */
export function articleWorkflowItem(r: ArticleStateRow): ArticleWorkflowItem {
  return {
    id: r.Id, title: r.Title || '', status: (r.HCStatus || 'draft') as ArticleStatus, version: r.HCWorkflowSequence || 0,
    owner: person(r.HCOwner, r.HCOwnerId), author: person(r.Author, r.AuthorId), categoryId: r.HCCategoryId || undefined,
    language: (r.HCLanguage || 'fr') as Language, reviewDate: r.HCReviewDate ? new Date(r.HCReviewDate) : undefined,
    publishedAt: r.HCPublishedAt ? new Date(r.HCPublishedAt) : undefined
  };
}
