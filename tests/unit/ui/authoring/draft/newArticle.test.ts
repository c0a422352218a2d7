import type { AuthoringServices } from '../../../../../src/data/knowledge/authoring/services';
import { newArticleStart, routeTemplate, blankForm } from '../../../../../src/ui/authoring/draft/newArticle';
import { loadLocStrings } from '../../../../../workbench/host/locStrings';

const strings = loadLocStrings('fr-fr');
const S = { draft: strings.articleDraft, sections: strings.articleTemplates.sections };
const ORIGINAL = {
  id: 8, title: 'Se connecter à eduroam', summary: 'x', language: 'fr' as const, kind: 'howto' as const, categoryId: 3, keywords: ['wifi'], questions: [],
  modified: '2026-01-01', views: 0, helpful: 0, notHelpful: 0, attachments: [],
  bodyHtml: '<h2 data-hc-section="goal">Objectif</h2><p>Se connecter.</p><h2 data-hc-section="steps">Étapes</h2><ol><li>Ouvrir</li><li>Choisir</li></ol>'
};

function services(over: { article?: jest.Mock; ticketArticle?: jest.Mock } = {}): AuthoringServices {
  return {
    knowledge: { article: over.article || jest.fn(async () => ORIGINAL) },
    ticketArticle: over.ticketArticle || jest.fn(async () => { throw new Error('not yet'); })
  } as unknown as AuthoringServices;
}

beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));

it('a template\'s empty article: its sections, its kind, a review date a year ahead', () => {
  const f = blankForm('exam_procedure', 'en', S.sections, new Date('2026-12-03T10:00:00Z'));
  expect(f).toMatchObject({ kind: 'howto', template: 'exam_procedure', language: 'en', reviewDate: '2027-12-03', title: '', questions: [] });
  expect(f.bodyHtml).toContain('data-hc-section="duringExam"');
});

it('a content gap: the query as title and as one other phrasing, said under the heading', async () => {
  const r = await newArticleStart({ kind: 'new', template: 'faq', query: 'imprimer recto verso', categoryId: 4 }, 'faq', 'fr', services(), S, 'fr');
  expect(r.start).toMatchObject({ kind: 'new', form: { title: 'imprimer recto verso', questions: ['imprimer recto verso'], categoryId: 4, template: 'faq', kind: 'faq' } });
  expect(r.origin).toEqual(['Recherche restée sans résultat\u00a0: «\u00a0imprimer recto verso\u00a0»']);
  expect(r.notices).toEqual([]);
});

it('a translation: the other language, the original\'s structure emptied, linked to it, its title and summary to write', async () => {
  const article = jest.fn(async () => ORIGINAL);
  const r = await newArticleStart({ kind: 'new', translationOf: 8 }, 'howto', 'en', services({ article }), S, 'fr');
  expect(article).toHaveBeenCalledWith(8);
  if (r.start.kind !== 'new') throw new Error('new expected');
  expect(r.start.links).toEqual({ translationOfId: 8 });
  expect(r.start.form).toMatchObject({ language: 'en', title: '', summary: '', categoryId: 3, kind: 'howto', template: undefined });
  expect(r.start.form.bodyHtml).toBe('<h2 data-hc-section="goal">Objectif</h2><p></p><h2 data-hc-section="steps">Étapes</h2><ol><li></li></ol>');
  expect(r.origin).toEqual(['Traduction de «\u00a0Se connecter à eduroam\u00a0»']);
});

it('a ticket that cannot be read: a notice, the form still a troubleshooting article to write', async () => {
  const route = { kind: 'new' as const, ticketId: 12 };
  expect(routeTemplate(route)).toBe('troubleshooting');
  const r = await newArticleStart(route, 'troubleshooting', 'fr', services(), S, 'fr');
  expect(r.notices).toEqual([S.draft.ticketFailed]);
  expect(r.start).toMatchObject({ form: { template: 'troubleshooting', kind: 'troubleshooting', title: '' }, links: {} });
});

it('a ticket turned into an article: its anonymised text, linked back to it', async () => {
  const ticketArticle = jest.fn(async () => ({
    templateId: 'troubleshooting', kind: 'troubleshooting', language: 'fr', categoryId: 2, title: 'Imprimante bloquée', summary: 'Le bac 2 coince.',
    sections: {}, bodyHtml: '<h2 data-hc-section="symptoms">Symptômes</h2><p>[personne] voit un bourrage.</p>', questions: ['imprimante bloquée'], sourceTicketId: 12
  }));
  const r = await newArticleStart({ kind: 'new', ticketId: 12 }, 'troubleshooting', 'fr', services({ ticketArticle }), S, 'fr');
  expect(ticketArticle).toHaveBeenCalledWith(12, S.draft.personalData, S.sections);
  expect(r.start).toMatchObject({ form: { title: 'Imprimante bloquée', categoryId: 2, questions: ['imprimante bloquée'] }, links: { sourceTicketId: 12 } });
  expect(r.origin).toEqual(['Rédigé à partir du ticket n°\u00a012']);
});

it('the chooser is skipped only for a known template, a ticket or a translation', () => {
  expect(routeTemplate({ kind: 'new' })).toBeUndefined();
  expect(routeTemplate({ kind: 'new', template: 'nope' })).toBeUndefined();
  expect(routeTemplate({ kind: 'new', template: 'known_issue' })).toBe('known_issue');
  expect(routeTemplate({ kind: 'new', translationOf: 3 })).toBe('howto');
});
