/**
 * Routing of `{sitePath}/_api/...`: walks the OData segments (case-insensitive, as SharePoint) from the
 * web down to lists, fields, items, users, groups and permissions.
 */
import { FORM_DIGEST_TIMEOUT_SECONDS, formDigest } from './auth';
import type { Ctx, SpResponse } from './context';
import { entity, JSON_LIGHT } from './context';
import { errors } from './errors';
import type { Segment } from './segments';
import { singleArg, splitSegments } from './segments';
import { effectiveMask } from './permissions-model';
import { WEB_SCOPE, getMeta } from './storage';
import type { SpList } from './lists';
import { handleListSelf, handleListsCollection, listScope, resolveList } from './lists';
import { handleFields } from './field-routes';
import { handleItems } from './items';
import {
  handleAssociatedGroup, handleCurrentUser, handleEnsureUser, handleGetUserById, handleSiteGroups, handleSiteUsers,
} from './users';
import {
  breakInheritance, effectivePermissions, handleRoleAssignments, handleRoleDefinitions, resetInheritance, userEffectivePermissions,
} from './permission-routes';
import { shapeEntity } from './entity-select';
import { clientPeoplePickerSearchUser } from './people-picker';
import { handlePeopleManager } from './profiles';
import { hasPerm, Perm } from './permissions-model';
import { handleSearch } from './search-routes';
import { handleRegionalSettings } from './regional-settings';

export const LIBRARY_VERSION = '16.0.25919.12007';

function contextInfo(ctx: Ctx): SpResponse {
  if (ctx.req.method !== 'POST') throw errors.methodNotAllowed();
  // A digest bound to this person, this site and now (see ./auth), valid FORM_DIGEST_TIMEOUT_SECONDS.
  const digest = formDigest(ctx.site.secret, ctx.site.sitePath, ctx.user.email ?? ctx.user.login_name);
  // PnPjs reads these at the top level (not unwrapped), so this answer has no envelope.
  const body = {
    'odata.metadata': `${ctx.site.siteUrl}/_api/$metadata#SP.ContextWebInformation`,
    FormDigestTimeoutSeconds: FORM_DIGEST_TIMEOUT_SECONDS,
    FormDigestValue: digest,
    LibraryVersion: LIBRARY_VERSION,
    SiteFullUrl: ctx.site.siteUrl,
    SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: ctx.site.siteUrl,
  };
  return { status: 200, headers: { 'Content-Type': JSON_LIGHT }, body: JSON.stringify(body) };
}

function webJson(ctx: Ctx): Record<string, unknown> {
  const created = getMeta(ctx.site.db, 'web.created');
  return {
    'odata.type': 'SP.Web',
    'odata.id': `${ctx.site.siteUrl}/_api/Web`,
    'odata.editLink': 'Web',
    AllowRssFeeds: true,
    Created: created,
    Description: '',
    HasUniqueRoleAssignments: true,
    Id: ctx.site.webId,
    IsMultilingual: true,
    Language: 1036,
    LastItemModifiedDate: created,
    ServerRelativeUrl: ctx.site.sitePath,
    SiteLogoUrl: null,
    Title: ctx.site.webTitle,
    Url: ctx.site.siteUrl,
    WebTemplate: 'STS',
    Configuration: 3,
  };
}

function handleList(ctx: Ctx, list: SpList, rest: Segment[]): SpResponse {
  if (rest.length === 0) return handleListSelf(ctx, list);
  const [first, ...more] = rest;
  switch (first.key) {
    case 'items': return handleItems(ctx, list, first, more);
    case 'getitembyid': return handleItems(ctx, list, { name: 'items', key: 'items', args: first.args }, more);
    case 'fields': return handleFields(ctx, list, first, more);
    case 'rootfolder':
      return entity(ctx, 'SP.ApiData.Folders', {
        'odata.type': 'SP.Folder', Exists: true, Name: list.urlName, ServerRelativeUrl: `${ctx.site.sitePath}/Lists/${list.urlName}`, UniqueId: list.id,
      });
    case 'roleassignments': return handleRoleAssignments(ctx, { scope: listScope(list), list }, more);
    case 'breakroleinheritance': return breakInheritance(ctx, list, first);
    case 'resetroleinheritance': return resetInheritance(ctx, list);
    case 'effectivebasepermissions': return effectivePermissions(ctx, listScope(list));
    case 'getusereffectivepermissions': return userEffectivePermissions(ctx, listScope(list), first);
    case 'hasuniqueroleassignments': return entity(ctx, 'Edm.Boolean', { value: list.hasUnique });
    default: throw errors.segmentNotFound(first.name);
  }
}

