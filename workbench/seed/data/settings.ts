/**
 * HelpSettings of the demo: default business hours, attachment limits, bilingual notification templates,
 * auto-close delays and the search synonyms. Values are JSON (or plain text) under a stable key.
 */
import { DEFAULT_CALENDAR } from './teams';

/** One setting. */
export interface SettingSeed { key: string; value: string }

/** A mail template in both languages; `{{…}}` placeholders are filled by the notification service. */
export interface MailTemplate { fr: { subject: string; body: string }; en: { subject: string; body: string } }

/** Notification templates by key. */
export const NOTIFICATION_TEMPLATES: Record<string, MailTemplate> = {
  ticket_created: {
    fr: {
      subject: '[Centre d\'aide] Demande n°{{ticketId}} enregistrée : {{title}}',
      body: '<p>Bonjour {{requesterName}},</p><p>Votre demande <strong>« {{title}} »</strong> a bien été enregistrée sous le numéro {{ticketId}}. Un membre de l\'équipe {{teamName}} la prendra en charge et sera votre seul interlocuteur jusqu\'à sa résolution.</p><p>Vous pouvez suivre son avancement ou ajouter des précisions ici : <a href="{{link}}">{{link}}</a>.</p><p>Le centre d\'aide</p>'
    },
    en: {
      subject: '[Help center] Request #{{ticketId}} received: {{title}}',
      body: '<p>Hello {{requesterName}},</p><p>Your request <strong>"{{title}}"</strong> has been recorded as number {{ticketId}}. A member of the {{teamName}} team will take it in charge and will be your single contact until it is resolved.</p><p>You can follow it or add details here: <a href="{{link}}">{{link}}</a>.</p><p>The help center</p>'
    }
  },
  status_changed: {
    fr: {
      subject: '[Centre d\'aide] Demande n°{{ticketId}} : {{status}}',
      body: '<p>Bonjour {{recipientName}},</p><p>La demande <strong>« {{title}} »</strong> est passée à l\'état <strong>{{status}}</strong>.</p>{{#message}}<p>Message de {{agentName}} : {{message}}</p>{{/message}}<p><a href="{{link}}">Voir la demande</a></p><p>Le centre d\'aide</p>'
    },
    en: {
      subject: '[Help center] Request #{{ticketId}}: {{status}}',
      body: '<p>Hello {{recipientName}},</p><p>The request <strong>"{{title}}"</strong> is now <strong>{{status}}</strong>.</p>{{#message}}<p>Message from {{agentName}}: {{message}}</p>{{/message}}<p><a href="{{link}}">View the request</a></p><p>The help center</p>'
    }
  },
  awaiting_user: {
    fr: {
      subject: '[Centre d\'aide] Demande n°{{ticketId}} : nous avons besoin de vous',
      body: '<p>Bonjour {{requesterName}},</p><p>Pour avancer sur votre demande <strong>« {{title}} »</strong>, {{agentName}} a besoin d\'une précision : {{message}}</p><p>Répondez directement sur la demande : <a href="{{link}}">{{link}}</a>. Sans réponse sous {{noFollowUpDays}} jours ouvrés, la demande sera close sans suite.</p>'
    },
    en: {
      subject: '[Help center] Request #{{ticketId}}: we need your input',
      body: '<p>Hello {{requesterName}},</p><p>To move forward with your request <strong>"{{title}}"</strong>, {{agentName}} needs more information: {{message}}</p><p>Please reply on the request: <a href="{{link}}">{{link}}</a>. Without an answer within {{noFollowUpDays}} working days, the request will be closed with no follow-up.</p>'
    }
  },
  ticket_resolved: {
    fr: {
      subject: '[Centre d\'aide] Demande n°{{ticketId}} résolue',
      body: '<p>Bonjour {{requesterName}},</p><p>Votre demande <strong>« {{title}} »</strong> est résolue :</p><blockquote>{{resolution}}</blockquote><p>Si le problème persiste, rouvrez-la dans les {{autoCloseDays}} jours ; sinon elle sera close automatiquement. Votre avis nous aide : <a href="{{link}}">notez notre réponse</a>.</p>'
    },
    en: {
      subject: '[Help center] Request #{{ticketId}} resolved',
      body: '<p>Hello {{requesterName}},</p><p>Your request <strong>"{{title}}"</strong> has been resolved:</p><blockquote>{{resolution}}</blockquote><p>If the problem persists, reopen it within {{autoCloseDays}} days; otherwise it will be closed automatically. Your feedback helps us: <a href="{{link}}">rate our answer</a>.</p>'
    }
  },
  watcher_informed: {
    fr: {
      subject: '[Centre d\'aide] {{requesterName}} a signalé un problème — {{course}}',
      body: '<p>Bonjour {{recipientName}},</p><p>Vous êtes informé(e) de la demande <strong>« {{title}} »</strong> de {{requesterName}} ({{course}}), enregistrée le {{createdAt}} et suivie par {{agentName}}.</p><p>État actuel : <strong>{{status}}</strong>. <a href="{{link}}">Voir la demande</a></p>'
    },
    en: {
      subject: '[Help center] {{requesterName}} reported a problem — {{course}}',
      body: '<p>Hello {{recipientName}},</p><p>You are kept informed of the request <strong>"{{title}}"</strong> from {{requesterName}} ({{course}}), recorded on {{createdAt}} and handled by {{agentName}}.</p><p>Current status: <strong>{{status}}</strong>. <a href="{{link}}">View the request</a></p>'
    }
  }
};

