/**
 * A new article's first values, from what its address says (src/data/pageLinks.ts `kind: 'new'`): a template, a
 * language, a content gap's query, a ticket turned into an article, the article it translates, a category.
 */
import type { AuthoringServices } from '../../../data/knowledge/authoring/services';
import type { AuthoringRoute } from '../../../data/pageLinks';
import { authoringQuery } from '../../../data/pageLinks';
import { articleTemplate, translationSkeleton, type SectionLabels } from '../../../domain/knowledge/templates';
import type { Language } from '../../../domain/vocabulary';
import { formatString } from '../../common/format';
import { templateEditorValue } from '../editor/articleTemplateHtml';
import { defaultReviewDay, type DraftForm } from './draftForm';
import type { DraftStart } from './useDraftSession';

/** The route of a new article. */
export type NewRoute = Extract<AuthoringRoute, { kind: 'new' }>;

/** The strings a new article's prefill uses. */
export interface NewArticleStrings {
  draft: IHelpCenterArticleEditorStrings['articleDraft'];
  sections: SectionLabels;
}

/** What the draft page starts with for a new article: its form, where it came from, and what could not be read. */
export interface NewArticleStart { start: DraftStart; origin: string[]; notices: string[] }

/** An empty article from a template in a language (the route's prefills are applied on top). */
export function blankForm(templateId: string, language: Language, sections: SectionLabels, now: Date = new Date()): DraftForm {
  const template = articleTemplate(templateId);
  return {
    title: '', summary: '', bodyHtml: templateEditorValue(templateId, sections), questions: [], keywords: [],
    kind: template ? template.kind : 'howto', reviewDate: defaultReviewDay(now), language, template: template ? template.id : undefined
  };
}

/**
 * The new article's start. A translation reads the original (the knowledge service: one request) and keeps its
 * structure; a ticket is read by the desk's reader and anonymised; either failing leaves the form usable with a
 * notice. `pageLanguage`'s section headings are used when the article is written in the page's language.
 */
export async function newArticleStart(route: NewRoute, templateId: string, language: Language, services: AuthoringServices,
  s: NewArticleStrings, pageLanguage: Language): Promise<NewArticleStart> {
  const form = blankForm(templateId, language, s.sections);
  const origin: string[] = [];
  const notices: string[] = [];
  const links: { translationOfId?: number; sourceTicketId?: number } = {};
  if (route.categoryId) form.categoryId = route.categoryId;
  if (route.query) {
    form.title = route.query;
    form.questions = [route.query];
    origin.push(formatString(s.draft.fromGap, route.query));
  }
  if (route.translationOf) {
    try {
      const original = await services.knowledge.article(route.translationOf);
      if (!original) throw new Error(`Article ${route.translationOf} not found.`);
      const t = translationSkeleton(original, language === pageLanguage ? s.sections : undefined);
      Object.assign(form, { language: t.language, kind: t.kind, categoryId: form.categoryId || t.categoryId, bodyHtml: t.bodyHtml, template: undefined });
      links.translationOfId = t.translationOf;
      origin.push(formatString(s.draft.translationOf, original.title));
    } catch (e) {
      console.error('[HelpCenter] The article to translate could not be read:', e);
      notices.push(s.draft.translationFailed);
    }
  }
  if (route.ticketId) {
    try {
      const t = await services.ticketArticle(route.ticketId, s.draft.personalData, s.sections);
      Object.assign(form, {
        title: t.title, summary: t.summary, bodyHtml: t.bodyHtml, questions: t.questions, kind: t.kind, template: t.templateId,
        language: t.language, categoryId: form.categoryId || t.categoryId
      });
      links.sourceTicketId = t.sourceTicketId;
      origin.push(formatString(s.draft.fromTicket, t.sourceTicketId));
    } catch (e) {
      console.error('[HelpCenter] The ticket could not be turned into an article:', e);
      notices.push(s.draft.ticketFailed);
    }
  }
  return { start: { kind: 'new', form, routeKey: authoringQuery(route).slice(1) || 'new=1', links }, origin, notices };
}

/** The template a route names, if it is one (the chooser is shown otherwise; a ticket or a translation needs none). */
export function routeTemplate(route: NewRoute): string | undefined {
  const t = route.template ? articleTemplate(route.template) : undefined;
  if (t) return t.id;
  // A ticket becomes a troubleshooting article; a translation keeps its original's structure (its template is dropped).
  return route.ticketId ? 'troubleshooting' : route.translationOf ? 'howto' : undefined;
}
