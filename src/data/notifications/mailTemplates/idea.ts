/**
 * The idea box's mail (issue 15): an idea's status changed, to its author and each voter, in the recipient's
 * language. Values: title, status (the new status in words), answer (the team's answer, or a sentence saying there
 * is none), actorName, link (the idea's page), recipientName.
 */
import type { IdeaStatus } from '../../../domain/vocabulary';
import type { MailTemplate } from '../templates';

/** The template key of the idea box's mail. */
export const IDEA_MAIL = { statusChanged: 'idea_status_changed' } as const;

/** Each status in words, in both languages (the mail's values: the data layer reads no page strings). */
export const IDEA_STATUS_WORDS: { readonly [S in IdeaStatus]: { fr: string; en: string } } = {
  new: { fr: 'nouvelle', en: 'new' },
  under_study: { fr: 'à l\u2019étude', en: 'under study' },
  planned: { fr: 'prévue', en: 'planned' },
  done: { fr: 'réalisée', en: 'done' },
  declined: { fr: 'non retenue', en: 'declined' }
};

/** The answer's place when the team wrote none. */
export const NO_ANSWER_WORDS = { fr: 'L\u2019équipe n\u2019a pas ajouté de commentaire.', en: 'The team added no comment.' };

/** The built-in idea mails, by template key. */
export const IDEA_TEMPLATES: { readonly [key: string]: MailTemplate } = {
  [IDEA_MAIL.statusChanged]: {
    fr: {
      subject: '[Centre d\'aide] Idée «\u00a0{{title}}\u00a0»\u00a0: {{status}}',
      body: '<p>Bonjour {{recipientName}},</p><p>{{actorName}} a changé l\'état de l\'idée <strong>«\u00a0{{title}}\u00a0»</strong>\u00a0: elle est désormais <strong>{{status}}</strong>.</p>'
        + '<p>Réponse de l\'équipe\u00a0:</p><p>{{answer}}</p><p><a href="{{link}}">Voir l\'idée</a></p>'
        + '<p>Vous recevez ce message parce que vous avez proposé cette idée ou voté pour elle.</p><p>Le centre d\'aide</p>'
    },
    en: {
      subject: '[Help center] Idea "{{title}}": {{status}}',
      body: '<p>Hello {{recipientName}},</p><p>{{actorName}} changed the status of the idea <strong>"{{title}}"</strong>: it is now <strong>{{status}}</strong>.</p>'
        + '<p>The team\'s answer:</p><p>{{answer}}</p><p><a href="{{link}}">See the idea</a></p>'
        + '<p>You receive this message because you proposed this idea or voted for it.</p><p>The help center</p>'
    }
  }
};
