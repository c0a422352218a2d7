/**
 * Article templates as structure: the sections each kind of article has (ids, required or not, list or text) and
 * the HCArticleKind it is stored as. The headings' wording is page text: each section names a string key (the
 * `articleTemplates.sections` strings in src/loc), and the body is built from a labels object the page passes in.
 * A built body marks each heading with `data-hc-section` (kept by DOMPurify), so a translation or a completeness
 * check can find the sections again.
 */
import type { ArticleKind, Language } from '../vocabulary';

/** The templates offered for a new article. */
/** An article summary's length at most: one paragraph shown in results. */
export const SUMMARY_MAX = 280;

export const ARTICLE_TEMPLATE_IDS = ['howto', 'troubleshooting', 'faq', 'known_issue', 'exam_procedure'] as const;
/** One template id. */
export type ArticleTemplateId = typeof ARTICLE_TEMPLATE_IDS[number];

/** Every section id a template uses (one string key each: `articleTemplates.sections.<id>`). */
export const ARTICLE_SECTION_IDS = [
  'goal', 'prerequisites', 'steps', 'result', 'symptoms', 'cause', 'solution', 'workaround', 'answer', 'details',
  'affected', 'currentStatus', 'when', 'beforeExam', 'duringExam', 'incident', 'contacts', 'moreHelp'
] as const;
/** One section id. */
export type ArticleSectionId = typeof ARTICLE_SECTION_IDS[number];

/** What a section holds when empty: a paragraph, numbered steps or a bulleted list. */
export type SectionShape = 'paragraph' | 'steps' | 'list';

/** One section of a template. */
export interface TemplateSection {
  id: ArticleSectionId;
  /** The article cannot go to review while a required section is empty. */
  required: boolean;
  shape: SectionShape;
}

/** A template: its id, the kind it is stored as (HCArticleKind) and its sections in order. */
export interface ArticleTemplate {
  id: ArticleTemplateId;
  kind: ArticleKind;
  sections: TemplateSection[];
}

function s(id: ArticleSectionId, required: boolean, shape: SectionShape = 'paragraph'): TemplateSection {
  return { id, required, shape };
}

/** The templates, in the order the editor offers them. An exam procedure is a how-to for its kind (search, filters). */
export const ARTICLE_TEMPLATES: ArticleTemplate[] = [
  { id: 'howto', kind: 'howto', sections: [s('goal', true), s('prerequisites', false, 'list'), s('steps', true, 'steps'), s('result', false), s('moreHelp', false)] },
  { id: 'troubleshooting', kind: 'troubleshooting', sections: [s('symptoms', true), s('cause', false), s('solution', true, 'steps'), s('workaround', false), s('moreHelp', false)] },
  { id: 'faq', kind: 'faq', sections: [s('answer', true), s('details', false), s('moreHelp', false)] },
  { id: 'known_issue', kind: 'known_issue', sections: [s('symptoms', true), s('affected', true, 'list'), s('currentStatus', true), s('workaround', false, 'steps'), s('moreHelp', false)] },
  { id: 'exam_procedure', kind: 'howto', sections: [s('when', true), s('beforeExam', false, 'list'), s('duringExam', true, 'steps'), s('incident', true, 'steps'), s('contacts', true, 'list')] }
];

/** The template with this id (undefined for an unknown id). */
export function articleTemplate(id: string): ArticleTemplate | undefined {
  return ARTICLE_TEMPLATES.filter(t => t.id === id)[0];
}

/** The headings of the sections in one language, by section id (from src/loc). */
export type SectionLabels = { [id in ArticleSectionId]: string };

/** Text to put in sections at creation (plain text, paragraphs separated by a blank line), by section id. */
export type SectionTexts = { [id in ArticleSectionId]?: string };

/** HTML-escapes text for an element's content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Plain text as HTML paragraphs: a blank line starts a paragraph, a single line break stays one. */
export function textToParagraphs(text: string): string {
  return text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n+/)
    .map(p => p.trim()).filter(p => p !== '')
    .map(p => `<p>${p.split('\n').map(l => escapeHtml(l.trim())).join('<br>')}</p>`).join('');
}

/** The empty content of a section of this shape (an editor places the caret in it). */
function emptyContent(shape: SectionShape): string {
  return shape === 'steps' ? '<ol><li></li></ol>' : shape === 'list' ? '<ul><li></li></ul>' : '<p></p>';
}

/** One section's heading and content. */
function sectionHtml(section: TemplateSection, heading: string, text: string | undefined): string {
  const content = text && text.trim() ? textToParagraphs(text) : emptyContent(section.shape);
  return `<h2 data-hc-section="${section.id}">${escapeHtml(heading)}</h2>${content}`;
}

/** The initial body of a new article: each section's heading (from `labels`) and its content (given text, or empty). */
export function templateBody(template: ArticleTemplate, labels: SectionLabels, texts: SectionTexts = {}): string {
  return template.sections.map(sec => sectionHtml(sec, labels[sec.id], texts[sec.id])).join('');
}

