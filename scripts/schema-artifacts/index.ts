// Every file generated from src/data/schema, as (path, content) pairs: the generator writes them, its
// --check mode and tests/unit/schema compare them with the files on disk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clientSideInstanceXml, packageSolutionJson } from './feature-xml';
import { schemaMarkdown } from './schema-docs';
import { itemTypesSource } from './item-types';

/** One generated file, path relative to the repository root. */
export interface GeneratedFile {
  /** Path from the repository root. */
  path: string;
  /** Full content. */
  content: string;
}

export const README_SCHEMA_BEGIN = '<!-- schema:begin (generated from src/data/schema by scripts/generate-schema-artifacts.ts) -->';
export const README_SCHEMA_END = '<!-- schema:end -->';

/** README.md with its schema section (between the markers) replaced by the generated tables, headings one level down. */
export function readmeWithSchema(readme: string): string {
  const begin = readme.indexOf(README_SCHEMA_BEGIN);
  const end = readme.indexOf(README_SCHEMA_END);
  if (begin < 0 || end < begin) throw new Error(`README.md must contain the markers ${README_SCHEMA_BEGIN} and ${README_SCHEMA_END}`);
  const body = schemaMarkdown().split('\n')
    .filter(line => !line.startsWith('<!--') && !/^# /.test(line))
    .map(line => (line.startsWith('#') ? `#${line}` : line))
    .join('\n').trim();
  return `${readme.slice(0, begin + README_SCHEMA_BEGIN.length)}\n\n${body}\n\n${readme.slice(end)}`;
}

/** The files generated from the schema; `root` is the repository root (package-solution.json is merged, not replaced). */
export function generateSchemaArtifacts(root: string): GeneratedFile[] {
  const packageSolution = 'config/package-solution.json';
  return [
    { path: 'sharepoint/assets/ClientSideInstance.xml', content: clientSideInstanceXml() },
    { path: 'docs/schema.md', content: schemaMarkdown() },
    { path: 'src/data/schema/items.generated.ts', content: itemTypesSource() },
    { path: 'README.md', content: readmeWithSchema(readFileSync(join(root, 'README.md'), 'utf8')) },
    { path: packageSolution, content: packageSolutionJson(readFileSync(join(root, packageSolution), 'utf8')) }
  ];
}

/** Paths whose file on disk differs from what the generator makes (or is missing). */
export function outOfDate(root: string): string[] {
  return generateSchemaArtifacts(root).filter(file => {
    try {
      return readFileSync(join(root, file.path), 'utf8') !== file.content;
    } catch {
      return true;
    }
  }).map(file => file.path);
}
