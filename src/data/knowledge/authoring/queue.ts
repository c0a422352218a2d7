import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IItems } from '@pnp/sp/items';
import { helpList } from '../../sp/lists';
import { odataDate } from '../../sp/odata';
import { forEachPage } from '../../sp/paging';
import { articlesDueForReview } from '../../../domain/knowledge/articleReviewDates';
import { isReviewer, type ArticleWorkflowItem } from '../../../domain/knowledge/articleWorkflow';
import {
  contentGaps, learnedPhrasings, type ContentGap, type ContentGapOptions, type LearnedPhrasing, type LearnedPhrasingOptions, type PhrasedArticle,
  type PhrasingEvent, type SearchEventRow
} from '../../../domain/knowledge/contentGaps';
import type { Language } from '../../../domain/vocabulary';
import { DRAFT_EXPAND, DRAFT_SELECT, type DraftRow, toDraft } from './rows';
import { DRAFT_PAGE } from './drafts';
import { AuthoringPeople } from './people';
import { ARTICLE_STATE_EXPAND, ARTICLE_STATE_SELECT, type ArticleStateRow, articleWorkflowItem } from './workflowItems';
import type { AuthoringActor, Draft } from './types';

/** A reader's flag or unhelpful vote with a comment (ArticleFeedback). */
export interface ReaderSignal { id: number; articleId: number; outdated: boolean; helpful?: boolean; comment?: string; at: Date }

type FeedbackRow = { Id: number; HCArticleId: number | null; HCHelpful: boolean | null; HCOutdated: boolean | null; HCComment: string | null; Created: string }; // eslint-disable-line @rushstack/no-new-null
type EventRow = { Id: number; HCQuery: string | null; HCResultCount: number | null; HCOpenedArticleId: number | null; HCFiledTicket: boolean | null; // eslint-disable-line @rushstack/no-new-null
  HCHelpfulVote?: boolean | null; HCLanguage: string | null; Created: string; AuthorId?: number }; // eslint-disable-line @rushstack/no-new-null

/**
 * The contributor's queue: drafts waiting for this reviewer, readers' outdated flags and unhelpful votes with a
 * comment, articles past their review date, and content gaps (searches that found nothing or ended in a ticket).
 * Every query selects its columns, filters on an indexed column first (HCDraftStatus, Created, HCReviewDate,
 * HCOpenedArticle) and is read page by page, so it holds beyond the 5,000-item list view threshold.
 */
export class ContributorQueue {
  /** @param sp PnPjs as the contributor or reviewer; @param people who reviews what (shared with the service). */
  public constructor(private readonly sp: SPFI, private readonly people: AuthoringPeople = new AuthoringPeople(sp)) {}

  /** Every draft in review (HCDraftStatus is indexed), oldest first. */
  public async draftsInReview(): Promise<Draft[]> {
    const out: Draft[] = [];
    await forEachPage<DraftRow>(helpList(this.sp, 'KnowledgeDrafts').items.select(...DRAFT_SELECT).expand(...DRAFT_EXPAND)
      .filter("HCDraftStatus eq 'review'").top(DRAFT_PAGE), page => { page.forEach(r => out.push(toDraft(r))); });
    return out.sort((a, b) => a.modifiedAt.getTime() - b.modifiedAt.getTime() || a.id - b.id);
  }

  /** The drafts in review this person reviews: their categories' (named, inherited, or the owners' fallback). */
  public async toReview(actor: AuthoringActor): Promise<Draft[]> {
    const all = await this.draftsInReview();
    const out: Draft[] = [];
    for (const d of all) {
      if (isReviewer(AuthoringPeople.workflowActor(actor), await this.people.reviewersOf(d.content.categoryId))) out.push(d);
    }
    return out;
  }

