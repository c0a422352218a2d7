import type { MailTemplate } from '../notifications/templates';
import type { TemplateSource } from '../notifications/NotificationOutbox';

/**
 * Built-in mails of the derogation approval, used when HelpSettings has no `notifications.template.<key>` of
 * its own (an owner overrides them there, like every template). Values are HTML-escaped by Mustache.
 */
export const APPROVAL_TEMPLATES: { [key: string]: MailTemplate } = {
  // The requester's rating, to the agent who handled the request (not a status change: the request was closed).
  ticket_rated: {
    fr: {
      subject: '[Centre d\'aide] Demande n°{{ticketId}} : évaluée {{rating}}/5',
      body: '<p>Bonjour {{recipientName}},</p><p>{{requesterName}} a évalué le traitement de la demande <strong>« {{title}} »</strong> : {{rating}}/5.</p>'
        + '{{#comment}}<p>Commentaire : {{comment}}</p>{{/comment}}<p><a href="{{link}}">Voir la demande</a></p><p>Le centre d\'aide</p>'
    },
    en: {
      subject: '[Help center] Request #{{ticketId}}: rated {{rating}}/5',
      body: '<p>Hello {{recipientName}},</p><p>{{requesterName}} rated how the request <strong>"{{title}}"</strong> was handled: {{rating}}/5.</p>'
        + '{{#comment}}<p>Comment: {{comment}}</p>{{/comment}}<p><a href="{{link}}">View the request</a></p><p>The help center</p>'
    }
  },
  approval_requested: {
    fr: {
      subject: '[Centre d\'aide] Demande n°{{ticketId}} : votre validation est demandée',
      body: '<p>Bonjour {{recipientName}},</p><p>{{agentName}} vous demande de valider une dérogation pour la demande <strong>« {{title}} »</strong> de {{requesterName}}.</p>'
        + '<p>Motif : {{reason}}</p><p><a href="{{link}}">Valider ou refuser</a></p><p>Vous pouvez aussi répondre à {{agentName}}, qui enregistrera votre décision.</p><p>Le centre d\'aide</p>'
    },
    en: {
      subject: '[Help center] Request #{{ticketId}}: your approval is requested',
      body: '<p>Hello {{recipientName}},</p><p>{{agentName}} asks you to approve a derogation for the request <strong>"{{title}}"</strong> from {{requesterName}}.</p>'
        + '<p>Reason: {{reason}}</p><p><a href="{{link}}">Approve or refuse</a></p><p>You can also reply to {{agentName}}, who will record your decision.</p><p>The help center</p>'
    }
  },
  approval_decided: {
    fr: {
      subject: '[Centre d\'aide] Demande n°{{ticketId}} : dérogation {{decisionFr}}',
      body: '<p>Bonjour {{recipientName}},</p><p>La dérogation demandée pour <strong>« {{title}} »</strong> a été <strong>{{decisionFr}}</strong> par {{approverName}}.</p>'
        + '{{#comment}}<p>Commentaire : {{comment}}</p>{{/comment}}<p><a href="{{link}}">Voir la demande</a></p><p>Le centre d\'aide</p>'
    },
    en: {
      subject: '[Help center] Request #{{ticketId}}: derogation {{decisionEn}}',
      body: '<p>Hello {{recipientName}},</p><p>The derogation requested for <strong>"{{title}}"</strong> was <strong>{{decisionEn}}</strong> by {{approverName}}.</p>'
        + '{{#comment}}<p>Comment: {{comment}}</p>{{/comment}}<p><a href="{{link}}">View the request</a></p><p>The help center</p>'
    }
  }
};

/** HelpSettings templates, falling back on the built-in approval mails. */
export function withApprovalTemplates(source: TemplateSource): TemplateSource {
  return async key => (await source(key)) || APPROVAL_TEMPLATES[key];
}
