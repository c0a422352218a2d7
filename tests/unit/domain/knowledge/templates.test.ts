import {
  ARTICLE_SECTION_IDS, ARTICLE_TEMPLATES, ARTICLE_TEMPLATE_IDS, SectionLabels, articleTemplate, bodyParts, escapeHtml, hasContent,
  missingRequiredSections, templateBody, textToParagraphs, translationSkeleton
} from '../../../../src/domain/knowledge/templates';
import { ARTICLE_KINDS } from '../../../../src/domain/vocabulary';

/** The headings as the lead will put them in src/loc (see the notes), here for the tests only. */
const FR: SectionLabels = {
  goal: 'Objectif', prerequisites: 'Avant de commencer', steps: 'Étapes', result: 'Résultat attendu', symptoms: 'Symptômes',
  cause: 'Cause', solution: 'Solution', workaround: 'Contournement', answer: 'Réponse', details: 'Précisions', affected: 'Personnes concernées',
  currentStatus: 'Situation actuelle', when: 'Quand appliquer cette procédure', beforeExam: 'Avant l\'épreuve', duringExam: 'Pendant l\'épreuve',
  incident: 'En cas d\'incident', contacts: 'Qui prévenir', moreHelp: 'Besoin d\'aide ?'
};
const EN: SectionLabels = {
  goal: 'Goal', prerequisites: 'Before you start', steps: 'Steps', result: 'Expected result', symptoms: 'Symptoms', cause: 'Cause',
  solution: 'Solution', workaround: 'Workaround', answer: 'Answer', details: 'Details', affected: 'Who is affected', currentStatus: 'Current status',
  when: 'When to use this procedure', beforeExam: 'Before the exam', duringExam: 'During the exam', incident: 'If something goes wrong',
  contacts: 'Who to contact', moreHelp: 'Need more help?'
};

describe('article templates', () => {
  it('offers the five templates, each stored as a known article kind, with unique sections and at least one required', () => {
    expect(ARTICLE_TEMPLATES.map(t => t.id)).toEqual(ARTICLE_TEMPLATE_IDS.slice());
    for (const t of ARTICLE_TEMPLATES) {
      expect(ARTICLE_KINDS).toContain(t.kind);
      const ids = t.sections.map(s => s.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      expect(t.sections.some(s => s.required)).toBe(true);
      ids.forEach(id => expect(ARTICLE_SECTION_IDS).toContain(id));
    }
    expect(articleTemplate('exam_procedure')?.kind).toBe('howto');
    expect(articleTemplate('nope')).toBeUndefined();
  });

  it('builds an empty body with the headings in the page language, marked with their section', () => {
    expect(templateBody(articleTemplate('faq')!, FR)).toBe(
      '<h2 data-hc-section="answer">Réponse</h2><p></p><h2 data-hc-section="details">Précisions</h2><p></p>' +
      '<h2 data-hc-section="moreHelp">Besoin d&#39;aide ?</h2><p></p>');
    const howto = templateBody(articleTemplate('howto')!, EN);
    expect(howto).toContain('<h2 data-hc-section="steps">Steps</h2><ol><li></li></ol>');
    expect(howto).toContain('<h2 data-hc-section="prerequisites">Before you start</h2><ul><li></li></ul>');
  });

  it('fills sections from plain text, escaped, paragraphs on blank lines', () => {
    const body = templateBody(articleTemplate('troubleshooting')!, FR, { symptoms: 'Le message « <Erreur 0x80> » s\'affiche.\nPuis plus rien.\n\nSur tous les postes.' });
    expect(body).toContain('<h2 data-hc-section="symptoms">Symptômes</h2><p>Le message « &lt;Erreur 0x80&gt; » s&#39;affiche.<br>Puis plus rien.</p><p>Sur tous les postes.</p>');
    expect(textToParagraphs('  \n\n ')).toBe('');
    expect(escapeHtml('<script>"x"&\'y\'</script>')).toBe('&lt;script&gt;&quot;x&quot;&amp;&#39;y&#39;&lt;/script&gt;');
  });

  it('lists the required sections still empty', () => {
    const template = articleTemplate('troubleshooting')!;
    expect(missingRequiredSections(template, templateBody(template, FR))).toEqual(['symptoms', 'solution']);
    const written = templateBody(template, FR, { symptoms: 'Impression bloquée.', solution: 'Relancer le spouleur.' });
    expect(missingRequiredSections(template, written)).toEqual([]);
    // An editor's empty line or a lone space is not content; an image is.
    expect(missingRequiredSections(template, written.replace('<p>Relancer le spouleur.</p>', '<p>&nbsp;<br></p>'))).toEqual(['solution']);
    expect(hasContent('<p><img src="capture.png" alt=""></p>')).toBe(true);
    // A heading deleted by the contributor counts as missing.
    expect(missingRequiredSections(template, '<p>Relancer le spouleur.</p>')).toEqual(['symptoms', 'solution']);
  });

  it('cuts a body at its headings, keeping what comes before the first', () => {
    const parts = bodyParts('<p>Intro</p><h2 data-hc-section="steps">Étapes</h2><ol><li>Un</li></ol><h3>Détail</h3><p>x</p>');
    expect(parts.map(p => [p.sectionId, p.content])).toEqual([[undefined, '<p>Intro</p>'], ['steps', '<ol><li>Un</li></ol>'], [undefined, '<p>x</p>']]);
  });
});

describe('translation skeleton', () => {
  const original = {
    id: 42, language: 'fr' as const, kind: 'howto' as const, categoryId: 4,
    bodyHtml: '<h2 data-hc-section="goal">Objectif</h2><p>Se connecter au wifi eduroam.</p>' +
      '<h2 data-hc-section="steps">Étapes</h2><ol><li>Ouvrir les réglages.</li><li>Choisir eduroam.</li></ol>' +
      '<h3>Sur un Mac</h3><ul><li>Menu Wi-Fi</li></ul><p>Puis saisir l\'identifiant.</p>'
  };

  it('prefills the other language, linked, with the template headings translated and every text emptied', () => {
    const draft = translationSkeleton(original, EN);
    expect(draft).toEqual({
      language: 'en', translationOf: 42, kind: 'howto', categoryId: 4, title: '', summary: '', questions: [], keywords: [],
      bodyHtml: '<h2 data-hc-section="goal">Goal</h2><p></p><h2 data-hc-section="steps">Steps</h2><ol><li></li></ol><h3>Sur un Mac</h3><ul><li></li></ul>'
    });
    expect(draft.bodyHtml).not.toMatch(/eduroam|réglages|identifiant/);
  });

  it('keeps the headings as written without labels, and goes from English to French', () => {
    const draft = translationSkeleton({ ...original, language: 'en', bodyHtml: '<h2 data-hc-section="answer">Answer</h2><p>Yes.</p>' });
    expect([draft.language, draft.bodyHtml]).toEqual(['fr', '<h2 data-hc-section="answer">Answer</h2><p></p>']);
    expect(translationSkeleton({ ...original, bodyHtml: '<p>Texte sans titre.</p>' }).bodyHtml).toBe('<p></p>');
  });
});
