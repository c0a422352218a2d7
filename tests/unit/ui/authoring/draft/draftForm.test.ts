import { clearStored, contentOf, draftProblems, FIELD_IDS, readStored, storageKey, SUMMARY_MAX, TITLE_MAX, writeStored, type DraftForm } from '../../../../../src/ui/authoring/draft/draftForm';
import { categoryTree } from '../../../../../src/ui/authoring/draft/CategoryField';
import { dateToDay, dayToDate, formatDay, parseDay } from '../../../../../src/ui/authoring/draft/ReviewDateField';
import { templateEditorValue } from '../../../../../src/ui/authoring/editor/articleTemplateHtml';
import { loadLocStrings } from '../../../../../workbench/host/locStrings';

const strings = loadLocStrings('fr-fr');
const s = strings.articleDraft;
const sections = strings.articleTemplates.sections;
const NOW = new Date('2026-12-03T08:00:00Z');

const form = (over: Partial<DraftForm> = {}): DraftForm => ({
  title: 'Se connecter au Wi-Fi eduroam', summary: 'Configurer eduroam sur un portable.', bodyHtml: templateEditorValue('howto', sections),
  questions: [], keywords: [], kind: 'howto', reviewDate: '2027-12-03', language: 'fr', template: 'howto', ...over
});

describe('draftProblems', () => {
  it('asks for a title before any save, and nothing else on a draft being written', () => {
    expect(draftProblems(form({ title: '  ', summary: '' }), s, sections, false, NOW)).toEqual([{ fieldId: FIELD_IDS.title, message: s.titleRequired }]);
  });
  it('refuses a title or a summary longer than the columns hold', () => {
    const p = draftProblems(form({ title: 'x'.repeat(TITLE_MAX + 1), summary: 'y'.repeat(SUMMARY_MAX + 3) }), s, sections, false, NOW);
    expect(p.map(x => x.fieldId)).toEqual([FIELD_IDS.title, FIELD_IDS.summary]);
    expect(p[1].message).toBe(`Le résumé ne doit pas dépasser ${SUMMARY_MAX} caractères (il en compte ${SUMMARY_MAX + 3}).`);
  });
  it('before review: a summary and every required section of the template, each named', () => {
    const p = draftProblems(form({ summary: '' }), s, sections, true, NOW);
    expect(p).toEqual([
      { fieldId: FIELD_IDS.summary, message: s.summaryRequired },
      { fieldId: FIELD_IDS.body, message: 'Complétez la section «\u00a0Objectif\u00a0». Complétez la section «\u00a0Étapes\u00a0».' }
    ]);
  });
  it('accepts a how-to whose required sections are written', () => {
    const body = '<h2 data-hc-section="goal">Objectif</h2><p>Se connecter.</p><h2 data-hc-section="steps">Étapes</h2><ol><li>Ouvrir les réglages</li></ol>';
    expect(draftProblems(form({ bodyHtml: body }), s, sections, true, NOW)).toEqual([]);
  });
  it('refuses a review date that is not after today', () => {
    expect(draftProblems(form({ reviewDate: '2026-12-03' }), s, sections, false, NOW)).toEqual([{ fieldId: FIELD_IDS.reviewDate, message: s.reviewDatePast }]);
    expect(draftProblems(form({ reviewDate: '2026-12-04' }), s, sections, false, NOW)).toEqual([]);
  });
});

describe('the unsaved copy', () => {
  beforeEach(() => window.localStorage.clear());
  it('is kept per draft and per new-article address, read back, and forgotten', () => {
    const key = storageKey({ draftId: 7 });
    expect(key).not.toBe(storageKey({ newRoute: 'new=1&template=howto' }));
    writeStored(key, { form: form({ title: 'Mon titre' }), savedAt: NOW.toISOString(), etag: '"3"' });
    expect(readStored(key)).toMatchObject({ form: { title: 'Mon titre' }, etag: '"3"' });
    clearStored(key);
    expect(readStored(key)).toBeUndefined();
  });
  it('ignores what is not a copy of a form', () => {
    window.localStorage.setItem('hc-article-draft:9', '{not json');
    expect(readStored('hc-article-draft:9')).toBeUndefined();
    window.localStorage.setItem('hc-article-draft:9', '{"form":{}}');
    expect(readStored('hc-article-draft:9')).toBeUndefined();
  });
  it('saves trimmed text without empty phrasings or keywords', () => {
    expect(contentOf(form({ title: ' T ', questions: [' a ', ''], keywords: ['', 'wifi'] }))).toMatchObject({ title: 'T', questions: ['a'], keywords: ['wifi'] });
  });
});

describe('the review date field', () => {
  it('reads and writes the page language\'s format, refusing impossible days', () => {
    expect(formatDay(dayToDate('2027-03-09'), 'fr')).toBe('09/03/2027');
    expect(formatDay(dayToDate('2027-03-09'), 'en')).toBe('03/09/2027');
    expect(dateToDay(parseDay('9/3/2027', 'fr') as Date)).toBe('2027-03-09');
    expect(dateToDay(parseDay('3/9/2027', 'en') as Date)).toBe('2027-03-09');
    expect(parseDay('31/02/2027', 'fr')).toBeUndefined();
    expect(parseDay('demain', 'fr')).toBeUndefined();
  });
});

describe('categoryTree', () => {
  it('lists each category after its parent, siblings in order, in the page language', () => {
    const tree = categoryTree([
      { id: 3, titleFr: 'Wi-Fi', titleEn: 'Wi-Fi', parentId: 1, sortOrder: 2 },
      { id: 1, titleFr: 'Réseau', titleEn: 'Network', sortOrder: 1 },
      { id: 2, titleFr: 'Messagerie', titleEn: 'Mail', sortOrder: 0 },
      { id: 4, titleFr: 'VPN', titleEn: 'VPN', parentId: 1, sortOrder: 1 },
      { id: 5, titleFr: 'Orpheline', titleEn: 'Orphan', parentId: 99, sortOrder: 3 }
    ], 'en');
    expect(tree).toEqual([
      { id: 2, text: 'Mail', depth: 0 }, { id: 1, text: 'Network', depth: 0 }, { id: 4, text: 'VPN', depth: 1 }, { id: 3, text: 'Wi-Fi', depth: 1 },
      { id: 5, text: 'Orphan', depth: 0 }
    ]);
  });
});
