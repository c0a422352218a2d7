/** Mails of the conversation: public messages, internal notes, the desk's questions and the requester's answers. */
import { mail, MailRole } from './frame';
import type { MailTemplate } from '../templates';
import type { TemplateFamily } from './types';

/** The desk's roles (assignee, team queue, the agent escalated to) read the same text, each with the desk's link. */
function forDesk(build: (role: MailRole) => MailTemplate): { [R in MailRole]?: MailTemplate } {
  return { assignee: build('assignee'), teamQueue: build('teamQueue'), escalatedTo: build('escalatedTo') };
}

/** `public_reply`, `internal_note`, `awaiting_user`, `awaiting_reminder`, `requester_answered`. */
export const CONVERSATION_TEMPLATES: { [template: string]: TemplateFamily } = {
  public_reply: {
    baseRole: 'requester',
    base: mail('requester',
      ['nouveau message de {{actorName}}', '<p>{{actorName}} a écrit sur votre demande <strong>« {{title}} »</strong> :</p><blockquote>{{message}}</blockquote><p>État : {{status}}.</p>'],
      ['new message from {{actorName}}', '<p>{{actorName}} wrote on your request <strong>"{{title}}"</strong>:</p><blockquote>{{message}}</blockquote><p>Status: {{status}}.</p>'],
      { fields: false }),
    roles: {
      watcher: mail('watcher',
        ['nouveau message — {{title}}', '<p>{{actorName}} a écrit sur la demande <strong>« {{title}} »</strong> de {{requesterName}} :</p><blockquote>{{message}}</blockquote><p>État : {{status}}.</p>'],
        ['new message — {{title}}', '<p>{{actorName}} wrote on the request <strong>"{{title}}"</strong> from {{requesterName}}:</p><blockquote>{{message}}</blockquote><p>Status: {{status}}.</p>'],
        { fields: false }),
      ...forDesk(role => mail(role,
        // Only the requester's side writes to the desk's roles (the desk's replies go to her and the watchers).
        ['{{actorName}} a écrit — {{title}}', '<p>{{actorName}} a écrit sur la demande <strong>« {{title}} »</strong> (n°{{ticketId}}) :</p><blockquote>{{message}}</blockquote><p>État : {{status}}.</p>'],
        ['{{actorName}} wrote — {{title}}', '<p>{{actorName}} wrote on the request <strong>"{{title}}"</strong> (#{{ticketId}}):</p><blockquote>{{message}}</blockquote><p>Status: {{status}}.</p>'],
        { fields: false }))
    }
  },
  // Agents only: the domain never tells a requester or a watcher of an internal note.
  internal_note: {
    baseRole: 'assignee',
    base: mail('assignee',
      ['note interne de {{actorName}}', '<p>{{actorName}} a ajouté une note interne à la demande <strong>« {{title}} »</strong> de {{requesterName}} :</p><blockquote>{{note}}</blockquote>'],
      ['internal note from {{actorName}}', '<p>{{actorName}} added an internal note to the request <strong>"{{title}}"</strong> from {{requesterName}}:</p><blockquote>{{note}}</blockquote>'],
      { fields: false }),
    roles: {}
  },
  awaiting_user: {
    baseRole: 'requester',
    base: mail('requester',
      ['nous avons besoin de vous',
        "<p>Pour avancer sur votre demande <strong>« {{title}} »</strong>, {{actorName}} a besoin d'une précision :</p><blockquote>{{message}}</blockquote>"
        + '<p>Répondez directement sur la demande.{{#noFollowUpDelay}} Sans réponse sous {{noFollowUpDelay}}, elle sera close sans suite.{{/noFollowUpDelay}}</p>'],
      ['we need your input',
        '<p>To move forward with your request <strong>"{{title}}"</strong>, {{actorName}} needs more information:</p><blockquote>{{message}}</blockquote>'
        + '<p>Please reply on the request.{{#noFollowUpDelay}} Without an answer within {{noFollowUpDelay}}, it will be closed with no follow-up.{{/noFollowUpDelay}}</p>'],
      { fields: false, link: { fr: 'Répondre sur la demande', en: 'Reply on the request' } }),
    roles: {
      watcher: mail('watcher',
        ['en attente de {{requesterName}} — {{title}}',
          '<p>{{actorName}} a demandé une précision à {{requesterName}} pour avancer sur la demande <strong>« {{title}} »</strong> :</p><blockquote>{{message}}</blockquote><p>La demande attend sa réponse.</p>'],
        ['awaiting {{requesterName}} — {{title}}',
          '<p>{{actorName}} asked {{requesterName}} for more information to move forward with the request <strong>"{{title}}"</strong>:</p><blockquote>{{message}}</blockquote><p>The request awaits their answer.</p>'],
        { fields: false })
    }
  },
  // The housekeeping's reminder, to the requester (and the beneficiary) only: the question still waits for her.
  awaiting_reminder: {
    baseRole: 'requester',
    base: mail('requester',
      ['nous attendons toujours votre réponse',
        '<p>Votre demande <strong>« {{title}} »</strong> attend toujours votre réponse pour avancer.</p>{{#message}}<p>La question du support :</p><blockquote>{{message}}</blockquote>{{/message}}'
        + "<p>Répondez directement sur la demande.{{#noFollowUpDate}} Sans réponse de votre part d'ici le {{noFollowUpDate}} au soir, elle sera close sans suite.{{/noFollowUpDate}}</p>"],
      ['we are still waiting for your answer',
        '<p>Your request <strong>"{{title}}"</strong> is still waiting for your answer to move forward.</p>{{#message}}<p>The desk\'s question:</p><blockquote>{{message}}</blockquote>{{/message}}'
        + '<p>Please reply on the request.{{#noFollowUpDate}} Without an answer from you by the end of {{noFollowUpDate}}, it will be closed with no follow-up.{{/noFollowUpDate}}</p>'],
      { fields: false, link: { fr: 'Répondre sur la demande', en: 'Reply on the request' } }),
    roles: {}
  },
  requester_answered: {
    baseRole: 'requester',
    base: mail('requester',
      ['réponse transmise au support',
        '<p>{{actorName}} a répondu à la question du support sur votre demande <strong>« {{title}} »</strong> ; le support en reprend le traitement.</p>{{#message}}<blockquote>{{message}}</blockquote>{{/message}}'],
      ['answer passed to the desk',
        '<p>{{actorName}} answered the desk\'s question on your request <strong>"{{title}}"</strong>; the desk resumes work on it.</p>{{#message}}<blockquote>{{message}}</blockquote>{{/message}}'],
      { fields: false }),
    roles: {
      watcher: mail('watcher',
        ['{{actorName}} a répondu — {{title}}', '<p>{{actorName}} a répondu à la question du support sur la demande <strong>« {{title}} »</strong> de {{requesterName}} ; le support en reprend le traitement.</p>'],
        ['{{actorName}} answered — {{title}}', '<p>{{actorName}} answered the desk\'s question on the request <strong>"{{title}}"</strong> from {{requesterName}}; the desk resumes work on it.</p>'],
        { fields: false }),
      ...forDesk(role => mail(role,
        ['{{actorName}} a répondu — {{title}}',
          '<p>{{actorName}} a répondu à la question posée sur la demande <strong>« {{title}} »</strong> :</p>{{#message}}<blockquote>{{message}}</blockquote>{{/message}}<p>La demande est de nouveau : <strong>{{status}}</strong>.</p>'],
        ['{{actorName}} answered — {{title}}',
          '<p>{{actorName}} answered the question asked on the request <strong>"{{title}}"</strong>:</p>{{#message}}<blockquote>{{message}}</blockquote>{{/message}}<p>The request is again: <strong>{{status}}</strong>.</p>'],
        { fields: false }))
    }
  }
};
