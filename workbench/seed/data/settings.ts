/**
 * HelpSettings of the demo: default business hours, attachment limits, one notification template of its own,
 * auto-close delays and the search synonyms. Values are JSON (or plain text) under a stable key.
 */
import { DEFAULT_CALENDAR } from './teams';
import { DEFAULT_SYNONYMS } from '../../../src/domain/search/synonyms';
import { BUILT_IN_TEMPLATES } from '../../../src/data/notifications/mailTemplates';
import type { MailTemplate } from '../../../src/data/notifications/templates';

/** One setting. */
export interface SettingSeed { key: string; value: string }

/** A mail template in both languages; `{{…}}` placeholders are filled by the notification service. */
export type { MailTemplate } from '../../../src/data/notifications/templates';

const EXAM_LINE: { fr: string; en: string } = {
  fr: '<p>Pendant les sessions d\'examens, la ligne examens (+33 1 84 88 78 48) répond du lundi au samedi de 7h30 à 19h30.</p>',
  en: '<p>During exam sessions, the exam line (+33 1 84 88 78 48) answers Monday to Saturday, 7:30 am to 7:30 pm.</p>'
};

/** The requester's confirmation with the university's exam line added before its link: the product's text, overridden the way an owner would. */
function withExamLine(t: MailTemplate): MailTemplate {
  const add = (body: string, line: string): string => body.replace('<p><a href="{{link}}">', `${line}<p><a href="{{link}}">`);
  return { fr: { subject: t.fr.subject, body: add(t.fr.body, EXAM_LINE.fr) }, en: { subject: t.en.subject, body: add(t.en.body, EXAM_LINE.en) } };
}

/**
 * The demo's own notification templates (HelpSettings `notifications.template.<key>`): every other mail is the
 * product's built-in one (src/data/notifications/mailTemplates). One override shows the mechanism.
 */
export const NOTIFICATION_TEMPLATES: Record<string, MailTemplate> = {
  ticket_created: withExamLine(BUILT_IN_TEMPLATES.ticket_created)
};

/**
 * Search synonyms as the demo's owners keep them: the stored list replaces the product's (src/domain/search/synonyms.ts),
 * so it starts from the product's groups and adds the school's own words (interactive whiteboards, Moodle quizzes).
 */
export const SYNONYMS: string[][] = [
  ...DEFAULT_SYNONYMS,
  ['tbi', 'tableau blanc interactif', 'tni', 'tableau numérique interactif', 'interactive whiteboard'],
  ['quiz', 'questionnaire', 'test moodle']
];

/** The demo's delays (`tickets.autoClose`): the generated tickets' history follows them (the reminders already sent). */
export const DEMO_DELAYS = { resolvedToClosedDays: 7, awaitingUserReminderDays: 3, awaitingUserToNoFollowUpDays: 10 };

/** The demo settings. */
export const SETTINGS: readonly SettingSeed[] = [
  { key: 'businessHours.default', value: JSON.stringify(DEFAULT_CALENDAR) },
  {
    key: 'attachments.limits',
    value: JSON.stringify({ maxFileSizeMb: 10, maxFiles: 5, allowedExtensions: ['.png', '.jpg', '.jpeg', '.gif', '.pdf', '.txt', '.docx', '.xlsx', '.pptx', '.odt', '.zip'] })
  },
  { key: 'tickets.autoClose', value: JSON.stringify(DEMO_DELAYS) },
  ...Object.keys(NOTIFICATION_TEMPLATES).map(k => ({ key: `notifications.template.${k}`, value: JSON.stringify(NOTIFICATION_TEMPLATES[k]) })),
  { key: 'search.synonyms', value: JSON.stringify(SYNONYMS) },
  {
    key: 'helpdesk.contact',
    value: JSON.stringify({
      phone: '+33 1 84 88 47 84', examPhone: '+33 1 84 88 78 48', email: 'assistance@univ-exemple.fr',
      note: { fr: 'Pendant les sessions d\'examens, la ligne examens répond du lundi au samedi de 7h30 à 19h30.', en: 'During exam sessions, the exam line answers Monday to Saturday, 7:30 am to 7:30 pm.' }
    })
  },
  {
    // Where the support desk receives people (the help center home shows it beside the phone lines), in both languages.
    key: 'helpdesk.desk',
    value: JSON.stringify({
      fr: 'Bâtiment A, rez-de-chaussée, bureau A012 (accueil du support, lundi – vendredi 8h–18h)',
      en: 'Building A, ground floor, room A012 (support desk, Monday – Friday 8:00–18:00)'
    })
  }
];
