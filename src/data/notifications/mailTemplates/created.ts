/** Mails of a new request (to the requester, the people kept informed, the team's queue) and of its taking in charge. */
import { mail } from './frame';
import type { TemplateFamily } from './types';
import { ADDRESSED_TO_YOU, ROUTED_TO_EXPERT } from './askExpert';

const WATCHER_INTRO_FR = "<p>{{requesterName}} a demandé que vous soyez tenu(e) informé(e) de sa demande <strong>« {{title}} »</strong> (n°{{ticketId}}){{#teamName}}, confiée à l'équipe {{teamName}}{{/teamName}}. Vous recevrez un message à chacune de ses étapes ; le lien ci-dessous ouvre son suivi.</p>";
const WATCHER_INTRO_EN = '<p>{{requesterName}} asked that you be kept informed of their request <strong>"{{title}}"</strong> (#{{ticketId}}){{#teamName}}, handled by the {{teamName}} team{{/teamName}}. You will receive a message at each of its steps; the link below opens its follow-up page.</p>';

const OTHERS_STATUS_FR = '<p>La demande <strong>« {{title}} »</strong> de {{requesterName}} est maintenant : <strong>{{status}}</strong>.</p>{{#message}}<p>Message de {{actorName}} : {{message}}</p>{{/message}}';
const OTHERS_STATUS_EN = '<p>The request <strong>"{{title}}"</strong> from {{requesterName}} is now: <strong>{{status}}</strong>.</p>{{#message}}<p>Message from {{actorName}}: {{message}}</p>{{/message}}';

/** `ticket_created`: filing (and the desk confirming the people to keep informed, who hear of it then). */
export const CREATED_TEMPLATES: { [template: string]: TemplateFamily } = {
  ticket_created: {
    baseRole: 'requester',
    base: mail('requester',
      ['enregistrée : {{title}}',
        "<p>Votre demande <strong>« {{title}} »</strong> est enregistrée sous le numéro {{ticketId}}.{{#teamName}} L'équipe {{teamName}} va la prendre en charge : la personne qui s'en occupera sera votre seul interlocuteur jusqu'à sa résolution.{{/teamName}}</p>"
        + ROUTED_TO_EXPERT.fr + '{{#firstAnswerDelay}}<p>Vous recevrez une première réponse sous {{firstAnswerDelay}} (heures ouvrées du support).</p>{{/firstAnswerDelay}}'
        + '{{#hoursText}}<p>Horaires du support : {{hoursText}}.{{#nextHoursText}} {{nextHoursText}}.{{/nextHoursText}}</p>{{/hoursText}}'
        + '{{#watcherNames}}<p>Sont tenus informés : {{watcherNames}}.</p>{{/watcherNames}}'],
      ['received: {{title}}',
        '<p>Your request <strong>"{{title}}"</strong> has been recorded as number {{ticketId}}.{{#teamName}} The {{teamName}} team will take it in charge: the person who handles it will be your single contact until it is resolved.{{/teamName}}</p>'
        + ROUTED_TO_EXPERT.en + "{{#firstAnswerDelay}}<p>You will receive a first answer within {{firstAnswerDelay}} (the desk's business hours).</p>{{/firstAnswerDelay}}"
        + '{{#hoursText}}<p>Desk hours: {{hoursText}}.{{#nextHoursText}} {{nextHoursText}}.{{/nextHoursText}}</p>{{/hoursText}}'
        + '{{#watcherNames}}<p>Kept informed: {{watcherNames}}.</p>{{/watcherNames}}']),
    roles: {
      assignee: ADDRESSED_TO_YOU,
      watcher: mail('watcher',
        ['{{requesterName}} vous tient informé(e) — {{title}}', WATCHER_INTRO_FR],
        ['{{requesterName}} keeps you informed — {{title}}', WATCHER_INTRO_EN]),
      teamQueue: mail('teamQueue',
        ['nouvelle demande dans votre file — {{title}}',
          "<p>Une nouvelle demande de {{requesterName}} est arrivée dans la file de l'équipe {{teamName}} : <strong>« {{title}} »</strong>.</p>"
          + '{{#firstAnswerDelay}}<p>Première réponse attendue sous {{firstAnswerDelay}}.</p>{{/firstAnswerDelay}}'],
        ['new request in your queue — {{title}}',
          '<p>A new request from {{requesterName}} arrived in the {{teamName}} team\'s queue: <strong>"{{title}}"</strong>.</p>'
          + '{{#firstAnswerDelay}}<p>First answer expected within {{firstAnswerDelay}}.</p>{{/firstAnswerDelay}}'])
    }
  },
  taken_in_charge: {
    baseRole: 'requester',
    base: mail('requester',
      ['prise en charge par {{actorName}}',
        "<p>{{actorName}} a pris en charge votre demande <strong>« {{title}} »</strong> et sera votre interlocuteur jusqu'à sa résolution.</p>"],
      ['taken in charge by {{actorName}}',
        '<p>{{actorName}} took your request <strong>"{{title}}"</strong> in charge and will be your contact until it is resolved.</p>'],
      { fields: false }),
    roles: {
      watcher: mail('watcher',
        ['prise en charge — {{title}}', '<p>{{actorName}} a pris en charge la demande <strong>« {{title}} »</strong> de {{requesterName}}.</p>'],
        ['taken in charge — {{title}}', '<p>{{actorName}} took the request <strong>"{{title}}"</strong> from {{requesterName}} in charge.</p>'],
        { fields: false })
    }
  },
  // Any event without a template of its own (an action added to the domain before its mail is written).
  status_changed: {
    baseRole: 'requester',
    base: mail('requester',
      ['{{status}}', '<p>Votre demande <strong>« {{title}} »</strong> est maintenant : <strong>{{status}}</strong>.</p>{{#message}}<p>Message de {{actorName}} : {{message}}</p>{{/message}}'],
      ['{{status}}', '<p>Your request <strong>"{{title}}"</strong> is now: <strong>{{status}}</strong>.</p>{{#message}}<p>Message from {{actorName}}: {{message}}</p>{{/message}}'],
      { fields: false }),
    roles: {
      watcher: mail('watcher', ['{{status}} — {{title}}', OTHERS_STATUS_FR], ['{{status}} — {{title}}', OTHERS_STATUS_EN], { fields: false }),
      assignee: mail('assignee', ['{{status}} — {{title}}', OTHERS_STATUS_FR], ['{{status}} — {{title}}', OTHERS_STATUS_EN], { fields: false }),
      teamQueue: mail('teamQueue', ['{{status}} — {{title}}', OTHERS_STATUS_FR], ['{{status}} — {{title}}', OTHERS_STATUS_EN], { fields: false }),
      escalatedTo: mail('escalatedTo', ['{{status}} — {{title}}', OTHERS_STATUS_FR], ['{{status}} — {{title}}', OTHERS_STATUS_EN], { fields: false }),
      approver: mail('approver', ['{{status}} — {{title}}', OTHERS_STATUS_FR], ['{{status}} — {{title}}', OTHERS_STATUS_EN],
        { fields: false, link: { fr: 'Voir la demande', en: 'View the request' } })
    }
  }
};
