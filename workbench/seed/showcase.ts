/**
 * Hand-written ticket stories that every seeded site has, whatever the ticket count: the ongoing Wi-Fi
 * outage in building B (a problem ticket, its linked incidents and the announcement), an older printing
 * problem with its closed incidents, an exam incident escalated to the hosting vendor with the professor
 * kept informed, and one ticket in each remaining status. Times are anchored on past business days.
 */
import { addBusinessMinutes, addHours, openingSlots, parisDay, parisTime } from './clock';
import { category } from './data/categories';
import { WIFI_PROBLEM_REF } from './data/community';
import { CastKey } from './data/people';
import { DEFAULT_CALENDAR, EXAM_PERIODS } from './data/teams';
import { TicketPlan } from './plan';
import { categoryTargets } from '../../src/domain/sla/categoryTargets';

const DAY_MS = 24 * 3600 * 1000;

/** The Paris date of the n-th business day before `now`'s day (n = 0: the last one strictly before today). */
function businessDayBefore(now: Date, n: number): string {
  let t = now.getTime();
  let found = -1;
  for (let guard = 0; guard < 60; guard++) {
    t -= DAY_MS;
    const { date, weekday } = parisDay(new Date(t));
    if (openingSlots(DEFAULT_CALENDAR, date, weekday).length && weekday !== 'sat' && ++found === n) return date;
  }
  throw new Error('No business day found');
}

/** A business day around `daysAgo` days back. */
function businessDayAround(now: Date, daysAgo: number): string {
  return businessDayBefore(new Date(now.getTime() - daysAgo * DAY_MS), 0);
}

/** A business day early in the latest exam session that started within the last six months (or about 40 days back). */
function examDay(now: Date): string {
  const limit = now.getTime();
  const sessions = EXAM_PERIODS.filter(p => {
    const start = parisTime(p.start, '12:00').getTime();
    return start < limit - 3 * DAY_MS && start > limit - 175 * DAY_MS;
  });
  const session = sessions[sessions.length - 1];
  if (!session) return businessDayAround(now, 40);
  return businessDayBefore(new Date(Math.min(parisTime(session.start, '12:00').getTime() + 6 * DAY_MS, limit)), 0);
}

type Story = Omit<TicketPlan, 'dueAt' | 'lastActivityAt' | 'comments' | 'notes' | 'watchers' | 'level'> &
  Partial<Pick<TicketPlan, 'comments' | 'notes' | 'watchers'>>;

function story(s: Story): TicketPlan {
  const cat = category(s.category);
  const teamLevel = s.team === 'technical' ? 'L2' : s.team === 'experts' ? 'L3' : 'L1';
  const times = [s.createdAt, s.firstResponseAt, s.startedAt, s.escalatedAt, s.askedAt, s.answeredAt, s.resolvedAt, s.closedAt]
    .concat((s.notes || []).map(n => n.at), (s.comments || []).map(c => c.at)).filter(Boolean) as Date[];
  return {
    comments: [], notes: [], watchers: [], ...s, level: teamLevel,
    dueAt: addBusinessMinutes(DEFAULT_CALENDAR, s.createdAt, categoryTargets(cat, s.priority).resolutionMinutes!),
    lastActivityAt: new Date(Math.max(...times.map(d => d.getTime())))
  };
}

function at(date: string, hhmm: string): Date {
  return parisTime(date, hhmm);
}

function wifiIncident(ref: string, requester: CastKey, createdAt: Date, lang: 'fr' | 'en', title: string, description: string, room: string): Story {
  return {
    ref, filer: requester, requester, language: lang, title, description, kind: 'anomaly', category: 'wifi', priority: 'high',
    channel: 'portal', location: room, incidentType: 'wifi', severity: 'malfunction', status: 'in_progress', team: 'it',
    assignee: 'karim', firstResponseAt: addHours(createdAt, 0.3), problemRef: WIFI_PROBLEM_REF, createdAt
  };
}

