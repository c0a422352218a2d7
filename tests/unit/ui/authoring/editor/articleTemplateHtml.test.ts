import { fromEditorHtml, templateEditorValue, toEditorHtml } from '../../../../../src/ui/authoring/editor/articleTemplateHtml';
import { ARTICLE_TEMPLATES, missingRequiredSections } from '../../../../../src/domain/knowledge/templates';
const { loadLocModule } = require('../../../../setup/locStrings') as { loadLocModule(f: string, l: string): IHelpCenterArticleEditorStrings };

const fr = loadLocModule('articleEditor', 'fr-fr').articleTemplates;
const en = loadLocModule('articleEditor', 'en-us').articleTemplates;

it.each(ARTICLE_TEMPLATES.map(t => [t.id] as const))('builds the %s template with its headings in both languages', (id) => {
  const template = ARTICLE_TEMPLATES.filter(t => t.id === id)[0];
  for (const labels of [fr.sections, en.sections]) {
    const html = templateEditorValue(id, labels);
    for (const section of template.sections) expect(html).toContain(`<h2 data-hc-section="${section.id}">`);
    expect(missingRequiredSections(template, html)).toEqual(template.sections.filter(s => s.required).map(s => s.id));
  }
  expect(fr.names[id]).toBeTruthy();
  expect(en.names[id]).toBeTruthy();
});

it('prefills a section with the given text, escaped', () => {
  expect(templateEditorValue('faq', fr.sections, { answer: 'Oui <b>vraiment</b>' })).toContain('<p>Oui &lt;b&gt;vraiment&lt;/b&gt;</p>');
  expect(templateEditorValue('nope', fr.sections)).toBe('');
});

it('carries the section marks through the editor as heading ids, one heading per section', () => {
  const stored = '<h2 data-hc-section="goal">Objectif</h2><p>a</p><h2 data-hc-section="steps">Étapes</h2><ol><li>b</li></ol>';
  const inEditor = toEditorHtml(stored);
  expect(inEditor).toBe('<h2 id="hc-section-goal">Objectif</h2><p>a</p><h2 id="hc-section-steps">Étapes</h2><ol><li>b</li></ol>');
  expect(fromEditorHtml(inEditor)).toBe(stored);
  // A section still to write keeps a line the caret can go to.
  expect(toEditorHtml('<h2 data-hc-section="steps">Étapes</h2><ol><li></li></ol><p></p>')).toBe('<h2 id="hc-section-steps">Étapes</h2><ol><li><br></li></ol><p><br></p>');
  // Enter at the end of a heading copies its id to the next heading: the copy is an ordinary heading.
  expect(fromEditorHtml('<h2 id="hc-section-goal">Objectif</h2><h2 id="hc-section-goal">Suite</h2><p id="x">c</p>'))
    .toBe('<h2 data-hc-section="goal">Objectif</h2><h2>Suite</h2><p>c</p>');
  expect(fromEditorHtml('<p><img src="a.png"><img src="b.png" alt="Badge"></p>')).toBe('<p><img src="a.png" alt=""><img src="b.png" alt="Badge"></p>');
});
