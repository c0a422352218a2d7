/**
 * Mails of the knowledge workflow: a draft submitted (to the category's reviewers), sent back with the reviewer's
 * comment and published (to its author), an article's review date come (to its owner). Their own frame: the
 * ticket frame names a request number. Values: title, actorName, comment, reviewDate, link, recipientName.
 */
import type { MailTemplate } from '../templates';

/** The template keys of the knowledge workflow's mails. */
export const ARTICLE_MAIL = {
  submitted: 'article_submitted',
  sentBack: 'article_sent_back',
  published: 'article_published',
  reviewDue: 'article_review_due'
} as const;

/** One language of an article mail: the subject after "[Centre d'aide] Article", the paragraphs, the link's words. */
type ArticleLines = [string, string, string];

function articleMail(fr: ArticleLines, en: ArticleLines): MailTemplate {
  return {
    fr: {
      subject: `[Centre d'aide] Article « {{title}} » : ${fr[0]}`,
      body: `<p>Bonjour {{recipientName}},</p>${fr[1]}<p><a href="{{link}}">${fr[2]}</a></p><p>Le centre d'aide</p>`
    },
    en: {
      subject: `[Help center] Article "{{title}}": ${en[0]}`,
      body: `<p>Hello {{recipientName}},</p>${en[1]}<p><a href="{{link}}">${en[2]}</a></p><p>The help center</p>`
    }
  };
}

/** The built-in article mails, by template key. */
export const ARTICLE_TEMPLATES: { readonly [key: string]: MailTemplate } = {
  [ARTICLE_MAIL.submitted]: articleMail(
    ['à relire', '<p>{{actorName}} propose l\'article <strong>« {{title}} »</strong> à la relecture.</p>', 'Relire l\'article'],
    ['to review', '<p>{{actorName}} sent the article <strong>"{{title}}"</strong> to review.</p>', 'Review the article']),
  [ARTICLE_MAIL.sentBack]: articleMail(
    ['renvoyé pour modification', '<p>{{actorName}} vous renvoie l\'article <strong>« {{title}} »</strong> avec ce commentaire :</p><p>{{comment}}</p>', 'Reprendre le brouillon'],
    ['sent back', '<p>{{actorName}} sent the article <strong>"{{title}}"</strong> back to you with this comment:</p><p>{{comment}}</p>', 'Open the draft']),
  [ARTICLE_MAIL.published]: articleMail(
    ['publié', '<p>{{actorName}} a publié l\'article <strong>« {{title}} »</strong>. Il est à relire le {{reviewDate}}.</p>', 'Voir l\'article et son historique'],
    ['published', '<p>{{actorName}} published the article <strong>"{{title}}"</strong>. It is due for review on {{reviewDate}}.</p>', 'See the article and its history']),
  [ARTICLE_MAIL.reviewDue]: articleMail(
    ['à relire', '<p>L\'article <strong>« {{title}} »</strong> devait être relu le {{reviewDate}}. Confirmez qu\'il est toujours juste, ou mettez-le à jour.</p>', 'Ouvrir l\'article'],
    ['due for review', '<p>The article <strong>"{{title}}"</strong> was due for review on {{reviewDate}}. Confirm it is still right, or update it.</p>', 'Open the article'])
};
