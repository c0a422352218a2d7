import { SPFI, SPQueryable } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import '@pnp/sp/batching';
import { HELP_CENTER_LISTS } from '../schema';
import { ProvisioningError, SITE_READ_ERROR } from './types';
import { describeError, isNotFound } from '../sp/errors';
import type { BasePermissionsMask } from '../sp/permissions';

/** A field of a list, as provisioning reads it. */
export interface FieldState {
  /** Internal name. */
  InternalName: string;
  /** Display name. */
  Title: string;
  /** SharePoint type (Text, LookupMulti …). */
  TypeAsString: string;
  /** Indexed. */
  Indexed: boolean;
  /** Unique values enforced. */
  EnforceUniqueValues: boolean;
  /** Required. */
  Required: boolean;
}

/** One role assignment: a principal and the (visible) role definitions bound to it. */
export interface RoleAssignmentState {
  /** User or group id. */
  principalId: number;
  /** Its title, for messages. */
  principalTitle: string;
  /** Bound role definitions, Limited Access left out (SharePoint manages it). */
  roles: { id: number; name: string }[];
}

/** A help-center list as provisioning reads it. */
export interface ListState {
  /** List id (GUID). */
  Id: string;
  /** Title. */
  Title: string;
  /** Version history on. */
  EnableVersioning: boolean;
  /** Attachments allowed. */
  EnableAttachments: boolean;
  /** 1 = read all, 2 = read own. */
  ReadSecurity: number;
  /** 1 = edit all, 2 = edit own, 4 = none. */
  WriteSecurity: number;
  /** Excluded from search crawling. */
  NoCrawl: boolean;
  /** Unique permissions. */
  HasUniqueRoleAssignments: boolean;
  /** Fields, when they could be read. */
  fields?: FieldState[];
  /** Role assignments, when they could be read (only lists with grants). */
  roleAssignments?: RoleAssignmentState[];
}

/** A site group. */
export interface GroupState {
  /** Group id. */
  Id: number;
  /** Group title. */
  Title: string;
}

/** A permission level. */
export interface RoleDefinitionState {
  /** Role definition id (what addroleassignment takes). */
  Id: number;
  /** Name (localised for built-ins, hence RoleTypeKind). */
  Name: string;
  /** Mask. */
  BasePermissions: BasePermissionsMask;
  /** 2 Reader, 3 Contributor, 5 Administrator, 0 custom. */
  RoleTypeKind: number;
}

/** Everything provisioning needs to know about the site, read in one $batch. */
export interface SiteSnapshot {
  /** The current user's permissions on the web (undefined if unreadable). */
  webPermissions?: BasePermissionsMask;
  /** Help-center lists by schema name; absent = missing (or invisible to the user). */
  lists: { [name: string]: ListState | undefined };
  /** Site groups. */
  groups: GroupState[];
  /** The web's associated groups. */
  associated: { owners?: GroupState; members?: GroupState; visitors?: GroupState };
  /** Permission levels. */
  roleDefinitions: RoleDefinitionState[];
  /** Role assignments on the web (undefined if unreadable: the user may not enumerate permissions). */
  webRoleAssignments?: RoleAssignmentState[];
  /** Reads that failed for another reason than "does not exist". */
  errors: ProvisioningError[];
}

interface RawAssignment {
  PrincipalId: number;
  Member?: { Title?: string };
  RoleDefinitionBindings?: { Id: number; Name: string; RoleTypeKind?: number }[];
}

const FIELD_SELECT = ['InternalName', 'Title', 'TypeAsString', 'Indexed', 'EnforceUniqueValues', 'Required'];
const LIST_SELECT = ['Id', 'Title', 'EnableVersioning', 'EnableAttachments', 'ReadSecurity', 'WriteSecurity', 'NoCrawl', 'HasUniqueRoleAssignments'];
/** RoleTypeKind.Guest: "Limited Access", added and removed by SharePoint itself. */
const LIMITED_ACCESS = 1;
/** Large enough for every read in one HTTP request (PnPjs splits batches at 20 by default). */
const READ_BATCH_SIZE = 100;

function toAssignments(raw: RawAssignment[]): RoleAssignmentState[] {
  return raw.map(a => ({
    principalId: a.PrincipalId,
    principalTitle: (a.Member && a.Member.Title) || `#${a.PrincipalId}`,
    roles: (a.RoleDefinitionBindings || []).filter(r => r.RoleTypeKind !== LIMITED_ACCESS).map(r => ({ id: r.Id, name: r.Name }))
  })).filter(a => a.roles.length > 0);
}

