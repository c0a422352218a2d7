/**
 * The templates an owner may edit and, for each, the values its mail receives — derived from the product, not kept
 * by hand: a ticket event's mail gets every value buildMailValues gives (MAIL_VALUE_NAMES); the knowledge, idea and
 * report mails get the values their built-in text uses. The link is required wherever the built-in text has it.
 */
import { BUILT_IN_TEMPLATES, TEMPLATE_FAMILIES, type MailRole } from '../notifications/mailTemplates';
import { MAIL_VALUE_NAMES } from '../notifications/mailTemplates/values';
import type { MailTemplate } from '../notifications/templates';
import { placeholdersOf, type PlaceholderCatalogue } from '../../domain/config/mailTemplateCheck';

/** Values a template's built-in text cannot do without. */
const REQUIRED_WHEN_BUILT_IN_HAS: readonly string[] = ['link'];

/** One editable template: its key (HelpSettings `notifications.template.<key>`), its event and recipient. */
export interface MailTemplateEntry {
  key: string;
  /** The event template (`ticket_created`) or, for the other mails, the key itself. */
  event: string;
  /** The recipient it is written for (undefined for the mails outside the tickets: their readers are one kind). */
  role?: MailRole;
}

/** Every editable template, in the product's order (a ticket event's base text first, then its roles'). */
export const MAIL_TEMPLATE_ENTRIES: readonly MailTemplateEntry[] = Object.keys(BUILT_IN_TEMPLATES).map(key => {
  const dot = key.indexOf('.');
  const event = dot > 0 ? key.slice(0, dot) : key;
  const family = TEMPLATE_FAMILIES[event];
  const role = family ? (dot > 0 ? key.slice(dot + 1) as MailRole : family.baseRole) : undefined;
  return { key, event, role };
});

function usedBy(t: MailTemplate): string[] {
  const out: string[] = [];
  [t.fr.subject, t.fr.body, t.en.subject, t.en.body].forEach(text => placeholdersOf(text).forEach(n => { if (out.indexOf(n) < 0) out.push(n); }));
  return out;
}

/** The values a template's mail receives and those it must keep; undefined for a key the product does not know. */
export function placeholderCatalogue(key: string): PlaceholderCatalogue | undefined {
  const builtIn = BUILT_IN_TEMPLATES[key];
  if (!builtIn) return undefined;
  const dot = key.indexOf('.');
  const ticketMail = !!TEMPLATE_FAMILIES[dot > 0 ? key.slice(0, dot) : key];
  const used = usedBy(builtIn);
  const allowed = ticketMail ? MAIL_VALUE_NAMES.slice() : used.concat(used.indexOf('recipientName') < 0 ? ['recipientName'] : []);
  return { allowed, required: REQUIRED_WHEN_BUILT_IN_HAS.filter(n => used.indexOf(n) >= 0) };
}
