/**
 * Knowledge base of the demo: French/English article pairs (one SharePoint item per language, linked by
 * HCTranslationOf). The content lives in three files by theme; this module types and gathers them.
 */
import { ArticleKind } from '../../../src/domain/vocabulary';
import { CategoryKey } from './categories';
import { CastKey } from './people';
import { ACCOUNT_ARTICLES } from './articles-accounts';
import { LEARNING_ARTICLES } from './articles-learning';
import { CAMPUS_ARTICLES } from './articles-campus';

/** One language version of an article. */
export interface ArticleText {
  title: string;
  /** One-paragraph answer shown in search results. */
  summary: string;
  /** HTML body (headings, lists, paragraphs only: it goes through the sanitizer anyway). */
  body: string;
  keywords: string[];
  /** Other ways people ask the question. */
  questions: string[];
}

/** A French/English article pair. */
export interface ArticlePairSeed {
  key: string;
  category: CategoryKey;
  kind: ArticleKind;
  /** Contributor responsible for it. */
  owner: CastKey;
  fr: ArticleText;
  en: ArticleText;
  /** Popularity: views, helpful and not-helpful votes of the French then English version. */
  stats: { fr: [number, number, number]; en: [number, number, number] };
  /** Days from the seed date to the next review (negative: overdue, shows up in "to review"). */
  reviewInDays: number;
}

/** Every article pair. */
export const ARTICLES: readonly ArticlePairSeed[] = [...ACCOUNT_ARTICLES, ...LEARNING_ARTICLES, ...CAMPUS_ARTICLES];

/** Finds an article pair (throws on an unknown key: a data error). */
export function article(key: string): ArticlePairSeed {
  const found = ARTICLES.filter(a => a.key === key)[0];
  if (!found) throw new Error(`Unknown demo article ${key}`);
  return found;
}
