import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/attachments';
import { helpList } from '../../sp/lists';
import { isPreconditionFailed } from '../../sp/errors';
import { changedFields, detectEditConflict, type ArticleContent } from '../../../domain/knowledge/articleEditConflict';
import type { ArticleStatus } from '../../../domain/vocabulary';
import { contentOf, contentValues, type DraftRow } from './rows';
import { ArticleEditConflictError, type Draft } from './types';

const ARTICLES = 'KnowledgeArticles';
/** Conditional writes of a published article before giving up (readers' counters move its ETag, not its text). */
const ATTEMPTS = 3;

/** The published article as a publication reads it: ETag, version label, text, state. */
interface PublishedRow extends DraftRow { OData__UIVersionString?: string; HCStatus?: string | null; HCOwnerId?: number | null } // eslint-disable-line @rushstack/no-new-null

/** A version of an article as the versions API returns it (lookups as LookupId/LookupValue). */
export interface ArticleVersionRow {
  VersionLabel: string;
  VersionId?: number;
  Created?: string;
  Title?: string | null; HCSummary?: string | null; HCBody?: string | null; HCKeywords?: string | null; HCQuestions?: string | null; // eslint-disable-line @rushstack/no-new-null
  HCCategory?: { LookupId: number } | null; HCArticleKind?: string | null; HCReviewDate?: string | null; HCStatus?: string | null; // eslint-disable-line @rushstack/no-new-null
}

/** The text of a version. */
export function versionContent(v: ArticleVersionRow): ArticleContent {
  return contentOf({
    Title: v.Title || null, HCSummary: v.HCSummary || null, HCBody: v.HCBody || null, HCKeywords: v.HCKeywords || null, HCQuestions: v.HCQuestions || null,
    HCCategoryId: (v.HCCategory && v.HCCategory.LookupId) || null, HCArticleKind: (v.HCArticleKind || null) as never, HCReviewDate: v.HCReviewDate || null
  });
}

/** Reads every version of an article, newest first. */
export async function articleVersions(sp: SPFI, articleId: number): Promise<ArticleVersionRow[]> {
  return await helpList(sp, ARTICLES).items.getById(articleId).versions() as ArticleVersionRow[];
}

/** The draft's files' URLs replaced by the article's copies (server-relative, also inside absolute and encoded URLs). */
export function relinkFiles(html: string, from: { name: string; url: string }[], to: { name: string; url: string }[]): string {
  let out = html;
  for (const f of from) {
    const copy = to.filter(t => t.name === f.name)[0];
    if (!copy) continue;
    out = out.split(f.url).join(copy.url).split(encodeURI(f.url)).join(encodeURI(copy.url));
  }
  return out;
}

/**
 * Writes a draft's text into KnowledgeArticles, as a reviewer or an owner (SharePoint refuses anyone else): a new
 * item, or the update of the article the draft edits, with IF-MATCH on the published item. Publishing over a
 * publication newer than the draft's base is a conflict (ArticleEditConflictError), never a silent overwrite.
 * Attachments (pasted images) are copied and the body's links moved to the copies: readers cannot read drafts.
 */
export class ArticleWriter {
  /** @param sp PnPjs as the reviewer. */
  public constructor(private readonly sp: SPFI) {}

