import {
  HELP_CENTER_GROUPS, HELP_CENTER_LISTS, HELP_CENTER_ROLES, ListDefinition, ListGrant, PrincipalKey, RoleKey
} from '../schema';
import { ProvisioningCheck, ProvisioningCheckKind, ProvisioningStatus } from './types';
import { ListState, RoleAssignmentState, SiteSnapshot } from './snapshot';
import { HELP_CENTER_WEB_GRANTS } from './webGrants';

/** Ids provisioning needs to write: principals, role definitions and lists found on the site. */
export interface SiteResolution {
  /** Group id per principal key. */
  principals: { [key in PrincipalKey]?: number };
  /** Role definition id per role key. */
  roles: { [key in RoleKey]?: number };
  /** List id per schema list name. */
  listIds: { [name: string]: string };
}

/** A role assignment the schema does not want, on a list with unique permissions. */
export interface ExtraAssignment {
  /** The check that reports it. */
  checkId: string;
  /** The list. */
  list: string;
  /** Principal to unbind. */
  principalId: number;
  /** Role definition to unbind. */
  roleId: number;
}

/** The site compared with the schema. */
export interface Evaluation {
  /** Every check, in provisioning order. */
  checks: ProvisioningCheck[];
  /** Ids found on the site. */
  resolution: SiteResolution;
  /** Assignments to remove. */
  extras: ExtraAssignment[];
}

/** RoleTypeKind of the built-in levels: their names are localised ("Contrôle total"), their kinds are not. */
const BUILT_IN_ROLE_KIND: { [key in RoleKey]?: number } = { fullControl: 5, contribute: 3, read: 2 };

/** The list settings provisioning enforces, with their expected value. */
export function expectedListSettings(def: ListDefinition): { name: 'EnableVersioning' | 'EnableAttachments' | 'ReadSecurity' | 'WriteSecurity' | 'NoCrawl'; value: boolean | number }[] {
  return [
    { name: 'EnableVersioning', value: def.versioning },
    { name: 'EnableAttachments', value: def.attachments },
    { name: 'ReadSecurity', value: def.readSecurity },
    { name: 'WriteSecurity', value: def.writeSecurity },
    { name: 'NoCrawl', value: def.noCrawl }
  ];
}

/** What a unique check reports: the column enforces unique values, or allows duplicates. */
export const UNIQUE_VALUES = 'EnforceUniqueValues';
export const DUPLICATES_ALLOWED = 'duplicates allowed';

/** The Title column as the schema wants it. */
export function expectedTitle(def: ListDefinition): string {
  return `Required=${def.titleRequired ? 'TRUE' : 'FALSE'}; Title=${def.titleLabel.fr}`;
}

function check(kind: ProvisioningCheckKind, id: string, target: string, status: ProvisioningStatus, extra: Partial<ProvisioningCheck> = {}): ProvisioningCheck {
  const out: ProvisioningCheck = { id: `${kind}:${id}`, kind, target, status };
  if (extra.list !== undefined) out.list = extra.list;
  if (extra.expected !== undefined) out.expected = extra.expected;
  if (extra.actual !== undefined) out.actual = extra.actual;
  return out;
}

function maskText(mask: { High: number | string; Low: number | string }): string {
  return `High=${Number(mask.High)}; Low=${Number(mask.Low)}`;
}

function resolve(snapshot: SiteSnapshot): SiteResolution {
  const principals: SiteResolution['principals'] = {};
  const a = snapshot.associated;
  if (a.owners) principals.owners = a.owners.Id;
  if (a.members) principals.members = a.members.Id;
  if (a.visitors) principals.visitors = a.visitors.Id;
  for (const group of HELP_CENTER_GROUPS) {
    const found = snapshot.groups.filter(g => g.Title.toLowerCase() === group.title.toLowerCase())[0];
    if (found) principals[group.key] = found.Id;
  }
  const roles: SiteResolution['roles'] = {};
  for (const r of snapshot.roleDefinitions) {
    for (const spec of HELP_CENTER_ROLES) if (r.Name === spec.name) roles[spec.key] = r.Id;
    for (const key of Object.keys(BUILT_IN_ROLE_KIND) as RoleKey[]) {
      if (BUILT_IN_ROLE_KIND[key] === r.RoleTypeKind && roles[key] === undefined) roles[key] = r.Id;
    }
  }
  const listIds: { [name: string]: string } = {};
  for (const name of Object.keys(snapshot.lists)) {
    const list = snapshot.lists[name];
    if (list) listIds[name] = list.Id;
  }
  return { principals, roles, listIds };
}

