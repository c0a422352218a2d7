/** Mails of a derogation approval: asked of the approver, decided by them, told to the desk, the requester and watchers. */
import { mail } from './frame';
import type { TemplateFamily } from './types';

const COMMENT_FR = '{{#comment}}<p>Commentaire : {{comment}}</p>{{/comment}}';
const COMMENT_EN = '{{#comment}}<p>Comment: {{comment}}</p>{{/comment}}';

/** `approval_requested`, `approval_decided`. */
export const APPROVAL_TEMPLATES: { [template: string]: TemplateFamily } = {
  approval_requested: {
    baseRole: 'requester',
    base: mail('requester',
      ['validation demandée',
        '<p>Votre demande <strong>« {{title}} »</strong> nécessite une dérogation : {{actorName}} en a demandé la validation à {{approverName}}. Vous serez informé(e) de la décision.</p>'],
      ['approval requested',
        '<p>Your request <strong>"{{title}}"</strong> needs a derogation: {{actorName}} asked {{approverName}} to approve it. You will be informed of the decision.</p>'],
      { fields: false }),
    roles: {
      approver: mail('approver',
        ['votre validation est demandée',
          '<p>{{actorName}} vous demande de valider une dérogation pour la demande <strong>« {{title}} »</strong> de {{requesterName}}.</p><p>Motif : {{reason}}</p>'
          + '<p>Vous pouvez aussi répondre à {{actorName}}, qui enregistrera votre décision.</p>'],
        ['your approval is requested',
          '<p>{{actorName}} asks you to approve a derogation for the request <strong>"{{title}}"</strong> from {{requesterName}}.</p><p>Reason: {{reason}}</p>'
          + '<p>You can also reply to {{actorName}}, who will record your decision.</p>']),
      watcher: mail('watcher',
        ['validation demandée — {{title}}',
          '<p>{{actorName}} a demandé à {{approverName}} de valider une dérogation pour la demande <strong>« {{title}} »</strong> de {{requesterName}}.</p>'],
        ['approval requested — {{title}}',
          '<p>{{actorName}} asked {{approverName}} to approve a derogation for the request <strong>"{{title}}"</strong> from {{requesterName}}.</p>'],
        { fields: false }),
      assignee: mail('assignee',
        ['validation demandée à {{approverName}} — {{title}}',
          '<p>{{actorName}} a demandé à {{approverName}} de valider une dérogation pour la demande <strong>« {{title}} »</strong> de {{requesterName}}.</p><p>Motif : {{reason}}</p>'],
        ['approval requested from {{approverName}} — {{title}}',
          '<p>{{actorName}} asked {{approverName}} to approve a derogation for the request <strong>"{{title}}"</strong> from {{requesterName}}.</p><p>Reason: {{reason}}</p>'],
        { fields: false })
    }
  },
  approval_decided: {
    baseRole: 'requester',
    base: mail('requester',
      ['dérogation {{decision}}',
        '<p>La dérogation demandée pour votre demande <strong>« {{title}} »</strong> a été <strong>{{decision}}</strong> par {{approverName}}.</p>' + COMMENT_FR],
      ['derogation {{decision}}',
        '<p>The derogation requested for your request <strong>"{{title}}"</strong> was <strong>{{decision}}</strong> by {{approverName}}.</p>' + COMMENT_EN],
      { fields: false }),
    roles: {
      watcher: mail('watcher',
        ['dérogation {{decision}} — {{title}}',
          '<p>La dérogation demandée pour la demande <strong>« {{title}} »</strong> de {{requesterName}} a été <strong>{{decision}}</strong> par {{approverName}}.</p>' + COMMENT_FR],
        ['derogation {{decision}} — {{title}}',
          '<p>The derogation requested for the request <strong>"{{title}}"</strong> from {{requesterName}} was <strong>{{decision}}</strong> by {{approverName}}.</p>' + COMMENT_EN],
        { fields: false }),
      assignee: mail('assignee',
        ['dérogation {{decision}} par {{approverName}} — {{title}}',
          '<p>{{approverName}} a rendu sa décision sur la dérogation demandée pour la demande <strong>« {{title}} »</strong> de {{requesterName}} : <strong>{{decision}}</strong>.</p>' + COMMENT_FR],
        ['derogation {{decision}} by {{approverName}} — {{title}}',
          '<p>{{approverName}} decided on the derogation requested for the request <strong>"{{title}}"</strong> from {{requesterName}}: <strong>{{decision}}</strong>.</p>' + COMMENT_EN],
        { fields: false }),
      approver: mail('approver',
        ['votre décision est enregistrée — {{title}}',
          '<p>{{actorName}} a pris en compte votre décision sur la dérogation demandée pour la demande <strong>« {{title}} »</strong> de {{requesterName}} : <strong>{{decision}}</strong>.</p>' + COMMENT_FR],
        ['your decision is recorded — {{title}}',
          '<p>{{actorName}} took into account your decision on the derogation requested for the request <strong>"{{title}}"</strong> from {{requesterName}}: <strong>{{decision}}</strong>.</p>' + COMMENT_EN],
        { fields: false, link: { fr: 'Voir votre décision', en: 'View your decision' } })
    }
  }
};
