/**
 * Converting a JSON light (or verbose) item write body into column values, with SharePoint's
 * validation: unknown properties and badly shaped values are 400s; EnforceUniqueValues is checked;
 * Required is not (REST does not enforce it, research F10).
 */
import type { Ctx } from './context';
import { errors } from './errors';
import type { FieldDef } from './fields';
import { entityPropertyName, isLookupLike, isMulti } from './fields';
import type { SpList } from './lists';
import { itemEntityType } from './lists';

/** System columns SharePoint maintains itself; writes to them are ignored like SharePoint's REST does. */
const SYSTEM_PROPERTIES = new Set(['ID', 'Id', 'Created', 'Modified', 'AuthorId', 'EditorId', 'GUID', 'Attachments',
  'ContentTypeId', 'FileSystemObjectType', 'OData__UIVersionString', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl',
  'AuthorStringId', 'EditorStringId']);

const EDM: Partial<Record<FieldDef['type'], string>> = {
  Number: 'Edm.Double', Currency: 'Edm.Double', Integer: 'Edm.Int32', Boolean: 'Edm.Boolean', DateTime: 'Edm.DateTime',
  Lookup: 'Edm.Int32', User: 'Edm.Int32', Text: 'Edm.String', Note: 'Edm.String', Choice: 'Edm.String',
};

/** Maps a REST property name of an item to its field (`XId` for lookups and people). */
export function fieldForProperty(list: SpList, prop: string): FieldDef | undefined {
  for (const f of list.fields) {
    if (!f.column || f.readOnly) continue;
    const name = entityPropertyName(f.internalName);
    if (isLookupLike(f.type) ? prop === `${name}Id` : prop === name) return f;
  }
  return undefined;
}

export function normalizeDate(value: unknown): string {
  if (typeof value !== 'string' && !(value instanceof Date)) throw errors.badValue('Edm.DateTime');
  const d = new Date(value as string);
  if (Number.isNaN(d.getTime())) throw errors.badValue('Edm.DateTime');
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function multiArray(value: unknown, verbose: boolean): unknown[] | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object' && Array.isArray((value as { results?: unknown[] }).results)) {
    if (verbose) return (value as { results: unknown[] }).results;
    throw errors.startArray();
  }
  throw errors.badValue('Collection(Edm.String)');
}

/** Converts one REST value to what the item table stores. */
export function toColumnValue(field: FieldDef, value: unknown, verbose: boolean): unknown {
  const bad = () => errors.badValue(EDM[field.type] ?? 'Edm.String');
  if (isMulti(field.type)) {
    const arr = multiArray(value, verbose);
    if (arr === null || arr.length === 0) return null;
    if (field.type === 'MultiChoice') {
      if (!arr.every((v) => typeof v === 'string')) throw errors.badValue('Collection(Edm.String)');
      return JSON.stringify(arr);
    }
    const ids = arr.map((v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v));
    if (!ids.every((v) => Number.isInteger(v))) throw errors.badValue('Collection(Edm.Int32)');
    return JSON.stringify(ids);
  }
  if (value === null) return null;
  if (Array.isArray(value)) throw errors.badRequest("An unexpected 'StartArray' node was found when reading from the JSON reader. A 'PrimitiveValue' node was expected.");
  switch (field.type) {
    case 'Text':
    case 'Note':
    case 'Choice':
      if (typeof value !== 'string') throw bad();
      if (field.type === 'Text' && value.length > (field.maxLength ?? 255)) {
        throw errors.badRequest(`The value of the field ${field.internalName} exceeds its maximum length of ${field.maxLength ?? 255} characters.`);
      }
      return value;
    case 'Number':
    case 'Currency': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n)) throw bad();
      return n;
    }
    case 'Integer':
    case 'Lookup':
    case 'User': {
      const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isInteger(n)) throw bad();
      // SharePoint clears a lookup or person value written as 0 or -1.
      if ((field.type === 'Lookup' || field.type === 'User') && n <= 0) return null;
      return n;
    }
    case 'Boolean':
      if (typeof value !== 'boolean') throw bad();
      return value ? 1 : 0;
    case 'DateTime':
      return normalizeDate(value);
    case 'URL': {
      if (typeof value !== 'object') throw bad();
      const v = value as { Url?: unknown; Description?: unknown };
      if (typeof v.Url !== 'string') throw bad();
      return JSON.stringify({ Description: typeof v.Description === 'string' ? v.Description : v.Url, Url: v.Url });
    }
    default:
      throw bad();
  }
}

/** Column values of a write body, keyed by SQL column. */
export function columnsFromBody(ctx: Ctx, list: SpList, body: Record<string, unknown>): Map<FieldDef, unknown> {
  const out = new Map<FieldDef, unknown>();
  for (const [prop, value] of Object.entries(body)) {
    if (prop === '__metadata' || prop.startsWith('odata.') || SYSTEM_PROPERTIES.has(prop)) continue;
    const field = fieldForProperty(list, prop);
    if (!field) throw errors.propertyNotOnType(prop, itemEntityType(list));
    out.set(field, toColumnValue(field, value, ctx.verbose));
  }
  return out;
}

/** Field defaults SharePoint applies to a new item when the body does not set the column. */
export function defaultColumnValue(field: FieldDef): unknown {
  if (field.defaultValue === undefined || field.defaultValue === null || field.defaultValue === '') return undefined;
  const d = field.defaultValue;
  switch (field.type) {
    case 'Boolean': return d === '1' || d.toLowerCase() === 'true' ? 1 : 0;
    case 'Number': case 'Currency': case 'Integer': return Number(d);
    case 'Text': case 'Note': case 'Choice': return d;
    case 'MultiChoice': return JSON.stringify(d.split(';#').filter(Boolean));
    case 'DateTime': return d === '[today]' ? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') : undefined;
    default: return undefined;
  }
}

/** EnforceUniqueValues: SharePoint compares case-insensitively and refuses the write. */
export function checkUnique(ctx: Ctx, list: SpList, values: Map<FieldDef, unknown>, itemId: number | null): void {
  const duplicates: string[] = [];
  for (const [field, value] of values) {
    if (!field.enforceUnique || value === null || value === undefined) continue;
    const collate = typeof value === 'string' ? ' COLLATE NOCASE' : '';
    const hit = ctx.site.db.prepare(`SELECT ID FROM "${list.table}" WHERE "${field.column}" = ?${collate} AND ID != ? LIMIT 1`)
      .get(value, itemId ?? -1);
    if (hit) duplicates.push(field.internalName);
  }
  if (duplicates.length) throw errors.duplicateValue(duplicates);
}