  /** Publishes the draft; returns the article's id. `extra`: workflow columns (status, dates, sequence). */
  public async publish(draft: Draft, extra: Record<string, unknown>): Promise<number> {
    const list = helpList(this.sp, ARTICLES);
    let articleId = draft.articleId;
    if (!articleId) {
      // Added unpublished first: its id is needed to copy the files and relink the body before readers see it.
      const added = await list.items.add({ ...contentValues(draft.content), HCStatus: 'draft', HCOwnerId: draft.author.id || null }) as { Id: number };
      articleId = added.Id;
      // The draft points at its article at once: a retry after a failure below continues with this item.
      await helpList(this.sp, 'KnowledgeDrafts').items.getById(draft.id).update({ HCArticleId: articleId });
    }
    const files = await this.copyFiles(draft, articleId);
    const body = relinkFiles(draft.content.bodyHtml, draft.files, files);
    for (let attempt = 0; ; attempt++) {
      const current = await list.items.getById(articleId).select('Id', 'OData__UIVersionString', ...['Title', 'HCSummary', 'HCBody', 'HCKeywords', 'HCQuestions', 'HCCategoryId', 'HCArticleKind', 'HCReviewDate', 'HCStatus'])<PublishedRow>();
      await this.checkBase(draft, articleId, current);
      try {
        await list.items.getById(articleId).update({
          ...contentValues({ ...draft.content, bodyHtml: body }), HCLanguage: draft.language, HCTranslationOfId: draft.translationOfId || null,
          HCSourceTicket: draft.sourceTicketId || null, ...extra
        }, current['odata.etag'] || '*');
        return articleId;
      } catch (e) {
        if (!isPreconditionFailed(e) || attempt + 1 >= ATTEMPTS) throw isPreconditionFailed(e) ? new ArticleEditConflictError(articleId) : e;
      }
    }
  }

  /**
   * The article changed since the draft started from it (another draft published, a version restored): a conflict
   * with both texts. Its counters and a publication of this very draft (a retry) are not changes.
   */
  private async checkBase(draft: Draft, articleId: number, current: PublishedRow): Promise<void> {
    if (!draft.articleId || !draft.baseVersion || current.OData__UIVersionString === draft.baseVersion) return;
    const base = (await articleVersions(this.sp, articleId)).filter(v => v.VersionLabel === draft.baseVersion)[0];
    if (!base) return;
    const baseContent = versionContent(base);
    const now = contentOf(current);
    if (!changedFields(baseContent, now).length || !changedFields(now, draft.content).length) return;
    const status = (current.HCStatus || 'published') as ArticleStatus;
    const verdict = detectEditConflict({ etag: base.VersionLabel, content: baseContent, status }, { etag: current['odata.etag'] || '', content: now, status }, draft.content);
    throw new ArticleEditConflictError(articleId, verdict.conflict ? verdict : undefined);
  }

  /** Copies the draft's files to the article (same names; a file of the same name is replaced). */
  private async copyFiles(draft: Draft, articleId: number): Promise<{ name: string; url: string }[]> {
    const source = helpList(this.sp, 'KnowledgeDrafts').items.getById(draft.id).attachmentFiles;
    const target = helpList(this.sp, ARTICLES).items.getById(articleId).attachmentFiles;
    const existing = (await target.select('FileName')<{ FileName: string }[]>()).map(f => f.FileName);
    for (const f of draft.files) {
      const content = await source.getByName(f.name).getBuffer();
      if (existing.indexOf(f.name) >= 0) await target.getByName(f.name).setContent(content);
      else await target.add(f.name, content);
    }
    const after = await target.select('FileName', 'ServerRelativeUrl')<{ FileName: string; ServerRelativeUrl: string }[]>();
    return after.map(f => ({ name: f.FileName, url: f.ServerRelativeUrl }));
  }

  /**
   * Restores a version's text as the current one (a new version: the history keeps everything), with IF-MATCH on
   * the ETag the reviewer read. SharePoint's REST has no restore for list items (RestoreByLabel is for files).
   */
  public async restore(articleId: number, etag: string, versionLabel: string, extra: Record<string, unknown>): Promise<void> {
    const version = (await articleVersions(this.sp, articleId)).filter(v => v.VersionLabel === versionLabel)[0];
    if (!version) throw new Error(`Article ${articleId} has no version ${versionLabel}.`);
    try {
      await helpList(this.sp, ARTICLES).items.getById(articleId).update({ ...contentValues(versionContent(version)), ...extra }, etag);
    } catch (e) {
      if (isPreconditionFailed(e)) throw new ArticleEditConflictError(articleId);
      throw e;
    }
  }
}
