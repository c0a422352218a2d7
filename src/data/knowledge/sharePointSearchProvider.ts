import type { SPFI } from '@pnp/sp';
import '@pnp/sp/search';
import { kqlFreeText, sameListId } from '../sp/kqlTerms';
import { helpList } from '../sp/lists';
import { categoryWithDescendants, KnowledgeRepository } from './repository';
import type { KnowledgeCategory, KnowledgeHit, KnowledgeSearchOptions, KnowledgeSearchResult } from './types';

/** Search rows asked for before the facets are applied (facets are applied on our side, see below). */
const ROW_LIMIT = 50;

/**
 * The provider for knowledge bases too large for the browser: SharePoint Search (`_api/search/postquery`)
 * restricted to the articles list. The restriction is applied outside the person's words and checked on the
 * results: the words are reduced to plain terms (`kqlFreeText`: no operator, property restriction, parenthesis or
 * quote survives), the query template puts them in parentheses ANDed with `ListId:<guid>` — KQL ORs two
 * restrictions of the same property in one sequence ([MS-KQL] 2.2.4), so `{searchTerms} ListId:<guid>` with
 * `ListId:<other>` typed in would have searched both lists —, and every row whose ListId is not the articles
 * list's is dropped.
 *
 * What a real tenant needs, honestly:
 * - The list must be crawled (it is by default; a new item is searchable after the next crawl, minutes not
 *   seconds). Search security-trims results, so a reader only gets items they can read.
 * - Search returns ListItemID and Title out of the box. Our columns are list columns, not site columns, so
 *   SharePoint Online creates crawled properties (ows_HCStatus, ows_HCLanguage, ows_HCArticleKind,
 *   ows_HCCategory) but no queryable managed properties. To filter drafts out server-side and to refine by
 *   language, an admin maps them in the search schema, e.g. ows_HCStatus -> RefinableString01 and
 *   ows_HCLanguage -> RefinableString00 (then re-index the list). This provider does not depend on that
 *   mapping: it takes the matching ListItemIDs, reads those items from the list (`Id` filter, `$select`ed) and
 *   keeps only published ones, applying the language, kind and category facets itself.
 * - No typo tolerance or French stemming beyond what SharePoint's own linguistics give.
 */
export class SharePointSearchProvider {
  private listId: string | undefined;
  private readonly articles: KnowledgeRepository;

  public constructor(private readonly sp: SPFI) {
    this.articles = new KnowledgeRepository(sp);
  }

  /** Searches with SharePoint Search and maps rows to hits (score from the rank order). */
  public async search(query: string, options: KnowledgeSearchOptions, categories: KnowledgeCategory[]): Promise<KnowledgeSearchResult> {
    const limit = options.limit || 10;
    const terms = kqlFreeText(query);
    if (!terms) return { hits: [], matchedWords: [], provider: 'sharepoint' };
    const listId = await this.articlesListId();
    const results = await this.sp.search({
      Querytext: terms,
      QueryTemplate: `({searchTerms}) AND ListId:${listId}`,
      SelectProperties: ['ListItemID', 'ListId', 'Title', 'Path', 'LastModifiedTime'],
      RowLimit: ROW_LIMIT,
      StartRow: 0,
      TrimDuplicates: false
    });
    const ids: number[] = [];
    for (const row of results.PrimarySearchResults as unknown as { ListItemID?: string | number; ListId?: string }[]) {
      if (!sameListId(row.ListId, listId)) continue;
      const id = Number(row.ListItemID);
      if (id > 0 && ids.indexOf(id) < 0) ids.push(id);
    }
    const summaries = await this.articles.publishedSummaries(ids);
    const inCategory = options.categoryId === undefined ? undefined : categoryWithDescendants(categories, options.categoryId);
    const hits: KnowledgeHit[] = [];
    ids.forEach((id, rank) => {
      const article = summaries[String(id)];
      if (!article || hits.length >= limit) return;
      if (options.onlyLanguage && article.language !== options.onlyLanguage) return;
      if (options.kind && article.kind !== options.kind) return;
      if (inCategory && (article.categoryId === undefined || inCategory.indexOf(article.categoryId) < 0)) return;
      hits.push({ article, score: 1 / (rank + 1), otherLanguage: article.language !== options.language });
    });
    const words = terms.toLowerCase().split(/\s+/).map(w => w.replace(/\*$/, '')).filter(w => w.length > 0);
    return { hits, matchedWords: words, provider: 'sharepoint' };
  }

  private async articlesListId(): Promise<string> {
    if (!this.listId) this.listId = (await helpList(this.sp, 'KnowledgeArticles').select('Id')<{ Id: string }>()).Id;
    return this.listId;
  }
}
