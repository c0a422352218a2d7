/**
 * SharePoint Search, just enough for the knowledge base's second provider: `POST _api/search/postquery`
 * (JSON light body `{ request: { Querytext, QueryTemplate, SelectProperties, RowLimit, StartRow, ... } }`, what
 * PnPjs v4's `sp.search()` sends) and `GET _api/search/query?querytext='...'`. The query template and the terms
 * are evaluated as KQL (./kql.ts: AND, OR, NOT, parentheses, phrases, `word*` prefixes, property restrictions such
 * as `ListId:<guid>`, same-name restrictions ORed) over Title and the list's text columns (accents and case
 * folded), security trimming like the crawler's (list read permission and ReadSecurity),
 * and SharePoint's response shape (`PrimaryQueryResult.RelevantResults.Table.Rows[].Cells[]`). No ranking model:
 * the rank is the number of matching fields weighted by field (title first), then the most recent.
 */
import type { Ctx, SpResponse } from './context';
import { JSON_LIGHT, jsonBody } from './context';
import { errors } from './errors';
import type { ItemRow } from './item-json';
import { readRestriction } from './items';
import type { SpList } from './lists';
import { listMask, resolveList, serverRelativeUrl } from './lists';
import { hasPerm, Perm } from './permissions-model';
import type { Segment } from './segments';
import type { KqlDocument, KqlNode } from './kql';
import { evaluate, KqlSyntaxError, parseKql, requiredListIds, wordsOf } from './kql';

interface SearchRequest {
  Querytext?: string;
  QueryTemplate?: string;
  SelectProperties?: string[] | { results?: string[] };
  RowLimit?: number;
  StartRow?: number;
}

function selectList(value: SearchRequest['SelectProperties']): string[] {
  if (!value) return [];
  return Array.isArray(value) ? value : value.results ?? [];
}

function cell(key: string, value: unknown): { Key: string; Value: string | null; ValueType: string } {
  const type = typeof value === 'number' ? (Number.isInteger(value) ? 'Edm.Int64' : 'Edm.Double') : 'Edm.String';
  return { Key: key, Value: value === null || value === undefined ? null : String(value), ValueType: type };
}

