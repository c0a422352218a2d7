import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { helpList } from '../../sp/lists';
import { odataDate } from '../../sp/odata';
import { articlesDueForReview } from '../../../domain/knowledge/articleReviewDates';
import { isReviewer, type ArticleWorkflowItem } from '../../../domain/knowledge/articleWorkflow';
import { contentGaps, type ContentGap, type SearchEventRow } from '../../../domain/knowledge/contentGaps';
import { DRAFT_EXPAND, DRAFT_SELECT, type DraftRow, toDraft } from './rows';
import { DRAFT_PAGE } from './drafts';
import { AuthoringPeople } from './people';
import { ARTICLE_STATE_EXPAND, ARTICLE_STATE_SELECT, type ArticleStateRow, articleWorkflowItem } from './workflowItems';
import { EVENT_SELECT, FEEDBACK_EXPAND, FEEDBACK_SELECT, eventOf, newestFirst, recentOf, signalOf, type EventRow, type FeedbackRow, type ReaderSignal } from './queue';
import type { AuthoringActor, Draft } from './types';

/** A category's names (HelpCategories: Title in French, HCTitleEn). */
export interface CategoryName { id: number; titleFr: string; titleEn: string }

/** The readers' signals of one article, newest first. */
export interface ArticleSignals { articleId: number; title: string; outdated: number; unhelpful: number; signals: ReaderSignal[]; lastAt: Date }

/** What the contributor's queue shows. */
export interface QueueSnapshot {
  /** The actor reviews (a reviewer or an owner): `toReview` was read. */
  reviews: boolean;
  /** Drafts in review this person reviews, oldest first. */
  toReview: Draft[];
  /** The person's own drafts (not yet published), newest first. */
  mine: Draft[];
  /** Readers' outdated flags and unhelpful votes with a comment since `signalsSince`, per article, latest first. */
  signals: ArticleSignals[];
  /** Published articles whose review date has come, oldest due first. */
  due: ArticleWorkflowItem[];
  /** Searches since `gapsSince` that found nothing or ended in a ticket, most searched first. No searcher is read. */
  gaps: ContentGap[];
  categories: CategoryName[];
  /** Sections that could not be read (shown as such; the others still are). */
  failed: QueueSectionKey[];
}

/** The queue's sections. */
export type QueueSectionKey = 'toReview' | 'mine' | 'signals' | 'due' | 'gaps';

/** How far back the queue looks. */
export interface QueueWindows { today: Date; signalsSince: Date; gapsSince: Date }

/** The paged readers a first page falls back to when it did not hold everything. */
export interface QueueReaders {
  draftsInReview(): Promise<Draft[]>;
  byAuthor(authorId: number): Promise<Draft[]>;
  readerSignals(since: Date): Promise<ReaderSignal[]>;
  dueForReview(today: Date): Promise<ArticleWorkflowItem[]>;
  searchEvents(since: Date): Promise<SearchEventRow[]>;
}

type Settled<T> = { rows?: T[]; error?: unknown };

function settle<T>(p: Promise<T[]>): Promise<Settled<T>> {
  return p.then(rows => ({ rows }), (error: unknown) => ({ error }));
}

/**
 * The queue in one round trip: the first page of each of its reads in one $batch (drafts in review, mine, readers'
 * feedback and search events newest first by ID, articles due, categories, and who reviews what). A page that did
 * not hold everything (a full page, or one whose oldest row is still recent) is read again by the paged readers
 * after it, so nothing is cut off on a list of 100,000 items; a first page refused (the list view threshold) too.
 */
