/**
 * Ticket templates the generator draws from: what people really write to a university help desk, in French
 * and English, with the answer the desk gives. `{room}` and `{course}` are filled in by the generator.
 */
import {
  IncidentType, SupportLevel, TicketChannel, TicketKind, TicketPriority, TicketSeverity
} from '../../../src/domain/vocabulary';
import { CategoryKey } from './categories';
import { LocationKey } from './locations';
import { Audience, CastKey } from './people';
import { IT_TEMPLATES } from './tickets-it';
import { LEARNING_TEMPLATES } from './tickets-learning';

/** Text of a ticket in one language. */
export interface TicketText {
  subject: string;
  description: string;
  /** What the desk wrote when resolving it. */
  resolution: string;
}

/** A French/English pair. */
export interface Bilingual { fr: string; en: string }

/** One kind of request. */
export interface TicketTemplate {
  key: string;
  category: CategoryKey;
  kind: TicketKind;
  /** Who files this kind of request. */
  audiences: Audience[];
  priorities: TicketPriority[];
  channels: TicketChannel[];
  /** Candidate rooms, equipment or services (one is picked). */
  locations?: LocationKey[];
  incidentType?: IncidentType;
  severity?: TicketSeverity;
  /** The ticket names a course (exam desk); its teacher is kept informed. */
  course?: boolean;
  /** Only happens during exam sessions. */
  examSession?: boolean;
  /** Chance that first line hands it over, to which level, and the note the first-line agent leaves. */
  escalation?: { level: Exclude<SupportLevel, 'L1'>; chance: number; note: string };
  /** Article that answers it (linked on resolution). */
  article?: string;
  /** Question the agent asks when the ticket waits for the requester. */
  question?: Bilingual;
  /** Relative frequency. */
  weight: number;
  fr: TicketText;
  en: TicketText;
}

/** A course of the demo university, and the teacher who runs it. */
export interface CourseSeed { title: string; teacher: CastKey }

/** Courses named by exam and Moodle tickets. */
export const COURSES: readonly CourseSeed[] = [
  { title: 'Droit des contrats (L2)', teacher: 'jean' },
  { title: 'Statistiques appliquées (L3)', teacher: 'jean' },
  { title: 'Programmation Python (L1)', teacher: 'jean' },
  { title: 'Biologie cellulaire (L1)', teacher: 'sophie' },
  { title: 'Anglais scientifique (M1)', teacher: 'sophie' },
  { title: 'Histoire contemporaine (L2)', teacher: 'sophie' }
];

/** Questions agents ask when nothing more specific fits. */
export const GENERIC_QUESTIONS: readonly Bilingual[] = [
  { fr: 'Pouvez-vous nous envoyer une capture d\'écran du message affiché ?', en: 'Could you send us a screenshot of the message you see?' },
  { fr: 'Le problème se produit-il encore ? Si oui, depuis quel appareil et à quelle heure ?', en: 'Is it still happening? If so, from which device and at what time?' },
  { fr: 'Pouvez-vous nous donner un créneau où vous êtes disponible pour une prise en main à distance ?', en: 'Could you give us a time slot when you are available for a remote session?' }
];

/** Replies requesters post to an agent's question. */
export const REQUESTER_REPLIES: readonly Bilingual[] = [
  { fr: 'Voici la capture, le message apparaît dès l\'ouverture. Merci pour votre aide !', en: 'Here is the screenshot, the message shows up right away. Thanks for your help!' },
  { fr: 'Oui, toujours ce matin vers 9h depuis mon ordinateur portable.', en: 'Yes, again this morning around 9 am, from my laptop.' },
  { fr: 'Je suis disponible demain entre 14h et 16h.', en: 'I am available tomorrow between 2 and 4 pm.' }
];

/** Comments requesters leave with a satisfaction rating. */
export const SATISFACTION_COMMENTS: { [rating: number]: readonly Bilingual[] } = {
  5: [
    { fr: 'Merci beaucoup pour le suivi, tout fonctionne.', en: 'Thank you so much for following it up, everything works.' },
    { fr: 'Parfait, l\'agent a été très patient et clair.', en: 'Perfect, the agent was very patient and clear.' }
  ],
  4: [{ fr: 'Problème réglé, merci.', en: 'Problem solved, thanks.' }],
  3: [{ fr: 'Résolu, mais il a fallu relancer.', en: 'Solved, but I had to chase it up.' }],
  2: [{ fr: 'Trop long pour un problème simple.', en: 'Far too long for a simple problem.' }],
  1: [{ fr: 'Le problème n\'est pas vraiment réglé.', en: 'The problem is not really fixed.' }]
};

/** Every template. */
export const TICKET_TEMPLATES: readonly TicketTemplate[] = [...IT_TEMPLATES, ...LEARNING_TEMPLATES];
