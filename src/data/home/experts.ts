import type { SPFI } from '@pnp/sp';
import { readDirectory } from '../experts/directoryRead';
import type { ExpertAvailability } from '../../domain/vocabulary';

/** An expert as the home lists them. */
export interface HomeExpert {
  name: string;
  email: string;
  skills: string[];
  availability: ExpertAvailability;
  categoryIds: number[];
}

const AVAILABILITY_ORDER: ExpertAvailability[] = ['available', 'busy', 'away'];

/**
 * A few listed experts (the directory's reader: only entries their person wrote and listed), available ones first,
 * then by name.
 */
export async function readHomeExperts(sp: SPFI, limit: number): Promise<HomeExpert[]> {
  const directory = await readDirectory(sp);
  return directory.experts.slice()
    .sort((a, b) => AVAILABILITY_ORDER.indexOf(a.availability) - AVAILABILITY_ORDER.indexOf(b.availability) || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(e => ({ name: e.name, email: e.email, skills: e.skills.slice(0, 4), availability: e.availability, categoryIds: e.categoryIds }));
}
