/**
 * List fields: built-in columns every generic list has, fields learnt from `<Field …/>` XML
 * (createfieldasxml, the XML the set-up sends), their REST entity shape, and
 * field MERGE. Each field with a value owns a column of the list's item table.
 */
import { XMLParser } from 'fast-xml-parser';
import { randomUUID } from 'node:crypto';
import type { Db } from './storage';
import { errors, SpError } from './errors';

export type FieldType =
  | 'Counter' | 'Text' | 'Note' | 'Choice' | 'MultiChoice' | 'Number' | 'Integer' | 'Boolean' | 'DateTime'
  | 'Lookup' | 'LookupMulti' | 'User' | 'UserMulti' | 'URL' | 'Currency' | 'Guid' | 'Computed' | 'Attachments'
  | 'ContentTypeId';

export interface FieldDef {
  id: string;
  internalName: string;
  title: string;
  type: FieldType;
  /** SQL column in the item table; null for computed fields. */
  column: string | null;
  required: boolean;
  indexed: boolean;
  enforceUnique: boolean;
  hidden: boolean;
  readOnly: boolean;
  builtIn: boolean;
  description: string;
  group: string;
  choices?: string[];
  defaultValue?: string | null;
  lookupList?: string;
  lookupField?: string;
  userSelectionMode?: number;
  richText?: boolean;
  maxLength?: number;
  schemaXml: string;
}

const KIND: Record<FieldType, number> = {
  Integer: 1, Text: 2, Note: 3, DateTime: 4, Counter: 5, Choice: 6, Lookup: 7, Boolean: 8, Number: 9, Currency: 10,
  URL: 11, Computed: 12, Guid: 14, MultiChoice: 15, Attachments: 19, User: 20, ContentTypeId: 25, LookupMulti: 7, UserMulti: 20,
};

const ODATA_TYPE: Partial<Record<FieldType, string>> = {
  Text: 'SP.FieldText', Note: 'SP.FieldMultiLineText', Choice: 'SP.FieldChoice', MultiChoice: 'SP.FieldMultiChoice',
  Number: 'SP.FieldNumber', Currency: 'SP.FieldCurrency', DateTime: 'SP.FieldDateTime', Lookup: 'SP.FieldLookup',
  LookupMulti: 'SP.FieldLookup', User: 'SP.FieldUser', UserMulti: 'SP.FieldUser', URL: 'SP.FieldUrl',
  Computed: 'SP.FieldComputed', Guid: 'SP.FieldGuid', Integer: 'SP.FieldNumber',
};

const SP_NS_TYPES: Record<string, FieldType> = {
  text: 'Text', note: 'Note', choice: 'Choice', multichoice: 'MultiChoice', number: 'Number', integer: 'Integer',
  boolean: 'Boolean', datetime: 'DateTime', lookup: 'Lookup', lookupmulti: 'LookupMulti', user: 'User',
  usermulti: 'UserMulti', url: 'URL', currency: 'Currency',
};

/** SharePoint's internal-name encoding: characters outside [A-Za-z0-9_] become _xHHHH_, max 32 chars. */
export function encodeInternalName(display: string): string {
  let out = '';
  for (const ch of display) {
    out += /[A-Za-z0-9_]/.test(ch) ? ch : `_x${ch.codePointAt(0)!.toString(16).padStart(4, '0')}_`;
  }
  return out.slice(0, 32);
}

/** REST property name of a field: names starting with '_' get the OData_ prefix. */
export function entityPropertyName(internalName: string): string {
  return internalName.startsWith('_') ? `OData_${internalName}` : internalName;
}

function builtIn(internalName: string, title: string, type: FieldType, column: string | null, extra: Partial<FieldDef> = {}): FieldDef {
  return {
    id: randomUUID(), internalName, title, type, column, required: false, indexed: false, enforceUnique: false,
    hidden: false, readOnly: true, builtIn: true, description: '', group: '_Hidden', schemaXml: '', ...extra,
  };
}

/** The fields SharePoint puts on every generic list (BaseTemplate 100), with their item-table columns. */
export function builtInFields(): FieldDef[] {
  return [
    builtIn('ID', 'ID', 'Counter', 'ID', { indexed: true }),
    builtIn('Title', 'Title', 'Text', 'Title', { readOnly: false, required: true, group: 'Custom Columns', maxLength: 255 }),
    builtIn('ContentTypeId', 'Content Type ID', 'ContentTypeId', null, { hidden: true }),
    builtIn('Created', 'Created', 'DateTime', 'Created'),
    builtIn('Modified', 'Modified', 'DateTime', 'Modified'),
    builtIn('Author', 'Created By', 'User', 'Author', { lookupField: 'Title' }),
    builtIn('Editor', 'Modified By', 'User', 'Editor', { lookupField: 'Title' }),
    builtIn('Attachments', 'Attachments', 'Attachments', null),
    builtIn('GUID', 'GUID', 'Guid', 'GUID', { hidden: true }),
    builtIn('FileSystemObjectType', 'Item Type', 'Integer', null, { hidden: true }),
    builtIn('_UIVersionString', 'Version', 'Text', null),
  ];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => name === 'CHOICE',
  parseAttributeValue: false,
  parseTagValue: false,
});

