/**
 * SharePoint Search, just enough for the knowledge base's second provider: `POST _api/search/postquery`
 * (JSON light body `{ request: { Querytext, QueryTemplate, SelectProperties, RowLimit, StartRow, ... } }`, what
 * PnPjs v4's `sp.search()` sends) and `GET _api/search/query?querytext='...'`. Keyword AND matching over
 * Title and the list's text columns (accents and case folded, `word*` for a prefix), property restriction
 * `ListId:<guid>` (or `ListID:`), security trimming like the crawler's (list read permission and ReadSecurity),
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

interface SearchRequest {
  Querytext?: string;
  QueryTemplate?: string;
  SelectProperties?: string[] | { results?: string[] };
  RowLimit?: number;
  StartRow?: number;
}

function fold(text: string): string {
  return text.replace(/<[^>]*>/g, ' ').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function words(text: string): string[] {
  return fold(text).split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}

/** Splits a KQL query into keyword terms and `Property:value` restrictions (AND/OR/NOT keywords ignored). */
function parseKql(kql: string): { terms: string[]; restrictions: { name: string; value: string }[] } {
  const terms: string[] = [];
  const restrictions: { name: string; value: string }[] = [];
  for (const token of kql.match(/"[^"]*"|\S+/g) ?? []) {
    const restriction = /^([A-Za-z][A-Za-z0-9_]*)[:=]"?([^"]+)"?$/.exec(token);
    if (restriction) { restrictions.push({ name: restriction[1].toLowerCase(), value: restriction[2] }); continue; }
    if (/^(AND|OR|NOT)$/.test(token)) continue;
    const prefix = token.endsWith('*');
    for (const w of words(token)) terms.push(prefix ? `${w}*` : w);
  }
  return { terms, restrictions };
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
  const { terms, restrictions } = parseKql(kql);
  const listIds = restrictions.filter((r) => r.name === 'listid').map((r) => r.value.replace(/[{}]/g, '').toLowerCase());
  const lists: SpList[] = [];
  for (const id of listIds) {
    try { lists.push(resolveList(ctx, 'id', id)); } catch { /* an unknown list simply has no results, as in SharePoint */ }
  }
  if (listIds.length === 0) {
    // Without a ListId restriction: every list of the site (the emulator has no other content source).
    for (const row of ctx.site.db.prepare('SELECT id FROM lists').all() as { id: string }[]) lists.push(resolveList(ctx, 'id', row.id));
  }
  const hits: { list: SpList; row: ItemRow; rank: number }[] = [];
  if (terms.length > 0) {
    for (const list of lists) {
      // Security trimming: what the person cannot read is not in their results.
      if (!hasPerm(listMask(ctx, list), Perm.ViewListItems)) continue;
      // SP.List.NoCrawl: the crawler skips the list, so none of its items is in the index, whatever the query.
      if (list.props.NoCrawl === true) continue;
      const restricted = readRestriction(ctx, list);
      const textColumns = list.fields
        .filter((f) => f.column && (f.type === 'Text' || f.type === 'Note'))
        .map((f) => ({ column: f.column as string, weight: f.internalName === 'Title' ? 3 : 1 }));
      const rows = ctx.site.db.prepare(`SELECT * FROM "${list.table}"`).all() as ItemRow[];
      for (const row of rows) {
        if (restricted !== null && row.Author !== restricted) continue;
        const fieldWords = textColumns.map((c) => ({ weight: c.weight, words: words(String(row[c.column] ?? '')) }));
        let rank = 0;
        let all = true;
        for (const term of terms) {
          const prefix = term.endsWith('*');
          const stem = prefix ? term.slice(0, -1) : term;
          let matched = 0;
          for (const f of fieldWords) if (f.words.some((w) => (prefix ? w.startsWith(stem) : w === stem))) matched += f.weight;
          if (matched === 0) { all = false; break; }
          rank += matched;
        }
        if (all) hits.push({ list, row, rank });
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
