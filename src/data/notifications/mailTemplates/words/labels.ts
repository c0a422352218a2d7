import type { TicketStatus } from '../../../../domain/vocabulary';

/**
 * Labels that go into mails, in both languages at once: a mail is written in its recipient's language, not
 * the page's, so the outbox cannot use the page's HelpCenterStrings module. A unit test keeps these equal to
 * `ticketStatus` in fr-fr.js and en-us.js.
 */
export const MAIL_STATUS_LABELS: { [S in TicketStatus]: { fr: string; en: string } } = {
  new: { fr: 'Nouvelle', en: 'New' },
  taken_in_charge: { fr: 'Prise en charge', en: 'Taken in charge' },
  in_progress: { fr: 'En cours', en: 'In progress' },
  awaiting_user: { fr: 'En attente de votre réponse', en: 'Awaiting your reply' },
  resolved: { fr: 'Résolue', en: 'Resolved' },
  closed: { fr: 'Clôturée', en: 'Closed' },
  no_follow_up: { fr: 'Close sans suite', en: 'Closed without follow-up' }
};

/**
 * The same statuses as told to anyone but the requester (agents, team queues, people kept informed): the request
 * waits for its requester, not for the reader ("En attente du demandeur", as the desk's queue says).
 */
export const MAIL_THIRD_PARTY_STATUS_LABELS: { [S in TicketStatus]: { fr: string; en: string } } = {
  ...MAIL_STATUS_LABELS,
  awaiting_user: { fr: 'En attente du demandeur', en: 'Awaiting the requester' }
};