/** One part of a body: a heading with its section id (when it has one) and the HTML up to the next heading. */
export interface BodyPart {
  /** The heading's own HTML (`<h2 …>…</h2>`), empty for what comes before the first heading. */
  heading: string;
  sectionId?: string;
  content: string;
}

// Headings h2 to h4 cut a body into parts; their attributes tell the section.
const HEADING = /<h([2-4])\b([^>]*)>[\s\S]*?<\/h\1\s*>/gi;
const SECTION_ATTR = /\bdata-hc-section\s*=\s*["']?([a-zA-Z_]+)/;

/** Cuts a body at its headings (h2–h4). */
export function bodyParts(html: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let last = 0;
  let pending: BodyPart = { heading: '', content: '' };
  HEADING.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HEADING.exec(html)) !== null) {
    pending.content = html.slice(last, m.index);
    if (pending.heading || pending.content.trim()) parts.push(pending);
    const id = SECTION_ATTR.exec(m[2]);
    pending = id ? { heading: m[0], sectionId: id[1], content: '' } : { heading: m[0], content: '' };
    last = m.index + m[0].length;
  }
  pending.content = html.slice(last);
  if (pending.heading || pending.content.trim()) parts.push(pending);
  return parts;
}

/** Whether some HTML holds visible text or an image (an empty `<p></p>` or `<li><br></li>` does not). */
export function hasContent(html: string): boolean {
  if (/<(img|video|iframe|table)\b/i.test(html)) return true;
  return html.replace(/<[^>]*>/g, '').replace(/&nbsp;|&#160;|\u00a0/g, ' ').trim() !== '';
}

/** The required sections of the template whose content is empty or missing in the body (before sending to review). */
export function missingRequiredSections(template: ArticleTemplate, html: string): ArticleSectionId[] {
  const parts = bodyParts(html);
  return template.sections
    .filter(sec => sec.required)
    .filter(sec => !parts.some(p => p.sectionId === sec.id && hasContent(p.content)))
    .map(sec => sec.id);
}

/** The structure of a section's content kept for a translation: a list stays a list (one empty item), text a paragraph. */
function emptiedLike(content: string): string {
  if (!hasContent(content)) return content.trim() ? emptyContent(/<ol\b/i.test(content) ? 'steps' : /<ul\b/i.test(content) ? 'list' : 'paragraph') : '';
  const shapes: string[] = [];
  const BLOCK = /<(ol|ul|p|pre|blockquote|table)\b/gi;
  let m: RegExpExecArray | null;
  while ((m = BLOCK.exec(content)) !== null) shapes.push(m[1].toLowerCase());
  if (!shapes.length) return '<p></p>';
  const first = shapes[0];
  return first === 'ol' ? emptyContent('steps') : first === 'ul' ? emptyContent('list') : emptyContent('paragraph');
}

/** The article a translation starts from. */
export interface TranslatableArticle {
  id: number;
  language: Language;
  kind: ArticleKind;
  categoryId?: number;
  bodyHtml: string;
}

/** A new article in the other language, linked to its original (HCTranslationOf), its text still to write. */
export interface TranslationDraft {
  language: Language;
  /** HCTranslationOf: the original's id. */
  translationOf: number;
  kind: ArticleKind;
  categoryId?: number;
  title: string;
  summary: string;
  bodyHtml: string;
  questions: string[];
  keywords: string[];
}

/**
 * The other language's version prefilled with the original's structure: each heading kept (a template section's
 * heading in the target language when `targetLabels` are given, else as written, to translate), each section's
 * text emptied but its shape kept (steps stay numbered). Title, summary, phrasings and keywords start empty: they
 * are written, not copied, in the other language.
 */
export function translationSkeleton(article: TranslatableArticle, targetLabels?: SectionLabels): TranslationDraft {
  const language: Language = article.language === 'fr' ? 'en' : 'fr';
  const body = bodyParts(article.bodyHtml).map(p => {
    if (!p.heading) return emptiedLike(p.content);
    const known = p.sectionId !== undefined && targetLabels !== undefined && (ARTICLE_SECTION_IDS as readonly string[]).indexOf(p.sectionId) >= 0;
    const heading = known
      ? p.heading.replace(/(<h[2-4]\b[^>]*>)[\s\S]*?(<\/h[2-4]\s*>)$/i, (_all: string, open: string, close: string) => open + escapeHtml((targetLabels as SectionLabels)[p.sectionId as ArticleSectionId]) + close)
      : p.heading;
    return heading + (emptiedLike(p.content) || '<p></p>');
  }).join('');
  return { language, translationOf: article.id, kind: article.kind, categoryId: article.categoryId, title: '', summary: '', bodyHtml: body, questions: [], keywords: [] };
}
