/**
 * The demo "tenant directory": the people who exist in the emulated Microsoft 365 tenant. `ensureuser`
 * resolves only these (like SharePoint resolves only accounts of its Entra ID tenant), the host's
 * identity switcher lists them, and the bootstrap makes them site users.
 */
export interface DirectoryPerson {
  email: string;
  displayName: string;
  language: 'fr-FR' | 'en-US';
  /** What the person does in the help-desk scenarios (used by the identity switcher and seeds). */
  role: string;
}

export const DEMO_DOMAIN = 'univ-exemple.fr';

export const DEMO_PEOPLE: DirectoryPerson[] = [
  { email: `owner@${DEMO_DOMAIN}`, displayName: 'Claire Martin', language: 'fr-FR', role: 'site owner' },
  { email: `lea.dubois@${DEMO_DOMAIN}`, displayName: 'Léa Dubois', language: 'fr-FR', role: 'student requester' },
  { email: `tom.baker@${DEMO_DOMAIN}`, displayName: 'Tom Baker', language: 'en-US', role: 'student requester' },
  { email: `jean.moreau@${DEMO_DOMAIN}`, displayName: 'Prof. Jean Moreau', language: 'fr-FR', role: 'teacher' },
  { email: `sophie.bernard@${DEMO_DOMAIN}`, displayName: 'Sophie Bernard', language: 'fr-FR', role: 'teacher' },
  { email: `karim.haddad@${DEMO_DOMAIN}`, displayName: 'Karim Haddad', language: 'fr-FR', role: 'L1 agent (IT)' },
  { email: `julie.petit@${DEMO_DOMAIN}`, displayName: 'Julie Petit', language: 'fr-FR', role: 'L1 agent (e-learning)' },
  { email: `marc.lefebvre@${DEMO_DOMAIN}`, displayName: 'Marc Lefebvre', language: 'fr-FR', role: 'L2 agent (IT)' },
  { email: `nadia.rousseau@${DEMO_DOMAIN}`, displayName: 'Nadia Rousseau', language: 'fr-FR', role: 'contributor' },
  { email: `emily.clarke@${DEMO_DOMAIN}`, displayName: 'Emily Clarke', language: 'en-US', role: 'staff (international office)' },
  { email: `philippe.garnier@${DEMO_DOMAIN}`, displayName: 'Philippe Garnier', language: 'fr-FR', role: 'referent / manager' },
];

/** The person an anonymous request acts as: a developer on their own tenant is its owner. */
export const SITE_OWNER_EMAIL = DEMO_PEOPLE[0].email;

export const CLAIMS_PREFIX = 'i:0#.f|membership|';

export function loginNameOf(email: string): string {
  return `${CLAIMS_PREFIX}${email}`;
}

/** Resolves a logon name the way ensureuser accepts it: claims login, UPN or e-mail, case-insensitive. */
export function findPerson(logonName: string): DirectoryPerson | undefined {
  const bare = logonName.trim().toLowerCase().replace(/^i:0#\.f\|membership\|/, '');
  return DEMO_PEOPLE.find((p) => p.email.toLowerCase() === bare);
}
