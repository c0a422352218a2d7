/**
 * List item queries: maps OData member paths to SQL columns, applies $filter/$orderby/$top and the
 * `$skiptoken=Paged=TRUE&p_ID=…` keyset paging, ReadSecurity's implicit author clause, and the list
 * view threshold exactly as SharePoint Online documents it.
 */
import type { Ctx } from './context';
import { errors } from './errors';
import type { FieldDef } from './fields';
import { entityPropertyName, isLookupLike } from './fields';
import type { SpList, ListRow } from './lists';
import { toList } from './lists';
import type { ColumnRef, ColumnResolver, FilterNode } from './odata/filter';
import { filterToSql, limitingClause, parseFilter } from './odata/filter';
import { parseExpand, parseOrderBy, parseSelect } from './odata/query';
import type { ItemRow, Selection } from './item-json';
import { lookupTargetAccess, userProjection } from './item-json';

const USER_COLUMNS: Record<string, { column: string; kind: ColumnRef['kind'] }> = {
  id: { column: 'id', kind: 'id' }, title: { column: 'title', kind: 'text' }, email: { column: 'email', kind: 'text' },
  name: { column: 'login_name', kind: 'text' }, username: { column: 'email', kind: 'text' },
};

function kindOf(f: FieldDef): ColumnRef['kind'] {
  switch (f.type) {
    case 'Number': case 'Currency': case 'Integer': case 'Counter': return 'number';
    case 'Boolean': return 'boolean';
    case 'DateTime': return 'datetime';
    case 'MultiChoice': case 'LookupMulti': case 'UserMulti': return 'multi';
    case 'Lookup': case 'User': return 'id';
    default: return 'text';
  }
}

/** Builds the resolver for one list; `expand` holds the lower-cased $expand names (projections need them). */
export function columnResolver(ctx: Ctx, list: SpList, expand: Set<string>): ColumnResolver {
  const byProp = (name: string) => list.fields.find((f) => entityPropertyName(f.internalName).toLowerCase() === name.toLowerCase());
  return (path: string[]): ColumnRef => {
    const full = path.join('/');
    const [head, sub] = path;
    if (path.length > 2) throw errors.fieldNotFound(full);
    if (path.length === 1) {
      const lower = head.toLowerCase();
      if (lower === 'id') return { sql: 't."ID"', kind: 'number', indexed: true };
      if (lower === 'attachments') {
        return { sql: `EXISTS(SELECT 1 FROM attachments a WHERE a.list_id = '${list.id}' AND a.item_id = t."ID")`, kind: 'boolean', indexed: false };
      }
      const direct = byProp(head);
      if (direct && direct.column && !isLookupLike(direct.type)) {
        return { sql: `t."${direct.column}"`, kind: kindOf(direct), indexed: direct.indexed };
      }
      const viaId = lower.endsWith('id') ? byProp(head.slice(0, -2)) : undefined;
      if (viaId && viaId.column && isLookupLike(viaId.type)) {
        return { sql: `t."${viaId.column}"`, kind: kindOf(viaId), indexed: viaId.indexed };
      }
      throw errors.fieldNotFound(head);
    }
    const f = byProp(head);
    if (!f || !f.column || !isLookupLike(f.type)) throw errors.fieldNotFound(full);
    const multi = f.type === 'LookupMulti' || f.type === 'UserMulti';
    if (sub.toLowerCase() === 'id') return { sql: `t."${f.column}"`, kind: kindOf(f), indexed: f.indexed };
    if (!expand.has(entityPropertyName(f.internalName).toLowerCase())) throw errors.projectionNeedsExpand(full, head);
    let targetSql: string;
    let kind: ColumnRef['kind'];
    let joinTable: string;
    if (f.type === 'User' || f.type === 'UserMulti') {
      const uc = USER_COLUMNS[sub.toLowerCase()];
      if (!uc || !userProjection(sub)) throw errors.fieldNotFound(full);
      targetSql = `p."${uc.column}"`;
      kind = uc.kind;
      joinTable = 'principals p';
    } else {
      const row = ctx.site.db.prepare('SELECT * FROM lists WHERE id = ?').get(f.lookupList) as ListRow | undefined;
      const target = row ? toList(ctx.site.db, row) : undefined;
      const tf = target?.fields.find((x) => x.internalName.toLowerCase() === sub.toLowerCase());
      if (!target || !tf?.column) throw errors.fieldNotFound(full);
      kind = kindOf(tf) === 'multi' ? 'multi' : kindOf(tf) === 'id' ? 'number' : kindOf(tf);
      joinTable = `"${target.table}" p`;
      // A filter on a projected field sees only the target items the caller may read (see lookupTargetAccess).
      const access = lookupTargetAccess(ctx, target);
      targetSql = access === 'all' ? `p."${tf.column}"`
        : access === 'none' ? 'NULL' : `CASE WHEN p."Author" = ${Number(access.authorId)} THEN p."${tf.column}" END`;
    }
    const key = f.type === 'User' || f.type === 'UserMulti' ? 'p.id' : 'p."ID"';
    if (multi) {
      return {
        sql: `(SELECT json_group_array(${targetSql}) FROM json_each(t."${f.column}") je JOIN ${joinTable} ON ${key} = je.value)`,
        kind: 'multi', indexed: false,
      };
    }
    return { sql: `(SELECT ${targetSql} FROM ${joinTable} WHERE ${key} = t."${f.column}")`, kind, indexed: false };
  };
}