function hasAssignment(assignments: RoleAssignmentState[] | undefined, principalId: number | undefined, roleId: number | undefined): boolean {
  if (!assignments || principalId === undefined || roleId === undefined) return false;
  return assignments.some(a => a.principalId === principalId && a.roles.some(r => r.id === roleId));
}

function grantTarget(grant: ListGrant): string {
  return `${grant.principal}: ${grant.role}`;
}

function siteChecks(snapshot: SiteSnapshot, res: SiteResolution): ProvisioningCheck[] {
  const out: ProvisioningCheck[] = [];
  for (const spec of HELP_CENTER_ROLES) {
    const role = snapshot.roleDefinitions.filter(r => r.Name === spec.name)[0];
    const wanted = maskText(spec.basePermissions);
    out.push(check('roleDefinition', spec.key, spec.name,
      !role ? 'missing' : maskText(role.BasePermissions) === wanted ? 'ok' : 'different',
      { expected: wanted, actual: role ? maskText(role.BasePermissions) : undefined }));
  }
  const associated: [PrincipalKey, string][] = [['owners', 'AssociatedOwnerGroup'], ['members', 'AssociatedMemberGroup'], ['visitors', 'AssociatedVisitorGroup']];
  for (const [key, target] of associated) {
    const group = snapshot.associated[key as 'owners' | 'members' | 'visitors'];
    out.push(check('group', key, target, group ? 'ok' : 'missing', { actual: group ? group.Title : undefined }));
  }
  for (const group of HELP_CENTER_GROUPS) {
    out.push(check('group', group.key, group.title, res.principals[group.key] !== undefined ? 'ok' : 'missing'));
  }
  for (const grant of HELP_CENTER_WEB_GRANTS) {
    const ok = hasAssignment(snapshot.webRoleAssignments, res.principals[grant.principal], res.roles[grant.role]);
    out.push(check('webGrant', `${grant.principal}/${grant.role}`, grantTarget(grant), ok ? 'ok' : 'missing', { expected: grantTarget(grant) }));
  }
  return out;
}

function fieldChecks(def: ListDefinition, list: ListState | undefined): ProvisioningCheck[] {
  const out: ProvisioningCheck[] = [];
  const fields = (list && list.fields) || [];
  const byName = (name: string): (typeof fields)[number] | undefined => fields.filter(f => f.InternalName === name)[0];
  const title = byName('Title');
  const titleActual = title ? `Required=${title.Required ? 'TRUE' : 'FALSE'}; Title=${title.Title}` : undefined;
  out.push(check('field', `${def.name}/Title`, 'Title', !title ? 'missing' : titleActual === expectedTitle(def) ? 'ok' : 'different',
    { list: def.name, expected: expectedTitle(def), actual: titleActual }));
  for (const field of def.fields) {
    const found = byName(field.name);
    const status: ProvisioningStatus = !found ? 'missing' : found.TypeAsString === field.kind ? 'ok' : 'different';
    out.push(check('field', `${def.name}/${field.name}`, field.name, status, { list: def.name, expected: field.kind, actual: found ? found.TypeAsString : undefined }));
  }
  const indexed = def.fields.filter(f => f.indexed || f.unique).map(f => f.name).concat(def.indexedBuiltIns.slice());
  for (const name of indexed) {
    const found = byName(name);
    out.push(check('index', `${def.name}/${name}`, name, !found ? 'missing' : found.Indexed ? 'ok' : 'different',
      { list: def.name, expected: 'Indexed', actual: found ? (found.Indexed ? 'Indexed' : 'not indexed') : undefined }));
  }
  for (const field of def.fields) {
    const found = byName(field.name);
    const actual = found ? (found.EnforceUniqueValues ? UNIQUE_VALUES : DUPLICATES_ALLOWED) : undefined;
    if (field.unique) {
      out.push(check('unique', `${def.name}/${field.name}`, field.name, !found ? 'missing' : found.EnforceUniqueValues ? 'ok' : 'different',
        { list: def.name, expected: UNIQUE_VALUES, actual }));
    } else if (found && found.EnforceUniqueValues) {
      // A site set up by a version that made this column unique (refused by SharePoint on ReadSecurity-2 lists): undo it.
      out.push(check('unique', `${def.name}/${field.name}`, field.name, 'different', { list: def.name, expected: DUPLICATES_ALLOWED, actual }));
    }
  }
  return out;
}

