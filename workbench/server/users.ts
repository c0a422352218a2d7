/**
 * Site users and SharePoint groups: currentuser, siteusers, ensureuser (resolving against the demo
 * tenant directory), sitegroups and their members, the web's associated groups.
 */
import type { Ctx, SpResponse } from './context';
import { collection, entity, emptyOk, jsonBody, noContent, requireMethod } from './context';
import { errors, SpError } from './errors';
import type { Segment } from './segments';
import { literal, singleArg } from './segments';
import type { Db, PrincipalRow } from './storage';
import { getMeta } from './storage';
import { CLAIMS_PREFIX, findGroupClaim, findPerson, isGroupClaim, loginNameOf } from './directory';
import { effectiveMask, hasPerm, Perm, principalIdsOf } from './permissions-model';

export function principalById(db: Db, id: number): PrincipalRow | undefined {
  return db.prepare('SELECT * FROM principals WHERE id = ?').get(id) as PrincipalRow | undefined;
}

export function userByEmail(db: Db, email: string): PrincipalRow | undefined {
  return db.prepare("SELECT * FROM principals WHERE kind = 'user' AND email = ?").get(email) as PrincipalRow | undefined;
}

/**
 * A site user by login name: a claim matches only as a whole (the person claim's value is the UPN, so an
 * e-mail-shaped claim of someone whose UPN differs names nobody); a bare name matches the e-mail or the UPN.
 */
export function userByLogin(db: Db, login: string): PrincipalRow | undefined {
  const value = login.trim();
  if (value.includes('|')) return db.prepare("SELECT * FROM principals WHERE kind = 'user' AND login_name = ?").get(value) as PrincipalRow | undefined;
  return db.prepare("SELECT * FROM principals WHERE kind = 'user' AND (login_name = ? OR email = ?)").get(`${CLAIMS_PREFIX}${value}`, value) as PrincipalRow | undefined;
}

/**
 * ensureuser semantics: a tenant person, or an Entra ID / Microsoft 365 group named by its claim, becomes a
 * site user on first use and keeps their id. A group is an SP.User whose PrincipalType is SecurityGroup.
 */
export function ensureSiteUser(db: Db, logonName: string): PrincipalRow {
  const existing = userByLogin(db, logonName);
  if (existing) return existing;
  const claim = findGroupClaim(logonName);
  if (claim) {
    const info = db.prepare("INSERT INTO principals(kind, login_name, title, email, is_site_admin) VALUES ('user', ?, ?, NULL, 0)")
      .run(claim.loginName, claim.title);
    return principalById(db, Number(info.lastInsertRowid))!;
  }
  const person = findPerson(logonName);
  if (!person) throw errors.ensureUserFailed(logonName);
  const login = loginNameOf(person.email);
  const again = userByLogin(db, login);
  if (again) return again;
  const info = db.prepare("INSERT INTO principals(kind, login_name, title, email, is_site_admin) VALUES ('user', ?, ?, ?, 0)")
    .run(login, person.displayName, person.email);
  return principalById(db, Number(info.lastInsertRowid))!;
}

/** SP.Utilities.PrincipalType of a site user: 4 (SecurityGroup) for an Entra ID or Microsoft 365 group claim, else 1 (User). */
export function principalTypeOf(u: PrincipalRow): 1 | 4 {
  return isGroupClaim(u.login_name) ? 4 : 1;
}

