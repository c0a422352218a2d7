/**
 * Lists: the collection (GET, POST create), one list by title, id or URL (GET, MERGE, DELETE), and the
 * SP.List entity. A list's visibility follows SharePoint: without View Items on its scope it does not
 * exist for the caller (404).
 */
import { randomUUID } from 'node:crypto';
import type { Ctx, SpResponse } from './context';
import { collection, emptyOk, entity, jsonBody, noContent, checkIfMatch } from './context';
import { errors, SpError } from './errors';
import type { Segment } from './segments';
import { singleArg } from './segments';
import { nowIso, WEB_SCOPE } from './storage';
import type { Db } from './storage';
import { builtInFields, saveField, sqlColumnType, loadFields, uniqueOnOwnItemsListError } from './fields';
import type { FieldDef } from './fields';
import { effectiveMask, hasPerm, Perm, Mask } from './permissions-model';
import { filterEntities, shapeEntity } from './entity-select';

export interface ListProps {
  Description: string;
  BaseTemplate: number;
  EnableVersioning: boolean;
  EnableMinorVersions: boolean;
  MajorVersionLimit: number;
  EnableAttachments: boolean;
  EnableFolderCreation: boolean;
  ReadSecurity: number;
  WriteSecurity: number;
  Hidden: boolean;
  NoCrawl: boolean;
  /** Item comments switched off for this list (SP.List.DisableCommenting). */
  DisableCommenting: boolean;
  ContentTypesEnabled: boolean;
  AllowContentTypes: boolean;
  ForceCheckout: boolean;
  OnQuickLaunch: boolean;
  EnableModeration: boolean;
  /** Bumped on each list change, exposed as odata.etag. */
  Version: number;
}

export interface ListRow {
  id: string;
  seq: number;
  title: string;
  url_name: string;
  props: string;
  has_unique: number;
  created: string;
  modified: string;
}

export interface SpList {
  id: string;
  seq: number;
  title: string;
  urlName: string;
  props: ListProps;
  hasUnique: boolean;
  created: string;
  modified: string;
  table: string;
  fields: FieldDef[];
}

const DEFAULT_PROPS: ListProps = {
  Description: '', BaseTemplate: 100, EnableVersioning: false, EnableMinorVersions: false, MajorVersionLimit: 50,
  EnableAttachments: true, EnableFolderCreation: false, ReadSecurity: 1, WriteSecurity: 1, Hidden: false, NoCrawl: false, DisableCommenting: false,
  ContentTypesEnabled: false, AllowContentTypes: true, ForceCheckout: false, OnQuickLaunch: false, EnableModeration: false, Version: 1,
};

const WRITABLE = new Set(Object.keys(DEFAULT_PROPS).filter((k) => k !== 'Version'));

export function toList(db: Db, row: ListRow): SpList {
  return {
    id: row.id, seq: row.seq, title: row.title, urlName: row.url_name, props: { ...DEFAULT_PROPS, ...JSON.parse(row.props) },
    hasUnique: row.has_unique === 1, created: row.created, modified: row.modified, table: `items_${row.seq}`,
    fields: loadFields(db, row.id),
  };
}

export function listScope(list: SpList): string {
  return list.hasUnique ? list.id : WEB_SCOPE;
}

export function listMask(ctx: Ctx, list: SpList): Mask {
  return effectiveMask(ctx.site.db, ctx.user.id, listScope(list));
}

export function requireListPerm(ctx: Ctx, list: SpList, kind: number): void {
  if (!hasPerm(listMask(ctx, list), kind)) throw errors.accessDenied();
}

export function serverRelativeUrl(ctx: Ctx, list: SpList): string {
  return `${ctx.site.sitePath}/Lists/${list.urlName}`;
}

export function itemEntityType(list: SpList): string {
  const name = list.urlName.replace(/ /g, '_x0020_');
  return `SP.Data.${name.charAt(0).toUpperCase()}${name.slice(1)}ListItem`;
}

function findRow(db: Db, where: string, value: string): ListRow | undefined {
  return db.prepare(`SELECT * FROM lists WHERE ${where}`).get(value) as ListRow | undefined;
}

