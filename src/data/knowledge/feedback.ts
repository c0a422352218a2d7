import { spPost, type SPFI } from '@pnp/sp';
import { body } from '@pnp/queryable';
import { Item } from '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/items';
import { firstWritten, sendOnce, writeOnce } from '../idempotent';
import { isPreconditionFailed } from '../sp/errors';
import { formDateValue, readSiteDateFormat, validateUpdateListItemBody } from '../sp/formDates';
import { helpList, type HelpListName } from '../sp/lists';
import { odataString } from '../sp/odata';
import { forEachPage } from '../sp/paging';
import type { RawArticleFeedbackItem, RawKnowledgeArticlesItem } from '../schema/items.generated';
import { countOpeners } from './analytics';
import { PAGE_SIZE } from './repository';
import type { ArticleVote } from './types';
import { currentUserHas, PermissionKinds } from '../sp/permissions';

/** Attempts of an ETag-checked update before giving up (each retry re-reads the item). */
const MAX_ATTEMPTS = 5;

type FeedbackRow = Pick<RawArticleFeedbackItem, 'Id' | 'HCHelpful' | 'HCOutdated' | 'HCComment'> & { 'odata.etag'?: string };

/** The vote key: one ArticleFeedback item per person and article (HCVoteKey is indexed, not unique: see vote). */
export function voteKey(articleId: number, loginName: string): string {
  return `${articleId}|${loginName.toLowerCase()}`;
}

/**
 * Votes: one item per person and article. Counts are one vote per person (the item's Author) and article, so
 * concurrent votes by different people never overwrite each other and a duplicate item never counts twice; the
 * counters on the article are a cache (refreshArticleStats).
 */
export class ArticleFeedbackStore {
  public constructor(private readonly sp: SPFI, private readonly loginName: string) {}

  /** The current person's vote, if any (they can read their own item: ReadSecurity 2). */
  public async myVote(articleId: number): Promise<ArticleVote | undefined> {
    const row = firstWritten(await this.ownItems(articleId));
    return row ? { helpful: row.HCHelpful === null || row.HCHelpful === undefined ? undefined : row.HCHelpful, outdated: !!row.HCOutdated, comment: row.HCComment || undefined } : undefined;
  }

  /**
   * Records the vote without a unique column (SharePoint refuses one on this list, which has item-level
   * security): the person's item is looked up by its key before each attempt, added (sent once) only when
   * missing, looked up again after a failure; otherwise the first written item (lowest Id) is updated with its
   * ETag, retrying on 412. Two tabs voting at once: the tab whose item lost recycles it and writes its vote
   * into the first one (src/data/idempotent.ts).
   */
  public async vote(articleId: number, vote: ArticleVote): Promise<void> {
    const values = { HCHelpful: vote.helpful === undefined ? null : vote.helpful, HCOutdated: vote.outdated, HCComment: vote.comment || null };
    const once = helpList(sendOnce(this.sp), 'ArticleFeedback');
    const { item, created } = await writeOnce<FeedbackRow>({
      find: () => this.ownItems(articleId),
      add: async () => await once.items.add({ HCArticleId: articleId, HCVoteKey: voteKey(articleId, this.loginName), ...values }) as FeedbackRow,
      discard: id => once.items.getById(id).recycle()
    });
    if (created) return;
    let row: FeedbackRow | undefined = item;
    for (let attempt = 1; ; attempt++) {
      if (!row) throw new Error(`Vote on article ${articleId} not readable after it was recorded`);
      try {
        await this.list.items.getById(row.Id).update(values, row['odata.etag'] || '*');
        return;
      } catch (e) {
        if (!isPreconditionFailed(e) || attempt >= MAX_ATTEMPTS) throw e;
      }
      row = firstWritten(await this.ownItems(articleId));
    }
  }

  /** The person's items for the article (their own, by the indexed key), lowest Id first. */
  private async ownItems(articleId: number): Promise<FeedbackRow[]> {
    return await this.list.items.select('Id', 'HCHelpful', 'HCOutdated', 'HCComment')
      .filter(`HCVoteKey eq ${odataString(voteKey(articleId, this.loginName))}`).orderBy('ID', true).top(10)<FeedbackRow[]>();
  }

  private get list(): IList {
    return helpList(this.sp, 'ArticleFeedback');
  }
}

/** The person may not recount: they cannot read every vote, or (a support agent since issue 14) not write the articles. */
export class ArticleStatsNotAllowedError extends Error {
  /** @param readsVotes whether they read every vote (then only the articles' write is missing: not their job). */
  public constructor(public readonly readsVotes: boolean) {
    super('refreshArticleStats needs to read every ArticleFeedback item and write KnowledgeArticles: run it as a reviewer or an owner');
    this.name = 'ArticleStatsNotAllowedError';
  }
}

/** Counters of one article. */
export interface ArticleStats { views: number; helpful: number; notHelpful: number }

/**
 * Recomputes HCHelpful/HCNotHelpful of every article from the ArticleFeedback items, raises HCViews to the
 * number of people who opened the article from a search (distinct SearchEvents Authors, see countOpeners) when
 * they are more (never lowers it), and writes the counters that changed without a new version.
 * Counting needs to read every item of those ReadSecurity 2 lists ("Override List Behaviors") and to write the
 * articles: owners and reviewers do both (a reader of the votes who cannot read every search leaves the views as
 * they are). Throws when the caller cannot read every vote or write the articles (a member, a contributor, a
 * support agent since issue 14). Returns the number of articles updated.
 */
