/** Mails of the end of a request: resolved, closed, closed without follow-up, reopened, rated. */
import { mail } from './frame';
import type { TemplateFamily } from './types';

/** `ticket_resolved`, `ticket_closed`, `no_follow_up`, `reopened`, `ticket_rated`. */
export const CLOSING_TEMPLATES: { [template: string]: TemplateFamily } = {
  ticket_resolved: {
    baseRole: 'requester',
    base: mail('requester',
      ['résolue',
        '<p>Votre demande <strong>« {{title}} »</strong> est résolue :</p><blockquote>{{resolution}}</blockquote>'
        + '<p>{{#autoCloseDelay}}Si le problème persiste, rouvrez-la dans les {{autoCloseDelay}} ; sinon elle sera close automatiquement. {{/autoCloseDelay}}Votre avis nous aide : notez la réponse reçue depuis la demande.</p>'],
      ['resolved',
        '<p>Your request <strong>"{{title}}"</strong> has been resolved:</p><blockquote>{{resolution}}</blockquote>'
        + '<p>{{#autoCloseDelay}}If the problem persists, reopen it within {{autoCloseDelay}}; otherwise it will be closed automatically. {{/autoCloseDelay}}Your feedback helps us: rate the answer from the request.</p>'],
      { fields: false, link: { fr: 'Noter la réponse ou rouvrir la demande', en: 'Rate the answer or reopen the request' } }),
    roles: {
      watcher: mail('watcher',
        ['résolue — {{title}}', '<p>La demande <strong>« {{title}} »</strong> de {{requesterName}} est résolue :</p><blockquote>{{resolution}}</blockquote>'],
        ['resolved — {{title}}', '<p>The request <strong>"{{title}}"</strong> from {{requesterName}} has been resolved:</p><blockquote>{{resolution}}</blockquote>'],
        { fields: false }),
      assignee: mail('assignee',
        ['résolue par {{actorName}} — {{title}}', '<p>{{actorName}} a résolu la demande <strong>« {{title}} »</strong> de {{requesterName}} :</p><blockquote>{{resolution}}</blockquote>'],
        ['resolved by {{actorName}} — {{title}}', '<p>{{actorName}} resolved the request <strong>"{{title}}"</strong> from {{requesterName}}:</p><blockquote>{{resolution}}</blockquote>'],
        { fields: false }),
      teamQueue: mail('teamQueue',
        ['résolue par {{actorName}} — {{title}}', '<p>{{actorName}} a résolu la demande <strong>« {{title}} »</strong> de {{requesterName}} :</p><blockquote>{{resolution}}</blockquote>'],
        ['resolved by {{actorName}} — {{title}}', '<p>{{actorName}} resolved the request <strong>"{{title}}"</strong> from {{requesterName}}:</p><blockquote>{{resolution}}</blockquote>'],
        { fields: false })
    }
  },
  ticket_closed: {
    baseRole: 'requester',
    base: mail('requester',
      ['close', '<p>Votre demande <strong>« {{title}} »</strong> est close.{{#reopenDelay}} Si le problème revient, vous pouvez la rouvrir dans les {{reopenDelay}}.{{/reopenDelay}}</p>'],
      ['closed', '<p>Your request <strong>"{{title}}"</strong> is closed.{{#reopenDelay}} If the problem comes back, you can reopen it within {{reopenDelay}}.{{/reopenDelay}}</p>'],
      { fields: false }),
    roles: {
      watcher: mail('watcher',
        ['close — {{title}}', '<p>La demande <strong>« {{title}} »</strong> de {{requesterName}} est close.</p>'],
        ['closed — {{title}}', '<p>The request <strong>"{{title}}"</strong> from {{requesterName}} is closed.</p>'],
        { fields: false }),
      assignee: mail('assignee',
        ['close — {{title}}', '<p>La demande <strong>« {{title}} »</strong> de {{requesterName}} est close ({{actorName}}).</p>'],
        ['closed — {{title}}', '<p>The request <strong>"{{title}}"</strong> from {{requesterName}} is closed ({{actorName}}).</p>'],
        { fields: false })
    }
  },
  no_follow_up: {
    baseRole: 'requester',
    base: mail('requester',
      ['close sans suite',
        '<p>Votre demande <strong>« {{title}} »</strong> est close sans suite.{{#automatic}} Nous attendions votre réponse depuis {{noFollowUpDelay}}.{{/automatic}}</p>'
        + "{{#reason}}<p>Motif : {{reason}}</p>{{/reason}}<p>Si vous avez encore besoin d'aide, déposez une nouvelle demande.</p>"],
      ['closed without follow-up',
        '<p>Your request <strong>"{{title}}"</strong> is closed without follow-up.{{#automatic}} We had been waiting for your answer for {{noFollowUpDelay}}.{{/automatic}}</p>'
        + '{{#reason}}<p>Reason: {{reason}}</p>{{/reason}}<p>If you still need help, please file a new request.</p>'],
      { fields: false }),
    roles: {
      watcher: mail('watcher',
        ['close sans suite — {{title}}', '<p>La demande <strong>« {{title}} »</strong> de {{requesterName}} est close sans suite.</p>{{#reason}}<p>Motif : {{reason}}</p>{{/reason}}'],
        ['closed without follow-up — {{title}}', '<p>The request <strong>"{{title}}"</strong> from {{requesterName}} is closed without follow-up.</p>{{#reason}}<p>Reason: {{reason}}</p>{{/reason}}'],
        { fields: false }),
      assignee: mail('assignee',
        ['close sans suite — {{title}}',
          '<p>La demande <strong>« {{title}} »</strong> de {{requesterName}} est close sans suite{{#automatic}} : pas de réponse du demandeur sous {{noFollowUpDelay}}{{/automatic}}.</p>{{#reason}}<p>Motif : {{reason}}</p>{{/reason}}'],
        ['closed without follow-up — {{title}}',
          '<p>The request <strong>"{{title}}"</strong> from {{requesterName}} is closed without follow-up{{#automatic}}: no answer from the requester within {{noFollowUpDelay}}{{/automatic}}.</p>{{#reason}}<p>Reason: {{reason}}</p>{{/reason}}'],
        { fields: false })
    }
  },
  reopened: {
    baseRole: 'requester',
    base: mail('requester',
      ['rouverte', '<p>La demande <strong>« {{title}} »</strong> a été rouverte par {{actorName}} ; le support en reprend le traitement.</p>{{#reason}}<p>Motif : {{reason}}</p>{{/reason}}'],
      ['reopened', '<p>The request <strong>"{{title}}"</strong> was reopened by {{actorName}}; the desk resumes work on it.</p>{{#reason}}<p>Reason: {{reason}}</p>{{/reason}}'],
      { fields: false }),
    roles: {
      watcher: mail('watcher',
        ['rouverte — {{title}}', '<p>La demande <strong>« {{title}} »</strong> de {{requesterName}} a été rouverte par {{actorName}}.</p>{{#reason}}<p>Motif : {{reason}}</p>{{/reason}}'],
        ['reopened — {{title}}', '<p>The request <strong>"{{title}}"</strong> from {{requesterName}} was reopened by {{actorName}}.</p>{{#reason}}<p>Reason: {{reason}}</p>{{/reason}}'],
        { fields: false }),
      assignee: mail('assignee',
        ['rouverte par {{actorName}} — {{title}}', '<p>{{actorName}} a rouvert la demande <strong>« {{title}} »</strong> de {{requesterName}}.</p><p>Motif : {{reason}}</p>'],
        ['reopened by {{actorName}} — {{title}}', '<p>{{actorName}} reopened the request <strong>"{{title}}"</strong> from {{requesterName}}.</p><p>Reason: {{reason}}</p>']),
      teamQueue: mail('teamQueue',
        ['rouverte par {{actorName}} — {{title}}', '<p>{{actorName}} a rouvert la demande <strong>« {{title}} »</strong> de {{requesterName}}.</p><p>Motif : {{reason}}</p>'],
        ['reopened by {{actorName}} — {{title}}', '<p>{{actorName}} reopened the request <strong>"{{title}}"</strong> from {{requesterName}}.</p><p>Reason: {{reason}}</p>'])
    }
  },
  // The requester's rating, to the agent who handled the request (not a status change: the request was closed).
  ticket_rated: {
    baseRole: 'assignee',
    base: mail('assignee',
      ['évaluée {{rating}}/5', '<p>{{requesterName}} a évalué le traitement de la demande <strong>« {{title}} »</strong> : {{rating}}/5.</p>{{#comment}}<p>Commentaire : {{comment}}</p>{{/comment}}'],
      ['rated {{rating}}/5', '<p>{{requesterName}} rated how the request <strong>"{{title}}"</strong> was handled: {{rating}}/5.</p>{{#comment}}<p>Comment: {{comment}}</p>{{/comment}}'],
      { fields: false }),
    roles: {}
  }
};
