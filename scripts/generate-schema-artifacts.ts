// Writes the artefacts generated from src/data/schema (feature XML, list schemas, docs/schema.md, the
// feature's assets in config/package-solution.json). `--check` writes nothing and exits 1 when one is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateSchemaArtifacts, outOfDate } from './schema-artifacts';

const root = join(__dirname, '..');

if (process.argv.includes('--check')) {
  const stale = outOfDate(root);
  if (stale.length) {
    console.error(`Generated from src/data/schema and out of date:\n  ${stale.join('\n  ')}\nRun: npx tsx scripts/generate-schema-artifacts.ts`);
    process.exit(1);
  }
  console.log('Schema artefacts are up to date.');
} else {
  for (const file of generateSchemaArtifacts(root)) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.content);
    console.log(`wrote ${file.path}`);
  }
}
