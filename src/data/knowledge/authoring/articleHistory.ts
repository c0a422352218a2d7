import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { helpList } from '../../sp/lists';
import { httpStatus } from '../../sp/errors';
import type { ArticleContent } from '../../../domain/knowledge/articleEditConflict';
import type { ArticleReviewers, ArticleWorkflowItem } from '../../../domain/knowledge/articleWorkflow';
import { learnedPhrasings, type LearnedPhrasing, type PhrasedArticle } from '../../../domain/knowledge/contentGaps';
import type { Language } from '../../../domain/vocabulary';
import { DRAFT_PAGE } from './drafts';
import { AuthoringPeople } from './people';
import { versionContent, type ArticleVersionRow } from './publication';
import { CONTENT_COLUMNS, contentOf } from './rows';
import { ARTICLE_STATE_EXPAND, ARTICLE_STATE_SELECT, type ArticleStateRow, articleWorkflowItem } from './workflowItems';
import { eventOf, FEEDBACK_EXPAND, FEEDBACK_SELECT, newestFirst, signalOf, type EventRow, type FeedbackRow, type ReaderSignal } from './queue';
import type { CategoryName } from './queueSnapshot';

/** One version of an article. */
export interface ArticleVersion {
  /** SharePoint's label ("3.0"): what a restore names. */
  label: string;
  at?: Date;
  /** Who saved it (the version's Editor), as SharePoint names them. */
  by?: string;
  status?: string;
  content: ArticleContent;
  current: boolean;
}

/** The article as its history page shows it. */
export interface HistoryArticle extends ArticleWorkflowItem {
  /** The ETag read: a restore writes with it (IF-MATCH). */
  etag: string;
  versionLabel: string;
  content: ArticleContent;
}

/** An article's history page: the article, its other-language version, its versions, who reviews it, readers' signals and learned phrasings. */
export interface ArticleHistory {
  article: HistoryArticle;
  /** The other-language version (the article it translates, or the one translating it). */
  translation?: { id: number; title: string; language: Language };
  /** Newest first. */
  versions: ArticleVersion[];
  who: ArticleReviewers;
  /** Outdated flags and unhelpful votes with a comment, newest first. */
  signals: ReaderSignal[];
  /** Phrasings readers searched before finding it helpful, not yet in the article nor rejected. */
  phrasings: LearnedPhrasing[];
  categories: CategoryName[];
}

/** The paged readers a full first page falls back to. */
export interface HistoryReaders {
  learnedPhrasings(article: PhrasedArticle, rejected: string[]): Promise<LearnedPhrasing[]>;
}

type HistoryRow = ArticleStateRow & { 'odata.etag'?: string; OData__UIVersionString?: string; HCSummary?: string | null; HCBody?: string | null; // eslint-disable-line @rushstack/no-new-null
  HCKeywords?: string | null; HCQuestions?: string | null; HCArticleKind?: string | null; HCTranslationOfId?: number | null; HCTranslationOf?: { Title?: string | null } | null }; // eslint-disable-line @rushstack/no-new-null
type VersionRow = ArticleVersionRow & { Editor?: { LookupValue?: string } | null; IsCurrentVersion?: boolean }; // eslint-disable-line @rushstack/no-new-null
type TranslationRow = { Id: number; Title: string | null; HCLanguage: string | null }; // eslint-disable-line @rushstack/no-new-null

/**
 * An article's history in one round trip: the article, the article translating it, its versions, its readers'
 * feedback and the searches that opened it (both on indexed lookups), the categories and who reviews them, in one
 * $batch. Undefined when the article does not exist (or this person cannot read it).
 */
export async function articleHistory(sp: SPFI, articleId: number, rejected: string[], readers: HistoryReaders): Promise<ArticleHistory | undefined> {
  const id = Math.floor(articleId);
  const [batched, execute] = sp.batched();
  const articles = helpList(batched, 'KnowledgeArticles').items;
  const select = ARTICLE_STATE_SELECT.concat(CONTENT_COLUMNS, ['OData__UIVersionString', 'HCTranslationOfId', 'HCTranslationOf/Title']).filter((c, i, all) => all.indexOf(c) === i);
  const row = articles.getById(id).select(...select)
    .expand(...ARTICLE_STATE_EXPAND, 'HCTranslationOf')<HistoryRow>();
  const translations = articles.select('Id', 'Title', 'HCLanguage').filter(`HCTranslationOfId eq ${id}`).top(5)<TranslationRow[]>();
  const versions = articles.getById(id).versions() as Promise<VersionRow[]>;
  const feedback = helpList(batched, 'ArticleFeedback').items.select(...FEEDBACK_SELECT).expand(...FEEDBACK_EXPAND)
    .filter(`HCArticleId eq ${id}`).orderBy('ID', false).top(DRAFT_PAGE)<FeedbackRow[]>();
  const events = helpList(batched, 'SearchEvents').items.select('Id', 'HCQuery', 'HCResultCount', 'HCOpenedArticleId', 'HCFiledTicket', 'HCHelpfulVote', 'HCLanguage', 'Created', 'AuthorId')
    .filter(`HCOpenedArticleId eq ${id}`).top(DRAFT_PAGE)<EventRow[]>();
  type CategoryRow = { Id: number; Title: string | null; HCTitleEn: string | null }; // eslint-disable-line @rushstack/no-new-null
  const categories = helpList(batched, 'HelpCategories').items.select('Id', 'Title', 'HCTitleEn').top(5000)<CategoryRow[]>();
  const people = new AuthoringPeople(batched);
  const fallback = people.reviewersOf(undefined);
  const all: Promise<unknown>[] = [row, translations, versions, feedback, events, categories, fallback];
  all.forEach(p => p.catch(() => undefined));
  await execute();

  let r: HistoryRow;
  try {
    r = await row;
  } catch (e) {
    if (httpStatus(e) === 404) return undefined;
    throw e;
  }
  const article: HistoryArticle = { ...articleWorkflowItem(r), etag: r['odata.etag'] || '*', versionLabel: r.OData__UIVersionString || '', content: contentOf(r as never) };
  const other = r.HCTranslationOfId
    ? { id: r.HCTranslationOfId, title: (r.HCTranslationOf && r.HCTranslationOf.Title) || '' }
    : (await translations).map(t => ({ id: t.Id, title: t.Title || '' }))[0];
  const phrased: PhrasedArticle = { id, language: article.language, title: article.content.title, questions: article.content.questions };
  const eventRows = await events;
  const phrasings = eventRows.length < DRAFT_PAGE
    ? learnedPhrasings(eventRows.map(e => ({ ...eventOf(e), searcher: String(e.AuthorId || 0), markedHelpful: !!e.HCHelpfulVote })), phrased, { rejected })
    : await readers.learnedPhrasings(phrased, rejected);
  return {
    article,
    translation: other ? { ...other, language: article.language === 'fr' ? 'en' : 'fr' } : undefined,
    versions: (await versions).map(v => ({
      label: v.VersionLabel, at: v.Created ? new Date(v.Created) : undefined, by: (v.Editor && v.Editor.LookupValue) || undefined,
      status: v.HCStatus || undefined, content: versionContent(v), current: v.VersionLabel === article.versionLabel
    })),
    who: await people.reviewersOf(article.categoryId),
    signals: newestFirst((await feedback).map(signalOf).filter((s): s is ReaderSignal => !!s)),
    phrasings,
    categories: (await categories).map(c => ({ id: c.Id, titleFr: c.Title || '', titleEn: c.HCTitleEn || c.Title || '' }))
  };
}
