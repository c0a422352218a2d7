/**
 * List items: collection GET (query engine), POST add; one item GET, MERGE/PATCH/PUT with If-Match,
 * DELETE, recycle; ReadSecurity/WriteSecurity item-level rules with the "Override List Behaviors" bypass.
 */
import { randomUUID } from 'node:crypto';
import type { Ctx, SpResponse } from './context';
import { checkIfMatch, collection, emptyOk, entity, jsonBody, noContent, primitive } from './context';
import { errors } from './errors';
import type { FieldDef } from './fields';
import type { SpList } from './lists';
import { listMask } from './lists';
import { hasPerm, Perm } from './permissions-model';
import type { Segment } from './segments';
import { singleArg } from './segments';
import { nowIso } from './storage';
import { columnsFromBody, checkUnique, defaultColumnValue } from './item-write';
import { ItemShaper } from './item-json';
import type { ItemRow, Selection } from './item-json';
import { nextLinkFor, parseItemQuery, runItemQuery } from './item-query';
import { parseExpand, parseSelect } from './odata/query';
import { validateUpdateListItem } from './item-validate';
import { handleAttachments, handleComments, handleVersions, snapshotVersion } from './item-extras';

export interface ItemAccess {
  canOverride: boolean;
  mask: ReturnType<typeof listMask>;
}

export function itemAccess(ctx: Ctx, list: SpList): ItemAccess {
  const mask = listMask(ctx, list);
  return { mask, canOverride: hasPerm(mask, Perm.CancelCheckout) };
}

/** ReadSecurity=2: the caller only sees items they created, unless they can override list behaviors. */
export function readRestriction(ctx: Ctx, list: SpList, access = itemAccess(ctx, list)): number | null {
  return list.props.ReadSecurity === 2 && !access.canOverride ? ctx.user.id : null;
}

export function loadItem(ctx: Ctx, list: SpList, id: number): ItemRow {
  const row = ctx.site.db.prepare(
    `SELECT t.*, EXISTS(SELECT 1 FROM attachments a WHERE a.list_id = ? AND a.item_id = t."ID") AS _att FROM "${list.table}" t WHERE ID = ?`)
    .get(list.id, id) as ItemRow | undefined;
  if (!row) throw errors.itemNotFound();
  const restricted = readRestriction(ctx, list);
  if (restricted !== null && row.Author !== restricted) throw errors.itemNotFound();
  return row;
}

/** Write rule for an existing item: permission level, then WriteSecurity (2 = own items only, 4 = none). */
export function requireItemWrite(ctx: Ctx, list: SpList, row: ItemRow, kind: number): void {
  const access = itemAccess(ctx, list);
  if (!hasPerm(access.mask, kind)) throw errors.accessDenied();
  if (access.canOverride) return;
  if (list.props.WriteSecurity === 4) throw errors.accessDenied();
  if (list.props.WriteSecurity === 2 && row.Author !== ctx.user.id) throw errors.accessDenied();
}

function selectionFromQuery(ctx: Ctx): Selection {
  const q = ctx.req.url.searchParams;
  const selectText = q.get('$select');
  return {
    all: !selectText,
    paths: selectText ? parseSelect(selectText) : [],
    expand: new Set(parseExpand(q.get('$expand') ?? '').map((e) => e.toLowerCase())),
  };
}

function itemResponse(ctx: Ctx, list: SpList, row: ItemRow, status = 200): SpResponse {
  const shaper = new ItemShaper(ctx, list, status === 201 ? { all: true, paths: [], expand: new Set() } : selectionFromQuery(ctx));
  shaper.validate();
  return entity(ctx, `SP.Data.${list.urlName}ListItems`, shaper.shape(row), status, { ETag: `"${row._version}"` });
}

function writeColumns(list: SpList, values: Map<FieldDef, unknown>): { cols: string[]; params: unknown[] } {
  const cols: string[] = [];
  const params: unknown[] = [];
  for (const [f, v] of values) {
    cols.push(`"${f.column}"`);
    params.push(v);
  }
  return { cols, params };
}

function addItem(ctx: Ctx, list: SpList): SpResponse {
  const access = itemAccess(ctx, list);
  if (!hasPerm(access.mask, Perm.AddListItems)) throw errors.accessDenied();
  if (list.props.WriteSecurity === 4 && !access.canOverride) throw errors.accessDenied();
  const values = columnsFromBody(ctx, list, jsonBody(ctx));
  for (const f of list.fields) {
    if (f.builtIn || values.has(f)) continue;
    const d = defaultColumnValue(f);
    if (d !== undefined) values.set(f, d);
  }
  checkUnique(ctx, list, values, null);
  const now = nowIso();
  const { cols, params } = writeColumns(list, values);
  const db = ctx.site.db;
  const id = db.transaction(() => {
    const info = db.prepare(`INSERT INTO "${list.table}" ("GUID", "Created", "Modified", "Author", "Editor", "_version", "_ui"${cols.map((c) => `, ${c}`).join('')})
      VALUES (?, ?, ?, ?, ?, 1, 1${cols.map(() => ', ?').join('')})`).run(randomUUID(), now, now, ctx.user.id, ctx.user.id, ...params);
    const newId = Number(info.lastInsertRowid);
    if (list.props.EnableVersioning) snapshotVersion(ctx, list, newId);
    return newId;
  })();
  const row = db.prepare(`SELECT t.*, 0 AS _att FROM "${list.table}" t WHERE ID = ?`).get(id) as ItemRow;
  return itemResponse(ctx, list, row, 201);
}

