/**
 * Announcements (a known incident shown in the help bar, a planned maintenance) and the experts directory.
 * Announcement times are relative to the seed date so the incident is always current.
 */
import { AnnouncementSeverity, ExpertAvailability, Language } from '../../../src/domain/vocabulary';
import { CategoryKey } from './categories';
import { CastKey } from './people';

/** One announcement, in one language. */
export interface AnnouncementSeed {
  title: string;
  body: string;
  severity: AnnouncementSeverity;
  language: Language;
  /** Hours from the seed date (negative = in the past). */
  startInHours: number;
  endInHours: number;
  /** Showcase ticket ref of the problem behind it. */
  problemRef?: string;
}

/** Ref of the showcase problem ticket behind the Wi-Fi announcement. */
export const WIFI_PROBLEM_REF = 'problem-wifi-b';

/** The demo announcements (published by the technical team). */
export const ANNOUNCEMENTS: readonly AnnouncementSeed[] = [
  {
    title: 'Wi-Fi perturbé dans le bâtiment B', severity: 'outage', language: 'fr', startInHours: -26, endInHours: 30, problemRef: WIFI_PROBLEM_REF,
    body: 'Le Wi-Fi (eduroam) est coupé ou très instable dans le bâtiment B, surtout aux 2e et 3e étages. L\'équipe technique a identifié un équipement réseau défaillant ; son remplacement est prévu dans les prochaines heures. Inutile de déposer une nouvelle demande : les demandes existantes sont rattachées à l\'incident et leurs auteurs seront informés. En attendant, les salles A012 et C105 sont ouvertes pour travailler.'
  },
  {
    title: 'Wi-Fi disrupted in building B', severity: 'outage', language: 'en', startInHours: -26, endInHours: 30, problemRef: WIFI_PROBLEM_REF,
    body: 'Wi-Fi (eduroam) is down or very unstable in building B, especially on the 2nd and 3rd floors. The technical team has found a faulty network device; it will be replaced in the next few hours. No need to file a new request: existing requests are linked to the incident and their authors will be informed. Meanwhile, rooms A012 and C105 are open for work.'
  },
  {
    title: 'Maintenance de Moodle samedi de 7 h à 9 h', severity: 'info', language: 'fr', startInHours: -4, endInHours: 24 * 6,
    body: 'Moodle et l\'ENT seront indisponibles samedi de 7 h à 9 h pour une mise à jour de sécurité. Aucun test ni dépôt de devoir ne doit être programmé sur ce créneau.'
  },
  {
    title: 'Moodle maintenance on Saturday, 7–9 am', severity: 'info', language: 'en', startInHours: -4, endInHours: 24 * 6,
    body: 'Moodle and the ENT will be unavailable on Saturday from 7 to 9 am for a security update. Please do not schedule quizzes or assignment deadlines in that slot.'
  }
];

/** One expert of the directory (each writes their own item). */
export interface ExpertSeed {
  who: CastKey;
  skills: string[];
  categories: CategoryKey[];
  languages: Language[];
  bio: string;
  availability: ExpertAvailability;
  /** Listed in the directory (their consent, given `consentDaysAgo` days before the seed date); false: the entry is kept but shown nowhere. */
  listed: boolean;
  consentDaysAgo?: number;
}

/**
 * The demo experts, each writing their own entry: most listed with their consent; Emily's entry is not listed
 * (no consent yet: shown nowhere, her proven expertise not computed); Julie is the Moodle expert who is an agent ("ask
 * this expert" routes a request to her); Sophie a teacher, Moodle expert but not an agent (chat and mail only).
 */
export const EXPERTS: readonly ExpertSeed[] = [
  {
    who: 'marc', skills: ['Wi-Fi', 'eduroam', 'réseau', 'VPN', 'GlobalProtect', 'serveurs', 'vidéoprojection'], categories: ['wifi', 'vpn', 'rooms'],
    languages: ['fr', 'en'], availability: 'busy', listed: true, consentDaysAgo: 120,
    bio: 'Technicien réseau et systèmes depuis 12 ans à l\'université. Je m\'occupe du Wi-Fi, du VPN et des équipements des salles, et je fais le lien avec nos prestataires.'
  },
  {
    who: 'julie', skills: ['Moodle', 'tests et quiz', 'examens en ligne', 'carnet de notes', 'devoirs'], categories: ['moodle', 'exams', 'derogations'],
    languages: ['fr', 'en'], availability: 'available', listed: true, consentDaysAgo: 90,
    bio: 'Ingénieure pédagogique. J\'accompagne les enseignants dans la conception de leurs cours et de leurs examens Moodle, et je tiens la ligne examens pendant les sessions.'
  },
  {
    who: 'nadia', skills: ['Teams', 'Microsoft 365', 'OneDrive', 'rédaction de tutoriels'], categories: ['teams', 'software', 'email'],
    languages: ['fr'], availability: 'available', listed: true, consentDaysAgo: 60,
    bio: 'Je rédige et relis les articles du centre d\'aide. N\'hésitez pas à me signaler un article peu clair ou une question qui revient souvent.'
  },
  {
    who: 'philippe', skills: ['organisation des examens', 'dérogations', 'référent e-learning', 'Moodle'], categories: ['exams', 'derogations'],
    languages: ['fr'], availability: 'away', listed: true, consentDaysAgo: 100,
    bio: 'Référent e-learning et responsable du centre d\'aide. Je valide les dérogations d\'examen avec les enseignants et les directions de section.'
  },
  {
    who: 'emily', skills: ['international students', 'accounts for exchange students', 'English support', 'eduroam abroad'], categories: ['passwords', 'wifi'],
    languages: ['en', 'fr'], availability: 'available', listed: false,
    bio: 'International office. I help exchange students and visiting staff get their accounts, Wi-Fi and Moodle access sorted in their first week.'
  },
  {
    who: 'sophie', skills: ['Moodle', 'H5P', 'classe inversée', 'quiz Moodle', 'banque de questions'], categories: ['moodle'],
    languages: ['fr'], availability: 'busy', listed: true, consentDaysAgo: 45,
    bio: 'Enseignante en biologie, j\'utilise Moodle et H5P depuis des années pour mes cours en classe inversée. Je partage volontiers mes quiz et ma banque de questions.'
  }
];
