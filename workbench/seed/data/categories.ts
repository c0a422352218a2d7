/**
 * The category tree of requests and articles, in French and English. Each leaf says which team receives
 * a new ticket, which extra form fields it shows (exam tickets need the course and a named screenshot;
 * room incidents need the room, the equipment, the incident type and the intervention type, as in the
 * collège's maintenance form) and its SLA targets in business hours.
 */
import { FormField } from '../payloads';
import { TeamKey } from './teams';
import type { CastKey } from './people';
import type { SlaByPriority } from '../../../src/domain/sla/categoryTargets';
import type { TicketPriority } from '../../../src/domain/vocabulary';

/** Key of a demo category. */
export type CategoryKey =
  | 'accounts' | 'passwords' | 'mfa'
  | 'collaboration' | 'email' | 'teams'
  | 'network' | 'wifi' | 'vpn'
  | 'learning' | 'moodle' | 'exams' | 'derogations'
  | 'equipment' | 'rooms' | 'printing' | 'workstation'
  | 'software' | 'website' | 'evolutions';

/** One category. */
export interface CategorySeed {
  key: CategoryKey;
  /** Parent category (roots have none). */
  parent?: CategoryKey;
  /** French name. */
  title: string;
  /** English name. */
  titleEn: string;
  /** Team a new ticket goes to. */
  team: TeamKey;
  formFields: FormField[];
  requiredFields: FormField[];
  firstResponseHours: number;
  resolutionHours: number;
  approvalRequired: boolean;
  /** Who approves its requests by default (the e-learning referent for the derogations). */
  approver?: CastKey;
  sortOrder: number;
  /** Fluent UI icon name. */
  icon: string;
  /** Its community (Teams channel or Viva Engage), shown on its knowledge page, in the form and on expert cards. */
  community?: { url: string; name: string };
  /** Targets of the priorities that differ from the category's (hours). */
  slaByPriority?: SlaByPriority;
}

/** The demo communities (issue 15): a Teams channel of the university's tenant, or a Viva Engage community. */
const TEAMS_CHANNEL = (name: string, thread: string): { url: string; name: string } => ({
  url: `https://teams.microsoft.com/l/channel/19%3A${thread}%40thread.tacv2/${encodeURIComponent(name)}?groupId=5d1c3a0e-2f4b-4c1e-9a57-0d5b8e6f1a21&tenantId=univ-exemple`, name
});
const ENGAGE_COMMUNITY = (name: string, id: string): { url: string; name: string } => ({ url: `https://engage.cloud.microsoft/main/groups/${id}`, name });

type Leaf = Omit<CategorySeed, 'sortOrder' | 'formFields' | 'requiredFields' | 'approvalRequired'> &
  Partial<Pick<CategorySeed, 'formFields' | 'requiredFields' | 'approvalRequired'>>;

function root(key: CategoryKey, title: string, titleEn: string, team: TeamKey, icon: string): Leaf {
  return { key, title, titleEn, team, icon, firstResponseHours: 4, resolutionHours: 24 };
}