function handleWeb(ctx: Ctx, rest: Segment[]): SpResponse {
  const q = ctx.req.url.searchParams;
  if (rest.length === 0) {
    if (ctx.req.method !== 'GET') throw errors.methodNotAllowed();
    return entity(ctx, 'SP.Web', shapeEntity(webJson(ctx), q, {
      EffectiveBasePermissions: () => {
        const m = effectiveMask(ctx.site.db, ctx.user.id, WEB_SCOPE);
        return { High: m.high.toString(), Low: m.low.toString() };
      },
    }));
  }
  const [first, ...more] = rest;
  switch (first.key) {
    case 'lists':
      if (first.args !== null) return handleList(ctx, resolveList(ctx, 'id', singleArg(first, q)), more);
      if (more.length === 0) return handleListsCollection(ctx);
      if (more[0].key === 'getbytitle') return handleList(ctx, resolveList(ctx, 'title', singleArg(more[0], q)), more.slice(1));
      if (more[0].key === 'getbyid') return handleList(ctx, resolveList(ctx, 'id', singleArg(more[0], q)), more.slice(1));
      throw errors.segmentNotFound(more[0].name);
    case 'getlist':
      return handleList(ctx, resolveList(ctx, 'url', singleArg(first, q)), more);
    case 'currentuser': return handleCurrentUser(ctx, more);
    case 'siteusers': return handleSiteUsers(ctx, first, more);
    case 'getuserbyid': return handleGetUserById(ctx, first, more);
    case 'ensureuser': return handleEnsureUser(ctx, first);
    case 'sitegroups': return handleSiteGroups(ctx, first, more);
    case 'associatedownergroup': return handleAssociatedGroup(ctx, 'owners', more);
    case 'associatedmembergroup': return handleAssociatedGroup(ctx, 'members', more);
    case 'associatedvisitorgroup': return handleAssociatedGroup(ctx, 'visitors', more);
    case 'roledefinitions': return handleRoleDefinitions(ctx, first, more);
    case 'roleassignments': return handleRoleAssignments(ctx, { scope: WEB_SCOPE }, more);
    case 'effectivebasepermissions': return effectivePermissions(ctx, WEB_SCOPE);
    case 'getusereffectivepermissions': return userEffectivePermissions(ctx, WEB_SCOPE, first);
    case 'breakroleinheritance':
    case 'resetroleinheritance':
      // The site's root web always holds its own permissions.
      if (!hasPerm(effectiveMask(ctx.site.db, ctx.user.id, WEB_SCOPE), Perm.ManagePermissions)) throw errors.accessDenied();
      throw errors.badRequest('The root web of a site collection cannot inherit permissions.');
    case 'title':
      return entity(ctx, 'Edm.String', { value: ctx.site.webTitle });
    case 'regionalsettings': return handleRegionalSettings(ctx, more);
    default:
      throw errors.segmentNotFound(first.name);
  }
}

/** Handles a path relative to `/_api/` (already percent-decoded). */
export function handleApi(ctx: Ctx, apiPath: string): SpResponse {
  const segs = splitSegments(apiPath);
  if (segs.length === 0) throw errors.segmentNotFound('_api');
  const [first, ...rest] = segs;
  switch (first.key) {
    case 'contextinfo': return contextInfo(ctx);
    case 'web': return handleWeb(ctx, rest);
    case 'search': return handleSearch(ctx, rest);
    case 'sp.ui.applicationpages.clientpeoplepickerwebserviceinterface.clientpeoplepickersearchuser': return clientPeoplePickerSearchUser(ctx);
    case 'sp.userprofiles.peoplemanager': return handlePeopleManager(ctx, rest);
    case 'site':
      if (rest.length === 0) {
        return entity(ctx, 'SP.Site', {
          'odata.type': 'SP.Site', Id: getMeta(ctx.site.db, 'site.id'), ServerRelativeUrl: ctx.site.sitePath, Url: ctx.site.siteUrl,
        });
      }
      if (rest[0].key === 'rootweb') return handleWeb(ctx, rest.slice(1));
      throw errors.segmentNotFound(rest[0].name);
    default:
      throw errors.segmentNotFound(first.name);
  }
}
