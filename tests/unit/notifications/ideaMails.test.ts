// The idea box's mail (issue 15): rendered in French and English with the values the idea mailer gives, no
// placeholder left empty, values escaped, the same mail from the server-side flow's renderer.
import { BUILT_IN_TEMPLATES, IDEA_MAIL, IDEA_TEMPLATES } from '../../../src/data/notifications/mailTemplates';
import { IDEA_STATUS_WORDS, NO_ANSWER_WORDS } from '../../../src/data/notifications/mailTemplates/idea';
import { mailValues, renderMail } from '../../../src/data/notifications/templates';
import { escapeHtmlLikeFlow, flowTemplateProblems, renderMailLikeFlow } from '../../../src/data/notifications/flowRendering';
import { IDEA_STATUSES } from '../../../src/domain/vocabulary';

const VALUES = {
  title: 'Salle <B12> ouverte le soir', actorName: 'Karim Haddad', link: 'https://contoso.sharepoint.com/sites/aide/SitePages/Ideas.aspx?idea=3',
  status: IDEA_STATUS_WORDS.planned, answer: 'Prévu pour la rentrée.'
};

it('is a built-in template, rendered in both languages with every value filled and escaped', () => {
  const key = IDEA_MAIL.statusChanged;
  expect(BUILT_IN_TEMPLATES[key]).toBe(IDEA_TEMPLATES[key]);
  expect(flowTemplateProblems(IDEA_TEMPLATES[key])).toEqual([]);
  for (const language of ['fr', 'en'] as const) {
    const values = mailValues(VALUES, language, 'Léa Dubois');
    const mail = renderMail(IDEA_TEMPLATES[key], language, values);
    expect(mail.subject).toContain('Salle <B12> ouverte le soir');
    expect(mail.subject).toContain(language === 'fr' ? 'prévue' : 'planned');
    expect(mail.htmlBody).toContain('Léa Dubois');
    expect(mail.htmlBody).toContain('Salle &lt;B12&gt; ouverte le soir');
    expect(mail.htmlBody).toContain('Prévu pour la rentrée.');
    expect(mail.htmlBody).toContain(`href="${escapeHtmlLikeFlow(VALUES.link)}"`);
    expect(mail.htmlBody).not.toMatch(/\{\{|\}\}|undefined|\[object Object\]/);
    expect(renderMailLikeFlow(IDEA_TEMPLATES[key], language, values)).toEqual(mail);
  }
});

it('names every status in both languages, and says when the team wrote no answer', () => {
  IDEA_STATUSES.forEach(s => { expect(IDEA_STATUS_WORDS[s].fr).toBeTruthy(); expect(IDEA_STATUS_WORDS[s].en).toBeTruthy(); });
  const mail = renderMail(IDEA_TEMPLATES[IDEA_MAIL.statusChanged], 'en', mailValues({ ...VALUES, answer: NO_ANSWER_WORDS }, 'en', 'Tom'));
  expect(mail.htmlBody).toContain('The team added no comment.');
});
