import type { PersonOption } from '../../data/intake/IntakeService';
import type { NamedPerson } from '../../data/intake/TicketFormServices';

/** The site user SharePoint's ensureUser gave for a person the people picker found. */
export interface SiteUser { id: number; email: string; displayName: string }

/**
 * A person the people picker found, as its selection holds them once they are a user of the site: the site user's
 * id, and their address and name (the search's where the site user has none). Types only: no picker code comes with it.
 */
export function namedPerson(p: PersonOption, u: SiteUser): NamedPerson {
  return { ...p, email: u.email || p.email, displayName: u.displayName || p.displayName, siteUserId: u.id };
}
