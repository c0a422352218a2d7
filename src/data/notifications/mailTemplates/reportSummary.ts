/**
 * The reports' monthly summary (issue 17), to each subscriber still allowed to read the reports, in their language.
 * Values (each already in the reader's words and number format): month, received, resolved, backlog, asOf (the day the
 * backlog was counted),
 * firstResponseMedian, firstResponseP90, resolutionMedian, resolutionP90, firstResponseSla, resolutionSla,
 * satisfaction, searches, openedArticle, helpful, filedTicket, deflected, link (the Reports page on that month),
 * recipientName.
 */
import type { MailTemplate } from '../templates';

/** The template key of the monthly summary. */
export const REPORT_SUMMARY_MAIL = 'reports_monthly_summary';

const row = (label: string, value: string): string => `<tr><th scope="row" style="text-align:left;padding:2px 12px 2px 0;font-weight:normal">${label}</th><td style="text-align:right">{{${value}}}</td></tr>`;

/** The built-in summary mail. */
export const REPORT_SUMMARY_TEMPLATES: { readonly [key: string]: MailTemplate } = {
  [REPORT_SUMMARY_MAIL]: {
    fr: {
      subject: '[Centre d\'aide] Résumé du mois\u00a0: {{month}}',
      body: '<p>Bonjour {{recipientName}},</p><p>Voici le résumé du support pour <strong>{{month}}</strong>, calculé comme sur la page des rapports.</p>'
        + '<h3>Demandes</h3><table>' + row('Reçues', 'received') + row('Résolues', 'resolved') + row('Ouvertes au {{asOf}}', 'backlog') + '</table>'
        + '<h3>Délais (heures ouvrées)</h3><table>' + row('Première réponse, médiane', 'firstResponseMedian') + row('Première réponse, 90<sup>e</sup> centile', 'firstResponseP90')
        + row('Résolution, médiane', 'resolutionMedian') + row('Résolution, 90<sup>e</sup> centile', 'resolutionP90')
        + row('Première réponse dans le délai cible', 'firstResponseSla') + row('Résolution dans le délai cible', 'resolutionSla') + '</table>'
        + '<h3>Satisfaction</h3><p>{{satisfaction}}</p>'
        + '<h3>Libre-service</h3><table>' + row('Recherches', 'searches') + row('… suivies d\'un article ouvert', 'openedArticle') + row('… dont l\'article a été jugé utile', 'helpful')
        + row('… suivies d\'une demande', 'filedTicket') + row('Demandes évitées (article ouvert, sans demande)', 'deflected') + '</table>'
        + '<p><a href="{{link}}">Voir les rapports de {{month}}</a></p>'
        + '<p>Vous recevez ce message parce que vous avez demandé le résumé mensuel sur la page des rapports, où vous pouvez aussi l\'arrêter.</p><p>Le centre d\'aide</p>'
    },
    en: {
      subject: '[Help center] Monthly summary: {{month}}',
      body: '<p>Hello {{recipientName}},</p><p>Here is the support summary for <strong>{{month}}</strong>, computed as on the reports page.</p>'
        + '<h3>Requests</h3><table>' + row('Received', 'received') + row('Resolved', 'resolved') + row('Open on {{asOf}}', 'backlog') + '</table>'
        + '<h3>Times (business hours)</h3><table>' + row('First response, median', 'firstResponseMedian') + row('First response, 90th percentile', 'firstResponseP90')
        + row('Resolution, median', 'resolutionMedian') + row('Resolution, 90th percentile', 'resolutionP90')
        + row('First response within target', 'firstResponseSla') + row('Resolution within target', 'resolutionSla') + '</table>'
        + '<h3>Satisfaction</h3><p>{{satisfaction}}</p>'
        + '<h3>Self-service</h3><table>' + row('Searches', 'searches') + row('… followed by an article opened', 'openedArticle') + row('… whose article was found helpful', 'helpful')
        + row('… followed by a request', 'filedTicket') + row('Requests avoided (article opened, no request)', 'deflected') + '</table>'
        + '<p><a href="{{link}}">See the reports for {{month}}</a></p>'
        + '<p>You receive this message because you asked for the monthly summary on the reports page, where you can also stop it.</p><p>The help center</p>'
    }
  }
};
