/**
 * What hangs off an item: version history (snapshots written by the server on every change of a
 * versioned list, so a client cannot forge history), comments (SharePoint's list item comments API) and
 * attachments. Each follows the item's own read/write rules.
 */
import type { Ctx, SpResponse } from './context';
import { collection, emptyOk, entity, jsonBody, noContent } from './context';
import { errors, SpError } from './errors';
import type { SpList } from './lists';
import { serverRelativeUrl } from './lists';
import { entityPropertyName, isLookupLike, isMulti } from './fields';
import type { ItemRow } from './item-json';
import { hasPerm, Perm } from './permissions-model';
import type { Segment } from './segments';
import { namedArgs, singleArg } from './segments';
import { nowIso } from './storage';
import type { PrincipalRow } from './storage';
import { itemAccess, requireItemWrite, touchItem } from './items';

export function snapshotVersion(ctx: Ctx, list: SpList, id: number): void {
  const db = ctx.site.db;
  const row = db.prepare(`SELECT * FROM "${list.table}" WHERE ID = ?`).get(id) as ItemRow;
  db.prepare('INSERT OR REPLACE INTO versions(list_id, item_id, version, created, editor_id, data) VALUES (?,?,?,?,?,?)')
    .run(list.id, id, row._ui, row.Modified, row.Editor, JSON.stringify(row));
}

function principal(ctx: Ctx, id: number): PrincipalRow | undefined {
  return ctx.site.db.prepare('SELECT * FROM principals WHERE id = ?').get(id) as PrincipalRow | undefined;
}

function lookupValue(ctx: Ctx, list: SpList, fieldName: string, id: number): Record<string, unknown> {
  const f = list.fields.find((x) => x.internalName === fieldName)!;
  if (f.type === 'User' || f.type === 'UserMulti') {
    const u = principal(ctx, id);
    return { LookupId: id, LookupValue: u?.title ?? '', Email: u?.email ?? '' };
  }
  const target = ctx.site.db.prepare('SELECT seq FROM lists WHERE id = ?').get(f.lookupList) as { seq: number } | undefined;
  const shown = target
    ? (ctx.site.db.prepare(`SELECT * FROM "items_${target.seq}" WHERE ID = ?`).get(id) as Record<string, unknown> | undefined)
    : undefined;
  return { LookupId: id, LookupValue: shown ? String(shown[f.lookupField ?? 'Title'] ?? '') : '' };
}

/** SP.ListItemVersion as SharePoint returns it: field values by internal name, people as lookup values. */
function versionJson(ctx: Ctx, list: SpList, v: { version: number; created: string; data: string }, current: number): Record<string, unknown> {
  const data = JSON.parse(v.data) as Record<string, unknown>;
  const out: Record<string, unknown> = {
    'odata.type': 'SP.ListItemVersion',
    'odata.id': `Web/Lists(guid'${list.id}')/Items(${data.ID})/Versions(${v.version * 512})`,
    Created: v.created,
    IsCurrentVersion: v.version === current,
    VersionId: v.version * 512,
    VersionLabel: `${v.version}.0`,
  };
  for (const f of list.fields) {
    if (!f.column || f.column === 'GUID') continue;
    const raw = data[f.column];
    const name = entityPropertyName(f.internalName);
    if (isLookupLike(f.type)) {
      if (isMulti(f.type)) out[name] = raw ? (JSON.parse(String(raw)) as number[]).map((id) => lookupValue(ctx, list, f.internalName, id)) : [];
      else out[name] = raw === null || raw === undefined ? null : lookupValue(ctx, list, f.internalName, Number(raw));
    } else if (f.type === 'Boolean') out[name] = raw === null ? null : raw === 1;
    else if (f.type === 'MultiChoice' || f.type === 'URL') out[name] = raw ? JSON.parse(String(raw)) : null;
    else out[name] = raw ?? null;
  }
  out.ID = data.ID;
  out.OData__UIVersionString = `${v.version}.0`;
  return out;
}