const bool = (v: unknown) => String(v ?? '').toUpperCase() === 'TRUE';

/** SPAddFieldOptions.AddFieldInternalNameHint: without it SharePoint derives the internal name from DisplayName. */
export const ADD_FIELD_INTERNAL_NAME_HINT = 8;

/**
 * Parses one `<Field …/>`. `resolveList` maps a List attribute (`{guid}`, `Lists/X` or a title) to a list id.
 */
export function parseFieldXml(xml: string, options: number, resolveList: (ref: string) => string | undefined): FieldDef {
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml) as Record<string, unknown>;
  } catch (e) {
    throw new SpError(400, '-2130575339, Microsoft.SharePoint.SPException', `Invalid field schema XML: ${(e as Error).message}`);
  }
  const f = doc.Field as Record<string, any> | undefined;
  if (!f || typeof f !== 'object') throw new SpError(400, '-2130575339, Microsoft.SharePoint.SPException', 'Field element expected.');
  const rawType = String(f.Type ?? '');
  let type = SP_NS_TYPES[rawType.toLowerCase()];
  if (!type) throw new SpError(400, '-2130575339, Microsoft.SharePoint.SPException', `Field type ${rawType} is not installed properly. Go to the list settings page to delete this field.`);
  const mult = bool(f.Mult);
  if (type === 'Lookup' && mult) type = 'LookupMulti';
  if (type === 'User' && mult) type = 'UserMulti';
  const name = String(f.Name ?? f.StaticName ?? f.DisplayName ?? '');
  const display = String(f.DisplayName ?? name);
  const internalName = (options & ADD_FIELD_INTERNAL_NAME_HINT) || !f.DisplayName ? encodeInternalName(name) : encodeInternalName(display);
  if (!internalName) throw new SpError(400, '-2130575339, Microsoft.SharePoint.SPException', 'The field has no name.');
  const def: FieldDef = {
    id: String(f.ID ?? randomUUID()).replace(/[{}]/g, '').toLowerCase(),
    internalName,
    title: display,
    type,
    column: internalName,
    required: bool(f.Required),
    indexed: bool(f.Indexed),
    enforceUnique: bool(f.EnforceUniqueValues),
    hidden: bool(f.Hidden),
    readOnly: bool(f.ReadOnly),
    builtIn: false,
    description: String(f.Description ?? ''),
    group: String(f.Group ?? 'Custom Columns'),
    schemaXml: xml,
  };
  const choices = (f.CHOICES as { CHOICE?: unknown[] } | undefined)?.CHOICE;
  if (choices) def.choices = choices.map((c) => String(typeof c === 'object' && c !== null ? (c as any)['#text'] ?? '' : c));
  if (f.Default !== undefined) def.defaultValue = String(typeof f.Default === 'object' ? f.Default['#text'] ?? '' : f.Default);
  if (type === 'Lookup' || type === 'LookupMulti') {
    const ref = String(f.List ?? '');
    const listId = resolveList(ref);
    if (!listId) throw new SpError(400, '-2130575339, Microsoft.SharePoint.SPException', `The lookup list '${ref}' of field ${internalName} does not exist.`);
    def.lookupList = listId;
    def.lookupField = String(f.ShowField ?? 'Title');
  }
  if (type === 'User' || type === 'UserMulti') {
    def.lookupField = String(f.ShowField ?? 'ImnName');
    def.userSelectionMode = String(f.UserSelectionMode ?? '0') === 'PeopleAndGroups' || f.UserSelectionMode === '1' ? 1 : 0;
  }
  if (type === 'Note') def.richText = bool(f.RichText);
  if (f.MaxLength !== undefined) def.maxLength = Number(f.MaxLength);
  if (def.enforceUnique && !def.indexed) {
    // SharePoint refuses unique values on a column that is not indexed.
    throw new SpError(400, '-2130575166, Microsoft.SharePoint.SPException',
      'This field must be indexed to enforce unique values.');
  }
  return def;
}

/**
 * SharePoint refuses a column that enforces unique values on a list whose item-level permissions are "Read items
 * that were created by the user" (ReadSecurity 2), and refuses that setting on a list with such a column: uniqueness
 * would have to be checked against items the writer cannot see. Turning uniqueness off stays allowed.
 */
export function uniqueOnOwnItemsListError(): SpError {
  return new SpError(400, '-2146232832, Microsoft.SharePoint.SPException',
    'Unique values cannot be enforced on a column of a list whose item-level permissions let users read only the items they created. ' +
    'Turn off "Enforce unique values" on its columns, or let users read all items.');
}

/** SQLite column declaration of a field in the item table. */
export function sqlColumnType(type: FieldType): string {
  switch (type) {
    case 'Number': case 'Currency': return 'REAL';
    case 'Integer': case 'Boolean': case 'Lookup': case 'User': case 'Counter': return 'INTEGER';
    default: return 'TEXT';
  }
}

