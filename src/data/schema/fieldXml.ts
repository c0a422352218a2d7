import { FieldDefinition, ListDefinition } from './types';

/** FNV-1a over a string with a seed; 32 bits. */
function fnv1a(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = (hash + (hash << 1) + (hash << 4) + (hash << 7) + (hash << 8) + (hash << 24)) >>> 0;
  }
  return hash >>> 0;
}

/**
 * A stable GUID for a field: the same list and field always get the same id, so provisioning, the
 * feature XML and a re-run agree without a table of hand-typed GUIDs.
 */
export function stableGuid(key: string): string {
  const hex = [1, 2, 3, 4].map(seed => ('00000000' + fnv1a(key, seed).toString(16)).slice(-8)).join('');
  // Version 5-like marker bits keep it a well-formed RFC 4122 GUID.
  const v = hex.slice(0, 12) + '5' + hex.slice(13, 16) + ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16) + hex.slice(17);
  return `${v.slice(0, 8)}-${v.slice(8, 12)}-${v.slice(12, 16)}-${v.slice(16, 20)}-${v.slice(20, 32)}`;
}

/** XML attribute escaping. */
export function xmlEscape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The stable id of a field in a list. */
export function fieldId(list: ListDefinition, field: FieldDefinition): string {
  return stableGuid(`${list.name}/${field.name}`);
}

/**
 * The `<Field/>` element for a field. `lookupListRef` is how the lookup target is named: the target
 * list's id `{guid}` when provisioning through REST, its URL `Lists/X` in feature XML.
 */
export function fieldSchemaXml(list: ListDefinition, field: FieldDefinition, lookupListRef?: string): string {
  const attrs: [string, string][] = [
    ['ID', `{${fieldId(list, field)}}`],
    ['Name', field.name],
    ['StaticName', field.name],
    ['DisplayName', field.title.fr],
    ['Type', field.kind],
    ['Required', field.required ? 'TRUE' : 'FALSE']
  ];
  if (field.indexed || field.unique) attrs.push(['Indexed', 'TRUE']);
  if (field.unique) attrs.push(['EnforceUniqueValues', 'TRUE']);
  if (field.kind === 'Text' && field.maxLength) attrs.push(['MaxLength', String(field.maxLength)]);
  if (field.kind === 'Note') {
    attrs.push(['NumLines', '6']);
    attrs.push(['RichText', field.richText ? 'TRUE' : 'FALSE']);
    if (field.richText) attrs.push(['RichTextMode', 'FullHtml']);
  }
  if (field.kind === 'DateTime') attrs.push(['Format', field.dateOnly ? 'DateOnly' : 'DateTime']);
  if (field.kind === 'Lookup' || field.kind === 'LookupMulti') {
    if (!lookupListRef) throw new Error(`Lookup ${list.name}/${field.name} needs its target list`);
    attrs.push(['List', lookupListRef]);
    attrs.push(['ShowField', 'Title']);
    if (field.kind === 'LookupMulti') attrs.push(['Mult', 'TRUE']);
  }
  if (field.kind === 'User' || field.kind === 'UserMulti') {
    attrs.push(['UserSelectionMode', 'PeopleOnly']);
    attrs.push(['UserSelectionScope', '0']);
    if (field.kind === 'UserMulti') attrs.push(['Mult', 'TRUE']);
  }
  if (field.kind === 'Choice' || field.kind === 'MultiChoice') attrs.push(['FillInChoice', 'FALSE']);
  const open = '<Field ' + attrs.map(([k, v]) => `${k}="${xmlEscape(v)}"`).join(' ');
  const children: string[] = [];
  if (field.choices) children.push('<CHOICES>' + field.choices.map(c => `<CHOICE>${xmlEscape(c)}</CHOICE>`).join('') + '</CHOICES>');
  if (field.defaultValue !== undefined) children.push(`<Default>${xmlEscape(field.defaultValue)}</Default>`);
  return children.length ? `${open}>${children.join('')}</Field>` : `${open} />`;
}
