/**
 * The two mail outboxes: HelpNotifications (the desk's ticket mails) and ArticleNotifications (the knowledge
 * workflow's). Same columns and the same NotificationOutbox over both (change key, claim, sent at, the server-side
 * flow); they differ in who may write them, so each holds only mails its writers may see.
 */
import { language } from './commonFields';
import type { FieldDefinition, ListDefinition, ListGrant } from './types';

/** An outbox's columns after its own: what a mail is recorded with and how it went. */
export function outboxFields(changeKey: string, sentBy: string): FieldDefinition[] {
  return [
    { name: 'HCChangeKey', title: { fr: 'Clé de changement', en: 'Change key' }, kind: 'Text', maxLength: 200, required: true, indexed: true, description: changeKey },
    { name: 'HCRecipients', title: { fr: 'Destinataires', en: 'Recipients' }, kind: 'Note', description: 'Addresses informed.' },
    { name: 'HCValues', title: { fr: 'Valeurs', en: 'Values' }, kind: 'Note', description: 'JSON: the values the template is rendered with when the mail is sent (never rendered HTML).' },
    { name: 'HCSender', title: { fr: 'Expéditeur', en: 'Sender' }, kind: 'Choice', choices: ['browser', 'server'], defaultValue: 'browser', indexed: true, description: `browser: sent with Graph as ${sentBy}; server: sent by the server-side flow from the help desk's mailbox.` },
    { name: 'HCTemplate', title: { fr: 'Modèle', en: 'Template' }, kind: 'Text', description: 'Template key.' },
    language,
    { name: 'HCSentAt', title: { fr: 'Envoyé le', en: 'Sent at' }, kind: 'DateTime', indexed: true, description: 'When sent (empty = to retry).' },
    { name: 'HCError', title: { fr: 'Erreur', en: 'Error' }, kind: 'Note', description: 'Last sending error.' }
  ];
}

/** An outbox list: every item readable and writable by those granted (their rows are mails they may see). */
export function outboxList(name: string, description: ListDefinition['description'], fields: FieldDefinition[], grants: ListGrant[]): ListDefinition {
  return {
    name, description, titleRequired: false, titleLabel: { fr: 'Objet', en: 'Subject' }, fields,
    indexedBuiltIns: ['Author', 'Created'], versioning: false, attachments: false, readSecurity: 1, writeSecurity: 1, noCrawl: true, grants
  };
}

/** HelpNotifications: the notification outbox and audit trail. */
export const helpNotifications: ListDefinition = outboxList('HelpNotifications',
  { fr: 'Notifications envoyées (journal)', en: 'Notifications sent (audit trail)' },
  [
    { name: 'HCTicket', title: { fr: 'Demande', en: 'Ticket' }, kind: 'Lookup', lookupList: 'HelpTickets', indexed: true, description: 'Ticket the notification is about.' },
    ...outboxFields('Ticket + change: a retry reads its own rows with this key first and never records or sends twice (not unique: SharePoint refuses unique columns on lists where people read only their own items).', 'the agent who acted')
  ],
  // Only the desk records and sends mail: a row written by anyone else could suppress a mail (by taking its key
  // first) or have the desk send their text. Requesters read who was informed in HelpTicketStates.HCInformed.
  // Nobody else, reviewers and contributors included: the rows hold ticket mails' values (an approver's link secret
  // among them) and, the list reading and writing all items, any writer could read them or take a key first. The
  // knowledge workflow's mails have their own outbox (ArticleNotifications).
  [{ principal: 'owners', role: 'fullControl' }, { principal: 'support', role: 'supportAgent' }]);

/**
 * ArticleNotifications: the knowledge workflow's outbox and audit trail (submitted, sent back, published, review
 * due), apart from the ticket mails: its rows hold articles' titles, reviewers' comments and links to drafts, never
 * a ticket's values or an approver's secret.
 */
export const articleNotifications: ListDefinition = outboxList('ArticleNotifications',
  { fr: 'Notifications des articles (journal)', en: 'Article notifications (audit trail)' },
  outboxFields('Article or draft + change + recipient (article:<id>:<sequence>:<event>|<address>): a retry reads its own rows with this key first and never records or sends twice.', 'the person who acted'),
  // Reviewers record the mails of their own steps (publish, send back) and of the submissions they find in review;
  // they may delete none (a racing duplicate of theirs stays, the first written counts). Contributors have no access:
  // a row of theirs could take a key first and suppress a mail; their submission is told by a reviewer's, an
  // agent's or an owner's housekeeping. Readers have none either.
  [{ principal: 'owners', role: 'fullControl' }, { principal: 'support', role: 'supportAgent' }, { principal: 'reviewers', role: 'requester' }]);
