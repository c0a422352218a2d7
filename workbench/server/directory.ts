/**
 * The demo "tenant directory": the people and the groups that exist in the emulated Microsoft 365 tenant
 * (Entra ID). `ensureuser` resolves only these (like SharePoint resolves only accounts of its Entra ID tenant),
 * the host's identity switcher lists the people, and the bootstrap makes them site users.
 *
 * A person's login name is their user principal name (UPN), which may differ from their e-mail address:
 * SharePoint's claim is `i:0#.f|membership|<UPN>`, and its user profiles are keyed by that claim.
 */
export interface DirectoryPerson {
  email: string;
  displayName: string;
  language: 'fr-FR' | 'en-US';
  /** What the person does in the help-desk scenarios (used by the identity switcher and seeds). */
  role: string;
  /** User principal name (sign-in name) when it differs from the e-mail address. */
  upn?: string;
  /** Job title (Entra ID `jobTitle`, synchronised to the user profile's `SPS-JobTitle` and `Title`). */
  jobTitle?: string;
  /** Department (Entra ID `department`, the user profile's `Department`). */
  department?: string;
  /**
   * The bootstrap adds every person to the site's Members group, except those who reach the site only
   * through a group of the directory (an Entra ID security group or the site's Microsoft 365 group).
   */
  throughGroupsOnly?: boolean;
}

export const DEMO_DOMAIN = 'univ-exemple.fr';

/**
 * The account the server-side mailer flow runs as (the owner of its SharePoint and Outlook connections): a site
 * owner (through the site's Microsoft 365 group, as docs/server-side-mail.md asks), with Send As on the help desk's
 * shared mailbox (./mailboxes.ts).
 */
export const MAIL_FLOW_ACCOUNT = `courriel.centre-aide@${DEMO_DOMAIN}`;

export const DEMO_PEOPLE: DirectoryPerson[] = [
  { email: `owner@${DEMO_DOMAIN}`, displayName: 'Claire Martin', language: 'fr-FR', jobTitle: "Responsable du centre d'aide", department: 'Direction du numérique', role: 'site owner' },
  { email: `lea.dubois@${DEMO_DOMAIN}`, displayName: 'Léa Dubois', language: 'fr-FR', jobTitle: 'Étudiante en licence de psychologie', department: 'UFR Sciences humaines', role: 'student requester' },
  { email: `tom.baker@${DEMO_DOMAIN}`, displayName: 'Tom Baker', language: 'en-US', jobTitle: 'Étudiant en échange (Erasmus)', department: 'UFR Langues', role: 'student requester' },
  { email: `jean.moreau@${DEMO_DOMAIN}`, displayName: 'Prof. Jean Moreau', language: 'fr-FR', jobTitle: 'Professeur des universités, histoire contemporaine', department: 'UFR Sciences humaines', role: 'teacher' },
  { email: `sophie.bernard@${DEMO_DOMAIN}`, displayName: 'Sophie Bernard', language: 'fr-FR', jobTitle: 'Maîtresse de conférences en biologie', department: 'UFR Sciences et techniques', role: 'teacher' },
  { email: `karim.haddad@${DEMO_DOMAIN}`, displayName: 'Karim Haddad', language: 'fr-FR', jobTitle: 'Technicien support informatique', department: 'Direction du numérique', role: 'L1 agent (IT)' },
  { email: `julie.petit@${DEMO_DOMAIN}`, displayName: 'Julie Petit', language: 'fr-FR', jobTitle: 'Ingénieure pédagogique', department: "Service d'appui à la pédagogie numérique", role: 'L1 agent (e-learning)' },
  { email: `marc.lefebvre@${DEMO_DOMAIN}`, displayName: 'Marc Lefebvre', language: 'fr-FR', jobTitle: 'Administrateur systèmes et réseaux', department: 'Direction du numérique', role: 'L2 agent (IT, through the Entra ID group "Support informatique N2")' },
  { email: `nadia.rousseau@${DEMO_DOMAIN}`, displayName: 'Nadia Rousseau', language: 'fr-FR', jobTitle: 'Chargée de documentation numérique', department: 'Bibliothèque universitaire', role: 'contributor' },
  { email: `emily.clarke@${DEMO_DOMAIN}`, upn: `eclarke@${DEMO_DOMAIN}`, displayName: 'Emily Clarke', language: 'en-US', jobTitle: "Chargée d'accueil international", department: 'Relations internationales', role: 'staff (international office)' },
  { email: `philippe.garnier@${DEMO_DOMAIN}`, displayName: 'Philippe Garnier', language: 'fr-FR', jobTitle: 'Référent e-learning', department: "Service d'appui à la pédagogie numérique", role: 'referent / manager' },
  { email: `helene.faure@${DEMO_DOMAIN}`, displayName: 'Hélène Faure', language: 'fr-FR', jobTitle: 'Cheffe du service aux usagers', department: 'Direction du numérique', role: 'manager (reads the reports)' },
  { email: `antoine.lambert@${DEMO_DOMAIN}`, displayName: 'Antoine Lambert', language: 'fr-FR', jobTitle: 'Directeur adjoint du numérique', department: 'Direction du numérique', role: 'site owner (through the Microsoft 365 group)', throughGroupsOnly: true },
  { email: MAIL_FLOW_ACCOUNT, displayName: 'Courriel du centre d\'aide', language: 'fr-FR', role: 'service account of the server-side mailer flow (Power Automate)', throughGroupsOnly: true },
];

/** The person an anonymous request acts as: a developer on their own tenant is its owner. */
export const SITE_OWNER_EMAIL = DEMO_PEOPLE[0].email;