/** The showcase tickets for a seed date. */
export function showcaseTickets(now: Date): TicketPlan[] {
  const d1 = businessDayBefore(now, 1);
  const d0 = businessDayBefore(now, 0);
  const p = businessDayAround(now, 70);
  const x = examDay(now);
  const problemAt = at(d1, '09:05');
  const stories: Story[] = [
    {
      ref: WIFI_PROBLEM_REF, filer: 'marc', requester: 'marc', language: 'fr', title: 'Panne Wi-Fi bâtiment B',
      description: 'Depuis 8 h 40, nombreuses demandes pour une absence de Wi-Fi (eduroam) dans le bâtiment B, 2e et 3e étages. Six bornes apparaissent hors ligne sur le contrôleur.',
      kind: 'problem', category: 'wifi', priority: 'critical', channel: 'desk', location: 'wifi', incidentType: 'wifi', severity: 'repair',
      status: 'in_progress', team: 'technical', assignee: 'marc', firstResponseAt: addHours(problemAt, 0.05), createdAt: problemAt,
      notes: [
        { author: 'karim', at: at(d1, '09:10'), text: 'Cinq demandes en vingt minutes pour le Wi-Fi du bâtiment B : signalé à l\'équipe technique, qui ouvre un problème. Je rattache les incidents au fur et à mesure.' },
        { author: 'marc', at: at(d1, '09:40'), text: 'Six bornes du bâtiment B hors ligne sur le contrôleur, toutes sur le même switch PoE du local technique B-2. Redémarrage du switch : quatre bornes reviennent, deux restent éteintes.' },
        { author: 'marc', at: at(d1, '14:30'), text: 'Alimentation du switch défaillante. Switch de remplacement commandé chez le prestataire, livraison et pose prévues. Annonce publiée dans la barre d\'aide.' },
        { author: 'marc', at: at(d0, '11:15'), text: 'Switch livré. Intervention planifiée à 7 h 30 avant les cours pour ne pas couper les salles occupées.' }
      ]
    },
    {
      ...wifiIncident('wifi-lea', 'lea', at(d1, '08:47'), 'fr', 'Pas de Wi-Fi en B204', 'Bonjour, depuis ce matin mon ordinateur ne trouve plus eduroam en B204. Mon téléphone non plus. J\'ai un TP à rendre à midi.', 'B204'),
      comments: [{ author: 'karim', at: addHours(at(d1, '08:47'), 0.5), text: 'Bonjour Léa, il s\'agit d\'une panne qui touche tout le bâtiment B ; l\'équipe technique intervient. Les salles A012 et C105 sont ouvertes si vous devez travailler en attendant.' }]
    },
    {
      ...wifiIncident('wifi-jean', 'jean', at(d1, '09:20'), 'fr', 'Wi-Fi coupé pendant mon cours en B206', 'Le Wi-Fi a coupé au début de mon cours en B206 : impossible de lancer le quiz Wooclap prévu avec les étudiants. Est-ce que ce sera réparé pour demain 8 h ?', 'B206'),
      comments: [
        { author: 'karim', at: at(d1, '09:50'), text: 'Bonjour, le problème vient d\'un équipement réseau du bâtiment B. Le remplacement est prévu avant 8 h ; je vous confirme dès que c\'est fait.' },
        { author: 'jean', at: at(d1, '10:20'), text: 'Merci. En attendant je passerai par le partage de connexion de mon téléphone.' }
      ]
    },
    {
      ...wifiIncident('wifi-tom', 'tom', at(d1, '10:02'), 'en', 'No Wi-Fi in building B', 'Hi, eduroam keeps dropping in building B and now it doesn\'t connect at all. Is it just me?', 'wifi'),
      status: 'awaiting_user', askedAt: at(d1, '10:30'),
      comments: [{ author: 'karim', at: at(d1, '10:30'), text: 'Hello Tom, it is not just you: there is an outage in building B. Could you tell us which floor and room you were in? We are mapping the affected access points.' }]
    },
    {
      ...wifiIncident('wifi-emily', 'emily', at(d0, '09:15'), 'en', 'Wi-Fi down in the B301 language lab', 'The language lab headsets stream from the server over Wi-Fi and nothing works this morning. Twenty students are waiting.', 'B301'),
      status: 'taken_in_charge'
    },
    {
      ref: 'wifi-sophie', filer: 'sophie', requester: 'sophie', language: 'fr', title: 'eduroam ne fonctionne plus au 2e étage du bâtiment B',
      description: 'Impossible de me connecter à eduroam au 2e étage du bâtiment B, depuis mon portable comme depuis ma tablette. Le message indique « Connexion impossible ».',
      kind: 'anomaly', category: 'wifi', priority: 'normal', channel: 'portal', location: 'B204', incidentType: 'wifi', status: 'new', team: 'it',
      createdAt: addHours(now, -0.7)
    },
    {
      ref: 'problem-print', filer: 'marc', requester: 'marc', language: 'fr', title: 'Impressions bloquées sur tous les copieurs après la mise à jour du serveur',
      description: 'Depuis la mise à jour du serveur d\'impression cette nuit, les travaux restent « En attente » et ne sont libérés sur aucun copieur du campus.',
      kind: 'problem', category: 'printing', priority: 'critical', channel: 'desk', location: 'C001-printer', incidentType: 'software', severity: 'update',
      status: 'closed', team: 'technical', assignee: 'marc', createdAt: at(p, '08:35'), firstResponseAt: at(p, '08:36'), resolvedAt: at(p, '11:50'),
      closedAt: addHours(at(p, '11:50'), 24 * 7),
      resolution: 'Mise à jour du connecteur des copieurs annulée (incompatible avec le firmware des appareils), service relancé à 11 h 45. Nouvelle mise à jour testée sur un copieur pilote avant déploiement.',
      notes: [{ author: 'marc', at: at(p, '09:30'), text: 'Journal du serveur : les copieurs refusent le nouveau protocole. Retour arrière préparé avec l\'éditeur.' }]
    },
    {
      ref: 'print-lea', filer: 'lea', requester: 'lea', language: 'fr', title: 'Mes impressions ne sortent pas à la BU', description: 'J\'ai envoyé mon mémoire à imprimer mais rien ne s\'affiche quand je badge sur le copieur de la BU.',
      kind: 'anomaly', category: 'printing', priority: 'normal', channel: 'desk', location: 'C001-printer', incidentType: 'software', status: 'closed', team: 'it',
      assignee: 'karim', problemRef: 'problem-print', createdAt: at(p, '08:12'), firstResponseAt: at(p, '08:40'), resolvedAt: at(p, '12:05'),
      closedAt: at(p, '16:30'), resolution: 'Incident général sur le serveur d\'impression, corrigé à 11 h 45. Vos travaux ont été conservés, vous pouvez les libérer.',
      satisfaction: 4, article: 'printing'
    },
    {
      ref: 'print-jean', filer: 'jean', requester: 'jean', language: 'fr', title: 'Impossible d\'imprimer les sujets d\'examen', description: 'Je dois imprimer 120 sujets pour l\'épreuve de 14 h et le copieur de A012 ne libère rien. C\'est urgent.',
      kind: 'anomaly', category: 'printing', priority: 'high', channel: 'phone', location: 'A012-printer', incidentType: 'software', status: 'closed', team: 'it',
      assignee: 'karim', problemRef: 'problem-print', createdAt: at(p, '08:25'), firstResponseAt: at(p, '08:29'), resolvedAt: at(p, '11:55'),
      closedAt: at(p, '12:30'), resolution: 'Service rétabli à 11 h 45 ; sujets imprimés en priorité sur le copieur de A012.',
      satisfaction: 5, satisfactionComment: 'Merci d\'avoir tenu au courant toute la matinée, les sujets étaient prêts à temps.'
    },
    {
      ref: 'print-emily', filer: 'emily', requester: 'emily', language: 'en', title: 'Print jobs stuck in the queue', description: 'My print jobs stay "Pending" on print.univ-exemple.fr and never reach the copier.',
      kind: 'anomaly', category: 'printing', priority: 'normal', channel: 'email', status: 'closed', team: 'it', assignee: 'karim', problemRef: 'problem-print',
      createdAt: at(p, '09:02'), firstResponseAt: at(p, '09:20'), resolvedAt: at(p, '12:00'), closedAt: addHours(at(p, '12:00'), 24 * 7),
      resolution: 'A campus-wide print server issue was fixed at 11:45. Your jobs were kept and can be released now.'
    },
    {
      ref: 'exam-outage', filer: 'lea', requester: 'lea', language: 'fr', title: 'Examen en ligne : « Erreur de lecture de la base de données » à l\'ouverture',
      description: 'À l\'ouverture de l\'examen de Statistiques appliquées (L3), Moodle affiche « Erreur de lecture de la base de données ». Plusieurs étudiants de mon groupe ont la même chose. Capture jointe (DUBOIS_Lea_stats.png).',
      kind: 'anomaly', category: 'exams', priority: 'critical', channel: 'phone', course: 'Statistiques appliquées (L3)', status: 'closed',
      team: 'experts', assignee: 'julie', watchers: ['jean', 'philippe'], escalatedAt: at(x, '10:09'),
      createdAt: at(x, '10:01'), firstResponseAt: at(x, '10:04'), resolvedAt: at(x, '11:45'), closedAt: at(x, '17:10'),
      resolution: 'Panne de la base de données Moodle chez l\'hébergeur, rétablie à 11 h 32. La faculté a reprogrammé l\'épreuve à 14 h pour tous les étudiants concernés ; vous en avez été informée par mail.',
      satisfaction: 5, satisfactionComment: 'Merci d\'avoir gardé le contact pendant toute la panne, j\'étais très stressée.',
      notes: [
        { author: 'julie', at: at(x, '10:06'), text: 'Enseignant (Prof. Jean Moreau) prévenu par Teams, référent e-learning en copie. 31 appels pour la même erreur.' },
        { author: 'julie', at: at(x, '10:09'), text: 'Transmis au niveau L2 : erreur générale, pas un problème de poste.' },
        { author: 'marc', at: at(x, '10:25'), text: 'Base de données Moodle saturée (connexions simultanées au maximum). Ticket ouvert chez l\'hébergeur (N3), priorité 1.' },
        { author: 'marc', at: at(x, '11:40'), text: 'Hébergeur : index reconstruit, service rétabli à 11 h 32. Limite de connexions relevée pour la session.' }
      ]
    },
    {
      ref: 'teams-nadia', filer: 'nadia', requester: 'nadia', language: 'fr', title: 'Créer une équipe Teams pour la Semaine de l\'innovation',
      description: 'Pourriez-vous créer une équipe Teams « Semaine de l\'innovation 2026 » avec les douze membres du comité d\'organisation (liste jointe) ?',
      kind: 'assistance', category: 'teams', priority: 'low', channel: 'portal', status: 'resolved', team: 'it', assignee: 'karim',
      createdAt: at(d0, '10:00'), firstResponseAt: at(d0, '10:20'), resolvedAt: at(d0, '11:05'),
      resolution: 'Équipe créée, vous en êtes propriétaire avec Philippe Garnier ; les douze membres ont été ajoutés.'
    },
    {
      ref: 'moodle-app-tom', filer: 'tom', requester: 'tom', language: 'en', title: 'Moodle app keeps logging me out',
      description: 'The Moodle mobile app logs me out every few minutes, so I miss the forum notifications.',
      kind: 'anomaly', category: 'moodle', priority: 'low', channel: 'portal', location: 'ent', status: 'no_follow_up', team: 'elearning', assignee: 'julie',
      createdAt: at(businessDayAround(now, 30), '15:10'), firstResponseAt: at(businessDayAround(now, 30), '16:02'),
      closedAt: at(businessDayAround(now, 15), '16:02'),
      resolution: 'With no answer from you for ten working days, the request is closed with no follow-up. Feel free to file a new one if the problem comes back.'
    }
  ];
  return stories.map(story);
}
