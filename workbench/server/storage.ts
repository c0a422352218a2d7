/**
 * SQLite storage of one emulated site collection. Everything that SharePoint keeps (site users, groups,
 * role definitions and assignments, lists, fields, items, versions, comments, attachments) lives in
 * one database so that reopening the file gives back the same site.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEMO_PEOPLE, SITE_OWNER_EMAIL, claimsOf, loginNameOf, siteGroup } from './directory';
import { BUILT_IN_ROLE_DEFINITIONS } from './permissions-model';

export type Db = Database.Database;

export interface PrincipalRow {
  id: number;
  kind: 'user' | 'group';
  login_name: string;
  title: string;
  email: string | null;
  is_site_admin: number;
  description: string | null;
  owner_id: number | null;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS principals(id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,
  login_name TEXT NOT NULL UNIQUE COLLATE NOCASE, title TEXT NOT NULL, email TEXT COLLATE NOCASE,
  is_site_admin INTEGER NOT NULL DEFAULT 0, description TEXT, owner_id INTEGER);
CREATE TABLE IF NOT EXISTS group_members(group_id INTEGER NOT NULL, user_id INTEGER NOT NULL, PRIMARY KEY(group_id, user_id));
CREATE TABLE IF NOT EXISTS role_defs(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, description TEXT,
  ord INTEGER, high TEXT NOT NULL, low TEXT NOT NULL, role_type INTEGER NOT NULL DEFAULT 0, hidden INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS role_assignments(scope TEXT NOT NULL, principal_id INTEGER NOT NULL, role_def_id INTEGER NOT NULL,
  PRIMARY KEY(scope, principal_id, role_def_id));
CREATE TABLE IF NOT EXISTS lists(id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, title TEXT NOT NULL UNIQUE COLLATE NOCASE,
  url_name TEXT NOT NULL UNIQUE COLLATE NOCASE, props TEXT NOT NULL, has_unique INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL,
  modified TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS fields(list_id TEXT NOT NULL, id TEXT NOT NULL, internal_name TEXT NOT NULL COLLATE NOCASE,
  props TEXT NOT NULL, ord INTEGER NOT NULL, PRIMARY KEY(list_id, internal_name));
CREATE TABLE IF NOT EXISTS versions(list_id TEXT NOT NULL, item_id INTEGER NOT NULL, version INTEGER NOT NULL,
  created TEXT NOT NULL, editor_id INTEGER, data TEXT NOT NULL, PRIMARY KEY(list_id, item_id, version));
CREATE TABLE IF NOT EXISTS comments(id INTEGER PRIMARY KEY AUTOINCREMENT, list_id TEXT NOT NULL, item_id INTEGER NOT NULL,
  text TEXT NOT NULL, created TEXT NOT NULL, author_id INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS attachments(list_id TEXT NOT NULL, item_id INTEGER NOT NULL, file_name TEXT NOT NULL COLLATE NOCASE,
  content BLOB NOT NULL, PRIMARY KEY(list_id, item_id, file_name));
CREATE TABLE IF NOT EXISTS recycle(id TEXT PRIMARY KEY, list_id TEXT NOT NULL, item_id INTEGER NOT NULL, data TEXT NOT NULL,
  deleted TEXT NOT NULL, deleted_by INTEGER);
CREATE TABLE IF NOT EXISTS outbox(id INTEGER PRIMARY KEY AUTOINCREMENT, sender TEXT NOT NULL, message TEXT NOT NULL, sent TEXT NOT NULL);
`;

export const WEB_SCOPE = 'web';

export function openDatabase(dbFile: string): Db {
  if (dbFile !== ':memory:') mkdirSync(dirname(dbFile), { recursive: true });
  const db = new Database(dbFile);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(SCHEMA);
  return db;
}

export function getMeta(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

/**
 * The workbench's seeding clock. Demo data tells six months of history, but SharePoint stamps every write (and
 * each version) with the time it happens and no API sets an older version's time. So the workbench, and only it,
 * accepts a request header `X-Workbench-Time: <ISO date>` that makes that request's writes happen at that time
 * (also per `$batch` part). The seed uses it; the solution never sends it (its code has no such header).
 */
const requestTime = new AsyncLocalStorage<string>();

/** The time a request's writes are stamped with: `X-Workbench-Time` when valid, else undefined (now). */
export function workbenchTime(headers: Record<string, string | string[] | undefined>): string | undefined {
  const raw = headers['x-workbench-time'];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isFinite(t) ? new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z') : undefined;
}

/** Runs `work` with the clock at `iso` (or the real time when undefined). */
export function atTime<T>(iso: string | undefined, work: () => T): T {
  return iso ? requestTime.run(iso, work) : work();
}