export const CLAIMS_PREFIX = 'i:0#.f|membership|';
/** Claim of an Entra ID security group: `c:0t.c|tenant|<object id>`. */
export const SECURITY_GROUP_CLAIM_PREFIX = 'c:0t.c|tenant|';
/** Claim of a Microsoft 365 group's members: `c:0o.c|federateddirectoryclaimprovider|<group id>` (owners: `<group id>_o`). */
export const M365_GROUP_CLAIM_PREFIX = 'c:0o.c|federateddirectoryclaimprovider|';

/** An Entra ID group of the tenant: a security group, or a Microsoft 365 group (members and owners). */
export interface DirectoryGroup {
  /** Object id (GUID). */
  id: string;
  displayName: string;
  kind: 'security' | 'm365';
  /** Members' e-mail addresses. */
  members: string[];
  /** Owners' e-mail addresses (Microsoft 365 groups). */
  owners?: string[];
  /** The Microsoft 365 group the site is connected to (its owners are site admins and Owners, its members Members). */
  connectedToSite?: boolean;
}

export const DEMO_GROUPS: DirectoryGroup[] = [
  {
    id: '5d2f8a91-3c4e-4b7a-9e1f-2a6b8c0d4e17', displayName: 'Support informatique N2', kind: 'security',
    members: [`marc.lefebvre@${DEMO_DOMAIN}`],
  },
  {
    id: 'b7e3c1d4-8f2a-4e6b-a9c0-1d3e5f7a9b2c', displayName: "Centre d'aide", kind: 'm365', connectedToSite: true,
    owners: [`owner@${DEMO_DOMAIN}`, `antoine.lambert@${DEMO_DOMAIN}`, MAIL_FLOW_ACCOUNT],
    members: [`owner@${DEMO_DOMAIN}`],
  },
];

/** The person's user principal name (their sign-in name). */
export function upnOf(person: DirectoryPerson): string {
  return person.upn ?? person.email;
}

/** A person by e-mail address or UPN (case-insensitive). */
export function personByAddress(address: string): DirectoryPerson | undefined {
  const a = address.trim().toLowerCase();
  return DEMO_PEOPLE.find((p) => p.email.toLowerCase() === a || upnOf(p).toLowerCase() === a);
}

/**
 * The claims login name (`i:0#.f|membership|<UPN>`) of a person named by e-mail address or UPN. A name
 * the directory does not know keeps the shape it was given (ensureuser then refuses it).
 */
export function loginNameOf(address: string): string {
  const person = personByAddress(address);
  return `${CLAIMS_PREFIX}${person ? upnOf(person) : address}`;
}

/**
 * Resolves a logon name the way ensureuser accepts it: the claims login (whose value must be the UPN), the
 * UPN or the e-mail address, case-insensitive. An e-mail-shaped claim of someone whose UPN differs is not
 * their login name and resolves to nobody.
 */
export function findPerson(logonName: string): DirectoryPerson | undefined {
  const raw = logonName.trim().toLowerCase();
  if (raw.startsWith(CLAIMS_PREFIX)) {
    const value = raw.slice(CLAIMS_PREFIX.length);
    return DEMO_PEOPLE.find((p) => upnOf(p).toLowerCase() === value);
  }
  if (raw.includes('|')) return undefined;
  return personByAddress(raw);
}

/** A group claim of the directory: the group, and whether the claim names a Microsoft 365 group's owners. */
export interface GroupClaim {
  group: DirectoryGroup;
  owners: boolean;
  loginName: string;
  title: string;
}

/** The claims SharePoint gives a group: one for a security group, members and owners (`_o`) for a Microsoft 365 group. */
export function claimsOf(group: DirectoryGroup): GroupClaim[] {
  if (group.kind === 'security') {
    return [{ group, owners: false, loginName: `${SECURITY_GROUP_CLAIM_PREFIX}${group.id}`, title: group.displayName }];
  }
  return [
    { group, owners: false, loginName: `${M365_GROUP_CLAIM_PREFIX}${group.id}`, title: `${group.displayName} Members` },
    { group, owners: true, loginName: `${M365_GROUP_CLAIM_PREFIX}${group.id}_o`, title: `${group.displayName} Owners` },
  ];
}

/** Resolves a group claim login name (case-insensitive); ensureuser accepts group claims only in this form. */
export function findGroupClaim(logonName: string): GroupClaim | undefined {
  const raw = logonName.trim().toLowerCase();
  for (const g of DEMO_GROUPS) {
    for (const c of claimsOf(g)) if (c.loginName.toLowerCase() === raw) return c;
  }
  return undefined;
}

/** True for a login name that names a directory group (security group or Microsoft 365 group claim). */
export function isGroupClaim(loginName: string): boolean {
  const raw = loginName.toLowerCase();
  return raw.startsWith(SECURITY_GROUP_CLAIM_PREFIX) || raw.startsWith(M365_GROUP_CLAIM_PREFIX);
}

/** The group claims a person holds: their security groups, and their Microsoft 365 groups' members or owners claims. */
export function groupClaimsOfPerson(email: string): string[] {
  const e = email.toLowerCase();
  const out: string[] = [];
  for (const g of DEMO_GROUPS) {
    for (const c of claimsOf(g)) {
      const list = c.owners ? g.owners ?? [] : g.members;
      if (list.some((m) => m.toLowerCase() === e)) out.push(c.loginName);
    }
  }
  return out;
}

/** The Microsoft 365 group the demo site is connected to. */
export function siteGroup(): DirectoryGroup | undefined {
  return DEMO_GROUPS.find((g) => g.connectedToSite);
}
