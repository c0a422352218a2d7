import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IItems } from '@pnp/sp/items';
import { ARTICLE_KINDS, type ArticleKind } from '../../domain/vocabulary';
import { communityOf } from '../../domain/categories/community';
import { synonymsFromSetting, SYNONYMS_SETTING_KEY } from '../../domain/search/synonyms';
import type { RawHelpCategoriesItem, RawKnowledgeArticlesItem } from '../schema/items.generated';
import { isNotFound } from '../sp/errors';
import { helpList } from '../sp/lists';
import { idIn, odataDate, odataString } from '../sp/odata';
import { forEachPage } from '../sp/paging';
import type { ArticleDetail, ArticleLanguage, ArticleSummary, KnowledgeCategory } from './types';

/** Rows per page: far under the 5,000 list view threshold, few enough round trips for a few hundred articles. */
export const PAGE_SIZE = 2000;

const SUMMARY_SELECT = ['Id', 'Title', 'HCSummary', 'HCKeywords', 'HCQuestions', 'HCCategoryId', 'HCLanguage', 'HCArticleKind',
  'HCTranslationOfId', 'Modified', 'HCViews', 'HCHelpful', 'HCNotHelpful', 'HCStatus'];

/** A KnowledgeArticles item as SharePoint returns it for the listing and the index (generated raw type). */
export type RawArticleRow = Pick<RawKnowledgeArticlesItem, 'Id' | 'Title' | 'HCSummary' | 'HCKeywords' | 'HCQuestions' | 'HCCategoryId'
  | 'HCLanguage' | 'HCArticleKind' | 'HCTranslationOfId' | 'Modified' | 'HCViews' | 'HCHelpful' | 'HCNotHelpful' | 'HCStatus'> & Partial<Pick<RawKnowledgeArticlesItem, 'HCBody'>>;

type RawCategoryRow = Pick<RawHelpCategoriesItem, 'Id' | 'Title' | 'HCTitleEn' | 'HCParentId' | 'HCSortOrder' | 'HCCommunityUrl' | 'HCCommunityName'>;

function toCategory(c: RawCategoryRow): KnowledgeCategory {
  return {
    id: c.Id, titleFr: c.Title || '', titleEn: c.HCTitleEn || c.Title || '', parentId: c.HCParentId || undefined, sortOrder: c.HCSortOrder || 0,
    community: communityOf(c.HCCommunityUrl, c.HCCommunityName)
  };
}

function sortCategories(list: KnowledgeCategory[]): KnowledgeCategory[] {
  return list.sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
}

/** An article version with the body the search engine indexes (the body is never cached). */
export interface IndexedArticle { summary: ArticleSummary; body: string }

function splitList(value: RawKnowledgeArticlesItem['HCKeywords'] | undefined, separator: RegExp): string[] {
  return (value || '').split(separator).map(s => s.trim()).filter(s => s.length > 0);
}

/** Raw row -> ArticleSummary. */
export function toSummary(row: RawArticleRow): ArticleSummary {
  const kind = (ARTICLE_KINDS as readonly string[]).indexOf(row.HCArticleKind || '') >= 0 ? row.HCArticleKind as ArticleKind : 'faq';
  return {
    id: row.Id,
    title: row.Title || '',
    summary: row.HCSummary || '',
    language: (row.HCLanguage === 'en' ? 'en' : 'fr') as ArticleLanguage,
    kind,
    categoryId: row.HCCategoryId || undefined,
    translationId: row.HCTranslationOfId || undefined,
    keywords: splitList(row.HCKeywords, /[,;]/),
    questions: splitList(row.HCQuestions, /\r?\n/),
    modified: row.Modified,
    views: row.HCViews || 0,
    helpful: row.HCHelpful || 0,
    notHelpful: row.HCNotHelpful || 0
  };
}

/** Reads KnowledgeArticles and HelpCategories: `$select`ed, filtered on indexed columns only, paged. */
export class KnowledgeRepository {
  public constructor(private readonly sp: SPFI) {}

  /** Every published article with its body, page by page (HCStatus is indexed). */
  public async published(): Promise<IndexedArticle[]> {
    return this.read(`HCStatus eq ${odataString('published')}`);
  }

  /**
   * Articles changed at or after `since` whatever their status (Modified is indexed), so that an unpublished
   * article is seen and dropped from the cached index. `ge`, not `gt`: Modified has a one-second resolution and
   * an edit in the same second as the newest cached one must not be missed (the caller compares).
   */
  public async changedSince(since: string): Promise<{ article: IndexedArticle; published: boolean }[]> {
    const rows: { article: IndexedArticle; published: boolean }[] = [];
    await forEachPage<RawArticleRow>(this.list.items.select(...SUMMARY_SELECT, 'HCBody')
      .filter(`Modified ge ${odataDate(since)}`).top(PAGE_SIZE), page => {
      for (const row of page) rows.push({ article: { summary: toSummary(row), body: row.HCBody || '' }, published: row.HCStatus === 'published' });
    });
    return rows;
  }

  /**
   * The most recently modified published articles (for the SharePoint Search provider, which has no local copy):
   * one page filtered on HCStatus and ordered by Modified, both indexed.
   */
  public async recentPublished(count: number): Promise<ArticleSummary[]> {
    const rows = await this.list.items.select(...SUMMARY_SELECT).filter(`HCStatus eq ${odataString('published')}`)
      .orderBy('Modified', false).top(Math.min(count, PAGE_SIZE))<RawArticleRow[]>();
    return rows.map(toSummary);
  }

