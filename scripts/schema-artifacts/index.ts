// Every file generated from src/data/schema, as (path, content) pairs: the generator writes them, its
// --check mode and tests/unit/schema compare them with the files on disk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HELP_CENTER_LISTS } from '../../src/data/schema';
import { elementsXml, listSchemaXml, packageSolutionJson, schemaFileName } from './feature-xml';
import { schemaMarkdown } from './schema-docs';

/** One generated file, path relative to the repository root. */
export interface GeneratedFile {
  /** Path from the repository root. */
  path: string;
  /** Full content. */
  content: string;
}

/** The files generated from the schema; `root` is the repository root (package-solution.json is merged, not replaced). */
export function generateSchemaArtifacts(root: string): GeneratedFile[] {
  const packageSolution = 'config/package-solution.json';
  return [
    { path: 'sharepoint/assets/elements.xml', content: elementsXml() },
    ...HELP_CENTER_LISTS.map(list => ({ path: `sharepoint/assets/${schemaFileName(list)}`, content: listSchemaXml(list) })),
    { path: 'docs/schema.md', content: schemaMarkdown() },
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