/**
 * SharePoint Online's list view lookup threshold: 12 lookup-type columns per query (Lookup, LookupMulti, User,
 * UserMulti — Author and Editor included — and managed metadata, which the workbench does not have).
 * https://learn.microsoft.com/en-us/office365/servicedescriptions/sharepoint-online-service-description/sharepoint-online-limits
 * ("List view lookup threshold"); https://learn.microsoft.com/en-us/sharepoint/install/software-boundaries-and-limits
 * (counts person/group and managed metadata columns; does not apply to single item operations).
 */
export const LOOKUP_COLUMN_THRESHOLD = 12;

function filterPaths(node: FilterNode | null, out: string[][] = []): string[][] {
  if (!node) return out;
  switch (node.kind) {
    case 'and': case 'or': filterPaths(node.left, out); filterPaths(node.right, out); break;
    case 'not': filterPaths(node.operand, out); break;
    default: out.push(node.field);
  }
  return out;
}

/**
 * The distinct lookup-type fields a collection query touches: every one of the list's without `$select` (or with
 * `*`), else those projected (`X/Title`, `XId`, `X`), filtered or sorted on; a field counts once however many of its
 * properties are used. Above the threshold the query fails as SharePoint's does.
 */
function checkLookupThreshold(list: SpList, selection: Selection, filter: FilterNode | null, orderBy: string[][]): void {
  const lookups = list.fields.filter((f) => isLookupLike(f.type));
  const used = new Set<string>();
  const all = selection.all || selection.paths.some((p) => p.length === 1 && p[0] === '*');
  if (all) lookups.forEach((f) => used.add(f.internalName));
  for (const [head] of [...selection.paths, ...filterPaths(filter), ...orderBy]) {
    const lower = head.toLowerCase();
    const f = lookups.find((x) => {
      const n = entityPropertyName(x.internalName).toLowerCase();
      return lower === n || lower === `${n}id` || lower === `${n}stringid`;
    });
    if (f) used.add(f.internalName);
  }
  if (used.size > LOOKUP_COLUMN_THRESHOLD) throw errors.lookupThreshold();
}

export interface ItemQuery {
  selection: Selection;
  resolver: ColumnResolver;
  filter: FilterNode | null;
  orderBy: { ref: ColumnRef; desc: boolean; name: string }[];
  top: number;
  after: { id: number; values: Record<string, string> } | null;
}

export function parseItemQuery(ctx: Ctx, list: SpList): ItemQuery {
  const q = ctx.req.url.searchParams;
  const expandList = parseExpand(q.get('$expand') ?? '');
  const expand = new Set(expandList.map((e) => e.toLowerCase()));
  const selectText = q.get('$select');
  const selection: Selection = { all: !selectText, paths: selectText ? parseSelect(selectText) : [], expand };
  const resolver = columnResolver(ctx, list, expand);
  const filterText = q.get('$filter');
  const filter = filterText && filterText.trim() ? parseFilter(filterText) : null;
  const orderPaths = parseOrderBy(q.get('$orderby') ?? '');
  checkLookupThreshold(list, selection, filter, orderPaths.map((o) => o.path));
  const orderBy = orderPaths.map((o) => ({ ref: resolver(o.path), desc: o.desc, name: o.path.join('/') }));
  const topText = q.get('$top');
  const top = topText === null ? 100 : Number(topText);
  if (!Number.isInteger(top) || top < 0) throw errors.badRequest(`Invalid $top value '${topText}'.`);
  // SharePoint refuses page sizes above the list view threshold whatever the list size.
  if (top > ctx.site.threshold) throw errors.throttled();
  let after: ItemQuery['after'] = null;
  const token = q.get('$skiptoken');
  if (token) {
    const inner = new URLSearchParams(token);
    const id = Number(inner.get('p_ID'));
    if (inner.get('Paged')?.toUpperCase() === 'TRUE' && Number.isInteger(id)) {
      const values: Record<string, string> = {};
      for (const [k, v] of inner) if (k.startsWith('p_') && k !== 'p_ID') values[k.slice(2)] = v;
      after = { id, values };
    }
  }
  return { selection, resolver, filter, orderBy, top, after };
}

function sentinel(kind: ColumnRef['kind']): string {
  return kind === 'number' || kind === 'id' || kind === 'boolean' ? '-1e308' : "''";
}