  /**
   * The published ones among these articles, by id (Id is always indexed), in one request: callers pass a page of
   * ids (SharePoint Search's hits), not thousands.
   */
  public async publishedSummaries(ids: number[]): Promise<{ [id: string]: ArticleSummary }> {
    const out: { [id: string]: ArticleSummary } = {};
    if (ids.length === 0) return out;
    const rows = await this.list.items.select(...SUMMARY_SELECT).filter(idIn(ids)).top(ids.length)<RawArticleRow[]>();
    for (const row of rows) if (row.HCStatus === 'published') out[String(row.Id)] = toSummary(row);
    return out;
  }

  /** The owners' search synonyms (HelpSettings `search.synonyms`, on the indexed unique key): the product's list when none. */
  public async searchSynonyms(): Promise<string[][]> {
    const rows = await helpList(this.sp, 'HelpSettings').items.select('HCValue').filter(`HCSettingKey eq ${odataString(SYNONYMS_SETTING_KEY)}`).top(1)<{ HCValue: string | null }[]>();
    return synonymsFromSetting((rows[0] && rows[0].HCValue) || undefined);
  }

  /** The list's item count: an upper bound of the published articles, one small request. */
  public async itemCount(): Promise<number> {
    const info = await this.list.select('ItemCount')<{ ItemCount: number }>();
    return info.ItemCount;
  }

  /**
   * One published article with its body, attachments and owner, in one request (`$expand=AttachmentFiles`), so
   * that it can share a `$batch` with the rest of a first render; undefined when missing or not published.
   */
  public async article(id: number, options: { findTranslation?: boolean } = {}): Promise<ArticleDetail | undefined> {
    type Row = RawArticleRow & { HCOwner?: { Title?: string }; AttachmentFiles?: { FileName: string; ServerRelativeUrl: string }[] };
    // The other-language version points at the original (HCTranslationOf, indexed): an original finds its
    // translation with a filter, issued alongside (same $batch when `sp` is batched).
    const translation = options.findTranslation ? this.list.items.select('Id').filter(`HCTranslationOfId eq ${Math.floor(id)} and HCStatus eq ${odataString('published')}`).top(1)<{ Id: number }[]>() : undefined;
    if (translation) translation.catch(() => undefined);
    let row: Row;
    try {
      row = await this.list.items.getById(id).select(...SUMMARY_SELECT, 'HCBody', 'HCOwner/Title', 'AttachmentFiles/FileName', 'AttachmentFiles/ServerRelativeUrl')
        .expand('HCOwner', 'AttachmentFiles')<Row>();
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
    if (row.HCStatus !== 'published') return undefined;
    const summary = toSummary(row);
    if (!summary.translationId && translation) {
      const found = await translation.catch(() => [] as { Id: number }[]);
      if (found.length) summary.translationId = found[0].Id;
    }
    return {
      ...summary,
      bodyHtml: row.HCBody || '',
      attachments: (row.AttachmentFiles || []).map(f => ({ name: f.FileName, url: f.ServerRelativeUrl })),
      ownerName: row.HCOwner && row.HCOwner.Title ? row.HCOwner.Title : undefined
    };
  }

  /** The category tree (a small list: read in pages all the same). */
  public async categories(): Promise<KnowledgeCategory[]> {
    const out: KnowledgeCategory[] = [];
    await forEachPage<RawCategoryRow>(this.categoryQuery(), page => { for (const c of page) out.push(toCategory(c)); });
    return sortCategories(out);
  }

  /**
   * One page of categories, for a `$batch`: `complete` is false when the list holds more than a page (then
   * {@link categories} reads them all).
   */
  public async categoriesPage(): Promise<{ categories: KnowledgeCategory[]; complete: boolean }> {
    const rows = await this.categoryQuery()<RawCategoryRow[]>();
    return { categories: sortCategories(rows.map(toCategory)), complete: rows.length < PAGE_SIZE };
  }

  /**
   * One page of the articles changed since `since` (see {@link changedSince}), for a `$batch`: `complete` is
   * false when more changed than a page holds (then the caller reloads).
   */
  public async changedSincePage(since: string): Promise<{ rows: { article: IndexedArticle; published: boolean }[]; complete: boolean }> {
    const rows = await this.list.items.select(...SUMMARY_SELECT, 'HCBody').filter(`Modified ge ${odataDate(since)}`).top(PAGE_SIZE)<RawArticleRow[]>();
    return {
      rows: rows.map(row => ({ article: { summary: toSummary(row), body: row.HCBody || '' }, published: row.HCStatus === 'published' })),
      complete: rows.length < PAGE_SIZE
    };
  }

  private categoryQuery(): IItems {
    return helpList(this.sp, 'HelpCategories').items.select('Id', 'Title', 'HCTitleEn', 'HCParentId', 'HCSortOrder', 'HCCommunityUrl', 'HCCommunityName').top(PAGE_SIZE);
  }

  private async read(filter: string): Promise<IndexedArticle[]> {
    const rows: IndexedArticle[] = [];
    await forEachPage<RawArticleRow>(this.list.items.select(...SUMMARY_SELECT, 'HCBody').filter(filter).top(PAGE_SIZE), page => {
      for (const row of page) rows.push({ summary: toSummary(row), body: row.HCBody || '' });
    });
    return rows;
  }

  private get list(): IList {
    return helpList(this.sp, 'KnowledgeArticles');
  }
}

export { categoryWithDescendants } from './categoryTree';
