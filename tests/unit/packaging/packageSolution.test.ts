// The package as the app catalog lists it (README "Deploying to SharePoint"): config/package-solution.json valid against
// SPFx's own schema, FR/EN names and descriptions, screenshots that exist, and every version in step with the solution's.
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import Ajv from 'ajv';

const ROOT = join(__dirname, '..', '..', '..');
const json = (path: string): any => JSON.parse(readFileSync(join(ROOT, path), 'utf8').replace(/^\s*\/\/.*$/gm, ''));
const packageSolution = json('config/package-solution.json');
const solution = packageSolution.solution;
/** Every component manifest of config/config.json's bundles. */
const manifests: { path: string; manifest: any }[] = Object.values(json('config/config.json').bundles as Record<string, { components: { manifest: string }[] }>)
  .flatMap(b => b.components.map(c => ({ path: c.manifest, manifest: json(c.manifest) })));

describe('config/package-solution.json', () => {
  it('is valid against the SharePoint Framework packager\'s schema', () => {
    const schema = json('node_modules/@microsoft/spfx-heft-plugins/lib-esm/plugins/packageSolutionPlugin/package-solution.schema.json');
    const validate = new Ajv({ allErrors: true, schemaId: 'auto' }).compile(schema);
    expect(validate(packageSolution) ? [] : validate.errors).toEqual([]);
  });

  it('names and describes the solution in French (default) and English for the app catalog', () => {
    expect(solution.title).toMatch(/Centre d'aide/);
    expect(solution.supportedLocales).toEqual(['fr-FR', 'en-US']);
    for (const key of ['shortDescription', 'longDescription']) {
      const text = solution.metadata[key];
      expect(Object.keys(text).sort()).toEqual(['default', 'en-US', 'fr-FR']);
      expect(text.default).toBe(text['fr-FR']);
      expect(text['en-US']).not.toBe(text['fr-FR']);
      // French typography: a no-break space before « : ; ! ? », never a plain one.
      expect(text['fr-FR']).not.toMatch(/ [:;!?]/);
    }
    expect(solution.developer.name).not.toBe('');
    expect(solution.metadata.categories.length).toBeGreaterThan(0);
  });

  it('shows up to five screenshots that exist (paths from sharepoint/, as the packager reads them)', () => {
    const shots: string[] = solution.metadata.screenshotPaths;
    expect(shots.length).toBeGreaterThan(0);
    expect(shots.length).toBeLessThanOrEqual(5);
    for (const shot of shots) expect({ shot, exists: existsSync(join(ROOT, 'sharepoint', shot)) }).toEqual({ shot, exists: true });
  });

  it('keeps every version in step: package.json x.y.z = solution and feature x.y.z.0; components take package.json\'s ("*")', () => {
    const version = json('package.json').version as string;
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(solution.version).toBe(`${version}.0`);
    for (const feature of solution.features) expect(feature.version).toBe(`${version}.0`);
    for (const { path, manifest } of manifests) expect({ path, version: manifest.version }).toEqual({ path, version: '*' });
  });

  it('gives every web part a French and an English title and description in the toolbox', () => {
    for (const { path, manifest } of manifests.filter(m => m.manifest.componentType === 'WebPart')) {
      for (const entry of manifest.preconfiguredEntries) {
        for (const key of ['title', 'description']) {
          expect({ path, key, fr: Boolean(entry[key]['fr-fr']), en: Boolean(entry[key]['en-us']) }).toEqual({ path, key, fr: true, en: true });
        }
      }
    }
  });

  it('puts in teams/ only what the package must carry (the packager copies the whole folder into the .sppkg)', () => {
    const files = existsSync(join(ROOT, 'teams')) ? readdirSync(join(ROOT, 'teams')) : [];
    expect(files.filter(f => !/^TeamsSPFxApp\.zip$/.test(f))).toEqual([]);
  });
});
