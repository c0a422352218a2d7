/**
 * Support teams of the demo university: two first-line teams behind one entry point (IT and e-learning,
 * as in the exam help desk), a second-line technical team and a third line of vendors and experts.
 * Business hours are the JSON calendar stored in HelpTeams.HCBusinessHours and HelpSettings.
 */
import { SupportLevel } from '../../../src/domain/vocabulary';
import { CastKey } from './people';

/** Opening hours of one day, local time "HH:mm". */
export interface OpeningSlot { start: string; end: string }
/** Opening hours per weekday (an empty list = closed). */
export interface WeeklyHours { mon: OpeningSlot[]; tue: OpeningSlot[]; wed: OpeningSlot[]; thu: OpeningSlot[]; fri: OpeningSlot[]; sat: OpeningSlot[]; sun: OpeningSlot[] }
/** A period with other hours (exam sessions), inclusive dates "YYYY-MM-DD". */
export interface SpecialPeriod { key: string; label: { fr: string; en: string }; start: string; end: string; weekly: WeeklyHours }
/** A public holiday. */
export interface Holiday { date: string; label: { fr: string; en: string } }
/** The calendar an SLA clock runs on. */
export interface BusinessHoursCalendar { timeZone: string; weekly: WeeklyHours; periods: SpecialPeriod[]; holidays: Holiday[] }

function week(start: string, end: string, days: (keyof WeeklyHours)[]): WeeklyHours {
  const all: (keyof WeeklyHours)[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const out = {} as WeeklyHours;
  for (const d of all) out[d] = days.indexOf(d) >= 0 ? [{ start, end }] : [];
  return out;
}

const WEEKDAYS: (keyof WeeklyHours)[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const WEEKDAYS_AND_SATURDAY: (keyof WeeklyHours)[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Monday to Friday, 8:00–18:00: the help desk's ordinary hours. */
export const OFFICE_HOURS: WeeklyHours = week('08:00', '18:00', WEEKDAYS);
/** Monday to Saturday, 7:30–19:30: the extended hours of exam sessions. */
export const EXAM_HOURS: WeeklyHours = week('07:30', '19:30', WEEKDAYS_AND_SATURDAY);

/** Exam sessions of the academic years 2025–2026 and 2026–2027. */
export const EXAM_PERIODS: SpecialPeriod[] = [
  { key: 'exams-2026-01', label: { fr: 'Session d\'examens de janvier 2026', en: 'January 2026 exam session' }, start: '2026-01-05', end: '2026-01-24', weekly: EXAM_HOURS },
  { key: 'exams-2026-06', label: { fr: 'Session d\'examens de juin 2026', en: 'June 2026 exam session' }, start: '2026-05-26', end: '2026-06-20', weekly: EXAM_HOURS },
  { key: 'exams-2026-08', label: { fr: 'Seconde session (rattrapages) 2026', en: '2026 resit session' }, start: '2026-08-24', end: '2026-09-05', weekly: EXAM_HOURS },
  { key: 'exams-2027-01', label: { fr: 'Session d\'examens de janvier 2027', en: 'January 2027 exam session' }, start: '2027-01-04', end: '2027-01-23', weekly: EXAM_HOURS },
  { key: 'exams-2027-06', label: { fr: 'Session d\'examens de juin 2027', en: 'June 2027 exam session' }, start: '2027-05-25', end: '2027-06-19', weekly: EXAM_HOURS }
];

function holidays(year: number, easterMonday: string, ascension: string, whitMonday: string): Holiday[] {
  return [
    { date: `${year}-01-01`, label: { fr: 'Jour de l\'an', en: 'New Year\'s Day' } },
    { date: easterMonday, label: { fr: 'Lundi de Pâques', en: 'Easter Monday' } },
    { date: `${year}-05-01`, label: { fr: 'Fête du Travail', en: 'Labour Day' } },
    { date: `${year}-05-08`, label: { fr: 'Victoire 1945', en: 'Victory in Europe Day' } },
    { date: ascension, label: { fr: 'Ascension', en: 'Ascension Day' } },
    { date: whitMonday, label: { fr: 'Lundi de Pentecôte', en: 'Whit Monday' } },
    { date: `${year}-07-14`, label: { fr: 'Fête nationale', en: 'Bastille Day' } },
    { date: `${year}-08-15`, label: { fr: 'Assomption', en: 'Assumption Day' } },
    { date: `${year}-11-01`, label: { fr: 'Toussaint', en: 'All Saints\' Day' } },
    { date: `${year}-11-11`, label: { fr: 'Armistice 1918', en: 'Armistice Day' } },
    { date: `${year}-12-25`, label: { fr: 'Noël', en: 'Christmas Day' } }
  ];
}

/** French public holidays of 2025, 2026 and 2027 (the seeded six months straddle years). */
export const FRENCH_HOLIDAYS: Holiday[] = [
  ...holidays(2025, '2025-04-21', '2025-05-29', '2025-06-09'),
  ...holidays(2026, '2026-04-06', '2026-05-14', '2026-05-25'),
  ...holidays(2027, '2027-03-29', '2027-05-06', '2027-05-17')
];

/** The default calendar: office hours, extended during exam sessions, closed on public holidays. */
export const DEFAULT_CALENDAR: BusinessHoursCalendar = {
  timeZone: 'Europe/Paris', weekly: OFFICE_HOURS, periods: EXAM_PERIODS, holidays: FRENCH_HOLIDAYS
};

/** Key of a demo team. */
export type TeamKey = 'it' | 'elearning' | 'technical' | 'experts';

/** One support team. */
export interface TeamSeed {
  key: TeamKey;
  /** French name. */
  title: string;
  /** English name. */
  titleEn: string;
  level: SupportLevel;
  members: CastKey[];
  queueEmail: string;
  calendar: BusinessHoursCalendar;
}

/** The demo teams, first line first. */
export const TEAMS: readonly TeamSeed[] = [
  {
    key: 'it', title: 'Support informatique (N1)', titleEn: 'IT support (L1)', level: 'L1', members: ['karim', 'philippe'],
    queueEmail: 'service.informatique@univ-exemple.fr', calendar: DEFAULT_CALENDAR
  },
  {
    key: 'elearning', title: 'Support pédagogique / e-learning (N1)', titleEn: 'Learning support / e-learning (L1)', level: 'L1',
    members: ['julie', 'philippe'], queueEmail: 'elearning@univ-exemple.fr', calendar: DEFAULT_CALENDAR
  },
  {
    key: 'technical', title: 'Équipe technique (N2)', titleEn: 'Technical team (L2)', level: 'L2', members: ['marc'],
    queueEmail: 'equipe.technique@univ-exemple.fr',
    // The technical team keeps office hours during exam sessions: the first line filters, it is on call.
    calendar: { timeZone: 'Europe/Paris', weekly: OFFICE_HOURS, periods: [], holidays: FRENCH_HOLIDAYS }
  },
  {
    key: 'experts', title: 'Éditeurs & experts (N3)', titleEn: 'Vendors & experts (L3)', level: 'L3', members: ['marc'],
    queueEmail: 'experts.n3@univ-exemple.fr',
    calendar: { timeZone: 'Europe/Paris', weekly: week('09:00', '17:30', WEEKDAYS), periods: [], holidays: FRENCH_HOLIDAYS }
  }
];
