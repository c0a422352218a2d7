/**
 * SharePoint's permission model: built-in role definitions with their real BasePermissions masks, and
 * the effective-permission computation (site admin, or the union of the role definitions bound to the
 * user and their groups at the object's scope: the web, or the list when it has unique permissions).
 */
import type { Db } from './storage';
import { groupClaimsOfPerson, isGroupClaim } from './directory';

/** SPBasePermissions bit numbers (PermissionKind in PnPjs): mask bit = 1 << (kind - 1). */
export const Perm = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ApproveItems: 5,
  OpenItems: 6,
  ViewVersions: 7,
  DeleteVersions: 8,
  /** "Override List Behaviors": bypasses ReadSecurity/WriteSecurity. */
  CancelCheckout: 9,
  ManageLists: 12,
  ViewFormPages: 13,
  Open: 17,
  ViewPages: 18,
  CreateGroups: 25,
  ManagePermissions: 26,
  BrowseUserInfo: 28,
  ManageWeb: 31,
  EnumeratePermissions: 63,
} as const;

export interface RoleDefinitionSeed {
  id: number;
  name: string;
  description: string;
  order: number;
  high: string;
  low: string;
  roleType: number;
  hidden: boolean;
}

export const BUILT_IN_ROLE_DEFINITIONS: RoleDefinitionSeed[] = [
  { id: 1073741829, name: 'Full Control', description: 'Has full control.', order: 1, high: '2147483647', low: '4294967295', roleType: 5, hidden: false },
  { id: 1073741828, name: 'Design', description: 'Can view, add, update, delete, approve, and customize.', order: 32, high: '432', low: '1012866047', roleType: 4, hidden: false },
  { id: 1073741830, name: 'Edit', description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', order: 48, high: '432', low: '1011030767', roleType: 6, hidden: false },
  { id: 1073741827, name: 'Contribute', description: 'Can view, add, update, and delete list items and documents.', order: 64, high: '432', low: '1011028719', roleType: 3, hidden: false },
  { id: 1073741826, name: 'Read', description: 'Can view pages and list items and download documents.', order: 128, high: '176', low: '138612833', roleType: 2, hidden: false },
  { id: 1073741825, name: 'Limited Access', description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.', order: 160, high: '48', low: '134287360', roleType: 1, hidden: true },
];

export const FULL_MASK = { high: 2147483647n, low: 4294967295n };

export interface Mask {
  high: bigint;
  low: bigint;
}

export function hasPerm(mask: Mask, kind: number): boolean {
  if (kind === 65) return mask.high === FULL_MASK.high && mask.low === FULL_MASK.low;
  const bit = kind - 1;
  return bit < 32 ? ((mask.low >> BigInt(bit)) & 1n) === 1n : ((mask.high >> BigInt(bit - 32)) & 1n) === 1n;
}

/**
 * The principals a user acts as: themself, the Entra ID security groups and Microsoft 365 groups (members or
 * owners claim) of the tenant directory that hold them and that the site knows as users, and the SharePoint
 * groups that contain any of these. Permissions flow through directory groups; SharePoint groups do not nest.
 */
export function principalIdsOf(db: Db, userId: number): number[] {
  const user = db.prepare('SELECT login_name, email FROM principals WHERE id = ?').get(userId) as { login_name: string; email: string | null } | undefined;
  const ids = [userId];
  if (user?.email && !isGroupClaim(user.login_name)) {
    const claims = groupClaimsOfPerson(user.email);
    if (claims.length) {
      const rows = db.prepare(`SELECT id FROM principals WHERE kind = 'user' AND login_name IN (${claims.map(() => '?').join(',')})`)
        .all(...claims) as { id: number }[];
      ids.push(...rows.map((r) => r.id));
    }
  }
  const groups = db.prepare(`SELECT DISTINCT group_id FROM group_members WHERE user_id IN (${ids.map(() => '?').join(',')})`)
    .all(...ids) as { group_id: number }[];
  return [...ids, ...groups.map((g) => g.group_id)];
}

export function effectiveMask(db: Db, userId: number, scope: string): Mask {
  const ids = principalIdsOf(db, userId);
  // A site collection admin, in person or through a group claim (a group-connected site's owners claim), has every permission.
  const admin = db.prepare(`SELECT 1 FROM principals WHERE is_site_admin = 1 AND id IN (${ids.map(() => '?').join(',')})`).get(...ids);
  if (admin) return FULL_MASK;
  const rows = db.prepare(
    `SELECT d.high, d.low FROM role_assignments a JOIN role_defs d ON d.id = a.role_def_id
     WHERE a.scope = ? AND a.principal_id IN (${ids.map(() => '?').join(',')})`).all(scope, ...ids) as { high: string; low: string }[];
  let high = 0n;
  let low = 0n;
  for (const r of rows) {
    high |= BigInt(r.high);
    low |= BigInt(r.low);
  }
  return { high, low };
}

export function maskJson(mask: Mask): { High: string; Low: string } {
  return { High: mask.high.toString(), Low: mask.low.toString() };
}
