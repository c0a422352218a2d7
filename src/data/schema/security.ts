import { GroupDefinition, RoleDefinitionSpec } from './types';

/**
 * Groups the help center creates. Owners/members/visitors are the site's associated groups and are
 * found, not created.
 */
export const HELP_CENTER_GROUPS: readonly GroupDefinition[] = [
  { key: 'support', title: 'Support du centre d\'aide', description: { fr: 'Agents du support (niveaux 1 à 3) : voient toutes les demandes', en: 'Support agents (levels 1 to 3): see every ticket' } },
  { key: 'contributors', title: 'Contributeurs du centre d\'aide', description: { fr: 'Rédigent et relisent les articles', en: 'Write and review articles' } }
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

/** Built-in SharePoint role definition ids (RoleTypeKind is not enough: ids are what addroleassignment takes). */
export const BUILT_IN_ROLE_NAMES = {
  fullControl: 'Full Control',
  contribute: 'Contribute',
  read: 'Read'
} as const;