/** Search synonyms: each group is a set of equivalent terms (accent-insensitive). */
export const SYNONYMS: string[][] = [
  ['mdp', 'mot de passe', 'password', 'pwd'],
  ['wifi', 'wi-fi', 'wlan', 'réseau sans fil', 'wireless'],
  ['eduroam', 'wifi eduroam'],
  ['ent', 'espace numérique de travail', 'moodle', 'plateforme pédagogique', 'learning platform'],
  ['mfa', '2fa', 'double authentification', 'authentification multifacteur', 'multi-factor authentication', 'two-factor authentication'],
  ['vpn', 'accès à distance', 'remote access'],
  ['tbi', 'tableau blanc interactif', 'tni', 'tableau numérique interactif', 'interactive whiteboard'],
  ['vidéoprojecteur', 'projecteur', 'vidéo-projecteur', 'projector', 'beamer'],
  ['imprimante', 'copieur', 'photocopieuse', 'printer', 'impression', 'printing'],
  ['mail', 'courriel', 'e-mail', 'messagerie', 'email', 'outlook'],
  ['teams', 'visio', 'visioconférence', 'video call'],
  ['examen', 'épreuve', 'partiel', 'exam', 'test'],
  ['quiz', 'questionnaire', 'test moodle']
];

/** The demo settings. */
export const SETTINGS: readonly SettingSeed[] = [
  { key: 'businessHours.default', value: JSON.stringify(DEFAULT_CALENDAR) },
  {
    key: 'attachments.limits',
    value: JSON.stringify({ maxFileSizeMb: 10, maxFiles: 5, allowedExtensions: ['.png', '.jpg', '.jpeg', '.gif', '.pdf', '.txt', '.docx', '.xlsx', '.pptx', '.odt', '.zip'] })
  },
  {
    key: 'tickets.autoClose',
    value: JSON.stringify({ resolvedToClosedDays: 7, awaitingUserReminderDays: 3, awaitingUserToNoFollowUpDays: 10 })
  },
  ...Object.keys(NOTIFICATION_TEMPLATES).map(k => ({ key: `notifications.template.${k}`, value: JSON.stringify(NOTIFICATION_TEMPLATES[k]) })),
  { key: 'search.synonyms', value: JSON.stringify(SYNONYMS) },
  {
    key: 'helpdesk.contact',
    value: JSON.stringify({
      phone: '+33 1 84 88 47 84', examPhone: '+33 1 84 88 78 48', email: 'assistance@univ-exemple.fr',
      note: { fr: 'Pendant les sessions d\'examens, la ligne examens répond du lundi au samedi de 7h30 à 19h30.', en: 'During exam sessions, the exam line answers Monday to Saturday, 7:30 am to 7:30 pm.' }
    })
  }
];
