import type { MailTemplateEntry } from '../../../../data/config/mailCatalog';
import type { MailProblem } from '../../../../domain/config/mailTemplateCheck';
import { formatString } from '../../../common/format';

type Strings = IHelpCenterConfigMailsStrings['mailsConfig'];

/** "Demande enregistrée — au demandeur": a template's event and recipient in the page's language. */
export function entryLabel(s: Strings, entry: MailTemplateEntry): string {
  const event = s.events[entry.event] || entry.event;
  return entry.role ? formatString(s.templateOption, event, s.roles[entry.role]) : event;
}

/** The id of a language's subject or body field (a missing value is reported on the body). */
export function mailFieldId(language: 'fr' | 'en', part: 'subject' | 'body'): string {
  return `hc-mail-${language}-${part}`;
}

/** The field a problem belongs to. */
export function problemField(p: MailProblem): { language: 'fr' | 'en'; part: 'subject' | 'body' } {
  return { language: p.language, part: p.part || 'body' };
}

/** A problem in words, the placeholder named. */
export function problemText(s: Strings, p: MailProblem): string {
  return formatString(s.problems[p.code], p.name || '');
}

/** A field's label. */
export function fieldLabel(s: Strings, language: 'fr' | 'en', part: 'subject' | 'body'): string {
  return s.fields[`${language}${part === 'subject' ? 'Subject' : 'Body'}` as keyof Strings['fields']];
}
