/**
 * The frame every built-in mail shares — greeting, the request's fields, the link, the signature — in French and
 * English. The templates stay inside the Mustache subset the server-side flow renders (flowRendering.ts): values
 * and `{{#x}}` sections only, so the same template is sent identically by the browser and by the flow.
 */
import { TICKET_FIELDS } from '../../../domain/tickets/fields';
import type { MailTemplate } from '../templates';

/** Who a mail is written for: the domain's recipient roles, the beneficiary reading the requester's mail. */
export type MailRole = 'requester' | 'watcher' | 'assignee' | 'teamQueue' | 'approver' | 'escalatedTo';

/**
 * Numbered slots for the fields shown to the reader (`f1`, `f1Label` … in catalogue order): as many as the
 * catalogue has fields, so a field added to the catalogue shows in every mail without touching a template.
 */
export const FIELD_SLOTS = TICKET_FIELDS.length;

/** The fields block: "Détails de la demande" and one line per field shown, or nothing when none is. */
function fieldsBlock(language: 'fr' | 'en'): string {
  const colon = language === 'fr' ? ' : ' : ': ';
  let items = '';
  for (let i = 1; i <= FIELD_SLOTS; i++) items += `{{#f${i}}}<li>{{f${i}Label}}${colon}{{f${i}}}</li>{{/f${i}}}`;
  return `{{#fieldsShown}}<p>${language === 'fr' ? 'Détails de la demande' : 'Request details'}${colon.replace(/ $/, '')}</p><ul>${items}</ul>{{/fieldsShown}}`;
}

/** The link's words per role: the page each one opens (her request, the watcher's view, the desk, the approval page). */
const LINK_WORDS: { [R in MailRole]: { fr: string; en: string } } = {
  requester: { fr: 'Suivre votre demande', en: 'Follow your request' },
  watcher: { fr: 'Voir la demande', en: 'View the request' },
  assignee: { fr: 'Ouvrir la demande dans le support', en: 'Open the request on the desk' },
  teamQueue: { fr: 'Ouvrir la demande dans le support', en: 'Open the request on the desk' },
  escalatedTo: { fr: 'Ouvrir la demande dans le support', en: 'Open the request on the desk' },
  approver: { fr: 'Accorder ou refuser', en: 'Approve or refuse' }
};

/** One language of a mail: the subject after "[Centre d'aide] Demande n°…", and the paragraphs after the greeting. */
export type MailLines = [string, string];

/** Options of {@link mail}. */
export interface MailOptions {
  /** Shows the fields the reader may see (default true). */
  fields?: boolean;
  /** The link's words, when not the role's. */
  link?: { fr: string; en: string };
}

/** A built-in template for a role: the shared frame around its own subject and paragraphs. */
export function mail(role: MailRole, fr: MailLines, en: MailLines, options: MailOptions = {}): MailTemplate {
  const link = options.link || LINK_WORDS[role];
  const fields = options.fields !== false;
  return {
    fr: {
      subject: `[Centre d'aide] Demande n°{{ticketId}} : ${fr[0]}`,
      body: `<p>Bonjour {{recipientName}},</p>${fr[1]}${fields ? fieldsBlock('fr') : ''}<p><a href="{{link}}">${link.fr}</a></p><p>Le centre d'aide</p>`
    },
    en: {
      subject: `[Help center] Request #{{ticketId}}: ${en[0]}`,
      body: `<p>Hello {{recipientName}},</p>${en[1]}${fields ? fieldsBlock('en') : ''}<p><a href="{{link}}">${link.en}</a></p><p>The help center</p>`
    }
  };
}
