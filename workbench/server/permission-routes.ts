/**
 * REST surface of permissions: role definitions (web), role assignments, inheritance breaking and
 * effective permissions on the web and on lists.
 */
import type { Ctx, SpResponse } from './context';
import { collection, entity, emptyOk, jsonBody } from './context';
import { errors, SpError } from './errors';
import type { SpList } from './lists';
import { listScope } from './lists';
import { effectiveMask, hasPerm, maskJson, Perm } from './permissions-model';
import type { Mask } from './permissions-model';
import type { Segment } from './segments';
import { namedArgs, singleArg } from './segments';
import { WEB_SCOPE } from './storage';
import type { PrincipalRow } from './storage';
import { principalById, principalJson, userByLogin } from './users';
import { findGroupClaim, findPerson } from './directory';
import { shapeEntity } from './entity-select';

interface RoleDefRow {
  id: number;
  name: string;
  description: string;
  ord: number;
  high: string;
  low: string;
  role_type: number;
  hidden: number;
}

function roleDefJson(r: RoleDefRow): Record<string, unknown> {
  return {
    'odata.type': 'SP.RoleDefinition',
    'odata.id': `Web/RoleDefinitions(${r.id})`,
    'odata.editLink': `Web/RoleDefinitions(${r.id})`,
    BasePermissions: { High: r.high, Low: r.low },
    Description: r.description,
    Hidden: r.hidden === 1,
    Id: r.id,
    Name: r.name,
    Order: r.ord,
    RoleTypeKind: r.role_type,
  };
}

/**
 * Permissions a permission needs (PermissionKind numbers), from the "Dependent permissions" column of Microsoft
 * Learn's "User permissions and permission levels in SharePoint Server"
 * (https://learn.microsoft.com/en-us/sharepoint/sites/user-permissions-and-permission-levels): e.g. Add Items needs
 * View Items, View Pages and Open. SharePoint's page ticks them for you; what it does with a REST mask that lacks one
 * is not documented, so the workbench refuses such a permission level (stricter than granting a level that cannot
 * be used). Every built-in level satisfies this table.
 */
export const PERMISSION_DEPENDENCIES: Record<number, number[]> = {
  1: [18, 17], // View Items: View Pages, Open
  2: [1, 18, 17], // Add Items
  3: [1, 18, 17], // Edit Items
  4: [1, 18, 17], // Delete Items
  5: [3, 1, 18, 17], // Approve Items: Edit Items, ...
  6: [1, 18, 17], // Open Items
  7: [1, 6, 18, 17], // View Versions: View Items, Open Items, ...
  8: [1, 7, 18, 17], // Delete Versions: View Items, View Versions, ...
  9: [1, 18, 17], // Override List Behaviors
  10: [1, 18, 17], // Manage Personal Views
  12: [1, 10, 18, 17], // Manage Lists: View Items, Manage Personal Views, ...
  13: [17], // View Application Pages: Open
  18: [17], // View Pages: Open
  19: [1, 27, 18, 17], // Add and Customize Pages: View Items, Browse Directories, ...
  20: [18, 17], 21: [18, 17], 22: [18, 17], 24: [18, 17], // Themes, Style Sheets, Usage Data, Create Subsites
  25: [18, 28, 17], // Create Groups: View Pages, Browse User Information, Open
  26: [63, 27, 18, 28, 17], // Manage Permissions: Enumerate Permissions, Browse Directories, ...
  27: [18, 17], // Browse Directories
  28: [17], // Browse User Information
  29: [1, 30, 18, 17], // Add/Remove Personal Web Parts: Update Personal Web Parts, ...
  30: [1, 18, 17], // Update Personal Web Parts
  37: [38], // Use Client Integration Features: Use Remote Interfaces
  38: [17], // Use Remote Interfaces: Open
  39: [1, 40, 18, 17], // Manage Alerts: Create Alerts, ...
  40: [1, 18, 17], // Create Alerts
  41: [28, 17], // Edit Personal User Information
  63: [27, 18, 28, 17], // Enumerate Permissions
};

/** The first permission of a mask whose dependency the mask lacks, as `[permission, dependency]`. */
export function missingDependency(mask: Mask): [number, number] | null {
  for (const [kind, deps] of Object.entries(PERMISSION_DEPENDENCIES)) {
    if (!hasPerm(mask, Number(kind))) continue;
    const lacking = deps.find((d) => !hasPerm(mask, d));
    if (lacking !== undefined) return [Number(kind), lacking];
  }
  return null;
}

function requireDependencies(high: string, low: string): void {
  let mask: Mask;
  try { mask = { high: BigInt(high), low: BigInt(low) }; } catch { throw errors.badValue('Edm.Int64'); }
  const missing = missingDependency(mask);
  if (missing) {
    throw new SpError(400, '-2147024809, System.ArgumentException',
      `The permission level grants permission ${missing[0]} without permission ${missing[1]}, which it depends on.`);
  }
}

function requirePerm(ctx: Ctx, scope: string, kind: number): void {
  if (!hasPerm(effectiveMask(ctx.site.db, ctx.user.id, scope), kind)) throw errors.accessDenied();
}

