/**
 * The experts directory's search, filters, order and top contributors (pure). An expert here is a listed person
 * (their own entry, with their consent) and, when the desk computed one, their proven record.
 */
import type { ExpertAvailability, Language } from '../vocabulary';
import { foldText } from '../text/normalize';
import type { ExpertiseCounts, ExpertiseRecord } from './record';
import { PERIOD_MONTHS, scoreFor, totalsOver, WEIGHTS, type ContributionPeriod } from './score';

/** A person of the directory, as the domain needs them. */
export interface DirectoryExpert {
  /** Site user id (HCPerson). */
  personId: number;
  name: string;
  email: string;
  skills: string[];
  categoryIds: number[];
  languages: Language[];
  availability: ExpertAvailability;
  bio?: string;
  /** The proven record (only for a listed person; undefined before the desk computed it). */
  record?: ExpertiseRecord;
}

/** What the person searches and filters on. */
export interface ExpertsFilter {
  /** Words to find in names and skills (accent- and case-insensitive; every word must match). */
  text?: string;
  /** The category chosen with its descendants (categoryWithDescendants); an expert of a subcategory matches. */
  categoryScope?: readonly number[];
  language?: Language;
  availability?: ExpertAvailability;
}

/** Points a declared category adds to the relevance (about five requests solved this month). */
export const DECLARED_POINTS = 5;

function words(text: string | undefined): string[] {
  return foldText(text || '').split(/[\s,;]+/).filter(Boolean);
}

/** Whether the person matches the search words (in their name, skills or bio) and the filters. */
export function matchesFilter(e: DirectoryExpert, f: ExpertsFilter): boolean {
  const wanted = words(f.text);
  if (wanted.length) {
    const hay = foldText([e.name, e.email.split('@')[0], e.skills.join(' '), e.bio || ''].join(' '));
    if (!wanted.every(w => hay.indexOf(w) >= 0)) return false;
  }
  if (f.categoryScope && f.categoryScope.length) {
    const scope = f.categoryScope;
    const declared = e.categoryIds.some(id => scope.indexOf(id) >= 0);
    // Declared there, or proven there (a listed person who solves Moodle requests is a Moodle expert).
    if (!declared && !hasRecordIn(e.record, scope)) return false;
  }
  if (f.language && e.languages.indexOf(f.language) < 0) return false;
  if (f.availability && e.availability !== f.availability) return false;
  return true;
}

function hasRecordIn(record: ExpertiseRecord | undefined, scope: readonly number[]): boolean {
  return !!record && Object.keys(record).some(c => scope.indexOf(Number(c)) >= 0 && Object.keys(record[c]).length > 0);
}

/** Relevance to a category scope: declared there ({@link DECLARED_POINTS}) plus the proven score there. */
export function relevance(e: DirectoryExpert, scope: readonly number[] | undefined, now: Date): number {
  const declared = scope && e.categoryIds.some(id => scope.indexOf(id) >= 0) ? DECLARED_POINTS : 0;
  return declared + scoreFor(e.record, scope, now);
}

function byName(a: DirectoryExpert, b: DirectoryExpert): number {
  return a.name.localeCompare(b.name, 'fr', { sensitivity: 'base' }) || a.personId - b.personId;
}

/** The order of the directory: by relevance to the category scope (all categories without one), or by name. */
export function sortExperts<T extends DirectoryExpert>(experts: readonly T[], by: 'relevance' | 'name', scope: readonly number[] | undefined, now: Date): T[] {
  if (by === 'name') return experts.slice().sort(byName);
  const score = new Map(experts.map(e => [e.personId, relevance(e, scope, now)] as [number, number]));
  return experts.slice().sort((a, b) => (score.get(b.personId) || 0) - (score.get(a.personId) || 0) || byName(a, b));
}

/** The directory as shown: filtered, then ordered. */
export function searchExperts<T extends DirectoryExpert>(experts: readonly T[], f: ExpertsFilter, by: 'relevance' | 'name', now: Date): T[] {
  return sortExperts(experts.filter(e => matchesFilter(e, f)), by, f.categoryScope && f.categoryScope.length ? f.categoryScope : undefined, now);
}

/** One of the top contributors of a period. */
export interface Contributor<T extends DirectoryExpert = DirectoryExpert> {
  expert: T;
  counts: ExpertiseCounts;
  /** Points of the period (unweighted by recency: the period is the window). */
  points: number;
}

/** The people who did the most in the period (this month, this term, this year), in some categories or all. */
export function topContributors<T extends DirectoryExpert>(experts: readonly T[], period: ContributionPeriod, now: Date, limit: number = 5,
  scope?: readonly number[]): Contributor<T>[] {
  return experts.map(expert => {
    const counts = totalsOver(expert.record, scope, PERIOD_MONTHS[period], now);
    const points = counts.resolved * WEIGHTS.resolved + counts.written * WEIGHTS.written + counts.reviewed * WEIGHTS.reviewed + counts.helpful * WEIGHTS.helpful;
    return { expert, counts, points: Math.round(points * 1000) / 1000 };
  }).filter(c => c.points > 0)
    .sort((a, b) => b.points - a.points || byName(a.expert, b.expert)).slice(0, limit);
}
