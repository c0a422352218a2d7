/**
 * Who plays which part in the demo, taken from the emulated tenant directory (DEMO_PEOPLE). Looking each
 * person up by e-mail makes a directory change fail loudly here instead of producing tickets for nobody.
 */
import { DEMO_PEOPLE } from '../../server/directory';
import { Language } from '../../../src/domain/vocabulary';

function person(localPart: string): string {
  const found = DEMO_PEOPLE.filter(p => p.email.split('@')[0] === localPart)[0];
  if (!found) throw new Error(`The demo directory has no ${localPart}`);
  return found.email;
}

/** The demo cast, by part. */
export const CAST = {
  /** Site owner: provisions, writes reference data and settings. */
  owner: person('owner'),
  /** French student. */
  lea: person('lea.dubois'),
  /** English-speaking exchange student. */
  tom: person('tom.baker'),
  /** Teacher (professor watching exam tickets). */
  jean: person('jean.moreau'),
  /** Teacher. */
  sophie: person('sophie.bernard'),
  /** First-line IT agent. */
  karim: person('karim.haddad'),
  /** First-line e-learning agent. */
  julie: person('julie.petit'),
  /** Second-line technical agent, also the contact of vendors (third line). */
  marc: person('marc.lefebvre'),
  /** Knowledge-base contributor. */
  nadia: person('nadia.rousseau'),
  /** International office staff (English). */
  emily: person('emily.clarke'),
  /** E-learning referent and help-desk manager: approves derogations. */
  philippe: person('philippe.garnier'),
  /** Head of user services: reads the reports (managers group, read only), in no other group. */
  helene: person('helene.faure')
} as const;

/** A member of the cast. */
export type CastKey = keyof typeof CAST;

/**
 * Direct members of the support group (agents see every ticket). Marc is an agent too, but only through the
 * Entra ID security group "Support informatique N2", which is itself a member of the support group.
 */
export const SUPPORT_MEMBERS: readonly CastKey[] = ['karim', 'julie', 'philippe'];
/** Entra ID security groups of the demo directory put in the support group (by display name). */
export const SUPPORT_DIRECTORY_GROUPS: readonly string[] = ['Support informatique N2'];
/** Members of the contributors group (write articles). */
export const CONTRIBUTOR_MEMBERS: readonly CastKey[] = ['nadia', 'julie', 'marc'];
/**
 * Members of the reviewers group (issue 14): they publish the articles, which only they and the owners may write
 * (two of them, so that nobody publishes their own article).
 */
export const REVIEWER_MEMBERS: readonly CastKey[] = ['julie', 'philippe'];

/** Members of the referents group (seed 004): they keep the rooms, equipment and services list. */
export const REFERENT_MEMBERS: readonly CastKey[] = ['philippe'];

/** Members of the managers group (seeds 002/004, issue 17): they read the reports, and nothing of the desk's. */
export const MANAGER_MEMBERS: readonly CastKey[] = ['helene'];

/** Who published an article in the demo: a reviewer other than its owner. */
export function publisherOf(owner: CastKey): CastKey {
  return REVIEWER_MEMBERS.filter(r => r !== owner)[0];
}

/** What a requester is, which decides the templates they use. */
export type Audience = 'student' | 'teacher' | 'staff';

/** A person who files tickets, how often, and in which language. */
export interface RequesterProfile {
  /** Cast member. */
  who: CastKey;
  /** Student, teacher or staff. */
  audience: Audience;
  /** Language they write in (from their directory profile). */
  language: Language;
  /** Relative share of the tickets. */
  weight: number;
}

function languageOf(email: string): Language {
  const found = DEMO_PEOPLE.filter(p => p.email === email)[0];
  return found && found.language === 'en-US' ? 'en' : 'fr';
}

/** The requesters of the generated tickets. */
export const REQUESTERS: readonly RequesterProfile[] = [
  { who: 'lea', audience: 'student', language: languageOf(CAST.lea), weight: 30 },
  { who: 'tom', audience: 'student', language: languageOf(CAST.tom), weight: 12 },
  { who: 'jean', audience: 'teacher', language: languageOf(CAST.jean), weight: 18 },
  { who: 'sophie', audience: 'teacher', language: languageOf(CAST.sophie), weight: 18 },
  { who: 'emily', audience: 'staff', language: languageOf(CAST.emily), weight: 10 },
  { who: 'nadia', audience: 'staff', language: languageOf(CAST.nadia), weight: 6 },
  { who: 'philippe', audience: 'staff', language: languageOf(CAST.philippe), weight: 6 }
];