/** Bumps owshiddenversion (the ETag) and, on versioned lists, the major version with a snapshot. */
export function touchItem(ctx: Ctx, list: SpList, id: number, values: Map<FieldDef, unknown>, newVersion: boolean): number {
  const { cols, params } = writeColumns(list, values);
  const db = ctx.site.db;
  const bumpUi = newVersion && list.props.EnableVersioning ? 1 : 0;
  db.prepare(`UPDATE "${list.table}" SET "_version" = "_version" + 1, "_ui" = "_ui" + ?, "Modified" = ?, "Editor" = ?${cols.map((c) => `, ${c} = ?`).join('')} WHERE ID = ?`)
    .run(bumpUi, nowIso(), ctx.user.id, ...params, id);
  if (bumpUi) snapshotVersion(ctx, list, id);
  return (db.prepare(`SELECT "_version" AS v FROM "${list.table}" WHERE ID = ?`).get(id) as { v: number }).v;
}

function updateItem(ctx: Ctx, list: SpList, row: ItemRow): SpResponse {
  requireItemWrite(ctx, list, row, Perm.EditListItems);
  checkIfMatch(ctx, row._version);
  const values = columnsFromBody(ctx, list, jsonBody(ctx));
  checkUnique(ctx, list, values, row.ID);
  const version = ctx.site.db.transaction(() => touchItem(ctx, list, row.ID, values, true))();
  return noContent({ ETag: `"${version}"` });
}

function deleteItem(ctx: Ctx, list: SpList, row: ItemRow, recycle: boolean): SpResponse {
  requireItemWrite(ctx, list, row, Perm.DeleteListItems);
  checkIfMatch(ctx, row._version);
  const db = ctx.site.db;
  const recycleId = randomUUID();
  db.transaction(() => {
    if (recycle) {
      db.prepare('INSERT INTO recycle(id, list_id, item_id, data, deleted, deleted_by) VALUES (?,?,?,?,?,?)')
        .run(recycleId, list.id, row.ID, JSON.stringify(row), nowIso(), ctx.user.id);
    } else {
      for (const t of ['versions', 'comments', 'attachments']) db.prepare(`DELETE FROM ${t} WHERE list_id = ? AND item_id = ?`).run(list.id, row.ID);
    }
    db.prepare(`DELETE FROM "${list.table}" WHERE ID = ?`).run(row.ID);
  })();
  return recycle ? primitive(ctx, 'Edm.Guid', recycleId) : emptyOk();
}

function handleItem(ctx: Ctx, list: SpList, id: number, rest: Segment[]): SpResponse {
  const row = loadItem(ctx, list, id);
  if (rest.length === 0) {
    switch (ctx.req.method) {
      case 'GET': return itemResponse(ctx, list, row);
      case 'MERGE': case 'PATCH': case 'PUT': return updateItem(ctx, list, row);
      case 'DELETE': return deleteItem(ctx, list, row, false);
      default: throw errors.methodNotAllowed();
    }
  }
  const [first, ...more] = rest;
  switch (first.key) {
    case 'recycle':
      if (ctx.req.method !== 'POST') throw errors.methodNotAllowed();
      return deleteItem(ctx, list, row, true);
    case 'versions': return handleVersions(ctx, list, row, first, more);
    case 'comments': return handleComments(ctx, list, row, more);
    case 'attachmentfiles': return handleAttachments(ctx, list, row, first, more);
    case 'validateupdatelistitem': return validateUpdateListItem(ctx, list, row, () => requireItemWrite(ctx, list, row, Perm.EditListItems));
    case 'effectivebasepermissions': {
      const m = listMask(ctx, list);
      return entity(ctx, 'SP.BasePermissions', { High: m.high.toString(), Low: m.low.toString() });
    }
    default: throw errors.segmentNotFound(first.name);
  }
}

export function handleItems(ctx: Ctx, list: SpList, seg: Segment, rest: Segment[]): SpResponse {
  const q = ctx.req.url.searchParams;
  if (seg.args !== null) return handleItem(ctx, list, Number(singleArg(seg, q)), rest);
  if (rest.length > 0) {
    const [first, ...more] = rest;
    if (first.key === 'getbyid') return handleItem(ctx, list, Number(singleArg(first, q)), more);
    throw errors.segmentNotFound(first.name);
  }
  if (ctx.req.method === 'POST') return addItem(ctx, list);
  if (ctx.req.method !== 'GET') throw errors.methodNotAllowed();
  const query = parseItemQuery(ctx, list);
  const shaper = new ItemShaper(ctx, list, query.selection);
  shaper.validate();
  const result = runItemQuery(ctx, list, query, readRestriction(ctx, list));
  const value = result.rows.map((r) => shaper.shape(r));
  return collection(ctx, `SP.Data.${list.urlName}ListItems`, value, result.nextToken ? nextLinkFor(ctx, result.nextToken) : undefined);
}