/** Finds a list the caller may see; anything else is "does not exist", as SharePoint answers. */
export function resolveList(ctx: Ctx, by: 'title' | 'id' | 'url', value: string): SpList {
  const db = ctx.site.db;
  let row: ListRow | undefined;
  if (by === 'title') row = findRow(db, 'title = ?', value);
  else if (by === 'id') row = findRow(db, 'id = ?', value.replace(/[{}]/g, '').toLowerCase());
  else {
    const prefix = `${ctx.site.sitePath}/Lists/`.toLowerCase();
    const path = decodeURIComponent(value).replace(/\/+$/, '');
    const rel = path.toLowerCase().startsWith(prefix) ? path.slice(prefix.length) : path.replace(/^\/?Lists\//i, '');
    row = findRow(db, 'url_name = ?', rel);
  }
  const notFound = () => (by === 'title' ? errors.listNotFound(value, ctx.site.siteUrl)
    : by === 'url' ? errors.listUrlNotFound()
      : new SpError(404, '-1, System.ArgumentException',
        'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.'));
  if (!row) throw notFound();
  const list = toList(db, row);
  if (!hasPerm(listMask(ctx, list), Perm.ViewListItems)) throw notFound();
  return list;
}

export function itemCount(ctx: Ctx, list: SpList): number {
  return (ctx.site.db.prepare(`SELECT COUNT(*) AS n FROM "${list.table}"`).get() as { n: number }).n;
}

export function listJson(ctx: Ctx, list: SpList): Record<string, unknown> {
  const p = list.props;
  const lastModified = (ctx.site.db.prepare(`SELECT MAX(Modified) AS m FROM "${list.table}"`).get() as { m: string | null }).m ?? list.modified;
  return {
    'odata.type': 'SP.List',
    'odata.id': `${ctx.site.siteUrl}/_api/Web/Lists(guid'${list.id}')`,
    'odata.etag': `"${p.Version}"`,
    'odata.editLink': `Web/Lists(guid'${list.id}')`,
    AllowContentTypes: p.AllowContentTypes,
    BaseTemplate: p.BaseTemplate,
    BaseType: 0,
    ContentTypesEnabled: p.ContentTypesEnabled,
    Created: list.created,
    Description: p.Description,
    EnableAttachments: p.EnableAttachments,
    EnableFolderCreation: p.EnableFolderCreation,
    EnableMinorVersions: p.EnableMinorVersions,
    EnableModeration: p.EnableModeration,
    EnableVersioning: p.EnableVersioning,
    EntityTypeName: `${list.urlName.replace(/ /g, '_x0020_')}List`,
    ForceCheckout: p.ForceCheckout,
    HasUniqueRoleAssignments: list.hasUnique,
    Hidden: p.Hidden,
    Id: list.id,
    ItemCount: itemCount(ctx, list),
    LastItemModifiedDate: lastModified,
    LastItemUserModifiedDate: lastModified,
    ListItemEntityTypeFullName: itemEntityType(list),
    MajorVersionLimit: p.MajorVersionLimit,
    NoCrawl: p.NoCrawl,
    DisableCommenting: p.DisableCommenting,
    OnQuickLaunch: p.OnQuickLaunch,
    ParentWebUrl: ctx.site.sitePath,
    ReadSecurity: p.ReadSecurity,
    WriteSecurity: p.WriteSecurity,
    Title: list.title,
  };
}

export function listResponse(ctx: Ctx, list: SpList, status = 200): SpResponse {
  const shaped = shapeEntity(listJson(ctx, list), ctx.req.url.searchParams, {
    RootFolder: () => ({
      'odata.type': 'SP.Folder',
      Exists: true,
      ItemCount: itemCount(ctx, list),
      Name: list.urlName,
      ServerRelativeUrl: serverRelativeUrl(ctx, list),
      UniqueId: list.id,
    }),
    EffectiveBasePermissions: () => {
      const m = listMask(ctx, list);
      return { High: m.high.toString(), Low: m.low.toString() };
    },
  });
  return entity(ctx, 'SP.ApiData.Lists', shaped, status);
}

function applyProps(props: ListProps, body: Record<string, unknown>, title: { value: string }): ListProps {
  const next = { ...props };
  for (const [key, value] of Object.entries(body)) {
    if (key === '__metadata') continue;
    if (key === 'Title') {
      title.value = String(value);
      continue;
    }
    if (!WRITABLE.has(key)) throw errors.propertyNotOnType(key, 'SP.List');
    (next as unknown as Record<string, unknown>)[key] = value;
  }
  if (![1, 2].includes(Number(next.ReadSecurity)) || ![1, 2, 4].includes(Number(next.WriteSecurity))) {
    throw new SpError(400, '-2147024809, System.ArgumentException', 'Value does not fall within the expected range.');
  }
  return next;
}

/** Title → URL segment: SharePoint drops characters that cannot appear in a URL. */
function urlNameFor(title: string): string {
  return title.replace(/[~"#%&*:<>?/\\{|}.]/g, '').trim() || 'List';
}

export function createList(ctx: Ctx, body: Record<string, unknown>): SpList {
  const db = ctx.site.db;
  const title = { value: String(body.Title ?? '').trim() };
  const props = applyProps(DEFAULT_PROPS, body, title);
  if (!title.value) throw errors.badRequest('The list title is required.');
  if (findRow(db, 'title = ?', title.value)) throw errors.listExists(title.value);
  let urlName = urlNameFor(title.value);
  for (let n = 1; findRow(db, 'url_name = ?', urlName); n++) urlName = `${urlNameFor(title.value)}${n}`;
  const id = randomUUID();
  const seq = ((db.prepare('SELECT MAX(seq) AS m FROM lists').get() as { m: number | null }).m ?? 0) + 1;
  const now = nowIso();
  db.transaction(() => {
    db.prepare('INSERT INTO lists(id, seq, title, url_name, props, has_unique, created, modified) VALUES (?,?,?,?,?,0,?,?)')
      .run(id, seq, title.value, urlName, JSON.stringify(props), now, now);
    const fields = builtInFields();
    fields.forEach((f, i) => saveField(db, id, f, i));
    const cols = fields.filter((f) => f.column && f.column !== 'ID').map((f) => `"${f.column}" ${sqlColumnType(f.type)}`);
    // AUTOINCREMENT: SharePoint never reuses an item id, even after deletes.
    db.exec(`CREATE TABLE "items_${seq}" ("ID" INTEGER PRIMARY KEY AUTOINCREMENT, ${cols.join(', ')},
      "_version" INTEGER NOT NULL DEFAULT 1, "_ui" INTEGER NOT NULL DEFAULT 1)`);
  })();
  return toList(db, findRow(db, 'id = ?', id)!);
}

export function saveListProps(ctx: Ctx, list: SpList, props: ListProps, title: string): void {
  ctx.site.db.prepare('UPDATE lists SET props = ?, title = ?, modified = ? WHERE id = ?')
    .run(JSON.stringify({ ...props, Version: props.Version + 1 }), title, nowIso(), list.id);
}

export function handleListsCollection(ctx: Ctx): SpResponse {
  const db = ctx.site.db;
  if (ctx.req.method === 'GET') {
    const rows = db.prepare('SELECT * FROM lists ORDER BY seq').all() as ListRow[];
    const visible = rows.map((r) => toList(db, r)).filter((l) => hasPerm(listMask(ctx, l), Perm.ViewListItems));
    const value = filterEntities(visible.map((l) => listJson(ctx, l)), ctx.req.url.searchParams.get('$filter'))
      .map((json) => shapeEntity(json, ctx.req.url.searchParams));
    return collection(ctx, 'SP.ApiData.Lists', value);
  }
  if (ctx.req.method !== 'POST') throw errors.methodNotAllowed();
  if (!hasPerm(effectiveMask(db, ctx.user.id, WEB_SCOPE), Perm.ManageLists)) throw errors.accessDenied();
  const list = createList(ctx, jsonBody(ctx));
  return listResponse(ctx, list, 201);
}

/** GET/MERGE/DELETE on one list (no further segment). */
export function handleListSelf(ctx: Ctx, list: SpList): SpResponse {
  switch (ctx.req.method) {
    case 'GET':
      return listResponse(ctx, list);
    case 'MERGE':
    case 'PATCH':
    case 'PUT': {
      requireListPerm(ctx, list, Perm.ManageLists);
      checkIfMatch(ctx, list.props.Version);
      const title = { value: list.title };
      const body = jsonBody(ctx);
      const props = applyProps(list.props, body, title);
      if ('ReadSecurity' in body && Number(props.ReadSecurity) === 2 && list.fields.some((f) => f.enforceUnique)) {
        throw uniqueOnOwnItemsListError();
      }
      if (title.value.toLowerCase() !== list.title.toLowerCase() && findRow(ctx.site.db, 'title = ?', title.value)) {
        throw errors.listExists(title.value);
      }
      saveListProps(ctx, list, props, title.value);
      return noContent({ ETag: `"${props.Version + 1}"` });
    }
    case 'DELETE': {
      requireListPerm(ctx, list, Perm.ManageLists);
      const db = ctx.site.db;
      db.transaction(() => {
        db.exec(`DROP TABLE "${list.table}"`);
        for (const t of ['fields', 'versions', 'comments', 'attachments', 'recycle']) db.prepare(`DELETE FROM ${t} WHERE list_id = ?`).run(list.id);
        db.prepare('DELETE FROM role_assignments WHERE scope = ?').run(list.id);
        db.prepare('DELETE FROM lists WHERE id = ?').run(list.id);
      })();
      return emptyOk();
    }
    default:
      throw errors.methodNotAllowed();
  }
}

export function listFromSegment(ctx: Ctx, seg: Segment): SpList {
  return resolveList(ctx, 'title', singleArg(seg, ctx.req.url.searchParams));
}