export async function queueSnapshot(sp: SPFI, actor: AuthoringActor, windows: QueueWindows, readers: QueueReaders): Promise<QueueSnapshot> {
  const reviews = actor.canPublish || actor.isSiteOwner;
  const [batched, execute] = sp.batched();
  const drafts = (filter: string): Promise<DraftRow[]> => helpList(batched, 'KnowledgeDrafts').items.select(...DRAFT_SELECT).expand(...DRAFT_EXPAND).filter(filter).top(DRAFT_PAGE)<DraftRow[]>();
  const end = new Date(Date.UTC(windows.today.getUTCFullYear(), windows.today.getUTCMonth(), windows.today.getUTCDate(), 23, 59, 59));
  const inReview = reviews ? settle(drafts("HCDraftStatus eq 'review'")) : Promise.resolve<Settled<DraftRow>>({ rows: [] });
  const mine = settle(drafts(`AuthorId eq ${Math.floor(actor.person.id)}`));
  const feedback = settle(helpList(batched, 'ArticleFeedback').items.select(...FEEDBACK_SELECT).expand(...FEEDBACK_EXPAND).orderBy('ID', false).top(DRAFT_PAGE)<FeedbackRow[]>());
  const due = settle(helpList(batched, 'KnowledgeArticles').items.select(...ARTICLE_STATE_SELECT).expand(...ARTICLE_STATE_EXPAND)
    .filter(`HCReviewDate le ${odataDate(end)}`).top(DRAFT_PAGE)<ArticleStateRow[]>());
  const events = settle(helpList(batched, 'SearchEvents').items.select(...EVENT_SELECT).orderBy('ID', false).top(DRAFT_PAGE)<EventRow[]>());
  type CategoryRow = { Id: number; Title: string | null; HCTitleEn: string | null }; // eslint-disable-line @rushstack/no-new-null
  const categories = helpList(batched, 'HelpCategories').items.select('Id', 'Title', 'HCTitleEn').top(5000)<CategoryRow[]>();
  // Who reviews what, read in the same batch by a people reader of its own (its answers are kept for the loop below).
  const people = new AuthoringPeople(batched);
  const whoReads = reviews ? people.reviewersOf(undefined) : Promise.resolve(undefined);
  categories.catch(() => undefined);
  whoReads.catch(() => undefined);
  await execute();

  const full = <T>(s: Settled<T>, complete: (rows: T[]) => boolean): T[] | undefined => {
    if (s.error !== undefined) { console.warn('[HelpCenter] A first page of the queue was refused; reading it page by page:', s.error); return undefined; }
    return complete(s.rows as T[]) ? s.rows : undefined;
  };
  const short = <T>(rows: T[]): boolean => rows.length < DRAFT_PAGE;
  const recentComplete = (since: Date): (<T extends { Created: string }>(rows: T[]) => boolean) => rows => short(rows) || recentOf(rows, since).length < rows.length;

  // A section whose paged read fails too (e.g. one person's 5,000+ drafts: SharePoint refuses even the indexed
  // AuthorId filter) is reported as such; the others are still shown.
  const failed: QueueSectionKey[] = [];
  const orFailed = async <T>(key: QueueSectionKey, read: () => Promise<T[]>): Promise<T[]> => {
    try {
      return await read();
    } catch (e) {
      console.error(`[HelpCenter] The queue's section '${key}' could not be read:`, e);
      failed.push(key);
      return [];
    }
  };
  const reviewRows = full(await inReview, short);
  const inReviewDrafts = reviewRows ? reviewRows.map(toDraft).sort((a, b) => a.modifiedAt.getTime() - b.modifiedAt.getTime() || a.id - b.id)
    : await orFailed('toReview', () => readers.draftsInReview());
  const toReview: Draft[] = [];
  if (reviews) {
    await whoReads;
    for (const d of inReviewDrafts) if (isReviewer(AuthoringPeople.workflowActor(actor), await people.reviewersOf(d.content.categoryId))) toReview.push(d);
  }
  const mineRows = full(await mine, short);
  const myDrafts = mineRows
    ? mineRows.filter(r => r.HCDraftStatus !== 'published').map(toDraft).sort((a, b) => b.modifiedAt.getTime() - a.modifiedAt.getTime() || b.id - a.id)
    : await orFailed('mine', () => readers.byAuthor(actor.person.id));
  const feedbackRows = full(await feedback, recentComplete(windows.signalsSince));
  const signals = feedbackRows
    ? newestFirst(recentOf(feedbackRows, windows.signalsSince).map(signalOf).filter((s): s is ReaderSignal => !!s))
    : await orFailed('signals', () => readers.readerSignals(windows.signalsSince));
  const dueRows = full(await due, short);
  const dueItems = dueRows ? articlesDueForReview(dueRows.map(articleWorkflowItem), windows.today) : await orFailed('due', () => readers.dueForReview(windows.today));
  const eventRows = full(await events, recentComplete(windows.gapsSince));
  const searches = eventRows ? recentOf(eventRows, windows.gapsSince).map(eventOf) : await orFailed('gaps', () => readers.searchEvents(windows.gapsSince));
  return {
    reviews, toReview, mine: myDrafts, signals: signalsPerArticle(signals), due: dueItems,
    gaps: contentGaps(searches, { since: windows.gapsSince }),
    categories: (await categories).map(r => ({ id: r.Id, titleFr: r.Title || '', titleEn: r.HCTitleEn || r.Title || '' })),
    failed
  };
}

/** The signals grouped per article, the article with the latest signal first. */
export function signalsPerArticle(signals: ReaderSignal[]): ArticleSignals[] {
  const out: ArticleSignals[] = [];
  for (const s of newestFirst(signals.slice())) {
    let group = out.filter(g => g.articleId === s.articleId)[0];
    if (!group) {
      group = { articleId: s.articleId, title: s.articleTitle || '', outdated: 0, unhelpful: 0, signals: [], lastAt: s.at };
      out.push(group);
    }
    if (s.outdated) group.outdated++;
    else group.unhelpful++;
    if (!group.title && s.articleTitle) group.title = s.articleTitle;
    group.signals.push(s);
  }
  return out;
}
