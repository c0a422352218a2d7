/**
 * KnowledgeDrafts and KnowledgeArticles rows ↔ the editor's text (ArticleContent): one mapper for both lists, which
 * share their text columns, so a publication copies exactly what the reviewer read.
 */
import type { RawKnowledgeArticlesItem, RawKnowledgeDraftsItem } from '../../schema/items.generated';
import { KNOWLEDGE_DRAFTS_SELECT } from '../../schema/items.generated';
import type { ArticleContent } from '../../../domain/knowledge/articleEditConflict';
import type { PersonRef } from '../../../domain/tickets/model';
import type { ArticleKind, DraftStatus, Language } from '../../../domain/vocabulary';
import type { Draft, DraftFile } from './types';

/** A person as `$expand=Author` (Id, Title, EMail) gives them. */
export interface PersonRow { Id?: number; Title?: string; EMail?: string }

/** The people and files a draft read expands. */
export const DRAFT_EXPAND = ['Author', 'Editor', 'AttachmentFiles'];
/** `$select` of a draft read: every column, the people, the files. */
export const DRAFT_SELECT: string[] = KNOWLEDGE_DRAFTS_SELECT.concat(['Author/Id', 'Author/Title', 'Author/EMail', 'Editor/Id', 'Editor/Title', 'Editor/EMail',
  'AttachmentFiles/FileName', 'AttachmentFiles/ServerRelativeUrl']);

/** A draft as DRAFT_SELECT reads it. */
export type DraftRow = RawKnowledgeDraftsItem & {
  'odata.etag'?: string; Author?: PersonRow; Editor?: PersonRow; AttachmentFiles?: { FileName: string; ServerRelativeUrl: string }[];
};

/** The text columns both lists share (Title included). */
export const CONTENT_COLUMNS = ['Title', 'HCSummary', 'HCBody', 'HCKeywords', 'HCQuestions', 'HCCategoryId', 'HCArticleKind', 'HCReviewDate'];

type ContentRow = Pick<RawKnowledgeArticlesItem, 'Title' | 'HCSummary' | 'HCBody' | 'HCKeywords' | 'HCQuestions' | 'HCCategoryId' | 'HCArticleKind' | 'HCReviewDate'>;

/** The text of a row of either list. */
export function contentOf(row: Partial<ContentRow>): ArticleContent {
  return {
    title: row.Title || '',
    summary: row.HCSummary || '',
    bodyHtml: row.HCBody || '',
    questions: (row.HCQuestions || '').split(/\r?\n/).map(q => q.trim()).filter(q => q !== ''),
    keywords: (row.HCKeywords || '').split(',').map(k => k.trim()).filter(k => k !== ''),
    categoryId: row.HCCategoryId || undefined,
    kind: (row.HCArticleKind || 'faq') as ArticleKind,
    reviewDate: row.HCReviewDate ? row.HCReviewDate.slice(0, 10) : undefined
  };
}

/** The columns of a text, for an add or an update of either list (empty values cleared). */
export function contentValues(c: ArticleContent): Record<string, unknown> {
  return {
    Title: c.title.trim(),
    HCSummary: c.summary,
    HCBody: c.bodyHtml,
    HCKeywords: c.keywords.map(k => k.trim()).filter(k => k !== '').join(', '),
    HCQuestions: c.questions.map(q => q.trim()).filter(q => q !== '').join('\n'),
    HCCategoryId: c.categoryId || null,
    HCArticleKind: c.kind,
    HCReviewDate: c.reviewDate ? `${c.reviewDate}T00:00:00Z` : null
  };
}

/** A person of an expanded row. */
export function personOf(row: PersonRow | undefined, id: number | null | undefined): PersonRef { // eslint-disable-line @rushstack/no-new-null
  return { id: (row && row.Id) || id || 0, email: (row && row.EMail) || '', displayName: (row && row.Title) || undefined };
}

/** The files of an expanded row. */
export function filesOf(row: { AttachmentFiles?: { FileName: string; ServerRelativeUrl: string }[] }): DraftFile[] {
  return (row.AttachmentFiles || []).map(f => ({ name: f.FileName, url: f.ServerRelativeUrl }));
}

/** The draft of a row. */
export function toDraft(row: DraftRow): Draft {
  return {
    id: row.Id,
    etag: row['odata.etag'] || '',
    content: contentOf(row),
    language: (row.HCLanguage || 'fr') as Language,
    status: (row.HCDraftStatus || 'draft') as DraftStatus,
    template: row.HCTemplate || undefined,
    articleId: row.HCArticleId || undefined,
    translationOfId: row.HCTranslationOfId || undefined,
    reviewComment: row.HCReviewComment || undefined,
    sourceTicketId: row.HCSourceTicket || undefined,
    baseVersion: row.HCBaseVersion || undefined,
    sequence: row.HCWorkflowSequence || 0,
    author: personOf(row.Author, row.AuthorId),
    modifiedBy: row.Editor ? personOf(row.Editor, row.EditorId) : undefined,
    modifiedAt: new Date(row.Modified),
    files: filesOf(row)
  };
}
