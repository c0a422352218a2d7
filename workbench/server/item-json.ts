/**
 * The JSON light shape of list items (research F8): `Id`+`ID`, `<Lookup>Id`/`<Lookup>StringId`, plain
 * arrays for multi values, ISO dates with Z, `odata.etag` = owshiddenversion. `$select`/`$expand`
 * projections of lookups and people (`HCCategory/Title`, `HCAssignedTo/EMail`) need the `$expand`.
 */
import type { Ctx } from './context';
import { errors } from './errors';
import type { FieldDef } from './fields';
import { entityPropertyName, isLookupLike, isMulti } from './fields';
import type { SpList, ListRow } from './lists';
import { itemEntityType, listMask, toList } from './lists';
import { hasPerm, Perm } from './permissions-model';
import { attachmentJson } from './item-extras';
import type { PrincipalRow } from './storage';

/** The item's attachments navigation property (lower-cased, as $expand names are kept). */
const ATTACHMENT_FILES = 'attachmentfiles';
const ATTACHMENT_PROPERTIES = ['FileName', 'FileNameAsPath', 'ServerRelativePath', 'ServerRelativeUrl'].map((p) => p.toLowerCase());

export type ItemRow = Record<string, unknown> & { ID: number; _version: number; _ui: number; _att?: number };

/** What a request asked for, from $select and $expand. */
export interface Selection {
  all: boolean;
  paths: string[][];
  expand: Set<string>;
}

const USER_PROJECTIONS: Record<string, (u: PrincipalRow) => unknown> = {
  id: (u) => u.id,
  title: (u) => u.title,
  email: (u) => u.email,
  name: (u) => u.login_name,
  username: (u) => u.email,
  firstname: (u) => u.title.replace(/^Prof\.\s+/, '').split(' ')[0],
  lastname: (u) => u.title.split(' ').slice(-1)[0],
  jobtitle: () => null,
  department: () => null,
  office: () => null,
  sipaddress: (u) => u.email,
  issiteadmin: (u) => u.is_site_admin === 1,
};

/**
 * Which items of a lookup's target list the caller may read: all, none (no View Items there), or only their own
 * (ReadSecurity 2 without "Override List Behaviors"). A projection (`HCTicket/Title`) never shows fields of an item
 * the caller cannot read, in $select as in $filter: SharePoint security-trims every read, and whether it trims
 * projected lookup fields is not documented, so the workbench takes the stricter reading.
 */
export function lookupTargetAccess(ctx: Ctx, target: SpList): 'all' | 'none' | { authorId: number } {
  const mask = listMask(ctx, target);
  if (!hasPerm(mask, Perm.ViewListItems)) return 'none';
  if (target.props.ReadSecurity === 2 && !hasPerm(mask, Perm.CancelCheckout)) return { authorId: ctx.user.id };
  return 'all';
}

export function userProjection(sub: string): ((u: PrincipalRow) => unknown) | undefined {
  return USER_PROJECTIONS[sub.toLowerCase() === 'id' ? 'id' : sub.toLowerCase()];
}

function projectionName(sub: string): string {
  return sub.toLowerCase() === 'email' ? 'EMail' : sub;
}

export class ItemShaper {
  private lookupLists = new Map<string, SpList | null>();
  private users = new Map<number, PrincipalRow | null>();
  private access = new Map<string, ReturnType<typeof lookupTargetAccess>>();

  constructor(private ctx: Ctx, private list: SpList, private sel: Selection) {
    for (const e of sel.expand) {
      if (e === ATTACHMENT_FILES) continue;
      const f = this.fieldByName(e);
      if (!f) throw errors.fieldNotFound(e);
    }
  }

  private fieldByName(name: string): FieldDef | undefined {
    const lower = name.toLowerCase();
    return this.list.fields.find((f) => entityPropertyName(f.internalName).toLowerCase() === lower);
  }

  private isExpanded(f: FieldDef): boolean {
    return this.sel.expand.has(entityPropertyName(f.internalName).toLowerCase());
  }

  private user(id: number): PrincipalRow | null {
    if (!this.users.has(id)) {
      this.users.set(id, (this.ctx.site.db.prepare('SELECT * FROM principals WHERE id = ?').get(id) as PrincipalRow | undefined) ?? null);
    }
    return this.users.get(id)!;
  }