/**
 * Deleting versions needs Delete Versions ("Delete past versions of a list item or document", Microsoft Learn's
 * permission table: https://learn.microsoft.com/en-us/sharepoint/sites/user-permissions-and-permission-levels)
 * on top of the item's own write rule (WriteSecurity: one's own items unless Override List Behaviors). The current
 * version is never deleted (FileVersionCollection.DeleteByLabel: "Current version cannot be deleted",
 * https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/ee538061(v=office.15)); DeleteAll
 * keeps it (SPListItemVersionCollection.DeleteAll, "except for the current version",
 * https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/ms196894(v=office.15)).
 */
function deleteVersions(ctx: Ctx, list: SpList, row: ItemRow, versions: number[]): SpResponse {
  requireItemWrite(ctx, list, row, Perm.DeleteVersions);
  if (versions.includes(row._ui)) throw new SpError(400, '-2147024710, Microsoft.SharePoint.SPException', 'Current version cannot be deleted.');
  const db = ctx.site.db;
  db.transaction(() => {
    for (const v of versions) db.prepare('DELETE FROM versions WHERE list_id = ? AND item_id = ? AND version = ?').run(list.id, row.ID, v);
  })();
  return emptyOk();
}

export function handleVersions(ctx: Ctx, list: SpList, row: ItemRow, seg: Segment, rest: Segment[]): SpResponse {
  if (!hasPerm(itemAccess(ctx, list).mask, Perm.ViewVersions)) throw errors.accessDenied();
  const rows = ctx.site.db.prepare('SELECT version, created, data FROM versions WHERE list_id = ? AND item_id = ? ORDER BY version DESC')
    .all(list.id, row.ID) as { version: number; created: string; data: string }[];
  const q = ctx.req.url.searchParams;
  const find = (id: number): { version: number; created: string; data: string } => {
    const v = rows.find((r) => r.version * 512 === id || r.version === id);
    if (!v) throw errors.itemNotFound();
    return v;
  };
  const method = rest[seg.args !== null ? 0 : 1]?.key;
  // The collection's methods (POST): DeleteAll, DeleteByID(vid), DeleteByLabel(versionlabel).
  if (seg.args === null && rest.length === 1 && ['deleteall', 'deletebyid', 'deletebylabel'].includes(rest[0].key)) {
    if (ctx.req.method !== 'POST') throw errors.methodNotAllowed();
    if (rest[0].key === 'deleteall') return deleteVersions(ctx, list, row, rows.map((r) => r.version).filter((v) => v !== row._ui));
    const named = namedArgs(rest[0], q);
    if (rest[0].key === 'deletebyid') return deleteVersions(ctx, list, row, [find(Number(named.vid ?? singleArg(rest[0], q))).version]);
    const label = named.versionlabel ?? singleArg(rest[0], q);
    const byLabel = rows.find((r) => `${r.version}.0` === label);
    if (!byLabel) throw errors.itemNotFound();
    return deleteVersions(ctx, list, row, [byLabel.version]);
  }
  const pick = seg.args !== null ? Number(singleArg(seg, q)) : rest[0]?.key === 'getbyid' ? Number(singleArg(rest[0], q)) : null;
  if (pick !== null) {
    const v = find(pick);
    // One version: DELETE (PnPjs' ItemVersion.delete) or its DeleteObject method.
    if (ctx.req.method === 'DELETE' && method === undefined) return deleteVersions(ctx, list, row, [v.version]);
    if (method === 'deleteobject' && ctx.req.method === 'POST') return deleteVersions(ctx, list, row, [v.version]);
    if (method !== undefined) throw errors.segmentNotFound(rest[seg.args !== null ? 0 : 1].name);
    if (ctx.req.method !== 'GET') throw errors.methodNotAllowed();
    return entity(ctx, 'SP.ApiData.ListItemVersions', versionJson(ctx, list, v, row._ui));
  }
  if (rest.length) throw errors.segmentNotFound(rest[0].name);
  if (ctx.req.method !== 'GET') throw errors.methodNotAllowed();
  return collection(ctx, 'SP.ApiData.ListItemVersions', rows.map((v) => versionJson(ctx, list, v, row._ui)));
}