function runSearch(ctx: Ctx, request: SearchRequest): SpResponse {
  const started = Date.now();
  const template = request.QueryTemplate || '{searchTerms}';
  const kql = template.replace(/\{searchTerms\}/gi, request.Querytext ?? '');
  let query: KqlNode | undefined;
  try {
    query = parseKql(kql);
  } catch (err) {
    if (err instanceof KqlSyntaxError) throw errors.badRequest(`We didn't understand your search terms. ${err.message}`);
    throw err;
  }
  // Where every match must be in given lists, read only those (an unknown list simply has no results).
  const listIds = query ? requiredListIds(query) : null;
  const lists: SpList[] = [];
  const ids = listIds ? [...listIds] : (ctx.site.db.prepare('SELECT id FROM lists').all() as { id: string }[]).map((r) => r.id);
  for (const id of ids) {
    try { lists.push(resolveList(ctx, 'id', id)); } catch { /* not a list of this site */ }
  }
  const hits: { list: SpList; row: ItemRow; rank: number }[] = [];
  if (query) {
    for (const list of lists) {
      // Security trimming: what the person cannot read is not in their results.
      if (!hasPerm(listMask(ctx, list), Perm.ViewListItems)) continue;
      // SP.List.NoCrawl: the crawler skips the list, so none of its items is in the index, whatever the query.
      if (list.props.NoCrawl === true) continue;
      const restricted = readRestriction(ctx, list);
      const textColumns = list.fields
        .filter((f) => f.column && (f.type === 'Text' || f.type === 'Note'))
        .map((f) => ({ column: f.column as string, name: f.internalName.toLowerCase(), weight: f.internalName === 'Title' ? 3 : 1 }));
      const rows = ctx.site.db.prepare(`SELECT * FROM "${list.table}"`).all() as ItemRow[];
      for (const row of rows) {
        if (restricted !== null && row.Author !== restricted) continue;
        const doc: KqlDocument = {
          fields: textColumns.map((c) => ({ weight: c.weight, words: wordsOf(String(row[c.column] ?? '')) })),
          property: (name) => {
            if (name === 'listid') return list.id;
            if (name === 'listitemid') return String(row.ID);
            const column = textColumns.find((c) => c.name === name);
            return column ? String(row[column.column] ?? '') : undefined;
          },
        };
        const result = evaluate(query, doc);
        if (result.match) hits.push({ list, row, rank: result.rank });
      }
    }
  }
  hits.sort((a, b) => b.rank - a.rank || String(b.row.Modified).localeCompare(String(a.row.Modified)) || a.row.ID - b.row.ID);
  const start = Math.max(0, Number(request.StartRow) || 0);
  const limit = Math.min(500, Math.max(0, request.RowLimit === undefined ? 10 : Number(request.RowLimit)));
  const page = hits.slice(start, start + limit);
  const select = selectList(request.SelectProperties);
  const properties = select.length ? select : ['Title', 'Path', 'ListItemID', 'ListId', 'LastModifiedTime', 'Rank'];
  const rows = page.map((h) => {
    const path = `${ctx.site.siteUrl.replace(/\/sites\/.*$/, '')}${serverRelativeUrl(ctx, h.list)}/DispForm.aspx?ID=${h.row.ID}`;
    const known: Record<string, unknown> = {
      listitemid: h.row.ID, listid: h.list.id, title: h.row.Title ?? null, path, rank: h.rank,
      lastmodifiedtime: h.row.Modified ?? null, created: h.row.Created ?? null, workid: h.row.ID,
    };
    return { Cells: properties.map((p) => cell(p, p.toLowerCase() in known ? known[p.toLowerCase()] : h.row[p] ?? null)) };
  });
  const body = {
    'odata.metadata': `${ctx.site.siteUrl}/_api/$metadata#Microsoft.Office.Server.Search.REST.SearchResult`,
    ElapsedTime: Date.now() - started,
    PrimaryQueryResult: {
      QueryId: '00000000-0000-0000-0000-000000000000',
      RelevantResults: {
        RowCount: rows.length, TotalRows: hits.length, TotalRowsIncludingDuplicates: hits.length,
        Table: { Rows: rows },
      },
    },
    Properties: [],
    SecondaryQueryResults: [],
    SpellingSuggestion: '',
    TriggeredRules: [],
  };
  return { status: 200, headers: { 'Content-Type': JSON_LIGHT }, body: JSON.stringify(body) };
}

/** Unquotes a `querytext='...'` URL parameter (OData string: doubled single quotes). */
function urlString(value: string | null): string | undefined {
  if (value === null) return undefined;
  const m = /^'(.*)'$/s.exec(value);
  return m ? m[1].replace(/''/g, "'") : value;
}

/** `_api/search/…` */
export function handleSearch(ctx: Ctx, rest: Segment[]): SpResponse {
  const op = rest[0]?.key;
  if (op === 'postquery') {
    if (ctx.req.method !== 'POST') throw errors.methodNotAllowed();
    const body = jsonBody(ctx) as { request?: SearchRequest };
    if (!body.request || typeof body.request !== 'object') throw errors.badRequest('The parameter request does not exist in method PostQuery.');
    return runSearch(ctx, body.request);
  }
  if (op === 'query') {
    if (ctx.req.method !== 'GET') throw errors.methodNotAllowed();
    const q = ctx.req.url.searchParams;
    const select = urlString(q.get('selectproperties'));
    return runSearch(ctx, {
      Querytext: urlString(q.get('querytext')), QueryTemplate: urlString(q.get('querytemplate')),
      SelectProperties: select ? select.split(',') : undefined,
      RowLimit: q.get('rowlimit') ? Number(q.get('rowlimit')) : undefined, StartRow: q.get('startrow') ? Number(q.get('startrow')) : undefined,
    });
  }
  throw errors.segmentNotFound(rest[0]?.name ?? 'search');
}