/** Counts rows matching a clause, stopping as soon as the threshold is passed. */
function exceedsThreshold(ctx: Ctx, list: SpList, sql: string, params: unknown[]): boolean {
  const limit = ctx.site.threshold;
  const row = ctx.site.db.prepare(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM "${list.table}" t WHERE ${sql} LIMIT ?)`)
    .get(...params, limit + 1) as { n: number };
  return row.n > limit;
}

/**
 * SharePoint Online's list view threshold: on a list above it, the query needs an indexed limiting
 * clause matching at most `threshold` rows, and may only sort on indexed columns.
 */
function checkThreshold(ctx: Ctx, list: SpList, query: ItemQuery, authorClause: FilterNode | null, total: number): void {
  if (total <= ctx.site.threshold) return;
  if (query.orderBy.some((o) => !o.ref.indexed)) throw errors.throttled();
  const candidates = [query.filter, authorClause].filter((n): n is FilterNode => n !== null);
  if (candidates.length === 0) return;
  for (const node of candidates) {
    const limiting = limitingClause(node, query.resolver);
    if (!limiting) continue;
    const { sql, params } = filterToSql(limiting, query.resolver);
    if (!exceedsThreshold(ctx, list, sql, params)) return;
  }
  throw errors.throttled();
}

export interface QueryResult {
  rows: ItemRow[];
  nextToken: string | null;
}

/** Runs an item collection query. `authorId` set = ReadSecurity restricts the caller to their own items. */
export function runItemQuery(ctx: Ctx, list: SpList, query: ItemQuery, authorId: number | null): QueryResult {
  const db = ctx.site.db;
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM "${list.table}"`).get() as { n: number }).n;
  const authorClause: FilterNode | null = authorId === null ? null
    : { kind: 'compare', op: 'eq', field: ['AuthorId'], value: { type: 'number', value: authorId } };
  checkThreshold(ctx, list, query, authorClause, total);
  const where: string[] = [];
  const params: unknown[] = [];
  for (const node of [query.filter, authorClause]) {
    if (!node) continue;
    const compiled = filterToSql(node, query.resolver);
    where.push(compiled.sql);
    params.push(...compiled.params);
  }
  const orderExprs = query.orderBy.filter((o) => o.name.toLowerCase() !== 'id')
    .map((o) => ({ expr: `COALESCE(${o.ref.sql}, ${sentinel(o.ref.kind)})`, desc: o.desc, name: o.name }));
  const idDesc = query.orderBy.find((o) => o.name.toLowerCase() === 'id')?.desc ?? false;
  if (query.after) {
    // Keyset continuation: rows strictly after the last one of the previous page in sort order.
    const ors: string[] = [];
    const keyParams: unknown[] = [];
    for (let i = 0; i <= orderExprs.length; i++) {
      const parts: string[] = [];
      const partParams: unknown[] = [];
      for (let j = 0; j < i; j++) {
        parts.push(`${orderExprs[j].expr} = ?`);
        partParams.push(decodeKey(query.after.values[orderExprs[j].name]));
      }
      if (i < orderExprs.length) {
        parts.push(`${orderExprs[i].expr} ${orderExprs[i].desc ? '<' : '>'} ?`);
        partParams.push(decodeKey(query.after.values[orderExprs[i].name]));
      } else {
        parts.push(`t."ID" ${idDesc ? '<' : '>'} ?`);
        partParams.push(query.after.id);
      }
      ors.push(`(${parts.join(' AND ')})`);
      keyParams.push(...partParams);
    }
    where.push(`(${ors.join(' OR ')})`);
    params.push(...keyParams);
  }
  const orderSql = [...orderExprs.map((o) => `${o.expr} ${o.desc ? 'DESC' : 'ASC'}`), `t."ID" ${idDesc ? 'DESC' : 'ASC'}`].join(', ');
  const keyCols = orderExprs.map((o, i) => `, ${o.expr} AS "_k${i}"`).join('');
  const sql = `SELECT t.*, EXISTS(SELECT 1 FROM attachments a WHERE a.list_id = ? AND a.item_id = t."ID") AS _att${keyCols}
    FROM "${list.table}" t ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${orderSql} LIMIT ?`;
  const rows = db.prepare(sql).all(list.id, ...params, query.top + 1) as ItemRow[];
  let nextToken: string | null = null;
  if (rows.length > query.top) {
    rows.length = query.top;
    const last = rows[rows.length - 1];
    const token = new URLSearchParams();
    token.set('Paged', 'TRUE');
    token.set('p_ID', String(last.ID));
    orderExprs.forEach((o, i) => token.set(`p_${o.name}`, encodeKey(last[`_k${i}`])));
    nextToken = token.toString();
  }
  return { rows, nextToken };
}

function encodeKey(v: unknown): string {
  return typeof v === 'number' ? `n:${v}` : `s:${String(v)}`;
}

function decodeKey(v: string | undefined): unknown {
  if (v === undefined) throw errors.badRequest('The $skiptoken does not match the $orderby of the query.');
  return v.startsWith('n:') ? Number(v.slice(2)) : v.slice(2);
}

/** The absolute nextLink SharePoint returns: the same request with the new $skiptoken. */
export function nextLinkFor(ctx: Ctx, token: string): string {
  const url = new URL(ctx.req.url.toString());
  const params = new URLSearchParams(url.search);
  params.delete('$skiptoken');
  const rest = params.toString();
  return `${url.origin}${url.pathname}?%24skiptoken=${encodeURIComponent(token)}${rest ? `&${rest}` : ''}`;
}
