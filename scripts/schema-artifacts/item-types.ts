// src/data/schema/items.generated.ts: the raw REST shape of each list's items (JSON light, nometadata)
// and the `$select` of all its columns, generated from the same definitions as provisioning.
import { HELP_CENTER_LISTS } from '../../src/data/schema';
import type { FieldDefinition, ListDefinition } from '../../src/data/schema';

/** REST property name(s) and TypeScript type of one field as SharePoint returns it. */
function restProperty(field: FieldDefinition): { name: string; type: string } {
  const literal = (values: readonly string[]): string => values.map(v => `'${v}'`).join(' | ');
  switch (field.kind) {
    case 'Text': case 'Note': return { name: field.name, type: 'string | null' };
    case 'Choice': return { name: field.name, type: `${field.choices ? literal(field.choices) : 'string'} | null` };
    case 'MultiChoice': return { name: field.name, type: `(${field.choices ? literal(field.choices) : 'string'})[] | null` };
    case 'Number': case 'Integer': return { name: field.name, type: 'number | null' };
    case 'Boolean': return { name: field.name, type: 'boolean | null' };
    case 'DateTime': return { name: field.name, type: 'string | null' };
    case 'Lookup': case 'User': return { name: `${field.name}Id`, type: 'number | null' };
    case 'LookupMulti': case 'UserMulti': return { name: `${field.name}Id`, type: 'number[] | null' };
    case 'URL': return { name: field.name, type: '{ Url: string; Description: string } | null' };
    default: throw new Error(`Unknown field kind ${(field as FieldDefinition).kind}`);
  }
}

function constName(list: ListDefinition): string {
  return list.name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

/** The generated module's source. */
export function itemTypesSource(): string {
  const out: string[] = [
    '// Generated from src/data/schema by scripts/generate-schema-artifacts.ts: do not edit by hand.',
    '// SharePoint returns null for empty values: these raw shapes describe that legacy API as it is.',
    '/* eslint-disable @rushstack/no-new-null */',
    '',
    '/** Columns every item has. */',
    'export interface RawItemBase {',
    '  Id: number;',
    '  Title: string | null;',
    '  /** ISO date (UTC). */',
    '  Created: string;',
    '  /** ISO date (UTC). */',
    '  Modified: string;',
    '  AuthorId: number;',
    '  EditorId: number;',
    '}',
    '',
    "export const BASE_SELECT: readonly string[] = ['Id', 'Title', 'Created', 'Modified', 'AuthorId', 'EditorId'];",
  ];
  for (const list of HELP_CENTER_LISTS) {
    out.push('', `/** A ${list.name} item as REST returns it (${list.description.en}). */`, `export interface Raw${list.name}Item extends RawItemBase {`);
    for (const field of list.fields) {
      const p = restProperty(field);
      out.push(`  /** ${field.title.en}: ${field.description.replace(/\*\//g, '* /')} */`, `  ${p.name}: ${p.type};`);
    }
    out.push('}', '', `/** \`$select\` of every column of ${list.name}. */`,
      `export const ${constName(list)}_SELECT: readonly string[] = [...BASE_SELECT, ${list.fields.map(f => `'${restProperty(f).name}'`).join(', ')}];`);
  }
  out.push('');
  return out.join('\n');
}
