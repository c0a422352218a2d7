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
import { DRAFT_PAGE, DraftRepository } from './drafts';
import type { QueueSnapshot, QueueSnapshotOptions, QueueWindows } from './queueSnapshot';
import type { ArticleHistory } from './articleHistory';
import { AuthoringPeople } from './people';
import { ARTICLE_STATE_EXPAND, ARTICLE_STATE_SELECT, type ArticleStateRow, articleWorkflowItem } from './workflowItems';
import type { AuthoringActor, Draft } from './types';

/** A reader's flag or unhelpful vote with a comment (ArticleFeedback). */
export interface ReaderSignal { id: number; articleId: number; outdated: boolean; helpful?: boolean; comment?: string; at: Date; /** The article's title (lookup). */ articleTitle?: string }

/** An ArticleFeedback row as FEEDBACK_SELECT reads it. */
export type FeedbackRow = { Id: number; HCArticleId: number | null; HCHelpful: boolean | null; HCOutdated: boolean | null; HCComment: string | null; Created: string; // eslint-disable-line @rushstack/no-new-null
  HCArticle?: { Title?: string | null } | null }; // eslint-disable-line @rushstack/no-new-null
/** `$select`/`$expand` of a reader signal (the article's title through its lookup). */
export const FEEDBACK_SELECT = ['Id', 'HCArticleId', 'HCHelpful', 'HCOutdated', 'HCComment', 'Created', 'HCArticle/Title'];
export const FEEDBACK_EXPAND = ['HCArticle'];
/** The `$select` of a content gap's search event. */
export const EVENT_SELECT = ['Id', 'HCQuery', 'HCResultCount', 'HCOpenedArticleId', 'HCFiledTicket', 'HCLanguage', 'Created'];
/** A SearchEvents row as EVENT_SELECT reads it. */
export type EventRow = { Id: number; HCQuery: string | null; HCResultCount: number | null; HCOpenedArticleId: number | null; HCFiledTicket: boolean | null; // eslint-disable-line @rushstack/no-new-null
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
    await newestSince<FeedbackRow>(helpList(this.sp, 'ArticleFeedback').items.select(...FEEDBACK_SELECT).expand(...FEEDBACK_EXPAND), since, page => {
      page.forEach(r => { const s = signalOf(r); if (s) out.push(s); });
    });
    return newestFirst(out);
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
    return contentGaps(await this.searchEvents(since), { ...options, since });
  }

  /** The searches since a date (query, results, ticket, language: never who searched), newest first. */
  public async searchEvents(since: Date): Promise<SearchEventRow[]> {
    const events: SearchEventRow[] = [];
    await newestSince<EventRow>(helpList(this.sp, 'SearchEvents').items.select(...EVENT_SELECT),
      since, page => { page.forEach(r => events.push(eventOf(r))); });
    return events;
  }

  /**
   * The queue's page in one round trip (see queueSnapshot): what this person reviews, their drafts, readers'
   * signals, articles due, content gaps; first pages in one $batch, the rest (if any) page by page after (with
   * `pageLater`: when the page calls `more()`).
   */
  public async snapshot(actor: AuthoringActor, windows: QueueWindows, options: QueueSnapshotOptions = {}): Promise<QueueSnapshot> {
    const { queueSnapshot } = await import(/* webpackChunkName: 'help-center-authoring-queue' */ './queueSnapshot');
    return queueSnapshot(this.sp, actor, windows, {
      draftsInReview: () => this.draftsInReview(), byAuthor: id => new DraftRepository(this.sp).byAuthor(id),
      readerSignals: since => this.readerSignals(since), dueForReview: today => this.dueForReview(today), searchEvents: since => this.searchEvents(since)
    }, options);
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

  /**
   * An article's history page in one round trip (see articleHistory): the article, its translation, versions,
   * who reviews it, readers' signals, learned phrasings (less those `rejected`). Undefined: no such article.
   */
  public async history(articleId: number, rejected: string[] = []): Promise<ArticleHistory | undefined> {
    const { articleHistory } = await import(/* webpackChunkName: 'help-center-authoring-article' */ './articleHistory');
    return articleHistory(this.sp, articleId, rejected, { learnedPhrasings: (a, r) => this.learnedPhrasings(a, { rejected: r }) });
  }
}

/**
 * The rows created since a date, newest first, page by page. Not `Created ge …`: on a list where more than 5,000
 * items are that recent, SharePoint refuses even an indexed filter (the list view threshold counts the rows the
 * index matches). Ordered by ID (always indexed) and stopped at the first row older than `since`: items are
 * numbered in the order they are created.
 */
export async function newestSince<T extends { Created: string }>(query: IItems, since: Date, onPage: (rows: T[]) => void): Promise<void> {
  await forEachPage<T>(query.orderBy('ID', false).top(DRAFT_PAGE), page => {
    const recent = recentOf(page, since);
    onPage(recent);
    return recent.length === page.length;
  });
}

/** The rows of a newest-first page created since a date. */
export function recentOf<T extends { Created: string }>(page: T[], since: Date): T[] {
  return page.filter(r => new Date(r.Created).getTime() >= since.getTime());
}

/** A reader's signal of a feedback row: an outdated flag, or an unhelpful vote with a comment (else undefined). */
export function signalOf(r: FeedbackRow): ReaderSignal | undefined {
  const comment = (r.HCComment || '').trim();
  if (!r.HCArticleId || !(r.HCOutdated || (r.HCHelpful === false && comment))) return undefined;
  return {
    id: r.Id, articleId: r.HCArticleId, outdated: !!r.HCOutdated, helpful: r.HCHelpful === null ? undefined : r.HCHelpful, comment: comment || undefined,
    at: new Date(r.Created), articleTitle: (r.HCArticle && r.HCArticle.Title) || undefined
  };
}

/** Signals newest first (then by id). */
export function newestFirst(signals: ReaderSignal[]): ReaderSignal[] {
  return signals.sort((a, b) => b.at.getTime() - a.at.getTime() || b.id - a.id);
}

/** A search event in the content gaps' words. */
export function eventOf(r: EventRow): SearchEventRow {
  return {
    query: r.HCQuery || '', resultCount: r.HCResultCount || 0, openedArticleId: r.HCOpenedArticleId || undefined, filedTicket: !!r.HCFiledTicket,
    language: (r.HCLanguage || 'fr') as Language, created: new Date(r.Created)
  };
}