export function isMulti(type: FieldType): boolean {
  return type === 'MultiChoice' || type === 'LookupMulti' || type === 'UserMulti';
}

export function isLookupLike(type: FieldType): boolean {
  return type === 'Lookup' || type === 'LookupMulti' || type === 'User' || type === 'UserMulti';
}

export function loadFields(db: Db, listId: string): FieldDef[] {
  const rows = db.prepare('SELECT props FROM fields WHERE list_id = ? ORDER BY ord').all(listId) as { props: string }[];
  return rows.map((r) => JSON.parse(r.props) as FieldDef);
}

export function saveField(db: Db, listId: string, def: FieldDef, ord: number): void {
  db.prepare('INSERT INTO fields(list_id, id, internal_name, props, ord) VALUES (?,?,?,?,?)')
    .run(listId, def.id, def.internalName, JSON.stringify(def), ord);
}

export function updateFieldRow(db: Db, listId: string, def: FieldDef): void {
  db.prepare('UPDATE fields SET props = ? WHERE list_id = ? AND internal_name = ?').run(JSON.stringify(def), listId, def.internalName);
}

export function findField(fields: FieldDef[], nameOrTitle: string): FieldDef | undefined {
  const lower = nameOrTitle.toLowerCase();
  return fields.find((f) => f.internalName.toLowerCase() === lower) ?? fields.find((f) => f.title.toLowerCase() === lower);
}

function schemaXmlOf(def: FieldDef): string {
  if (def.schemaXml) return def.schemaXml;
  return `<Field ID="{${def.id}}" Name="${def.internalName}" StaticName="${def.internalName}" DisplayName="${def.title}" Type="${def.type}" />`;
}

/** The SP.Field entity as JSON light returns it. */
export function fieldEntity(def: FieldDef, listId: string): Record<string, unknown> {
  const e: Record<string, unknown> = {
    'odata.type': ODATA_TYPE[def.type] ?? 'SP.Field',
    'odata.id': `Web/Lists(guid'${listId}')/Fields(guid'${def.id}')`,
    'odata.editLink': `Web/Lists(guid'${listId}')/Fields(guid'${def.id}')`,
    CanBeDeleted: !def.builtIn,
    DefaultValue: def.defaultValue ?? null,
    Description: def.description,
    EnforceUniqueValues: def.enforceUnique,
    EntityPropertyName: entityPropertyName(def.internalName),
    FieldTypeKind: KIND[def.type],
    Group: def.group,
    Hidden: def.hidden,
    Id: def.id,
    Indexed: def.indexed,
    InternalName: def.internalName,
    ReadOnlyField: def.readOnly,
    Required: def.required,
    SchemaXml: schemaXmlOf(def),
    Sealed: def.builtIn,
    StaticName: def.internalName,
    Title: def.title,
    TypeAsString: def.type,
    TypeDisplayName: def.type,
    TypeShortDescription: def.type,
  };
  if (def.choices) e.Choices = def.choices;
  if (def.maxLength !== undefined) e.MaxLength = def.maxLength;
  if (def.lookupList !== undefined || def.type === 'User' || def.type === 'UserMulti') {
    e.LookupList = def.lookupList ? `{${def.lookupList}}` : '';
    e.LookupField = def.lookupField ?? '';
    e.AllowMultipleValues = isMulti(def.type);
  }
  if (def.userSelectionMode !== undefined) e.SelectionMode = def.userSelectionMode;
  if (def.richText !== undefined) e.RichText = def.richText;
  return e;
}

const MERGEABLE: Record<string, keyof FieldDef> = {
  Title: 'title', Description: 'description', Required: 'required', Indexed: 'indexed', EnforceUniqueValues: 'enforceUnique',
  Hidden: 'hidden', DefaultValue: 'defaultValue', Choices: 'choices', Group: 'group', ReadOnlyField: 'readOnly', MaxLength: 'maxLength',
};

/** Applies a field MERGE body (JSON light or verbose, `__metadata` ignored); returns the updated definition. */
export function mergeField(def: FieldDef, body: Record<string, unknown>): FieldDef {
  const next: FieldDef = { ...def };
  for (const [key, value] of Object.entries(body)) {
    if (key === '__metadata' || key === 'odata.type') continue;
    if (key === 'Title' && def.builtIn && def.internalName !== 'Title') throw errors.accessDenied();
    const prop = MERGEABLE[key];
    if (!prop) {
      if (key === 'FieldTypeKind' || key === 'TypeAsString' || key === 'InternalName' || key === 'StaticName') continue;
      throw errors.propertyNotOnType(key, ODATA_TYPE[def.type] ?? 'SP.Field');
    }
    let v: unknown = value;
    if (key === 'Choices' && v && typeof v === 'object' && !Array.isArray(v)) v = (v as { results?: unknown[] }).results;
    (next as unknown as Record<string, unknown>)[prop] = v;
  }
  if (next.enforceUnique && !next.indexed) {
    throw new SpError(400, '-2130575166, Microsoft.SharePoint.SPException', 'This field must be indexed to enforce unique values.');
  }
  return next;
}