export async function refreshArticleStats(sp: SPFI): Promise<number> {
  const [readsVotes, readsEvents, writesArticles] = await Promise.all((['ArticleFeedback', 'SearchEvents'] as HelpListName[])
    .map(l => currentUserHas(helpList(sp, l), PermissionKinds.CancelCheckout))
    .concat([currentUserHas(helpList(sp, 'KnowledgeArticles'), PermissionKinds.EditListItems)]));
  // Only reviewers and owners write the articles (issue 14): anyone else is told so before reading every vote.
  if (!readsVotes || !writesArticles) throw new ArticleStatsNotAllowedError(readsVotes);
  const stats: { [id: string]: ArticleStats } = {};
  const of = (id: number): ArticleStats => stats[String(id)] || (stats[String(id)] = { views: 0, helpful: 0, notHelpful: 0 });
  // One vote per person (Author) and article, the latest (Modified, then Id) winning: a duplicate item (two tabs
  // racing, or someone adding items under another key) never counts twice. A vote is only ever saved by its voter:
  // one whose Editor is someone else had its Author rewritten (ValidateUpdateListItem) and does not count.
  type VoteRow = Pick<RawArticleFeedbackItem, 'Id' | 'HCArticleId' | 'HCHelpful' | 'AuthorId' | 'EditorId' | 'Modified'>;
  const latest: { [articleAndAuthor: string]: VoteRow } = {};
  await forEachPage<VoteRow>(
    helpList(sp, 'ArticleFeedback').items.select('Id', 'HCArticleId', 'HCHelpful', 'AuthorId', 'EditorId', 'Modified').top(PAGE_SIZE), page => {
      for (const r of page) {
        if (!r.HCArticleId || r.EditorId !== r.AuthorId) continue;
        const k = `${r.HCArticleId}|${r.AuthorId}`;
        const seen = latest[k];
        if (!seen || r.Modified > seen.Modified || (r.Modified === seen.Modified && r.Id > seen.Id)) latest[k] = r;
      }
    });
  Object.keys(latest).forEach(k => {
    const r = latest[k];
    if (!r.HCArticleId || r.HCHelpful === null || r.HCHelpful === undefined) return;
    if (r.HCHelpful) of(r.HCArticleId).helpful++; else of(r.HCArticleId).notHelpful++;
  });
  if (readsEvents) {
    const openers = await countOpeners(sp);
    Object.keys(openers).forEach(id => { of(Number(id)).views = openers[id]; });
  }
  type Row = Pick<RawKnowledgeArticlesItem, 'Id' | 'HCViews' | 'HCHelpful' | 'HCNotHelpful'> & { 'odata.etag'?: string };
  const stale: Row[] = [];
  const articles = helpList(sp, 'KnowledgeArticles');
  await forEachPage<Row>(articles.items.select('Id', 'HCViews', 'HCHelpful', 'HCNotHelpful').top(PAGE_SIZE), page => {
    for (const r of page) {
      const s = stats[String(r.Id)] || (stats[String(r.Id)] = { views: 0, helpful: 0, notHelpful: 0 });
      // People who opened the article from a search are a lower bound of its views (deep links, the help bar and
      // imported counts are not events): the counter never goes down, and events raise it by at most one per
      // person, however often they open it. Votes are exact (one per person).
      s.views = readsEvents ? Math.max(s.views, r.HCViews || 0) : r.HCViews || 0;
      if ((r.HCViews || 0) !== s.views || (r.HCHelpful || 0) !== s.helpful || (r.HCNotHelpful || 0) !== s.notHelpful) stale.push(r);
    }
  });
  // Modified goes through a form value: typed in the site's regional format, in UTC (see formDates).
  if (!stale.length) return 0;
  const dateFormat = await readSiteDateFormat(sp);
  for (const row of stale) {
    const s = stats[String(row.Id)] || { views: 0, helpful: 0, notHelpful: 0 };
    // A counter is not an edit: written without a new version and with the article's Modified and Editor kept
    // (ValidateUpdateListItem with bNewDocumentUpdate, SharePoint's way to update silently over REST), so that
    // "updated on", the version history and the browsers' delta sync (Modified ge …) tell content changes only.
    // Read just before the write, so that an edit made meanwhile keeps its own Modified.
    const item = articles.items.getById(row.Id);
    const current = await item.select('Modified', 'Editor/Name').expand('Editor')<{ Modified: string; Editor?: { Name?: string } }>();
    const formValues = [
      { FieldName: 'HCViews', FieldValue: String(s.views) }, { FieldName: 'HCHelpful', FieldValue: String(s.helpful) },
      { FieldName: 'HCNotHelpful', FieldValue: String(s.notHelpful) }, { FieldName: 'Modified', FieldValue: formDateValue(current.Modified, dateFormat) },
      ...(current.Editor && current.Editor.Name ? [{ FieldName: 'Editor', FieldValue: JSON.stringify([{ Key: current.Editor.Name }]) }] : [])
    ];
    const results = await spPost<{ FieldName: string; HasException: boolean; ErrorMessage: string | null }[]>(Item(item, 'validateupdatelistitem'),
      body(validateUpdateListItemBody(formValues, false)));
    const failed = results.filter(r => r.HasException);
    if (failed.length) throw new Error(`Counters of article ${row.Id} not written: ${failed.map(f => `${f.FieldName}: ${f.ErrorMessage}`).join('; ')}`);
  }
  return stale.length;
}
