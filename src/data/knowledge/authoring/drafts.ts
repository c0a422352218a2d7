import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/attachments';
import { helpList } from '../../sp/lists';
import { isPreconditionFailed } from '../../sp/errors';
import { forEachPage } from '../../sp/paging';
import { safeAttachmentName } from '../../../domain/intake/attachmentNames';
import { detectEditConflict, type ArticleContent, type ArticleSnapshot } from '../../../domain/knowledge/articleEditConflict';
import type { ArticleStatus } from '../../../domain/vocabulary';
import { DRAFT_EXPAND, DRAFT_SELECT, type DraftRow, contentValues, filesOf, toDraft } from './rows';
import { ArticleEditConflictError, type Draft, type DraftFile, type DraftInput, type PastedFile } from './types';

const LIST = 'KnowledgeDrafts';
/** Rows per page of the drafts' queries. */
export const DRAFT_PAGE = 500;

/** The workflow status a draft stands for (KnowledgeDrafts' own states, in the article workflow's words). */
export function workflowStatusOf(draft: Pick<Draft, 'status'>): ArticleStatus {
  return draft.status === 'review' ? 'in_review' : draft.status === 'published' ? 'published' : 'draft';
}

function snapshotOf(d: Draft): ArticleSnapshot {
  return { etag: d.etag, content: d.content, status: workflowStatusOf(d), modifiedBy: d.modifiedBy, modifiedAt: d.modifiedAt };
}

/**
 * KnowledgeDrafts through PnPjs: where contributors write. SharePoint keeps a contributor to their own drafts
 * (WriteSecurity 2) and lets reviewers and owners edit all (Override List Behaviors). Every save carries the ETag
 * the editor read (IF-MATCH): two people saving one draft get ArticleEditConflictError with both texts, never a
 * lost edit.
 */
export class DraftRepository {
  /** @param sp PnPjs bound to the help center site, as the person who acts. */
  public constructor(private readonly sp: SPFI) {}

  /** One draft with its author and files (undefined: missing, or not readable by this person). */
  public async get(id: number): Promise<Draft | undefined> {
    try {
      return toDraft(await helpList(this.sp, LIST).items.getById(id).select(...DRAFT_SELECT).expand(...DRAFT_EXPAND)<DraftRow>());
    } catch (e) {
      if ((e as { status?: number }).status === 404) return undefined;
      throw e;
    }
  }

  /** The drafts one person wrote (Author is indexed), newest first, those published left out. */
  public async byAuthor(authorId: number): Promise<Draft[]> {
    const out: Draft[] = [];
    await forEachPage<DraftRow>(helpList(this.sp, LIST).items.select(...DRAFT_SELECT).expand(...DRAFT_EXPAND)
      .filter(`AuthorId eq ${Math.floor(authorId)}`).top(DRAFT_PAGE), page => {
      page.forEach(r => { if (r.HCDraftStatus !== 'published') out.push(toDraft(r)); });
    });
    return out.sort((a, b) => b.modifiedAt.getTime() - a.modifiedAt.getTime());
  }

  /**
   * A new draft (a new article, or the edit of a published one: `articleId`, whose current version label is kept
   * as the draft's base so that publishing over a newer publication is a conflict).
   */
  public async create(input: DraftInput): Promise<Draft> {
    let baseVersion: string | undefined;
    if (input.articleId) {
      const article = await helpList(this.sp, 'KnowledgeArticles').items.getById(input.articleId).select('Id', 'OData__UIVersionString')<{ OData__UIVersionString?: string }>();
      baseVersion = article.OData__UIVersionString || undefined;
    }
    const added = await helpList(this.sp, LIST).items.add({
      ...contentValues(input.content),
      HCLanguage: input.language,
      HCTemplate: input.template || null,
      HCArticleId: input.articleId || null,
      HCTranslationOfId: input.translationOfId || null,
      HCSourceTicket: input.sourceTicketId || null,
      HCBaseVersion: baseVersion || null,
      HCDraftStatus: 'draft',
      HCWorkflowSequence: 0
    }) as { Id: number };
    return (await this.get(added.Id)) as Draft;
  }

  /**
   * Saves the text with the ETag the editor read. When someone saved first: their change and mine are compared
   * (`base`, the text the editor opened); a save that changed nothing of the text (an attachment added) is retried
   * with the current ETag, anything else is ArticleEditConflictError with both texts.
   */
  public async save(id: number, etag: string, content: ArticleContent, base?: ArticleContent): Promise<Draft> {
    const item = helpList(this.sp, LIST).items.getById(id);
    try {
      await item.update(contentValues(content), etag);
    } catch (e) {
      if (!isPreconditionFailed(e)) throw e;
      const current = await this.get(id);
      if (!current) throw e;
      const started = base ? { ...snapshotOf(current), etag, content: base } : undefined;
      const verdict = started ? detectEditConflict(started, snapshotOf(current), content) : undefined;
      if (!verdict || verdict.conflict) throw new ArticleEditConflictError(id, verdict && verdict.conflict ? verdict : undefined);
      return this.save(id, current.etag, content);
    }
    return (await this.get(id)) as Draft;
  }

  /**
   * Stores pasted or dropped images as the draft's attachments under names SharePoint accepts (never two alike).
   * Each attachment changes the item's ETag: the editor continues with the one returned.
   */
  public async addFiles(id: number, files: PastedFile[]): Promise<{ files: DraftFile[]; etag: string }> {
    const item = helpList(this.sp, LIST).items.getById(id);
    const existing = await item.attachmentFiles.select('FileName')<{ FileName: string }[]>();
    const taken = existing.map(f => f.FileName);
    const added: string[] = [];
    for (const f of files) {
      const name = safeAttachmentName(f.name, taken);
      taken.push(name);
      await item.attachmentFiles.add(name, f.content);
      added.push(name);
    }
    const row = await item.select('Id', 'AttachmentFiles/FileName', 'AttachmentFiles/ServerRelativeUrl').expand('AttachmentFiles')<DraftRow>();
    return { files: filesOf(row).filter(f => added.indexOf(f.name) >= 0), etag: row['odata.etag'] || '' };
  }

  /** Writes workflow columns of a draft with the ETag read (IF-MATCH); a 412 is ArticleEditConflictError. */
  public async writeState(id: number, etag: string, values: Record<string, unknown>): Promise<void> {
    try {
      await helpList(this.sp, LIST).items.getById(id).update(values, etag);
    } catch (e) {
      if (isPreconditionFailed(e)) throw new ArticleEditConflictError(id);
      throw e;
    }
  }
}
