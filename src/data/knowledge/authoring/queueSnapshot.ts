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
  /** Sections showing their first page only, until `more()` reads the rest. */
  pending: QueueSectionKey[];
  /** The whole queue, the pending sections read page by page (only with `pageLater`, when some are pending). */
  more?: () => Promise<QueueSnapshot>;
}

/** Options of {@link queueSnapshot}. */
export interface QueueSnapshotOptions {
  /** Return the first pages at once and read the rest when `more()` is called (after the first render). */
  pageLater?: boolean;
}

const SECTIONS: QueueSectionKey[] = ['toReview', 'mine', 'signals', 'due', 'gaps'];

/** What each section's read gave, and whether it holds everything. */
interface Parts {
  toReview: { rows: Draft[]; complete: boolean };
  mine: { rows: Draft[]; complete: boolean };
  signals: { rows: ReaderSignal[]; complete: boolean };
  due: { rows: ArticleWorkflowItem[]; complete: boolean };
  gaps: { rows: SearchEventRow[]; complete: boolean };
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
 * With `pageLater`, those later pages wait for `more()` (the page calls it once it has rendered the first pages).
 */
export async function queueSnapshot(sp: SPFI, actor: AuthoringActor, windows: QueueWindows, readers: QueueReaders, options: QueueSnapshotOptions = {}): Promise<QueueSnapshot> {
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

  const short = <T>(rows: T[]): boolean => rows.length < DRAFT_PAGE;
  const recentComplete = (since: Date): (<T extends { Created: string }>(rows: T[]) => boolean) => rows => short(rows) || recentOf(rows, since).length < rows.length;
  // Each section: what its first page holds, and whether it held everything (else the paged reader reads it again).
  const first = async <T, V>(read: Promise<Settled<T>>, complete: (rows: T[]) => boolean, value: (rows: T[]) => V[]): Promise<{ rows: V[]; complete: boolean }> => {
    const r = await read;
    if (r.error !== undefined) {
      console.warn('[HelpCenter] A first page of the queue was refused; reading it page by page:', r.error);
      return { rows: [], complete: false };
    }
    return { rows: value(r.rows as T[]), complete: complete(r.rows as T[]) };
  };
  const parts: Parts = {
    toReview: await first(inReview, short, rows => rows.map(toDraft)),
    mine: await first(mine, short, rows => rows.filter(r => r.HCDraftStatus !== 'published').map(toDraft)),
    signals: await first(feedback, recentComplete(windows.signalsSince), rows => recentOf(rows, windows.signalsSince).map(signalOf).filter((x): x is ReaderSignal => !!x)),
    due: await first(due, short, rows => rows.map(articleWorkflowItem)),
    gaps: await first(events, recentComplete(windows.gapsSince), rows => recentOf(rows, windows.gapsSince).map(eventOf))
  };
  if (reviews) await whoReads;
  const names = (await categories).map(r => ({ id: r.Id, titleFr: r.Title || '', titleEn: r.HCTitleEn || r.Title || '' }));
  const build = async (p: Parts, failed: QueueSectionKey[]): Promise<QueueSnapshot> => {
    const toReview: Draft[] = [];
    if (reviews) {
      for (const d of p.toReview.rows) if (isReviewer(AuthoringPeople.workflowActor(actor), await people.reviewersOf(d.content.categoryId))) toReview.push(d);
    }
    return {
      reviews,
      toReview: toReview.sort((a, b) => a.modifiedAt.getTime() - b.modifiedAt.getTime() || a.id - b.id),
      mine: p.mine.rows.slice().sort((a, b) => b.modifiedAt.getTime() - a.modifiedAt.getTime() || b.id - a.id),
      signals: signalsPerArticle(p.signals.rows),
      due: articlesDueForReview(p.due.rows, windows.today),
      gaps: contentGaps(p.gaps.rows, { since: windows.gapsSince }),
      categories: names, failed,
      pending: SECTIONS.filter(k => !p[k].complete)
    };
  };
  // The sections whose first page did not hold everything, read page by page. One that fails even so (e.g. one
  // person's 5,000+ drafts: SharePoint refuses even the indexed AuthorId filter) is reported; the others still show.
  const rest = async (): Promise<QueueSnapshot> => {
    const failed: QueueSectionKey[] = [];
    const read = async <V>(key: QueueSectionKey, reader: () => Promise<V[]>): Promise<{ rows: V[]; complete: boolean }> => {
      if (parts[key].complete) return parts[key] as unknown as { rows: V[]; complete: boolean };
      try {
        return { rows: await reader(), complete: true };
      } catch (e) {
        console.error(`[HelpCenter] The queue's section '${key}' could not be read:`, e);
        failed.push(key);
        return { rows: [], complete: true };
      }
    };
    return build({
      toReview: await read('toReview', () => readers.draftsInReview()),
      mine: await read('mine', () => readers.byAuthor(actor.person.id)),
      signals: await read('signals', () => readers.readerSignals(windows.signalsSince)),
      due: await read('due', () => readers.dueForReview(windows.today)),
      gaps: await read('gaps', () => readers.searchEvents(windows.gapsSince))
    }, failed);
  };
  const firstPages = await build(parts, []);
  if (!firstPages.pending.length) return firstPages;
  return options.pageLater ? { ...firstPages, more: rest } : rest();
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