function asGroup(raw: { Id?: number; Title?: string } | undefined): GroupState | undefined {
  return raw && typeof raw.Id === 'number' ? { Id: raw.Id, Title: raw.Title || '' } : undefined;
}

/**
 * Reads the site in a single $batch (one HTTP request): web permissions, groups, permission levels, web
 * role assignments, the lists' settings, and per help-center list its fields and (when it has grants)
 * its role assignments. A list that does not exist answers 404 inside the batch; that is "missing".
 */
export async function readSiteSnapshot(sp: SPFI): Promise<SiteSnapshot> {
  const [batched, execute] = sp.batched({ maxRequests: READ_BATCH_SIZE });
  const errors: ProvisioningError[] = [];
  const settle = <T>(promise: Promise<T>, check: string, notFoundIsMissing: boolean): Promise<T | undefined> =>
    promise.then(v => v, (e: unknown) => {
      if (!(notFoundIsMissing && isNotFound(e))) errors.push({ check, message: describeError(e) });
      return undefined;
    });
  const web = batched.web;
  // The property's own endpoint: answered the same by SharePoint and the workbench (which wants $expand for $select).
  const webPermissions = settle(SPQueryable(web, 'EffectiveBasePermissions')<BasePermissionsMask>(), SITE_READ_ERROR, false);
  const owners = settle(web.associatedOwnerGroup.select('Id', 'Title')(), 'group:owners', true);
  const members = settle(web.associatedMemberGroup.select('Id', 'Title')(), 'group:members', true);
  const visitors = settle(web.associatedVisitorGroup.select('Id', 'Title')(), 'group:visitors', true);
  const groups = settle(web.siteGroups.select('Id', 'Title')(), SITE_READ_ERROR, false);
  const roleDefs = settle(web.roleDefinitions.select('Id', 'Name', 'BasePermissions', 'RoleTypeKind')(), SITE_READ_ERROR, false);
  // No $select on the expanded bindings: the workbench mis-shapes sub-selects of collection navigations.
  const webAssignments = settle(web.roleAssignments.expand('Member', 'RoleDefinitionBindings')<RawAssignment[]>(), SITE_READ_ERROR, false);
  const lists = settle(web.lists.select(...LIST_SELECT)<ListState[]>(), SITE_READ_ERROR, false);
  const perList = HELP_CENTER_LISTS.map(def => {
    const list = web.lists.getByTitle(def.name);
    return {
      name: def.name,
      fields: settle(list.fields.select(...FIELD_SELECT)<FieldState[]>(), `list:${def.name}`, true),
      assignments: def.grants
        ? settle(list.roleAssignments.expand('Member', 'RoleDefinitionBindings')<RawAssignment[]>(), `permissions:${def.name}`, true)
        : Promise.resolve(undefined)
    };
  });
  await execute();
  const allLists = (await lists) || [];
  const snapshot: SiteSnapshot = {
    webPermissions: await webPermissions,
    lists: {},
    groups: ((await groups) || []).map(g => ({ Id: g.Id, Title: g.Title })),
    associated: { owners: asGroup(await owners), members: asGroup(await members), visitors: asGroup(await visitors) },
    roleDefinitions: ((await roleDefs) || []).map(r => ({ Id: r.Id, Name: r.Name, BasePermissions: r.BasePermissions, RoleTypeKind: r.RoleTypeKind })),
    errors
  };
  const rawWebAssignments = await webAssignments;
  if (rawWebAssignments) snapshot.webRoleAssignments = toAssignments(rawWebAssignments);
  for (const entry of perList) {
    const found = allLists.filter(l => l.Title.toLowerCase() === entry.name.toLowerCase())[0];
    if (!found) continue;
    const fields = await entry.fields;
    const assignments = await entry.assignments;
    snapshot.lists[entry.name] = {
      Id: found.Id, Title: found.Title, EnableVersioning: found.EnableVersioning, EnableAttachments: found.EnableAttachments,
      ReadSecurity: found.ReadSecurity, WriteSecurity: found.WriteSecurity, NoCrawl: found.NoCrawl, HasUniqueRoleAssignments: found.HasUniqueRoleAssignments,
      fields: fields || undefined,
      roleAssignments: assignments ? toAssignments(assignments) : undefined
    };
  }
  return snapshot;
}
