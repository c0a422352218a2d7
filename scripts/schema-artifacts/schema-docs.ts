// docs/schema.md generated from src/data/schema: one table per list, its settings and permissions,
// the groups, the agents' permission level and the web grants.
import {
  FieldDefinition, HELP_CENTER_GROUPS, HELP_CENTER_LISTS, HELP_CENTER_ROLES, ListDefinition, ListGrant
} from '../../src/data/schema';
import { HELP_CENTER_WEB_GRANTS } from '../../src/data/provisioning/webGrants';
import { FEATURE_NOTES } from './feature-xml';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function yes(flag: boolean | undefined): string {
  return flag ? 'yes' : '';
}

function valuesOf(field: FieldDefinition): string {
  if (field.lookupList) return `→ ${field.lookupList}`;
  if (field.choices) return field.choices.map(c => `\`${c}\``).join(', ') + (field.defaultValue !== undefined ? ` (default \`${field.defaultValue}\`)` : '');
  return field.defaultValue !== undefined ? `default \`${field.defaultValue}\`` : '';
}

function typeOf(field: FieldDefinition): string {
  const extra = field.kind === 'Text' && field.maxLength ? ` (${field.maxLength})`
    : field.kind === 'Note' && field.richText ? ' (rich)'
      : field.kind === 'DateTime' && field.dateOnly ? ' (date)' : '';
  return field.kind + extra;
}

function grantsText(grants: readonly ListGrant[]): string {
  return grants.map(g => `${g.principal} → ${g.role}`).join(', ');
}

function listSection(list: ListDefinition): string[] {
  const indexes = list.fields.filter(f => f.indexed || f.unique).length + list.indexedBuiltIns.length;
  const rows = [
    `| \`Title\` | Text | ${yes(list.titleRequired)} | | | Built-in title. | ${cell(list.titleLabel.fr)} | ${cell(list.titleLabel.en)} |`
  ].concat(list.fields.map(f =>
    `| \`${f.name}\` | ${typeOf(f)} | ${yes(f.required)} | ${f.unique ? 'unique' : yes(f.indexed)} | ${cell(valuesOf(f))} | ${cell(f.description)} | ${cell(f.title.fr)} | ${cell(f.title.en)} |`));
  return [
    `### ${list.name}`,
    '',
    `${cell(list.description.en)} (${cell(list.description.fr)}).`,
    '',
    `- Versioning: ${list.versioning ? 'on' : 'off'}; attachments: ${list.attachments ? 'on' : 'off'}; ` +
      `ReadSecurity ${list.readSecurity} (${list.readSecurity === 2 ? 'own items only' : 'all items'}); ` +
      `WriteSecurity ${list.writeSecurity} (${list.writeSecurity === 1 ? 'all items' : list.writeSecurity === 2 ? 'own items only' : 'none'}); ` +
      `search: ${list.noCrawl ? 'excluded (NoCrawl)' : 'crawled'}.`,
    `- Indexes: ${indexes} of 20${list.indexedBuiltIns.length ? ` (built-in: ${list.indexedBuiltIns.join(', ')})` : ''}.`,
    `- Permissions: ${list.grants ? `unique — ${grantsText(list.grants)}` : 'inherited from the site'}.`,
    '',
    '| internal name | type | required | indexed | choices / lookup | description | nom (fr) | name (en) |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    ''
  ];
}

/** The whole of docs/schema.md. */
export function schemaMarkdown(): string {
  return [
    '<!-- Generated from src/data/schema by scripts/generate-schema-artifacts.ts: do not edit by hand. -->',
    '# Help center schema',
    '',
    'Lists in provisioning order (a lookup\'s target comes first). Internal names are `HC`-prefixed; choice',
    'values are stable codes whose labels live in `src/loc`. The Setup web part (`SiteProvisioner`) and the',
    'feature XML in `sharepoint/assets` are generated from the same definitions.',
    '',
    '## Groups and permission levels',
    '',
    '| group | created by set-up | description |',
    '|---|---|---|',
    '| owners | no: the site\'s associated owners group | Full control. |',
    '| members | no: the site\'s associated members group | Employees, students, teachers: file and follow tickets. |',
    '| visitors | no: the site\'s associated visitors group | Read. |',
    ...HELP_CENTER_GROUPS.map(g => `| ${g.key} | yes: "${cell(g.title)}" | ${cell(g.description.en)} |`),
    '',
    ...HELP_CENTER_ROLES.map(r => `Permission level **${cell(r.name)}** (\`${r.key}\`): ${cell(r.description)} ` +
      `BasePermissions High ${r.basePermissions.High}, Low ${r.basePermissions.Low}.`).join('\n\n').split('\n'),
    '',
    `Site-level grants: ${grantsText(HELP_CENTER_WEB_GRANTS)}. Agents need "Override List Behaviors" where HelpTickets`,
    'gets its permissions (the site) to read every ticket; contributors get Read so that they can open the help center.',
    '',
    '## Deployment',
    '',
    ...FEATURE_NOTES,
    '',
    '## Lists',
    '',
    ...HELP_CENTER_LISTS.map(listSection).reduce((all, lines) => all.concat(lines), [] as string[])
  ].join('\n');
}