function permissionChecks(def: ListDefinition, list: ListState | undefined, res: SiteResolution, extras: ExtraAssignment[]): ProvisioningCheck[] {
  const out: ProvisioningCheck[] = [];
  const wantUnique = !!def.grants;
  const expected = wantUnique ? 'unique' : 'inherited';
  const actual = list ? (list.HasUniqueRoleAssignments ? 'unique' : 'inherited') : undefined;
  out.push(check('permissions', def.name, def.name, !list ? 'missing' : actual === expected ? 'ok' : 'different', { list: def.name, expected, actual }));
  if (!def.grants) return out;
  const assignments = list && list.HasUniqueRoleAssignments ? list.roleAssignments : undefined;
  for (const grant of def.grants) {
    const ok = hasAssignment(assignments, res.principals[grant.principal], res.roles[grant.role]);
    out.push(check('grant', `${def.name}/${grant.principal}/${grant.role}`, grantTarget(grant), ok ? 'ok' : 'missing', { list: def.name, expected: grantTarget(grant) }));
  }
  for (const a of assignments || []) {
    for (const role of a.roles) {
      const wanted = def.grants.some(g => res.principals[g.principal] === a.principalId && res.roles[g.role] === role.id);
      if (wanted) continue;
      const c = check('grant', `${def.name}/extra/${a.principalId}/${role.id}`, `${a.principalTitle}: ${role.name}`, 'different',
        { list: def.name, expected: 'no assignment', actual: `${a.principalTitle}: ${role.name}` });
      out.push(c);
      extras.push({ checkId: c.id, list: def.name, principalId: a.principalId, roleId: role.id });
    }
  }
  return out;
}

function listChecks(def: ListDefinition, list: ListState | undefined, res: SiteResolution, extras: ExtraAssignment[]): ProvisioningCheck[] {
  const out: ProvisioningCheck[] = [check('list', def.name, def.name, list ? 'ok' : 'missing', { list: def.name })];
  for (const setting of expectedListSettings(def)) {
    const actual = list ? (list as unknown as { [k: string]: boolean | number })[setting.name] : undefined;
    out.push(check('listSetting', `${def.name}/${setting.name}`, setting.name, !list ? 'missing' : actual === setting.value ? 'ok' : 'different',
      { list: def.name, expected: String(setting.value), actual: actual === undefined ? undefined : String(actual) }));
  }
  return out.concat(fieldChecks(def, list), permissionChecks(def, list, res, extras));
}

/**
 * Compares a snapshot of the site with the schema (pure): the role definition, groups, web grants, then
 * per list (in provisioning order) the list, its settings, fields, indexes, unique columns, permissions.
 */
export function evaluateSite(snapshot: SiteSnapshot): Evaluation {
  const resolution = resolve(snapshot);
  const extras: ExtraAssignment[] = [];
  let checks = siteChecks(snapshot, resolution);
  for (const def of HELP_CENTER_LISTS) checks = checks.concat(listChecks(def, snapshot.lists[def.name], resolution, extras));
  return { checks, resolution, extras };
}
