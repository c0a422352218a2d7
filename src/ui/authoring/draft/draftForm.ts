/**
 * The draft page's form as data: what the contributor types (title, summary, category, body, phrasings, keywords,
 * review date), its checks before a save or a review, and its copy in localStorage so that nothing typed is lost
 * (a reload, a failed save, a closed tab).
 */
import type { ArticleContent } from '../../../domain/knowledge/articleEditConflict';
import { SUMMARY_MAX, articleTemplate, missingRequiredSections, type ArticleSectionId, type SectionLabels } from '../../../domain/knowledge/templates';
import { dayStart, defaultReviewDate } from '../../../domain/knowledge/articleWorkflow';
import type { Language } from '../../../domain/vocabulary';
import type { FieldProblem } from '../../common/ErrorSummary';
import { formatString } from '../../common/format';

/** SharePoint's Title column holds 255 characters. */
export const TITLE_MAX = 255;
export { SUMMARY_MAX };

/**
 * The form's values: an ArticleContent with its body as the editor gives it (sanitised for the list on save), its
 * language and template.
 */
export interface DraftForm extends ArticleContent {
  language: Language;
  template?: string;
}

/** The ids of the form's fields (the error summary's links move the focus to them). */
export const FIELD_IDS = {
  title: 'hc-draft-title',
  summary: 'hc-draft-summary',
  body: 'hc-draft-body',
  reviewDate: 'hc-draft-review-date'
} as const;

/** A date as `YYYY-MM-DD` (UTC day, as review dates are stored). */
export function isoDay(d: Date): string {
  return new Date(dayStart(d)).toISOString().slice(0, 10);
}

/** The review date a new article starts with: DEFAULT_REVIEW_MONTHS from today. */
export function defaultReviewDay(now: Date = new Date()): string {
  return isoDay(defaultReviewDate(now));
}

/** The form of a stored draft. */
export function formOf(content: ArticleContent, language: Language, template?: string): DraftForm {
  return { ...content, questions: content.questions.slice(), keywords: content.keywords.slice(), language, template };
}

/** What is saved: the form's text with the body as given (already sanitised by the caller). */
export function contentOf(form: DraftForm, bodyHtml: string = form.bodyHtml): ArticleContent {
  return {
    title: form.title.trim(), summary: form.summary.trim(), bodyHtml,
    questions: form.questions.map(q => q.trim()).filter(q => q !== ''),
    keywords: form.keywords.map(k => k.trim()).filter(k => k !== ''),
    categoryId: form.categoryId, kind: form.kind, reviewDate: form.reviewDate || undefined
  };
}

/** Whether two forms hold the same text (the page offers to restore only a real change). */
export function sameForm(a: DraftForm, b: DraftForm): boolean {
  return JSON.stringify(contentOf(a)) === JSON.stringify(contentOf(b));
}

/** The strings the checks need (section `articleDraft` and the templates' section headings). */
export type DraftCheckStrings = Pick<IHelpCenterArticleEditorStrings['articleDraft'],
  'titleRequired' | 'titleTooLong' | 'summaryRequired' | 'summaryTooLong' | 'sectionMissing' | 'reviewDatePast'>;

/**
 * What must be fixed before the draft is saved (`forReview` false: a title, lengths) or sent to review (also a
 * summary and the template's required sections), each with the field to focus.
 */
export function draftProblems(form: DraftForm, s: DraftCheckStrings, sections: SectionLabels, forReview: boolean, now: Date = new Date()): FieldProblem[] {
  const out: FieldProblem[] = [];
  const title = form.title.trim();
  if (!title) out.push({ fieldId: FIELD_IDS.title, message: s.titleRequired });
  else if (title.length > TITLE_MAX) out.push({ fieldId: FIELD_IDS.title, message: formatString(s.titleTooLong, TITLE_MAX) });
  const summary = form.summary.trim();
  if (summary.length > SUMMARY_MAX) out.push({ fieldId: FIELD_IDS.summary, message: formatString(s.summaryTooLong, SUMMARY_MAX, summary.length) });
  else if (forReview && !summary) out.push({ fieldId: FIELD_IDS.summary, message: s.summaryRequired });
  if (form.reviewDate && Date.parse(`${form.reviewDate}T00:00:00Z`) <= dayStart(now)) {
    out.push({ fieldId: FIELD_IDS.reviewDate, message: s.reviewDatePast });
  }
  const template = form.template ? articleTemplate(form.template) : undefined;
  const missing = forReview && template ? missingRequiredSections(template, form.bodyHtml) : [];
  // The body's missing sections in one message (one link per field in the error summary).
  if (missing.length) out.push({ fieldId: FIELD_IDS.body, message: missing.map((id: ArticleSectionId) => formatString(s.sectionMissing, sections[id])).join(' ') });
  return out.filter((p, i) => out.findIndex(q => q.fieldId === p.fieldId) === i);
}

/** The key under which a form's unsaved copy is kept: per draft, or per "new article" address. */
export function storageKey(where: { draftId: number } | { newRoute: string }): string {
  return 'draftId' in where ? `hc-article-draft:${where.draftId}` : `hc-article-new:${where.newRoute}`;
}

/** An unsaved copy of a form: the values, when they were typed, and the text the editing started from. */
export interface StoredForm {
  form: DraftForm;
  savedAt: string;
  /** The ETag the edit started from (a restored copy saved over a newer version is a conflict, not an overwrite). */
  etag?: string;
  /** The text that ETag stood for (the conflict check compares it with the current one). */
  base?: ArticleContent;
  /** A create was sent and its answer not received (see DraftPage: the retry looks for it before creating again). */
  pendingCreate?: { startedAt: string };
}

/** The stored copy under `key`, if any and readable. */
export function readStored(key: string): StoredForm | undefined {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return undefined;
    const value = JSON.parse(raw) as StoredForm;
    return value && value.form && typeof value.form.title === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a copy (a full storage or a private window only loses the copy, never the page). */
export function writeStored(key: string, value: StoredForm): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch (e) {
    console.warn('[HelpCenter] The unsaved draft could not be kept on this device:', e);
  }
}

/** Forgets the copy (once saved). */
export function clearStored(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing kept, nothing to forget.
  }
}
