import { GroupDefinition, RoleDefinitionSpec } from './types';

/**
 * Groups the help center creates. Owners/members/visitors are the site's associated groups and are
 * found, not created.
 */
export const HELP_CENTER_GROUPS: readonly GroupDefinition[] = [
  { key: 'support', title: 'Support du centre d\'aide', description: { fr: 'Agents du support (niveaux 1 à 3) : voient toutes les demandes', en: 'Support agents (levels 1 to 3): see every ticket' } },
  { key: 'contributors', title: 'Contributeurs du centre d\'aide', description: { fr: 'Rédigent les articles (brouillons) et les proposent à la relecture', en: 'Write articles (drafts) and send them to review' } },
  // The only people besides the owners who write what readers read (KnowledgeArticles): SharePoint secures items,
  // not columns, so whoever may edit a published article may publish; contributors write drafts instead.
  { key: 'reviewers', title: 'Relecteurs du centre d\'aide', description: { fr: 'Relisent et publient les articles', en: 'Review and publish articles' } },
  // Seed 004: the referents keep the rooms and equipment list. HelpLocations holds no desk truth (a ticket's place is the
  // requester's claim anyway), so Contribute on that one list is all they get.
  { key: 'referents', title: 'Référents lieux et équipements du centre d\'aide', description: { fr: 'Tiennent à jour les salles, équipements et services', en: 'Keep the rooms, equipment and services up to date' } },
  // Seeds 002/004: management reads the reports. Read only: the supportReader level on exactly the lists the reports
  // read (HelpTicketStates, SearchEvents, the reopen claims) and Read on the reference lists; nothing of the desk's is
  // writable, and HelpTickets (the requesters' own words) stays closed (a manager is not an agent).
  { key: 'managers', title: 'Responsables du centre d\'aide', description: { fr: 'Lisent les rapports du support (lecture seule)', en: 'Read the support reports (read only)' } }
];

/** Contribute (SharePoint's built-in level) as a BasePermissions mask. */
export const CONTRIBUTE_PERMISSIONS = { High: 432, Low: 1011028719 };

/** "Override List Behaviors" (SPBasePermissions.CancelCheckout, 0x100): bypasses ReadSecurity/WriteSecurity. */
export const OVERRIDE_LIST_BEHAVIORS_LOW = 0x100;

/**
 * The permission level agents get: Contribute plus Override List Behaviors, so they read and update
 * every ticket while requesters only see their own (ReadSecurity=2, WriteSecurity=2).
 */
export const SUPPORT_AGENT_ROLE: RoleDefinitionSpec = {
  key: 'supportAgent',
  name: 'Agent du centre d\'aide',
  description: 'Collaboration + remplacer le comportement des listes : voit et traite toutes les demandes.',
  basePermissions: { High: CONTRIBUTE_PERMISSIONS.High, Low: CONTRIBUTE_PERMISSIONS.Low + OVERRIDE_LIST_BEHAVIORS_LOW }
};

/** EditListItems (0x4), DeleteListItems (0x8) and DeleteVersions (0x80) in the Low half of a mask. */
const EDIT_AND_DELETE_LOW = 0x4 | 0x8 | 0x80;

/**
 * "Add only": Contribute without editing or deleting items. Where people record something that others act on
 * (an approver's decision), this keeps them from changing it afterwards — and from rewriting Author/Editor
 * through ValidateUpdateListItem, which needs edit rights on the item.
 */
export const ADD_ONLY_ROLE: RoleDefinitionSpec = {
  key: 'addOnly',
  name: 'Ajout seul (centre d\'aide)',
  description: 'Collaboration sans modifier ni supprimer : ajoute ses éléments, ne peut plus les changer.',
  basePermissions: { High: CONTRIBUTE_PERMISSIONS.High, Low: CONTRIBUTE_PERMISSIONS.Low & ~EDIT_AND_DELETE_LOW }
};

/** DeleteListItems (0x8) and DeleteVersions (0x80) in the Low half of a mask. */
const DELETE_LOW = 0x8 | 0x80;

/**
 * "Requester": Contribute without Delete Items and Delete Versions. A person adds items, edits and attaches to
 * their own (answers, attachments, the form's follow-ups), but can neither delete a ticket nor erase the version
 * history the desk reads — over plain REST as much as on the page. Dropping both keeps SharePoint's permission
 * dependencies satisfied: nothing depends on Delete Items or Delete Versions.
 */
export const REQUESTER_ROLE: RoleDefinitionSpec = {
  key: 'requester',
  name: 'Demandeur (centre d\'aide)',
  description: 'Collaboration sans supprimer : ajoute et modifie ses éléments, ne peut ni les supprimer ni effacer leurs versions.',
  basePermissions: { High: CONTRIBUTE_PERMISSIONS.High, Low: CONTRIBUTE_PERMISSIONS.Low & ~DELETE_LOW }
};

/** Read (SharePoint's built-in level) as a BasePermissions mask. */
export const READ_PERMISSIONS = { High: 176, Low: 138612833 };

/**
 * "Agent, read only": Read plus Override List Behaviors. Agents read every approver's decision but edit none
 * (as members they may add their own, add-only), so a decision's Author (the approver) cannot be rewritten by
 * the desk either — only site owners, who control the permissions anyway, have edit rights on those items.
 */
export const SUPPORT_READER_ROLE: RoleDefinitionSpec = {
  key: 'supportReader',
  name: 'Agent en lecture (centre d\'aide)',
  description: 'Lecture + remplacer le comportement des listes : voit tous les éléments, sans en ajouter ni en modifier.',
  basePermissions: { High: READ_PERMISSIONS.High, Low: READ_PERMISSIONS.Low | OVERRIDE_LIST_BEHAVIORS_LOW }
};

/** EnumeratePermissions (permission kind 63) in the High half of a mask. */
const ENUMERATE_PERMISSIONS_HIGH = 0x40000000;

/**
 * "Agent, subscriptions": the agent level plus Enumerate Permissions, given to the support group on ReportSubscriptions
 * only. The agent whose desk queues the monthly summary asks SharePoint whether each subscriber may still write there
 * (`getUserEffectivePermissions`, which needs Enumerate Permissions on the list): that list's grants are the reports'
 * audience (owners, agents, managers), and SharePoint resolves the person's groups — directory groups included.
 */
export const SUBSCRIPTION_KEEPER_ROLE: RoleDefinitionSpec = {
  key: 'subscriptionKeeper',
  name: 'Agent, abonnements (centre d\'aide)',
  description: 'Agent du centre d\'aide + énumérer les autorisations : vérifie que chaque abonné lit encore les rapports.',
  basePermissions: { High: SUPPORT_AGENT_ROLE.basePermissions.High | ENUMERATE_PERMISSIONS_HIGH, Low: SUPPORT_AGENT_ROLE.basePermissions.Low }
};

/** The permission levels the set-up creates. */
export const HELP_CENTER_ROLES: readonly RoleDefinitionSpec[] = [SUPPORT_AGENT_ROLE, ADD_ONLY_ROLE, SUPPORT_READER_ROLE, REQUESTER_ROLE, SUBSCRIPTION_KEEPER_ROLE];

/** Built-in SharePoint role definition ids (RoleTypeKind is not enough: ids are what addroleassignment takes). */
export const BUILT_IN_ROLE_NAMES = {
  fullControl: 'Full Control',
  contribute: 'Contribute',
  read: 'Read'
} as const;