export function handleRoleDefinitions(ctx: Ctx, seg: Segment, rest: Segment[]): SpResponse {
  const db = ctx.site.db;
  const q = ctx.req.url.searchParams;
  const one = (r: RoleDefRow | undefined, more: Segment[]): SpResponse => {
    if (!r) throw errors.roleDefNotFound();
    if (more.length) throw errors.segmentNotFound(more[0].name);
    if (ctx.req.method === 'GET') return entity(ctx, 'SP.ApiData.RoleDefinitions', roleDefJson(r));
    requirePerm(ctx, WEB_SCOPE, Perm.ManagePermissions);
    if (ctx.req.method === 'DELETE') {
      if (r.role_type !== 0) throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'You cannot delete a built-in permission level.');
      db.prepare('DELETE FROM role_assignments WHERE role_def_id = ?').run(r.id);
      db.prepare('DELETE FROM role_defs WHERE id = ?').run(r.id);
      return emptyOk();
    }
    if (ctx.req.method === 'MERGE' || ctx.req.method === 'PATCH') {
      const body = jsonBody(ctx);
      const bp = body.BasePermissions as { High?: unknown; Low?: unknown } | undefined;
      requireDependencies(String(bp?.High ?? r.high), String(bp?.Low ?? r.low));
      db.prepare('UPDATE role_defs SET name = ?, description = ?, ord = ?, high = ?, low = ? WHERE id = ?').run(
        String(body.Name ?? r.name), String(body.Description ?? r.description), Number(body.Order ?? r.ord),
        String(bp?.High ?? r.high), String(bp?.Low ?? r.low), r.id);
      return { status: 204, headers: {} };
    }
    throw errors.methodNotAllowed();
  };
  if (seg.args !== null) return one(db.prepare('SELECT * FROM role_defs WHERE id = ?').get(Number(singleArg(seg, q))) as RoleDefRow | undefined, rest);
  if (rest.length === 0) {
    if (ctx.req.method === 'GET') {
      const rows = db.prepare('SELECT * FROM role_defs ORDER BY ord').all() as RoleDefRow[];
      return collection(ctx, 'SP.ApiData.RoleDefinitions', rows.map(roleDefJson));
    }
    if (ctx.req.method !== 'POST') throw errors.methodNotAllowed();
    requirePerm(ctx, WEB_SCOPE, Perm.ManagePermissions);
    const body = jsonBody(ctx);
    const name = String(body.Name ?? '').trim();
    if (!name) throw errors.badRequest('The permission level name is required.');
    if (db.prepare('SELECT 1 FROM role_defs WHERE name = ?').get(name)) {
      throw new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', 'The permission level name is already in use. Please choose another name.');
    }
    const bp = (body.BasePermissions ?? {}) as { High?: unknown; Low?: unknown };
    requireDependencies(String(bp.High ?? '0'), String(bp.Low ?? '0'));
    const id = ((db.prepare('SELECT MAX(id) AS m FROM role_defs').get() as { m: number }).m) + 1;
    db.prepare('INSERT INTO role_defs(id, name, description, ord, high, low, role_type, hidden) VALUES (?,?,?,?,?,?,0,0)')
      .run(id, name, String(body.Description ?? ''), Number(body.Order ?? 0), String(bp.High ?? '0'), String(bp.Low ?? '0'));
    return entity(ctx, 'SP.ApiData.RoleDefinitions', roleDefJson(db.prepare('SELECT * FROM role_defs WHERE id = ?').get(id) as RoleDefRow), 201);
  }
  const [first, ...more] = rest;
  switch (first.key) {
    case 'getbyid': return one(db.prepare('SELECT * FROM role_defs WHERE id = ?').get(Number(singleArg(first, q))) as RoleDefRow | undefined, more);
    case 'getbyname': return one(db.prepare('SELECT * FROM role_defs WHERE name = ?').get(singleArg(first, q)) as RoleDefRow | undefined, more);
    case 'getbytype': return one(db.prepare('SELECT * FROM role_defs WHERE role_type = ?').get(Number(singleArg(first, q))) as RoleDefRow | undefined, more);
    default: throw errors.segmentNotFound(first.name);
  }
}

/** A securable object: the web, or a list (whose scope is its own only after breaking inheritance). */
export interface Securable {
  scope: string;
  list?: SpList;
}

function assignmentsJson(ctx: Ctx, scope: string, principalFilter?: number): Record<string, unknown>[] {
  const db = ctx.site.db;
  const rows = db.prepare('SELECT principal_id, role_def_id FROM role_assignments WHERE scope = ? ORDER BY principal_id, role_def_id')
    .all(scope) as { principal_id: number; role_def_id: number }[];
  const byPrincipal = new Map<number, number[]>();
  for (const r of rows) {
    if (principalFilter !== undefined && r.principal_id !== principalFilter) continue;
    byPrincipal.set(r.principal_id, [...(byPrincipal.get(r.principal_id) ?? []), r.role_def_id]);
  }
  return [...byPrincipal].map(([pid, defs]) => shapeEntity({
    'odata.type': 'SP.RoleAssignment',
    'odata.id': `Web/RoleAssignments/GetByPrincipalId(${pid})`,
    PrincipalId: pid,
  }, ctx.req.url.searchParams, {
    Member: () => principalJson(db, principalById(db, pid)!),
    RoleDefinitionBindings: () => defs.map((d) => roleDefJson(db.prepare('SELECT * FROM role_defs WHERE id = ?').get(d) as RoleDefRow)),
  }));
}