const TREE: Leaf[] = [
  root('accounts', 'Comptes et accès', 'Accounts and access', 'it', 'Contact'),
  { key: 'passwords', parent: 'accounts', title: 'Comptes et mots de passe', titleEn: 'Accounts and passwords', team: 'it', icon: 'PasswordField', firstResponseHours: 1, resolutionHours: 4, formFields: ['beneficiary'] },
  { key: 'mfa', parent: 'accounts', title: 'Double authentification (MFA)', titleEn: 'Multi-factor authentication (MFA)', team: 'it', icon: 'Permissions', firstResponseHours: 1, resolutionHours: 4, formFields: ['beneficiary'] },

  root('collaboration', 'Messagerie et collaboration', 'Email and collaboration', 'it', 'Mail'),
  { key: 'email', parent: 'collaboration', title: 'Messagerie', titleEn: 'Email', team: 'it', icon: 'Mail', firstResponseHours: 4, resolutionHours: 16, formFields: ['screenshot'] },
  {
    key: 'teams', parent: 'collaboration', title: 'Teams et visio', titleEn: 'Teams and video calls', team: 'it', icon: 'TeamsLogo', firstResponseHours: 4, resolutionHours: 16,
    formFields: ['screenshot', 'location'], community: TEAMS_CHANNEL('Teams et visio', 'c42e7a10visio')
  },

  { ...root('network', 'Réseau et connexion', 'Network and connectivity', 'it', 'Globe'), community: ENGAGE_COMMUNITY('Wi-Fi et réseau', 'eyJfdHlwZSI6Ikdyb3VwIiwiaWQiOiIxMjM0NTYifQ') },
  { key: 'wifi', parent: 'network', title: 'Wi-Fi et réseau (eduroam)', titleEn: 'Wi-Fi and network (eduroam)', team: 'it', icon: 'WifiEthernet', firstResponseHours: 2, resolutionHours: 8, formFields: ['location'], requiredFields: ['location'] },
  { key: 'vpn', parent: 'network', title: 'VPN et accès à distance', titleEn: 'VPN and remote access', team: 'it', icon: 'Lock', firstResponseHours: 4, resolutionHours: 16, formFields: ['screenshot'] },

  { ...root('learning', 'Pédagogie numérique', 'Digital learning', 'elearning', 'Education'), community: TEAMS_CHANNEL('Pédagogie numérique', 'a7f3c2e1pedagogie') },
  {
    key: 'moodle', parent: 'learning', title: 'ENT / Moodle', titleEn: 'ENT / Moodle (learning platform)', team: 'elearning', icon: 'Education', firstResponseHours: 4, resolutionHours: 16,
    formFields: ['course', 'screenshot'], community: TEAMS_CHANNEL('Moodle', 'b81d4f09moodle')
  },
  {
    key: 'exams', parent: 'learning', title: 'Examens en ligne', titleEn: 'Online exams', team: 'elearning', icon: 'Timer',
    // The exam help desk answers within minutes: a student is sitting the exam right now.
    firstResponseHours: 0.25, resolutionHours: 2, formFields: ['course', 'screenshot', 'priority'], requiredFields: ['course', 'screenshot']
  },
  {
    key: 'derogations', parent: 'learning', title: 'Dérogations d\'examen', titleEn: 'Exam derogations', team: 'elearning', icon: 'Permissions',
    // Reopening an attempt or extending a deadline needs the teacher's or a referent's formal approval.
    firstResponseHours: 1, resolutionHours: 8, formFields: ['course', 'screenshot', 'beneficiary'], requiredFields: ['course'], approvalRequired: true,
    approver: 'philippe'
  },

  root('equipment', 'Matériel et salles', 'Equipment and rooms', 'it', 'Devices2'),
  {
    key: 'rooms', parent: 'equipment', title: 'Salles et équipements', titleEn: 'Rooms and equipment', team: 'it', icon: 'Room',
    firstResponseHours: 4, resolutionHours: 24, formFields: ['location', 'equipment', 'incidentType', 'severity', 'priority'],
    requiredFields: ['location', 'equipment', 'incidentType', 'severity']
  },
  { key: 'printing', parent: 'equipment', title: 'Impression', titleEn: 'Printing', team: 'it', icon: 'Print', firstResponseHours: 4, resolutionHours: 16, formFields: ['location', 'equipment'] },
  { key: 'workstation', parent: 'equipment', title: 'Poste de travail', titleEn: 'Computer and laptop', team: 'it', icon: 'System', firstResponseHours: 4, resolutionHours: 24, formFields: ['location', 'equipment', 'severity'] },

  root('software', 'Logiciels', 'Software', 'it', 'Installation'),
  root('website', 'Site web', 'Website', 'technical', 'Website'),
  { ...root('evolutions', 'Demandes d\'évolution', 'Change requests', 'technical', 'Lightbulb'), firstResponseHours: 16, resolutionHours: 160 }
];

/** The resolution targets per priority the demo's owners set: a quarter of the category's for critical, half for high, twice for low. */
const RESOLUTION_BY_PRIORITY: Record<Exclude<TicketPriority, 'normal'>, number> = { critical: 0.25, high: 0.5, low: 2 };

/** The demo categories, parents before children. */
export const CATEGORIES: readonly CategorySeed[] = TREE.map((c, i) => ({
  formFields: [], requiredFields: [], approvalRequired: false, ...c, sortOrder: (i + 1) * 10,
  slaByPriority: c.slaByPriority || {
    critical: { resolutionHours: c.resolutionHours * RESOLUTION_BY_PRIORITY.critical },
    high: { resolutionHours: c.resolutionHours * RESOLUTION_BY_PRIORITY.high },
    low: { resolutionHours: c.resolutionHours * RESOLUTION_BY_PRIORITY.low }
  }
}));

/** Finds a demo category (throws on an unknown key: a data error). */
export function category(key: CategoryKey): CategorySeed {
  const found = CATEGORIES.filter(c => c.key === key)[0];
  if (!found) throw new Error(`Unknown demo category ${key}`);
  return found;
}
