import { articleTemplate, templateBody } from '../../../domain/knowledge/templates';
import type { SectionTexts } from '../../../domain/knowledge/templates';

/**
 * Glue between the article templates (src/domain/knowledge/templates.ts) and the editor. A template's body marks
 * each section's heading with `data-hc-section`; the editor (roosterjs) keeps a heading's `id` but drops its data
 * attributes, so a body goes into the editor with `id="hc-section-<id>"` and comes out with `data-hc-section` again.
 */

const EDITOR_ID_PREFIX = 'hc-section-';

function parse(html: string): HTMLTemplateElement {
  const box = document.createElement('template');
  box.innerHTML = html;
  return box;
}

/**
 * A stored body as the editor takes it: each section's mark as the heading's id, and each empty paragraph or list
 * item (a template's section still to write) holding a line break, as an editor writes an empty line: the editor
 * drops empty blocks, and the author could not place the caret in the section.
 */
export function toEditorHtml(html: string): string {
  const box = parse(html);
  box.content.querySelectorAll('h2[data-hc-section], h3[data-hc-section], h4[data-hc-section]').forEach(h => {
    h.setAttribute('id', EDITOR_ID_PREFIX + (h.getAttribute('data-hc-section') || ''));
    h.removeAttribute('data-hc-section');
  });
  box.content.querySelectorAll('p, li').forEach(block => {
    if (!block.childNodes.length) block.appendChild(document.createElement('br'));
  });
  return box.innerHTML;
}

/**
 * The editor's HTML as stored: each section's id back to `data-hc-section`. A section keeps one heading (the
 * first): a heading split in two by Enter copies its id, and the copy is an ordinary heading. An image the author
 * has not described yet is marked decorative (`alt=""`, the editor writes no empty alt) until described.
 */
export function fromEditorHtml(html: string): string {
  const box = parse(html);
  box.content.querySelectorAll('img:not([alt])').forEach(img => img.setAttribute('alt', ''));
  const seen: { [id: string]: boolean } = {};
  box.content.querySelectorAll('[id]').forEach(el => {
    const id = el.getAttribute('id') || '';
    el.removeAttribute('id');
    if (id.indexOf(EDITOR_ID_PREFIX) !== 0 || !/^H[2-4]$/.test(el.nodeName)) return;
    const section = id.slice(EDITOR_ID_PREFIX.length);
    if (!seen[section]) el.setAttribute('data-hc-section', section);
    seen[section] = true;
  });
  return box.innerHTML;
}

/**
 * The editor's first value for a new article from template `templateId`: its sections' headings in the page's
 * language (`strings.articleTemplates.sections`) and any prefilled text (a content gap's query, a ticket's answer).
 * Empty for an unknown template.
 */
export function templateEditorValue(templateId: string, sectionLabels: IHelpCenterArticleEditorStrings['articleTemplates']['sections'], texts?: SectionTexts): string {
  const template = articleTemplate(templateId);
  return template ? templateBody(template, sectionLabels, texts) : '';
}