interface CommentRow {
  id: number;
  text: string;
  created: string;
  author_id: number;
  item_id: number;
}

function commentJson(ctx: Ctx, list: SpList, c: CommentRow): Record<string, unknown> {
  const a = principal(ctx, c.author_id);
  return {
    'odata.type': 'Microsoft.SharePoint.Comments.comment',
    'odata.id': `${ctx.site.siteUrl}/_api/web/lists('${list.id}')/GetItemById(${c.item_id})/Comments(${c.id})`,
    author: {
      directoryObjectId: null, email: a?.email ?? '', expiration: null, id: c.author_id, isActive: true, isExternal: false,
      jobTitle: null, loginName: a?.login_name ?? '', name: a?.title ?? '', principalType: 1, userId: null, userPrincipalName: a?.email ?? null,
    },
    createdDate: c.created.replace(/Z$/, '.000Z'),
    id: String(c.id),
    isLikedByUser: false,
    isReply: false,
    itemId: c.item_id,
    likeCount: 0,
    listId: list.id,
    mentions: null,
    parentId: '0',
    replyCount: 0,
    text: c.text,
  };
}

/**
 * Comments switched off on the list (`DisableCommenting`: pnp/cli-microsoft365#4663, pnp/pnpcore#1695; comments can
 * also be off per item, web, site or tenant: CommentsDisabledScope,
 * https://learn.microsoft.com/en-us/previous-versions/office/mt813445(v=office.15)): no comment is read, added or
 * removed (stricter than hiding the pane). SharePoint's exact error is not documented; this is the one it gives for
 * comment operations a list does not allow (pnp/pnpjs#2313).
 */
function requireCommenting(list: SpList): void {
  if (list.props.DisableCommenting) {
    throw new SpError(400, '-1, System.InvalidOperationException', 'Operation is not valid due to the current state of the object.');
  }
}

export function handleComments(ctx: Ctx, list: SpList, row: ItemRow, rest: Segment[]): SpResponse {
  requireCommenting(list);
  const db = ctx.site.db;
  const q = ctx.req.url.searchParams;
  if (rest.length === 0) {
    if (ctx.req.method === 'GET') {
      const rows = db.prepare('SELECT * FROM comments WHERE list_id = ? AND item_id = ? ORDER BY id DESC').all(list.id, row.ID) as CommentRow[];
      return collection(ctx, 'Collection(Microsoft.SharePoint.Comments.comment)', rows.map((c) => commentJson(ctx, list, c)));
    }
    if (ctx.req.method !== 'POST') throw errors.methodNotAllowed();
    // Commenting needs the right to contribute to the list; reading the item is already checked.
    if (!hasPerm(itemAccess(ctx, list).mask, Perm.AddListItems)) throw errors.accessDenied();
    const text = jsonBody(ctx).text;
    if (typeof text !== 'string' || !text.trim()) throw errors.badRequest('The comment text cannot be empty.');
    const info = db.prepare('INSERT INTO comments(list_id, item_id, text, created, author_id) VALUES (?,?,?,?,?)')
      .run(list.id, row.ID, text, nowIso(), ctx.user.id);
    const c = db.prepare('SELECT * FROM comments WHERE id = ?').get(info.lastInsertRowid) as CommentRow;
    return entity(ctx, 'Microsoft.SharePoint.Comments.comment', commentJson(ctx, list, c), 201);
  }
  const [first, ...more] = rest;
  if (first.key === 'deleteall' && ctx.req.method === 'POST') {
    requireItemWrite(ctx, list, row, Perm.EditListItems);
    db.prepare('DELETE FROM comments WHERE list_id = ? AND item_id = ?').run(list.id, row.ID);
    return emptyOk();
  }
  const id = first.args !== null ? Number(singleArg(first, q)) : Number(first.name);
  const c = db.prepare('SELECT * FROM comments WHERE id = ? AND list_id = ? AND item_id = ?').get(id, list.id, row.ID) as CommentRow | undefined;
  if (!c) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'The comment does not exist.');
  if (more.length) throw errors.segmentNotFound(more[0].name);
  if (ctx.req.method === 'GET') return entity(ctx, 'Microsoft.SharePoint.Comments.comment', commentJson(ctx, list, c));
  if (ctx.req.method === 'DELETE') {
    if (c.author_id !== ctx.user.id && !itemAccess(ctx, list).canOverride) throw errors.accessDenied();
    db.prepare('DELETE FROM comments WHERE id = ?').run(c.id);
    return emptyOk();
  }
  throw errors.methodNotAllowed();
}

