/**
 * The knowledge base as the ui sees it: the contract between the data layer (src/data/knowledge) and the
 * KnowledgeSearch ui (src/ui/knowledge). The ui never calls PnPjs; it gets a KnowledgeService.
 */

import type { ArticleKind, ExpertAvailability, Language } from '../../domain/vocabulary';
import type { SerializedSearchIndex } from '../../domain/search/types';
import type { Community } from '../../domain/categories/community';

export type { ArticleKind };

/** Language of an article version. */
export type ArticleLanguage = Language;

/** A category of the HelpCategories tree. */
export interface KnowledgeCategory {
  id: number;
  /** French name (Title). */
  titleFr: string;
  /** English name (HCTitleEn). */
  titleEn: string;
  /** Parent category id, undefined for a root. */
  parentId?: number;
  /** Display order among siblings. */
  sortOrder: number;
  /** Its own community (Teams channel or Viva Engage), validated by communityOf; `communityFor` gives the inherited one. */
  community?: Community;
}

/** One published article version, as listed and searched (no body: see ArticleDetail). */
export interface ArticleSummary {
  id: number;
  title: string;
  summary: string;
  language: ArticleLanguage;
  kind: ArticleKind;
  categoryId?: number;
  /** Id of the other-language version, when there is one. */
  translationId?: number;
  keywords: string[];
  /** Other phrasings of the question. */
  questions: string[];
  /** ISO date of the last update (Modified). */
  modified: string;
  views: number;
  helpful: number;
  notHelpful: number;
}

/** An article to read: the summary plus its body and attachments. */
export interface ArticleDetail extends ArticleSummary {
  /** HTML as stored; the ui sanitizes it with DOMPurify before it reaches the page. */
  bodyHtml: string;
  attachments: { name: string; url: string }[];
  /** Name of the contributor responsible for it, if any. */
  ownerName?: string;
}

/** A search hit: the article, its score, and the indexed words the query matched (for highlighting). */
export interface KnowledgeHit {
  article: ArticleSummary;
  score: number;
  /** True when the article is in another language than the one asked for (translation badge). */
  otherLanguage: boolean;
}

/** What a search returns. */
export interface KnowledgeSearchResult {
  hits: KnowledgeHit[];
  /** Words to highlight in titles and snippets (folded forms the query matched). */
  matchedWords: string[];
  /** "Did you mean": a corrected query, when the query had unknown words. */
  suggestion?: string;
  /**
   * With no hits: the categories (ids, closest first) of the articles the query or its correction would find
   * without the facets, for "closest categories".
   */
  closestCategories?: number[];
  /** Which provider answered: the in-browser index or SharePoint Search. */
  provider: 'local' | 'sharepoint';
}

/** Options of a search. */
export interface KnowledgeSearchOptions {
  /** Language of the person (preferred versions). */
  language: ArticleLanguage;
  /** Only this language (facet). */
  onlyLanguage?: ArticleLanguage;
  /** Category facet: this category and its descendants. */
  categoryId?: number;
  /** Article kind facet. */
  kind?: ArticleKind;
  /** Maximum results (default 10). */
  limit?: number;
}

/** The current person's vote on an article. */
export interface ArticleVote {
  helpful?: boolean;
  outdated: boolean;
  comment?: string;
}

/** A search event for deflection analytics (no person is stored in our fields). */
export interface SearchEventInput {
  query: string;
  resultCount: number;
  language: ArticleLanguage;
  openedArticleId?: number;
  filedTicket?: boolean;
}

/** Aggregates for the reports (top queries, zero-result queries, articles ending searches, searches ending in tickets). */
export interface SearchAnalytics {
  /** Events read (the period's events, paged on the indexed Created column). */
  totalSearches: number;
  topQueries: { query: string; count: number }[];
  zeroResultQueries: { query: string; count: number }[];
  /** Articles opened after a search that did not end in a ticket. */
  deflectingArticles: { articleId: number; title?: string; count: number }[];
  /** Queries after which a ticket was filed. */
  ticketQueries: { query: string; count: number }[];
}

/** Everything the KnowledgeSearch ui needs. */
export interface KnowledgeService {
  /** Loads (from the IndexedDB cache when fresh, refreshing by delta on Modified) and readies the search. */
  ready(): Promise<{ articleCount: number; provider: 'local' | 'sharepoint'; fromCache: boolean }>;
  /** Searches the published articles. */
  search(query: string, options: KnowledgeSearchOptions): Promise<KnowledgeSearchResult>;
  /** The category tree. */
  categories(): Promise<KnowledgeCategory[]>;
  /** For an empty query: the most viewed/helpful and the most recently updated articles, optionally in one category. */
  popular(options: { language: ArticleLanguage; categoryId?: number; limit?: number }): Promise<{ popular: ArticleSummary[]; recent: ArticleSummary[] }>;
  /** One article with its body and attachments; undefined if it does not exist or is not published. */
  article(id: number): Promise<ArticleDetail | undefined>;
  /** Articles related to this one (same category, similar words), best first. */
  related(id: number, limit?: number): Promise<ArticleSummary[]>;
  /** The current person's vote on an article, if any. */
  myVote(articleId: number): Promise<ArticleVote | undefined>;
  /** Records (or changes) the current person's vote: one ArticleFeedback item per person and article. */
  vote(articleId: number, vote: ArticleVote): Promise<void>;
  /** Experts answering on this category or one of its parents, available ones first (the directory is read once). */
  experts(categoryId: number, limit?: number): Promise<ExpertSummary[]>;
  /** Records a search event (fire and forget from the ui; failures are swallowed and retried later). */
  recordSearch(event: SearchEventInput): Promise<void>;
  /**
   * The published articles as the local search analysed them (its index, already loaded: no second download), for
   * the editor's suggested keywords; undefined when SharePoint Search answers (no local copy of the base).
   */
  analysedIndex?(): Promise<SerializedSearchIndex | undefined>;
}

/** An expert of the directory (Experts list), as "still need help?" shows them. */
export interface ExpertSummary {
  id: number;
  name: string;
  email: string;
  categoryIds: number[];
  languages: ArticleLanguage[];
  availability: ExpertAvailability;
  skills: string[];
  /** A member of a support team: "ask this expert" routes a request to them. */
  askable?: boolean;
  /** The category they were found for (the directory's link reproduces it). */
  foundFor?: number;
}

/** How the web part builds its service (src/data/knowledge/index.ts exports `createKnowledgeService`). */
export interface KnowledgeServiceOptions {
  /** Which provider: 'auto' picks SharePoint Search above `sharePointSearchAbove` published articles. */
  provider?: 'auto' | 'local' | 'sharepoint';
  /** Article count above which 'auto' uses SharePoint Search (default 5,000). */
  sharePointSearchAbove?: number;
  /** Key of the IndexedDB cache (default: the site URL); one cache per help-center site. */
  cacheKey?: string;
  /** The person's claims login name (vote key: one vote per person per article). */
  userLoginName: string;
  /** A deep-linked article (`?article=ID`): read with its vote in the first render's batch. */
  initialArticleId?: number;
}

/**
 * Link contract of "Still need help?": the ticket form page is opened with
 *   `${ticketFormUrl}?q=<query, URI-encoded>&category=<HelpCategories id>&from=search&searchId=<client id>`
 * and the ticket form issue honours `q` (prefills the title/description) and `category`.
 */
export const STILL_NEED_HELP_PARAMS = { query: 'q', category: 'category', from: 'from', searchId: 'searchId' } as const;