  private lookupList(id: string): SpList | null {
    if (!this.lookupLists.has(id)) {
      const row = this.ctx.site.db.prepare('SELECT * FROM lists WHERE id = ?').get(id) as ListRow | undefined;
      this.lookupLists.set(id, row ? toList(this.ctx.site.db, row) : null);
    }
    return this.lookupLists.get(id)!;
  }

  private targetAccess(target: SpList): ReturnType<typeof lookupTargetAccess> {
    if (!this.access.has(target.id)) this.access.set(target.id, lookupTargetAccess(this.ctx, target));
    return this.access.get(target.id)!;
  }

  /** Validates $select paths up front so an invalid query fails even on an empty list. */
  validate(): void {
    for (const path of this.sel.paths) {
      if (path.length === 1 && path[0] === '*') continue;
      const [head, sub] = path;
      // AttachmentFiles is a navigation property: selected without $expand it is left out, as SharePoint does.
      if (head.toLowerCase() === ATTACHMENT_FILES) {
        if (sub && !ATTACHMENT_PROPERTIES.includes(sub.toLowerCase())) throw errors.fieldNotFound(path.join('/'));
        continue;
      }
      if (path.length === 1 && this.scalarKey(head)) continue;
      const f = this.fieldByName(head);
      if (!f || !isLookupLike(f.type)) throw errors.fieldNotFound(path.join('/'));
      if (!this.isExpanded(f)) throw errors.projectionNeedsExpand(path.join('/'), head);
      if (sub && (f.type === 'User' || f.type === 'UserMulti') && !userProjection(sub)) throw errors.fieldNotFound(path.join('/'));
      if (sub && f.lookupList && sub.toLowerCase() !== 'id') {
        const target = this.lookupList(f.lookupList);
        if (!target?.fields.some((tf) => tf.internalName.toLowerCase() === sub.toLowerCase())) throw errors.fieldNotFound(path.join('/'));
      }
    }
  }

  private scalarKey(name: string): boolean {
    const lower = name.toLowerCase();
    if (['id', 'odata__uiversionstring', 'attachments', 'filesystemobjecttype', 'contenttypeid', 'authorid', 'editorid', 'guid',
      'serverredirectedembeduri', 'serverredirectedembedurl'].includes(lower)) return true;
    return this.list.fields.some((f) => {
      const n = entityPropertyName(f.internalName).toLowerCase();
      return isLookupLike(f.type) ? lower === `${n}id` || lower === `${n}stringid` : lower === n;
    });
  }

  private value(f: FieldDef, raw: unknown): unknown {
    if (raw === null || raw === undefined) return isMulti(f.type) ? (f.type === 'MultiChoice' ? null : []) : null;
    switch (f.type) {
      case 'Boolean': return raw === 1;
      case 'MultiChoice': case 'LookupMulti': case 'UserMulti': return JSON.parse(String(raw));
      case 'URL': return JSON.parse(String(raw));
      default: return raw;
    }
  }

  /** The complete scalar view of an item, in SharePoint's property order. */
  private full(row: ItemRow): Record<string, unknown> {
    const out: Record<string, unknown> = {
      FileSystemObjectType: 0,
      Id: row.ID,
      ServerRedirectedEmbedUri: null,
      ServerRedirectedEmbedUrl: '',
      ContentTypeId: '0x0100' + this.list.id.replace(/-/g, '').toUpperCase(),
    };
    for (const f of this.list.fields) {
      if (f.builtIn && f.internalName !== 'Title') continue;
      const name = entityPropertyName(f.internalName);
      const v = this.value(f, row[f.column!]);
      if (isLookupLike(f.type)) {
        out[`${name}Id`] = v;
        out[`${name}StringId`] = Array.isArray(v) ? v.map(String) : v === null ? null : String(v);
      } else out[name] = v;
    }
    Object.assign(out, {
      ID: row.ID,
      Modified: row.Modified,
      Created: row.Created,
      AuthorId: row.Author,
      EditorId: row.Editor,
      OData__UIVersionString: `${row._ui}.0`,
      Attachments: (row._att ?? 0) > 0,
      GUID: row.GUID,
    });
    return out;
  }