/** An attachment as SharePoint returns it (AttachmentFiles collection, or `$expand=AttachmentFiles` of an item). */
export function attachmentJson(ctx: Ctx, list: SpList, itemId: number, name: string): Record<string, unknown> {
  const url = `${serverRelativeUrl(ctx, list)}/Attachments/${itemId}/${name}`;
  return {
    'odata.type': 'SP.Attachment',
    'odata.id': `${ctx.site.siteUrl}/_api/Web/Lists(guid'${list.id}')/Items(${itemId})/AttachmentFiles('${name}')`,
    FileName: name,
    FileNameAsPath: { DecodedUrl: name },
    ServerRelativePath: { DecodedUrl: url },
    ServerRelativeUrl: url,
  };
}

const MIME: Record<string, string> = {
  pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', txt: 'text/plain',
  json: 'application/json', html: 'text/html', htm: 'text/html', svg: 'image/svg+xml', xml: 'text/xml', js: 'text/javascript',
  csv: 'text/csv', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Types a browser shows inline without running script; everything else (HTML, SVG, XML, unknown) is a download. */
const INLINE_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'text/plain']);

/**
 * An attachment's bytes as SharePoint Online's strict browser file handling serves them: `nosniff`, and HTML
 * and other script-capable files as downloads (`Content-Disposition: attachment`), never rendered on the
 * site's origin. https://learn.microsoft.com/en-us/sharepoint/dev/solution-guidance/security-permissivesetting
 */
function attachmentDownload(name: string, content: Buffer): SpResponse {
  const ext = name.split('.').pop()?.toLowerCase() ?? '';
  const type = MIME[ext] ?? 'application/octet-stream';
  const inline = INLINE_TYPES.has(type);
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return {
    status: 200,
    headers: {
      'Content-Type': type,
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      ...(inline ? {} : { 'X-Download-Options': 'noopen' }),
    },
    body: content,
  };
}

/** Longest decoded server-relative path of a file in SharePoint Online. */
const MAX_PATH = 400;
/** Longest attachment name we accept: SharePoint's historic per-name limit (stricter where unsure). */
const MAX_ATTACHMENT_NAME = 128;

/**
 * Why SharePoint refuses an attachment name, or undefined when it takes it. From "Restrictions and limitations in
 * OneDrive and SharePoint" (https://support.microsoft.com/office/64883a5d-228e-48f5-b3d2-eb39e07630fa): the characters
 * " * : < > ? / \ |, leading or trailing spaces, the names .lock, CON, PRN, AUX, NUL, COM0-9, LPT0-9 and desktop.ini,
 * names starting with ~$, "_vti_" anywhere, and a decoded path over 400 characters. The list item attachment API
 * (`AttachmentFiles/add(FileName=…)`, no ResourcePath) also refuses # and %; stricter where unsure: control
 * characters, a leading or trailing dot, consecutive dots, and names over 128 characters.
 */
