/** Shape of the knowledge-base demo articles written for the search benchmark and the workbench seed. */
import type { CategoryKey } from '../categories';

/** Text of one language version. */
export interface KbText {
  title: string;
  /** One-paragraph answer shown in search results. */
  summary: string;
  /** HTML body (headings, paragraphs, lists). */
  body: string;
  keywords: string[];
  /** Other ways people ask the question. */
  questions: string[];
}

/** One article, one language version (one KnowledgeArticles item). */
export interface KbArticle extends KbText {
  /** Stable key, e.g. 'printer-paper-jam-fr'. */
  key: string;
  /** Key of the version this one translates (English versions point to the French one). */
  translationOf?: string;
  language: 'fr' | 'en';
  category: CategoryKey;
}

/** A French article and its English translation. */
export function pair(base: string, category: CategoryKey, fr: KbText, en: KbText): KbArticle[] {
  return [
    { key: `${base}-fr`, language: 'fr', category, ...fr },
    { key: `${base}-en`, translationOf: `${base}-fr`, language: 'en', category, ...en }
  ];
}

/** An article that exists in one language only. */
export function single(base: string, category: CategoryKey, language: 'fr' | 'en', text: KbText): KbArticle[] {
  return [{ key: `${base}-${language}`, language, category, ...text }];
}