  private projectOne(f: FieldDef, id: number, subs: string[]): Record<string, unknown> | null {
    if (f.type === 'User' || f.type === 'UserMulti') {
      const u = this.user(id);
      if (!u) return null;
      const o: Record<string, unknown> = { 'odata.type': 'SP.Data.UserInfoItem', 'odata.id': `${this.list.id}-user-${id}` };
      for (const s of subs.length ? subs : ['Id', 'Title', 'EMail']) o[projectionName(s)] = userProjection(s)!(u);
      return o;
    }
    const target = f.lookupList ? this.lookupList(f.lookupList) : null;
    if (!target) return null;
    const row = this.ctx.site.db.prepare(`SELECT * FROM "${target.table}" WHERE ID = ?`).get(id) as ItemRow | undefined;
    if (!row) return null;
    const access = this.targetAccess(target);
    if (access === 'none' || (access !== 'all' && row.Author !== access.authorId)) return null;
    const o: Record<string, unknown> = { 'odata.type': itemEntityType(target), 'odata.id': String(row.GUID) };
    for (const s of subs.length ? subs : ['Id', f.lookupField ?? 'Title']) {
      if (s.toLowerCase() === 'id') {
        o[s] = row.ID;
        continue;
      }
      const tf = target.fields.find((x) => x.internalName.toLowerCase() === s.toLowerCase());
      if (tf?.column) o[tf.internalName] = row[tf.column] ?? null;
    }
    return o;
  }

  private projection(f: FieldDef, row: ItemRow, subs: string[]): unknown {
    const raw = row[f.column!];
    if (isMulti(f.type)) {
      const ids = raw ? (JSON.parse(String(raw)) as number[]) : [];
      return ids.map((id) => this.projectOne(f, id, subs)).filter(Boolean);
    }
    return raw === null || raw === undefined ? null : this.projectOne(f, Number(raw), subs);
  }

  shape(row: ItemRow): Record<string, unknown> {
    const meta: Record<string, unknown> = {
      'odata.type': itemEntityType(this.list),
      'odata.id': String(row.GUID),
      'odata.etag': `"${row._version}"`,
      'odata.editLink': `Web/Lists(guid'${this.list.id}')/Items(${row.ID})`,
    };
    const full = this.full(row);
    if (this.sel.all || this.sel.paths.some((p) => p.length === 1 && p[0] === '*')) {
      const out = { ...meta, ...full };
      if (!this.sel.all) this.addProjections(out, row);
      this.addAttachmentFiles(out, row);
      return out;
    }
    const out: Record<string, unknown> = { ...meta };
    for (const path of this.sel.paths) {
      if (path.length === 1 && path[0] !== '*') {
        const key = Object.keys(full).find((k) => k.toLowerCase() === path[0].toLowerCase());
        if (key) out[key] = full[key];
      }
    }
    this.addProjections(out, row);
    this.addAttachmentFiles(out, row);
    return out;
  }

  /** `$expand=AttachmentFiles`: the item's files inline (one request for an item and its attachments). */
  private addAttachmentFiles(out: Record<string, unknown>, row: ItemRow): void {
    if (!this.sel.expand.has(ATTACHMENT_FILES)) return;
    const paths = this.sel.paths.filter((p) => p[0].toLowerCase() === ATTACHMENT_FILES);
    if (!this.sel.all && !paths.length && !this.sel.paths.some((p) => p.length === 1 && p[0] === '*')) return;
    const names = this.ctx.site.db.prepare('SELECT file_name FROM attachments WHERE list_id = ? AND item_id = ? ORDER BY file_name')
      .all(this.list.id, row.ID) as { file_name: string }[];
    const subs = paths.map((p) => p[1]).filter(Boolean);
    out.AttachmentFiles = names.map((n) => {
      const full = attachmentJson(this.ctx, this.list, row.ID, n.file_name);
      if (!subs.length) return full;
      const o: Record<string, unknown> = { 'odata.type': full['odata.type'], 'odata.id': full['odata.id'] };
      for (const sub of subs) {
        const key = Object.keys(full).find((k) => k.toLowerCase() === sub.toLowerCase());
        if (key) o[key] = full[key];
      }
      return o;
    });
  }

  private addProjections(out: Record<string, unknown>, row: ItemRow): void {
    const subsByField = new Map<FieldDef, string[]>();
    for (const path of this.sel.paths) {
      const f = this.fieldByName(path[0]);
      if (!f || !isLookupLike(f.type) || !this.isExpanded(f)) continue;
      const subs = subsByField.get(f) ?? [];
      if (path[1]) subs.push(path[1]);
      subsByField.set(f, subs);
    }
    for (const [f, subs] of subsByField) out[entityPropertyName(f.internalName)] = this.projection(f, row, subs);
  }
}
