import type { TicketFieldKey } from '../../../../domain/tickets/fields';
import type { DurationWords } from '../../../../domain/time/durations';

/** Text in both languages (a mail is written in its recipient's language, whatever the page's). */
export interface MailText { fr: string; en: string }

/**
 * The catalogue's field labels as mails print them. A unit test keeps them equal to `fields.<key>.label` of
 * fr-fr.js and en-us.js; the type makes a field added to the catalogue fail to compile until it has its label here.
 */
export const MAIL_FIELD_LABELS: { [K in TicketFieldKey]: MailText } = {
  requester: { fr: 'Demandeur', en: 'Requester' },
  beneficiary: { fr: 'Pour le compte de', en: 'On behalf of' },
  filedBy: { fr: 'Saisie par', en: 'Filed by' },
  kind: { fr: 'Type de demande', en: 'Request type' },
  category: { fr: 'Catégorie', en: 'Category' },
  course: { fr: 'Cours ou épreuve concerné', en: 'Course or exam concerned' },
  location: { fr: 'Lieu (salle ou service)', en: 'Place (room or service)' },
  incidentType: { fr: 'Type d\'incident', en: 'Incident type' },
  severity: { fr: 'Type d\'intervention', en: 'Intervention type' },
  priority: { fr: 'Priorité', en: 'Priority' },
  askedPriority: { fr: 'Priorité demandée', en: 'Priority asked for' },
  channel: { fr: 'Reçue par', en: 'Received by' },
  team: { fr: 'Équipe', en: 'Team' },
  level: { fr: 'Niveau de support', en: 'Support level' },
  assignedTo: { fr: 'Interlocuteur', en: 'Contact person' },
  escalatedTo: { fr: 'Escaladée à', en: 'Escalated to' },
  createdAt: { fr: 'Déposée le', en: 'Filed on' },
  dueAt: { fr: 'Échéance', en: 'Due' }
};

/**
 * Labels of the coded values (the catalogue's `codes`), by loc section: kept equal to fr-fr.js/en-us.js by the
 * same test. `askedPriority` reads the priorities.
 */
export const MAIL_CODE_LABELS: { [section: string]: { [code: string]: MailText } } = {
  ticketKind: {
    assistance: { fr: 'Demande d\'assistance', en: 'Assistance request' }, anomaly: { fr: 'Anomalie', en: 'Anomaly' },
    evolution: { fr: 'Demande d\'évolution', en: 'Change request' }, problem: { fr: 'Problème', en: 'Problem' }
  },
  ticketSeverity: {
    malfunction: { fr: 'Dysfonctionnement', en: 'Malfunction' }, installation: { fr: 'Installation', en: 'Installation' },
    update: { fr: 'Mise à jour', en: 'Update' }, repair: { fr: 'Réparation', en: 'Repair' }, change: { fr: 'Modification', en: 'Change' }
  },
  incidentType: {
    software: { fr: 'Logiciel', en: 'Software' }, hardware: { fr: 'Matériel', en: 'Hardware' }, internet: { fr: 'Internet', en: 'Internet' },
    whiteboard: { fr: 'Tableau interactif', en: 'Interactive whiteboard' }, wifi: { fr: 'Wi-Fi', en: 'Wi-Fi' }, other: { fr: 'Autre', en: 'Other' }
  },
  ticketPriority: {
    low: { fr: 'Basse', en: 'Low' }, normal: { fr: 'Normale', en: 'Normal' }, high: { fr: 'Haute', en: 'High' }, critical: { fr: 'Critique', en: 'Critical' }
  },
  supportLevel: { L1: { fr: 'Niveau 1', en: 'Level 1' }, L2: { fr: 'Niveau 2', en: 'Level 2' }, L3: { fr: 'Niveau 3', en: 'Level 3' } },
  ticketChannel: {
    portal: { fr: 'Portail', en: 'Portal' }, phone: { fr: 'Téléphone', en: 'Phone' }, email: { fr: 'Courriel', en: 'Email' },
    teams: { fr: 'Teams', en: 'Teams' }, desk: { fr: 'Accueil (guichet)', en: 'Front desk' }
  }
};

/** Which loc section labels each coded field's values. */
export const MAIL_CODE_SECTION: { [K in TicketFieldKey]?: string } = {
  kind: 'ticketKind', severity: 'ticketSeverity', incidentType: 'incidentType', priority: 'ticketPriority', askedPriority: 'ticketPriority',
  channel: 'ticketChannel', level: 'supportLevel'
};

/** Duration units in mails: "15 min", "2 h", "3 jours ouvrés" / "3 business days", "7 jours" / "7 days". */
export const MAIL_DURATION_WORDS: { fr: DurationWords; en: DurationWords } = {
  fr: { minutes: { one: 'min', other: 'min' }, hours: { one: 'h', other: 'h' }, businessDays: { one: 'jour ouvré', other: 'jours ouvrés' }, days: { one: 'jour', other: 'jours' } },
  en: { minutes: { one: 'min', other: 'min' }, hours: { one: 'h', other: 'h' }, businessDays: { one: 'business day', other: 'business days' }, days: { one: 'day', other: 'days' } }
};

/** An approver's decision, as the sentence "la dérogation a été …" / "the derogation was …" ends. */
export const MAIL_DECISIONS: { approved: MailText; refused: MailText } = {
  approved: { fr: 'accordée', en: 'approved' },
  refused: { fr: 'refusée', en: 'refused' }
};

/** A place with its building: "Salle B204 (Bâtiment B)"; an unknown item: "n° 12". */
export const MAIL_PLACE: { inBuilding: (name: string, building: string) => string; unknown: (id: number) => MailText } = {
  inBuilding: (name, building) => `${name} (${building})`,
  unknown: id => ({ fr: `n° ${id}`, en: `no. ${id}` })
};