  /** Readers' outdated flags and unhelpful votes with a comment since a date, newest first. */
  public async readerSignals(since: Date): Promise<ReaderSignal[]> {
    const out: ReaderSignal[] = [];
    await newestSince<FeedbackRow>(helpList(this.sp, 'ArticleFeedback').items.select('Id', 'HCArticleId', 'HCHelpful', 'HCOutdated', 'HCComment', 'Created'), since, page => {
      for (const r of page) {
        const comment = (r.HCComment || '').trim();
        if (!r.HCArticleId || !(r.HCOutdated || (r.HCHelpful === false && comment))) continue;
        out.push({ id: r.Id, articleId: r.HCArticleId, outdated: !!r.HCOutdated, helpful: r.HCHelpful === null ? undefined : r.HCHelpful, comment: comment || undefined, at: new Date(r.Created) });
      }
    });
    return out.sort((a, b) => b.at.getTime() - a.at.getTime() || b.id - a.id);
  }

  /** Published articles whose review date has come (HCReviewDate is indexed), oldest due first. */
  public async dueForReview(today: Date): Promise<(ArticleWorkflowItem & { etag?: string })[]> {
    const end = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 23, 59, 59));
    const rows: ArticleWorkflowItem[] = [];
    await forEachPage<ArticleStateRow>(helpList(this.sp, 'KnowledgeArticles').items.select(...ARTICLE_STATE_SELECT).expand(...ARTICLE_STATE_EXPAND)
      .filter(`HCReviewDate le ${odataDate(end)}`).top(DRAFT_PAGE), page => { page.forEach(r => rows.push(articleWorkflowItem(r))); });
    return articlesDueForReview(rows, today);
  }

  /** The content gaps of the searches since a date, most searched first. */
  public async contentGaps(since: Date, options: ContentGapOptions = {}): Promise<ContentGap[]> {
    const events: SearchEventRow[] = [];
    await newestSince<EventRow>(helpList(this.sp, 'SearchEvents').items.select('Id', 'HCQuery', 'HCResultCount', 'HCOpenedArticleId', 'HCFiledTicket', 'HCLanguage', 'Created'),
      since, page => { page.forEach(r => events.push(eventOf(r))); });
    return contentGaps(events, { ...options, since });
  }

  /**
   * Phrasings people searched before opening the article and voting it helpful (SearchEvents.HCHelpfulVote, set
   * by the reader's vote), proposed as other phrasings of its question. HCOpenedArticle is indexed.
   */
  public async learnedPhrasings(article: PhrasedArticle, options: LearnedPhrasingOptions = {}): Promise<LearnedPhrasing[]> {
    const events: PhrasingEvent[] = [];
    await forEachPage<EventRow>(helpList(this.sp, 'SearchEvents').items.select('Id', 'HCQuery', 'HCResultCount', 'HCOpenedArticleId', 'HCFiledTicket', 'HCHelpfulVote', 'HCLanguage', 'Created', 'AuthorId')
      .filter(`HCOpenedArticleId eq ${Math.floor(article.id)}`).top(DRAFT_PAGE), page => {
      page.forEach(r => events.push({ ...eventOf(r), searcher: String(r.AuthorId || 0), markedHelpful: !!r.HCHelpfulVote }));
    });
    return learnedPhrasings(events, article, options);
  }
}

/**
 * The rows created since a date, newest first, page by page. Not `Created ge …`: on a list where more than 5,000
 * items are that recent, SharePoint refuses even an indexed filter (the list view threshold counts the rows the
 * index matches). Ordered by ID (always indexed) and stopped at the first row older than `since`: items are
 * numbered in the order they are created.
 */
async function newestSince<T extends { Created: string }>(query: IItems, since: Date, onPage: (rows: T[]) => void): Promise<void> {
  const limit = since.getTime();
  await forEachPage<T>(query.orderBy('ID', false).top(DRAFT_PAGE), page => {
    const recent = page.filter(r => new Date(r.Created).getTime() >= limit);
    onPage(recent);
    return recent.length === page.length;
  });
}

function eventOf(r: EventRow): SearchEventRow {
  return {
    query: r.HCQuery || '', resultCount: r.HCResultCount || 0, openedArticleId: r.HCOpenedArticleId || undefined, filedTicket: !!r.HCFiledTicket,
    language: (r.HCLanguage || 'fr') as Language, created: new Date(r.Created)
  };
}