export function userJson(u: PrincipalRow): Record<string, unknown> {
  return {
    'odata.type': 'SP.User',
    'odata.id': `Web/GetUserById(${u.id})`,
    'odata.editLink': `Web/GetUserById(${u.id})`,
    Id: u.id,
    IsHiddenInUI: false,
    LoginName: u.login_name,
    Title: u.title,
    PrincipalType: principalTypeOf(u),
    Email: u.email ?? '',
    Expiration: '',
    IsEmailAuthenticationGuestUser: false,
    IsShareByEmailGuestUser: false,
    IsSiteAdmin: u.is_site_admin === 1,
    UserId: { NameId: (100300000 + u.id).toString(16), NameIdIssuer: 'urn:federation:microsoftonline' },
    // The UPN is the person claim's value (it may differ from the e-mail address); groups have none.
    UserPrincipalName: principalTypeOf(u) === 1 ? u.login_name.replace(/^i:0#\.f\|membership\|/i, '') : null,
  };
}

export function groupJson(db: Db, g: PrincipalRow): Record<string, unknown> {
  const owner = g.owner_id ? principalById(db, g.owner_id) : undefined;
  return {
    'odata.type': 'SP.Group',
    'odata.id': `Web/SiteGroups/GetById(${g.id})`,
    'odata.editLink': `Web/SiteGroups/GetById(${g.id})`,
    Id: g.id,
    IsHiddenInUI: false,
    LoginName: g.login_name,
    Title: g.title,
    PrincipalType: 8,
    AllowMembersEditMembership: false,
    AllowRequestToJoinLeave: false,
    AutoAcceptRequestToJoinLeave: false,
    Description: g.description ?? '',
    OnlyAllowMembersViewMembership: true,
    OwnerTitle: owner?.title ?? '',
    RequestToJoinLeaveEmailSetting: null,
  };
}

export function principalJson(db: Db, p: PrincipalRow): Record<string, unknown> {
  return p.kind === 'user' ? userJson(p) : groupJson(db, p);
}

function requireWebPerm(ctx: Ctx, kind: number): void {
  if (!hasPerm(effectiveMask(ctx.site.db, ctx.user.id, 'web'), kind)) throw errors.accessDenied();
}

function groupsOf(db: Db, userId: number): PrincipalRow[] {
  return db.prepare('SELECT p.* FROM group_members m JOIN principals p ON p.id = m.group_id WHERE m.user_id = ? ORDER BY p.id')
    .all(userId) as PrincipalRow[];
}

function userResource(ctx: Ctx, user: PrincipalRow | undefined, rest: Segment[]): SpResponse {
  if (!user || user.kind !== 'user') throw errors.userNotFound();
  if (rest.length === 0) {
    requireMethod(ctx, 'GET');
    return entity(ctx, 'SP.ApiData.Users', userJson(user));
  }
  if (rest[0].key === 'groups' && rest.length === 1) {
    return collection(ctx, 'SP.ApiData.Groups', groupsOf(ctx.site.db, user.id).map((g) => groupJson(ctx.site.db, g)));
  }
  throw errors.segmentNotFound(rest[0].name);
}

export function handleCurrentUser(ctx: Ctx, rest: Segment[]): SpResponse {
  return userResource(ctx, ctx.user, rest);
}

export function handleGetUserById(ctx: Ctx, seg: Segment, rest: Segment[]): SpResponse {
  requireWebPerm(ctx, Perm.BrowseUserInfo);
  return userResource(ctx, principalById(ctx.site.db, Number(singleArg(seg, ctx.req.url.searchParams))), rest);
}

export function handleEnsureUser(ctx: Ctx, seg: Segment): SpResponse {
  requireMethod(ctx, 'POST');
  requireWebPerm(ctx, Perm.BrowseUserInfo);
  const body = seg.args ? { logonName: singleArg(seg, ctx.req.url.searchParams) } : jsonBody(ctx);
  const logonName = String(body.logonName ?? body.LogonName ?? '');
  if (!logonName) throw errors.badRequest("The parameter 'logonName' is missing.");
  return entity(ctx, 'SP.ApiData.Users/@Element', userJson(ensureSiteUser(ctx.site.db, logonName)));
}

/** Users collection under the web (`siteusers`) or under a group (`sitegroups(…)/users`). */
function usersCollection(ctx: Ctx, seg: Segment, rest: Segment[], group?: PrincipalRow): SpResponse {
  const db = ctx.site.db;
  const q = ctx.req.url.searchParams;
  const members = (): PrincipalRow[] => group
    ? db.prepare('SELECT p.* FROM group_members m JOIN principals p ON p.id = m.user_id WHERE m.group_id = ? ORDER BY p.id').all(group.id) as PrincipalRow[]
    : db.prepare("SELECT * FROM principals WHERE kind = 'user' ORDER BY id").all() as PrincipalRow[];
  const inScope = (u: PrincipalRow | undefined) => (u && members().some((m) => m.id === u.id) ? u : undefined);
  if (seg.args) return userResource(ctx, inScope(userByLogin(db, literal(seg.args, q))), rest);
  if (rest.length === 0) {
    if (ctx.req.method === 'GET') return collection(ctx, 'SP.ApiData.Users', members().map(userJson));
    requireMethod(ctx, 'POST');
    const login = String(jsonBody(ctx).LoginName ?? '');
    const user = ensureSiteUser(db, login);
    if (group) {
      requireGroupManager(ctx, group);
      db.prepare('INSERT OR IGNORE INTO group_members(group_id, user_id) VALUES (?, ?)').run(group.id, user.id);
    } else requireWebPerm(ctx, Perm.ManagePermissions);
    return entity(ctx, 'SP.ApiData.Users', userJson(user), 201);
  }
  const [first, ...more] = rest;
  switch (first.key) {
    case 'getbyid': return userResource(ctx, inScope(principalById(db, Number(singleArg(first, q)))), more);
    case 'getbyemail': return userResource(ctx, inScope(userByEmail(db, singleArg(first, q))), more);
    case 'getbyloginname': return userResource(ctx, inScope(userByLogin(db, singleArg(first, q))), more);
    case 'removebyid':
    case 'removebyloginname': {
      requireMethod(ctx, 'POST');
      const arg = singleArg(first, q);
      const user = inScope(first.key === 'removebyid' ? principalById(db, Number(arg)) : userByLogin(db, arg));
      if (!user) throw errors.userNotFound();
      if (group) {
        requireGroupManager(ctx, group);
        db.prepare('DELETE FROM group_members WHERE group_id = ? AND user_id = ?').run(group.id, user.id);
      } else {
        requireWebPerm(ctx, Perm.ManagePermissions);
        db.prepare('DELETE FROM group_members WHERE user_id = ?').run(user.id);
        db.prepare('DELETE FROM role_assignments WHERE principal_id = ?').run(user.id);
      }
      return emptyOk();
    }
    default: throw errors.segmentNotFound(first.name);
  }
}

function requireGroupManager(ctx: Ctx, group: PrincipalRow): void {
  // The group's owner: the user, or a group they are in (directly or through an Entra ID / Microsoft 365 group).
  const ownsGroup = group.owner_id !== null && principalIdsOf(ctx.site.db, ctx.user.id).indexOf(group.owner_id) >= 0;
  if (!ownsGroup) requireWebPerm(ctx, Perm.ManagePermissions);
}

export function handleSiteUsers(ctx: Ctx, seg: Segment, rest: Segment[]): SpResponse {
  requireWebPerm(ctx, Perm.BrowseUserInfo);
  return usersCollection(ctx, seg, rest);
}

function groupResource(ctx: Ctx, group: PrincipalRow | undefined, rest: Segment[]): SpResponse {
  const db = ctx.site.db;
  if (!group || group.kind !== 'group') throw errors.groupNotFound();
  if (rest.length === 0) {
    if (ctx.req.method === 'GET') return entity(ctx, 'SP.ApiData.Groups', groupJson(db, group));
    if (ctx.req.method === 'MERGE' || ctx.req.method === 'PATCH') {
      requireGroupManager(ctx, group);
      const body = jsonBody(ctx);
      for (const key of Object.keys(body)) {
        if (!['Title', 'Description', '__metadata', 'OnlyAllowMembersViewMembership', 'AllowMembersEditMembership'].includes(key)) {
          throw errors.propertyNotOnType(key, 'SP.Group');
        }
      }
      if (typeof body.Title === 'string') db.prepare('UPDATE principals SET title = ?, login_name = ? WHERE id = ?').run(body.Title, body.Title, group.id);
      if (typeof body.Description === 'string') db.prepare('UPDATE principals SET description = ? WHERE id = ?').run(body.Description, group.id);
      return noContent();
    }
    throw errors.methodNotAllowed();
  }
  if (rest[0].key === 'users') return usersCollection(ctx, rest[0], rest.slice(1), group);
  throw errors.segmentNotFound(rest[0].name);
}

export function handleSiteGroups(ctx: Ctx, seg: Segment, rest: Segment[]): SpResponse {
  const db = ctx.site.db;
  const q = ctx.req.url.searchParams;
  if (seg.args) return groupResource(ctx, principalById(db, Number(literal(seg.args, q))), rest);
  if (rest.length === 0) {
    if (ctx.req.method === 'GET') {
      const groups = db.prepare("SELECT * FROM principals WHERE kind = 'group' ORDER BY id").all() as PrincipalRow[];
      return collection(ctx, 'SP.ApiData.Groups', groups.map((g) => groupJson(db, g)));
    }
    requireMethod(ctx, 'POST');
    requireWebPerm(ctx, Perm.CreateGroups);
    const body = jsonBody(ctx);
    const title = String(body.Title ?? '').trim();
    if (!title) throw errors.badRequest('The group name is empty.');
    if (db.prepare('SELECT 1 FROM principals WHERE login_name = ?').get(title)) throw errors.groupExists(title);
    // The creator owns a new group, as in SharePoint.
    const info = db.prepare("INSERT INTO principals(kind, login_name, title, description, owner_id) VALUES ('group', ?, ?, ?, ?)")
      .run(title, title, String(body.Description ?? ''), ctx.user.id);
    return entity(ctx, 'SP.ApiData.Groups', groupJson(db, principalById(db, Number(info.lastInsertRowid))!), 201);
  }
  const [first, ...more] = rest;
  switch (first.key) {
    case 'getbyid': return groupResource(ctx, principalById(db, Number(singleArg(first, q))), more);
    case 'getbyname': {
      const g = db.prepare("SELECT * FROM principals WHERE kind = 'group' AND login_name = ?").get(singleArg(first, q)) as PrincipalRow | undefined;
      return groupResource(ctx, g, more);
    }
    case 'removebyid':
    case 'removebyloginname': {
      requireMethod(ctx, 'POST');
      requireWebPerm(ctx, Perm.ManagePermissions);
      const arg = singleArg(first, q);
      const g = (first.key === 'removebyid'
        ? principalById(db, Number(arg))
        : db.prepare("SELECT * FROM principals WHERE kind = 'group' AND login_name = ?").get(arg)) as PrincipalRow | undefined;
      if (!g || g.kind !== 'group') throw errors.groupNotFound();
      db.prepare('DELETE FROM group_members WHERE group_id = ?').run(g.id);
      db.prepare('DELETE FROM role_assignments WHERE principal_id = ?').run(g.id);
      db.prepare('DELETE FROM principals WHERE id = ?').run(g.id);
      return emptyOk();
    }
    default: throw errors.segmentNotFound(first.name);
  }
}

export function handleAssociatedGroup(ctx: Ctx, which: 'owners' | 'members' | 'visitors', rest: Segment[]): SpResponse {
  const id = Number(getMeta(ctx.site.db, `group.${which}`));
  return groupResource(ctx, principalById(ctx.site.db, id), rest);
}

/** Resolves the identity of a request; unknown people are refused like an account outside the tenant (a group never signs in). */
export function resolveIdentity(db: Db, email: string): PrincipalRow {
  const found = userByEmail(db, email);
  const user = (found && principalTypeOf(found) === 1 ? found : undefined) ?? (findPerson(email) ? ensureSiteUser(db, email) : undefined);
  if (!user) throw new SpError(401, '-2147024891, System.UnauthorizedAccessException', `The user ${email} is not a member of this tenant.`);
  return user;
}
