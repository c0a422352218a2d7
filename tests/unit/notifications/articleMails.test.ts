// The knowledge workflow's mails (issue 14): each template rendered in French and English with the values the
// article mailer gives, no placeholder left empty, the same mail from the server-side flow's renderer.
import { ARTICLE_MAIL, ARTICLE_TEMPLATES, BUILT_IN_TEMPLATES } from '../../../src/data/notifications/mailTemplates';
import { mailValues, renderMail } from '../../../src/data/notifications/templates';
import { escapeHtmlLikeFlow, flowTemplateProblems, renderMailLikeFlow } from '../../../src/data/notifications/flowRendering';
import { dayInWords } from '../../../src/data/knowledge/authoring/mails';

const VALUES = {
  title: 'Imprimer <en> couleur', actorName: 'Jean Moreau', link: 'https://contoso.sharepoint.com/sites/aide/SitePages/Article.aspx?draft=3',
  comment: 'Ajoutez une capture', reviewDate: dayInWords('2027-03-10')
};

const keys = Object.keys(ARTICLE_MAIL).map(k => ARTICLE_MAIL[k as keyof typeof ARTICLE_MAIL]);

it.each(keys)('%s: a built-in template, rendered in both languages with every value filled', key => {
  expect(BUILT_IN_TEMPLATES[key]).toBe(ARTICLE_TEMPLATES[key]);
  expect(flowTemplateProblems(ARTICLE_TEMPLATES[key])).toEqual([]);
  for (const language of ['fr', 'en'] as const) {
    const values = mailValues(VALUES, language, 'Léa Dubois');
    const mail = renderMail(ARTICLE_TEMPLATES[key], language, values);
    expect(mail.subject).toContain('Imprimer <en> couleur');
    expect(mail.htmlBody).toContain('Léa Dubois');
    expect(mail.htmlBody).toContain('Imprimer &lt;en&gt; couleur');
    expect(mail.htmlBody).toContain(`href="${escapeHtmlLikeFlow(VALUES.link)}"`);
    expect(mail.htmlBody).not.toMatch(/\{\{|\}\}|undefined|\[object Object\]/);
    expect(renderMailLikeFlow(ARTICLE_TEMPLATES[key], language, values)).toEqual(mail);
  }
});

it('says the comment when sending back and the review date in the reader\'s language', () => {
  const back = renderMail(ARTICLE_TEMPLATES[ARTICLE_MAIL.sentBack], 'fr', mailValues(VALUES, 'fr', 'Léa'));
  expect(back.htmlBody).toContain('Ajoutez une capture');
  expect(renderMail(ARTICLE_TEMPLATES[ARTICLE_MAIL.published], 'fr', mailValues(VALUES, 'fr', 'Léa')).htmlBody).toContain('10 mars 2027');
  expect(renderMail(ARTICLE_TEMPLATES[ARTICLE_MAIL.published], 'en', mailValues(VALUES, 'en', 'Lea')).htmlBody).toContain('10 March 2027');
});