export function nowIso(): string {
  return requestTime.getStore() ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Keeps the site users' login names in step with the directory: a person's claim holds their UPN (a database
 * written before a UPN was set keeps the person's id and gets the right login name). Changes rows only.
 */
function syncDirectoryLogins(db: Db): void {
  const update = db.prepare("UPDATE principals SET login_name = ? WHERE kind = 'user' AND email = ? AND login_name <> ?");
  for (const person of DEMO_PEOPLE) {
    const login = loginNameOf(person.email);
    if (!db.prepare('SELECT 1 FROM principals WHERE login_name = ?').get(login)) update.run(login, person.email, login);
  }
}

/**
 * Creates the site collection once (a reopened database keeps its state; only its people's login names are
 * brought in step with the directory, and a site written before sites were group-connected is connected). The site is connected to a Microsoft 365 group, as a modern team site:
 * the group's owners claim is a site collection admin and in the Owners group, its members claim in Members.
 */
export function bootstrapSite(db: Db, webTitle: string): void {
  if (getMeta(db, 'web.id')) {
    db.transaction(() => {
      syncDirectoryLogins(db);
      connectSiteGroup(db);
    })();
    return;
  }
  db.transaction(() => {
    setMeta(db, 'web.id', randomUUID());
    setMeta(db, 'site.id', randomUUID());
    setMeta(db, 'web.title', webTitle);
    setMeta(db, 'web.created', nowIso());
    const insertRole = db.prepare('INSERT INTO role_defs(id, name, description, ord, high, low, role_type, hidden) VALUES (?,?,?,?,?,?,?,?)');
    for (const r of BUILT_IN_ROLE_DEFINITIONS) insertRole.run(r.id, r.name, r.description, r.order, r.high, r.low, r.roleType, r.hidden ? 1 : 0);
    // SharePoint numbers principals per site collection; the three associated groups come first.
    db.prepare("INSERT INTO sqlite_sequence(name, seq) VALUES ('principals', 2)").run();
    const insertPrincipal = db.prepare(
      'INSERT INTO principals(kind, login_name, title, email, is_site_admin, description, owner_id) VALUES (?,?,?,?,?,?,?)');
    const group = (title: string, description: string) =>
      Number(insertPrincipal.run('group', title, title, null, 0, description, null).lastInsertRowid);
    const owners = group(`${webTitle} Owners`, `Use this group to grant people full control permissions to the SharePoint site: ${webTitle}`);
    const visitors = group(`${webTitle} Visitors`, `Use this group to grant people read permissions to the SharePoint site: ${webTitle}`);
    const members = group(`${webTitle} Members`, `Use this group to grant people contribute permissions to the SharePoint site: ${webTitle}`);
    db.prepare('UPDATE principals SET owner_id = ? WHERE kind = ?').run(owners, 'group');
    setMeta(db, 'group.owners', String(owners));
    setMeta(db, 'group.members', String(members));
    setMeta(db, 'group.visitors', String(visitors));
    const assign = db.prepare('INSERT INTO role_assignments(scope, principal_id, role_def_id) VALUES (?,?,?)');
    assign.run(WEB_SCOPE, owners, 1073741829);
    assign.run(WEB_SCOPE, members, 1073741830);
    assign.run(WEB_SCOPE, visitors, 1073741826);
    const addMember = db.prepare('INSERT INTO group_members(group_id, user_id) VALUES (?,?)');
    for (const person of DEMO_PEOPLE) {
      if (person.throughGroupsOnly) continue;
      const isOwner = person.email === SITE_OWNER_EMAIL;
      const id = Number(insertPrincipal.run('user', loginNameOf(person.email), person.displayName, person.email,
        isOwner ? 1 : 0, null, null).lastInsertRowid);
      addMember.run(isOwner ? owners : members, id);
    }
    // After the people, so that their ids stay those of a site without a group.
    connectSiteGroup(db);
  })();
}

/**
 * Connects the site to the demo tenant's Microsoft 365 group, as a modern team site is: the group's owners claim
 * becomes a site collection admin in the Owners group, its members claim goes to Members. A database written
 * before sites were group-connected gets it on open (its people keep their ids), so the demo's owner through the
 * group is an owner there too.
 */
function connectSiteGroup(db: Db): void {
  const connected = siteGroup();
  if (!connected || getMeta(db, 'site.group')) return;
  const owners = Number(getMeta(db, 'group.owners'));
  const members = Number(getMeta(db, 'group.members'));
  const insertPrincipal = db.prepare(
    'INSERT INTO principals(kind, login_name, title, email, is_site_admin, description, owner_id) VALUES (?,?,?,?,?,?,?)');
  const addMember = db.prepare('INSERT OR IGNORE INTO group_members(group_id, user_id) VALUES (?,?)');
  for (const claim of claimsOf(connected)) {
    const existing = db.prepare('SELECT id FROM principals WHERE login_name = ?').get(claim.loginName) as { id: number } | undefined;
    const id = existing ? existing.id : Number(insertPrincipal.run('user', claim.loginName, claim.title, null, claim.owners ? 1 : 0, null, null).lastInsertRowid);
    if (claim.owners) db.prepare('UPDATE principals SET is_site_admin = 1 WHERE id = ?').run(id);
    addMember.run(claim.owners ? owners : members, id);
  }
  setMeta(db, 'site.group', connected.id);
}
