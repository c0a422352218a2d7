// Issue 17: the monthly summary mail, rendered in French and English with the values the queue gives (figures in the
// reader's number format), no placeholder left, values escaped, the same mail from the server-side flow's renderer.
import { BUILT_IN_TEMPLATES, REPORT_SUMMARY_MAIL, REPORT_SUMMARY_TEMPLATES } from '../../../src/data/notifications/mailTemplates';
import { mailValues, renderMail } from '../../../src/data/notifications/templates';
import { flowTemplateProblems, renderMailLikeFlow } from '../../../src/data/notifications/flowRendering';
import { summaryMailValues } from '../../../src/data/reports/summaryValues';
import type { MonthlySummary } from '../../../src/domain/reports/monthlySummary';

const SUMMARY: MonthlySummary = {
  month: '2026-11', received: 1234, resolved: 1180, backlog: 57,
  firstResponse: { count: 1200, median: 25, p90: 150 }, resolution: { count: 1180, median: 300, p90: 1440 },
  firstResponseSla: { met: 1150, of: 1200 }, resolutionSla: { met: 0, of: 0 },
  satisfaction: { answered: 1, average: 4 },
  selfService: { searches: 5000, withResults: 4600, openedArticle: 3000, helpful: 900, filedTicket: 400, deflected: 2700, deflectionRate: 0.54 }
};
const LINK = 'https://contoso.sharepoint.com/sites/aide/SitePages/Reports.aspx?period=2026-11';
const AS_OF = new Date('2026-12-02T09:00:00Z');

const text = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/&#x2F;/g, '/').replace(/&#x3D;/g, '=').replace(/\s+/g, ' ');

it('is a built-in template the flow renders too, every value filled', () => {
  expect(BUILT_IN_TEMPLATES[REPORT_SUMMARY_MAIL]).toBe(REPORT_SUMMARY_TEMPLATES[REPORT_SUMMARY_MAIL]);
  expect(flowTemplateProblems(REPORT_SUMMARY_TEMPLATES[REPORT_SUMMARY_MAIL])).toEqual([]);
  for (const language of ['fr', 'en'] as const) {
    const values = mailValues(summaryMailValues(SUMMARY, LINK, AS_OF, 'Europe/Paris'), language, 'Hélène <Faure>');
    const mail = renderMail(REPORT_SUMMARY_TEMPLATES[REPORT_SUMMARY_MAIL], language, values);
    expect(mail.htmlBody).toContain('Hélène &lt;Faure&gt;');
    expect(mail.htmlBody).not.toMatch(/\{\{|\}\}|undefined|NaN|\[object Object\]/);
    expect(renderMailLikeFlow(REPORT_SUMMARY_TEMPLATES[REPORT_SUMMARY_MAIL], language, values)).toEqual(mail);
  }
});

it('writes the figures as a French reader reads them', () => {
  const mail = renderMail(REPORT_SUMMARY_TEMPLATES[REPORT_SUMMARY_MAIL], 'fr', mailValues(summaryMailValues(SUMMARY, LINK, AS_OF, 'Europe/Paris'), 'fr', 'Hélène Faure'));
  expect(mail.subject).toBe('[Centre d\'aide] Résumé du mois\u00a0: novembre 2026');
  const body = text(mail.htmlBody);
  expect(body).toMatch(/Reçues 1\s234 /);
  expect(body).toContain('Ouvertes au 2 décembre 2026 57');
  expect(body).toContain('Première réponse, médiane 25 min');
  expect(body).toContain('Première réponse, 90 e centile 2,5 h');
  expect(body).toContain('Résolution, 90 e centile 3 jours ouvrés');
  expect(body).toMatch(/Première réponse dans le délai cible 95,8\s% \(1\s150 sur 1\s200\)/);
  expect(body).toContain('Résolution dans le délai cible aucune échéance ce mois-ci');
  expect(body).toContain('4 / 5 en moyenne sur 1 avis');
  expect(mail.htmlBody).toContain('sur 1\u00a0avis');
  expect(body).toMatch(/… suivies d'un article ouvert 60\s% \(3\s000 sur 5\s000\)/);
  expect(body).toMatch(/… suivies d'une demande 400 /);
  expect(mail.htmlBody).toContain('Voir les rapports de novembre 2026');
});

it('and as an English reader does', () => {
  const mail = renderMail(REPORT_SUMMARY_TEMPLATES[REPORT_SUMMARY_MAIL], 'en', mailValues(summaryMailValues(SUMMARY, LINK, AS_OF, 'Europe/Paris'), 'en', 'Emily Clarke'));
  expect(mail.subject).toBe('[Help center] Monthly summary: November 2026');
  const body = text(mail.htmlBody);
  expect(body).toContain('Received 1,234 ');
  expect(body).toContain('Open on 2 December 2026 57');
  expect(body).toContain('Resolution, 90th percentile 3 business days');
  expect(body).toContain('First response within target 95.8% (1,150 of 1,200)');
  expect(body).toContain('4 / 5 on average from 1 rating');
  expect(body).toContain('… followed by an article opened 60% (3,000 of 5,000)');
  expect(mail.htmlBody.replace(/&#x2F;/g, '/').replace(/&#x3D;/g, '=')).toContain(`href="${LINK}"`);
});