export function refusedAttachmentName(name: string | undefined, folderPath: string): string | undefined {
  if (!name) return 'empty';
  // eslint-disable-next-line no-control-regex
  if (/["*:<>?/\\|#%\u0000-\u001f\u007f]/.test(name)) return 'character';
  if (/^\s|\s$/.test(name)) return 'space at an end';
  if (/^\.|\.$|\.\./.test(name)) return 'dot';
  const base = name.replace(/\.[^.]*$/, '');
  if (/^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i.test(base) || /^(\.lock|desktop\.ini)$/i.test(name) || /^~\$/.test(name) || /_vti_/i.test(name)) return 'reserved name';
  if (name.length > MAX_ATTACHMENT_NAME || (folderPath + name).length > MAX_PATH) return 'too long';
  return undefined;
}

export function handleAttachments(ctx: Ctx, list: SpList, row: ItemRow, seg: Segment, rest: Segment[]): SpResponse {
  const db = ctx.site.db;
  const q = ctx.req.url.searchParams;
  const find = (name: string) => db.prepare('SELECT file_name, content FROM attachments WHERE list_id = ? AND item_id = ? AND file_name = ?')
    .get(list.id, row.ID, name) as { file_name: string; content: Buffer } | undefined;
  const bump = () => touchItem(ctx, list, row.ID, new Map(), false);
  if (seg.args === null && rest.length === 0) {
    if (ctx.req.method !== 'GET') throw errors.methodNotAllowed();
    const rows = db.prepare('SELECT file_name FROM attachments WHERE list_id = ? AND item_id = ? ORDER BY file_name').all(list.id, row.ID) as { file_name: string }[];
    return collection(ctx, 'SP.ApiData.Attachments', rows.map((r) => attachmentJson(ctx, list, row.ID, r.file_name)));
  }
  if (seg.args === null && (rest[0].key === 'add' || rest[0].key === 'addusingpath')) {
    if (ctx.req.method !== 'POST') throw errors.methodNotAllowed();
    requireItemWrite(ctx, list, row, Perm.EditListItems);
    if (!list.props.EnableAttachments) throw errors.accessDenied();
    const named = namedArgs(rest[0], q);
    const name = named.filename ?? named.decodedurl ?? singleArg(rest[0], q);
    const refused = refusedAttachmentName(name, `${serverRelativeUrl(ctx, list)}/Attachments/${row.ID}/`);
    if (refused) throw errors.badRequest(`The file name ${name} is not valid (${refused}).`);
    if (find(name)) throw errors.attachmentExists(name);
    db.transaction(() => {
      db.prepare('INSERT INTO attachments(list_id, item_id, file_name, content) VALUES (?,?,?,?)').run(list.id, row.ID, name, ctx.req.body);
      bump();
    })();
    return entity(ctx, 'SP.ApiData.Attachments', attachmentJson(ctx, list, row.ID, name));
  }
  const nameSeg = seg.args !== null ? seg : rest[0].key === 'getbyfilename' ? rest[0] : null;
  if (!nameSeg) throw errors.segmentNotFound(rest[0].name);
  const after = seg.args !== null ? rest : rest.slice(1);
  const file = find(singleArg(nameSeg, q));
  if (!file) throw errors.fileNotFound();
  if (after.length === 0) {
    if (ctx.req.method === 'GET') return entity(ctx, 'SP.ApiData.Attachments', attachmentJson(ctx, list, row.ID, file.file_name));
    if (ctx.req.method !== 'DELETE') throw errors.methodNotAllowed();
  }
  if (after.length === 0 || after[0].key === 'recycleobject') {
    requireItemWrite(ctx, list, row, Perm.EditListItems);
    db.transaction(() => {
      db.prepare('DELETE FROM attachments WHERE list_id = ? AND item_id = ? AND file_name = ?').run(list.id, row.ID, file.file_name);
      bump();
    })();
    return emptyOk();
  }
  if (after[0].key === '$value') {
    if (ctx.req.method === 'GET') return attachmentDownload(file.file_name, file.content);
    if (ctx.req.method === 'PUT' || ctx.req.method === 'POST') {
      requireItemWrite(ctx, list, row, Perm.EditListItems);
      db.transaction(() => {
        db.prepare('UPDATE attachments SET content = ? WHERE list_id = ? AND item_id = ? AND file_name = ?').run(ctx.req.body, list.id, row.ID, file.file_name);
        bump();
      })();
      return noContent();
    }
  }
  throw errors.methodNotAllowed();
}