export function handleRoleAssignments(ctx: Ctx, target: Securable, rest: Segment[]): SpResponse {
  const db = ctx.site.db;
  const q = ctx.req.url.searchParams;
  if (rest.length === 0) {
    if (ctx.req.method !== 'GET') throw errors.methodNotAllowed();
    requirePerm(ctx, target.scope, Perm.EnumeratePermissions);
    return collection(ctx, 'SP.ApiData.RoleAssignments', assignmentsJson(ctx, target.scope));
  }
  const [first, ...more] = rest;
  if (first.key === 'getbyprincipalid') {
    requirePerm(ctx, target.scope, Perm.EnumeratePermissions);
    const found = assignmentsJson(ctx, target.scope, Number(singleArg(first, q)));
    if (!found.length || more.length) throw errors.roleDefNotFound();
    return entity(ctx, 'SP.ApiData.RoleAssignments', found[0]);
  }
  if (first.key === 'addroleassignment' || first.key === 'removeroleassignment') {
    if (ctx.req.method !== 'POST') throw errors.methodNotAllowed();
    requirePerm(ctx, target.scope, Perm.ManagePermissions);
    const args = namedArgs(first, q);
    const principalId = Number(args.principalid);
    const roleDefId = Number(args.roledefid);
    if (!principalById(db, principalId)) throw errors.userNotFound();
    if (!db.prepare('SELECT 1 FROM role_defs WHERE id = ?').get(roleDefId)) throw errors.roleDefNotFound();
    if (target.list && !target.list.hasUnique) {
      throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException',
        'This operation is not allowed on an object that inherits permissions.');
    }
    if (first.key === 'addroleassignment') {
      db.prepare('INSERT OR IGNORE INTO role_assignments(scope, principal_id, role_def_id) VALUES (?,?,?)').run(target.scope, principalId, roleDefId);
    } else {
      db.prepare('DELETE FROM role_assignments WHERE scope = ? AND principal_id = ? AND role_def_id = ?').run(target.scope, principalId, roleDefId);
    }
    return emptyOk();
  }
  throw errors.segmentNotFound(first.name);
}

export function breakInheritance(ctx: Ctx, list: SpList, seg: Segment): SpResponse {
  if (ctx.req.method !== 'POST') throw errors.methodNotAllowed();
  requirePerm(ctx, listScope(list), Perm.ManagePermissions);
  if (list.hasUnique) return emptyOk();
  const args = namedArgs(seg, ctx.req.url.searchParams);
  const copy = String(args.copyroleassignments ?? 'false').toLowerCase() === 'true';
  const db = ctx.site.db;
  db.transaction(() => {
    if (copy) {
      db.prepare('INSERT INTO role_assignments(scope, principal_id, role_def_id) SELECT ?, principal_id, role_def_id FROM role_assignments WHERE scope = ?')
        .run(list.id, WEB_SCOPE);
    } else {
      // Without copying, SharePoint grants the caller Full Control so they keep access to what they secured.
      db.prepare('INSERT INTO role_assignments(scope, principal_id, role_def_id) VALUES (?, ?, 1073741829)').run(list.id, ctx.user.id);
    }
    db.prepare('UPDATE lists SET has_unique = 1 WHERE id = ?').run(list.id);
  })();
  return emptyOk();
}

export function resetInheritance(ctx: Ctx, list: SpList): SpResponse {
  if (ctx.req.method !== 'POST') throw errors.methodNotAllowed();
  requirePerm(ctx, listScope(list), Perm.ManagePermissions);
  const db = ctx.site.db;
  db.transaction(() => {
    db.prepare('DELETE FROM role_assignments WHERE scope = ?').run(list.id);
    db.prepare('UPDATE lists SET has_unique = 0 WHERE id = ?').run(list.id);
  })();
  return emptyOk();
}

export function effectivePermissions(ctx: Ctx, scope: string): SpResponse {
  return entity(ctx, 'SP.BasePermissions', maskJson(effectiveMask(ctx.site.db, ctx.user.id, scope)));
}

export function userEffectivePermissions(ctx: Ctx, scope: string, seg: Segment): SpResponse {
  requirePerm(ctx, scope, Perm.EnumeratePermissions);
  const login = singleArg(seg, ctx.req.url.searchParams);
  // By login name (a person's claim holds their UPN; an Entra ID group's claim its object id).
  const user: PrincipalRow | undefined = userByLogin(ctx.site.db, login);
  if (!user && !findPerson(login) && !findGroupClaim(login)) throw errors.userNotFound();
  const mask = user ? effectiveMask(ctx.site.db, user.id, scope) : { high: 0n, low: 0n };
  return entity(ctx, 'SP.BasePermissions', maskJson(mask));
}
