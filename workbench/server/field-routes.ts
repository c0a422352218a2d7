/**
 * REST surface of list fields: the collection (GET with $filter/$select, createfieldasxml), one field
 * (GET, MERGE, DELETE). Creating or indexing a field changes the item table (column, SQLite index), so
 * the threshold rules see the same indexes SharePoint would use.
 */
import type { Ctx, SpResponse } from './context';
import { collection, emptyOk, entity, jsonBody, noContent } from './context';
import { errors, SpError } from './errors';
import type { FieldDef } from './fields';
import {
  fieldEntity, findField, loadFields, mergeField, parseFieldXml, saveField, sqlColumnType, uniqueOnOwnItemsListError, updateFieldRow,
} from './fields';
import type { SpList, ListRow } from './lists';
import { requireListPerm } from './lists';
import { Perm } from './permissions-model';
import type { Segment } from './segments';
import { singleArg } from './segments';
import { filterEntities, shapeEntity } from './entity-select';

function indexName(list: SpList, f: FieldDef): string {
  return `ix_${list.seq}_${f.column}`;
}

function syncIndex(ctx: Ctx, list: SpList, f: FieldDef): void {
  if (!f.column || f.column === 'ID') return;
  if (f.indexed) ctx.site.db.exec(`CREATE INDEX IF NOT EXISTS "${indexName(list, f)}" ON "${list.table}"("${f.column}")`);
  else ctx.site.db.exec(`DROP INDEX IF EXISTS "${indexName(list, f)}"`);
}

/** Resolves a lookup's List attribute the ways SharePoint accepts: `{guid}`, a web-relative URL or a title. */
function lookupListResolver(ctx: Ctx) {
  return (ref: string): string | undefined => {
    const db = ctx.site.db;
    const trimmed = ref.trim();
    const guid = /^\{?([0-9a-f-]{36})\}?$/i.exec(trimmed);
    if (guid) return (db.prepare('SELECT id FROM lists WHERE id = ?').get(guid[1].toLowerCase()) as { id: string } | undefined)?.id;
    const rel = trimmed.replace(new RegExp(`^${ctx.site.sitePath}/`, 'i'), '').replace(/^\/?Lists\//i, '');
    const row = db.prepare('SELECT id FROM lists WHERE url_name = ? OR title = ?').get(rel, trimmed) as Pick<ListRow, 'id'> | undefined;
    return row?.id;
  };
}

function createFieldAsXml(ctx: Ctx, list: SpList): SpResponse {
  requireListPerm(ctx, list, Perm.ManageLists);
  const body = jsonBody(ctx);
  const params = (body.parameters ?? {}) as { SchemaXml?: unknown; Options?: unknown };
  if (typeof params.SchemaXml !== 'string') throw errors.badRequest("The parameter 'SchemaXml' is missing.");
  const def = parseFieldXml(params.SchemaXml, Number(params.Options ?? 0), lookupListResolver(ctx));
  if (def.enforceUnique && Number(list.props.ReadSecurity) === 2) throw uniqueOnOwnItemsListError();
  if (list.fields.some((f) => f.internalName.toLowerCase() === def.internalName.toLowerCase())) throw errors.fieldExists(def.internalName);
  if (list.fields.some((f) => f.id === def.id)) {
    throw new SpError(500, '-2130575340, Microsoft.SharePoint.SPException', 'A duplicate field ID was found.');
  }
  const db = ctx.site.db;
  db.transaction(() => {
    saveField(db, list.id, def, list.fields.length);
    db.exec(`ALTER TABLE "${list.table}" ADD COLUMN "${def.column}" ${sqlColumnType(def.type)}`);
    syncIndex(ctx, list, def);
  })();
  return entity(ctx, 'SP.ApiData.Fields', fieldEntity(def, list.id), 201);
}

function fieldResource(ctx: Ctx, list: SpList, def: FieldDef | undefined, name: string, rest: Segment[]): SpResponse {
  if (!def) throw errors.fieldByNameNotFound(name);
  if (rest.length) throw errors.segmentNotFound(rest[0].name);
  switch (ctx.req.method) {
    case 'GET':
      return entity(ctx, 'SP.ApiData.Fields', shapeEntity(fieldEntity(def, list.id), ctx.req.url.searchParams));
    case 'MERGE':
    case 'PATCH':
    case 'PUT': {
      requireListPerm(ctx, list, Perm.ManageLists);
      const next = mergeField(def, jsonBody(ctx));
      // Stricter than "becoming unique": an update that leaves a column unique on such a list is refused too.
      if (next.enforceUnique && Number(list.props.ReadSecurity) === 2) throw uniqueOnOwnItemsListError();
      const db = ctx.site.db;
      if (next.enforceUnique && !def.enforceUnique && next.column) {
        const dup = db.prepare(`SELECT 1 FROM "${list.table}" WHERE "${next.column}" IS NOT NULL GROUP BY "${next.column}" HAVING COUNT(*) > 1 LIMIT 1`).get();
        if (dup) throw new SpError(400, '-2130575166, Microsoft.SharePoint.SPException', 'This field contains duplicate values. Remove all duplicate values and try the operation again.');
      }
      db.transaction(() => {
        updateFieldRow(db, list.id, next);
        syncIndex(ctx, list, next);
      })();
      return noContent();
    }
    case 'DELETE': {
      requireListPerm(ctx, list, Perm.ManageLists);
      if (def.builtIn) throw new SpError(400, '-2146233079, System.InvalidOperationException', 'You cannot delete a read-only column.');
      const db = ctx.site.db;
      db.transaction(() => {
        db.exec(`DROP INDEX IF EXISTS "${indexName(list, def)}"`);
        db.exec(`ALTER TABLE "${list.table}" DROP COLUMN "${def.column}"`);
        db.prepare('DELETE FROM fields WHERE list_id = ? AND internal_name = ?').run(list.id, def.internalName);
      })();
      return emptyOk();
    }
    default:
      throw errors.methodNotAllowed();
  }
}

export function handleFields(ctx: Ctx, list: SpList, seg: Segment, rest: Segment[]): SpResponse {
  const q = ctx.req.url.searchParams;
  const fields = loadFields(ctx.site.db, list.id);
  if (seg.args !== null) {
    const id = singleArg(seg, q).toLowerCase();
    return fieldResource(ctx, list, fields.find((f) => f.id === id), id, rest);
  }
  if (rest.length === 0) {
    if (ctx.req.method === 'POST') throw errors.badRequest('Use createfieldasxml to add a field in the workbench.');
    if (ctx.req.method !== 'GET') throw errors.methodNotAllowed();
    const value = filterEntities(fields.map((f) => fieldEntity(f, list.id)), q.get('$filter')).map((f) => shapeEntity(f, q));
    return collection(ctx, 'SP.ApiData.Fields', value);
  }
  const [first, ...more] = rest;
  switch (first.key) {
    case 'createfieldasxml':
      if (ctx.req.method !== 'POST') throw errors.methodNotAllowed();
      return createFieldAsXml(ctx, list);
    case 'getbyinternalnameortitle':
    case 'getbytitle': {
      const name = singleArg(first, q);
      const def = first.key === 'getbytitle' ? fields.find((f) => f.title.toLowerCase() === name.toLowerCase()) : findField(fields, name);
      return fieldResource(ctx, list, def, name, more);
    }
    case 'getbyid': {
      const id = singleArg(first, q).replace(/[{}]/g, '').toLowerCase();
      return fieldResource(ctx, list, fields.find((f) => f.id === id), id, more);
    }
    default:
      throw errors.segmentNotFound(first.name);
  }
}
