/**
 * The Teams app package as scripts/build-teams-package.mjs writes it validates against Microsoft's manifest schema
 * (tests/fixtures/teams, v1.22), and says what the solution says: its web parts' ids, the solution's version.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import JSZip from 'jszip';
import { TEAMS_APP_ID, TEAMS_COMPONENTS, TEAMS_TAB_ENTITY_IDS } from '../../../src/domain/teams/teamsApp';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'teams');

/** A web part manifest (SPFx's JSON with comments). */
function webPartManifest(dir: string, name: string): { id: string; supportedHosts: string[] } {
  const text = readFileSync(path.join(ROOT, 'src', 'webparts', dir, `${name}.manifest.json`), 'utf8');
  return JSON.parse(text.replace(/^\s*\/\/.*$/gm, '')) as { id: string; supportedHosts: string[] };
}

function validator(schemaFile: string): Ajv.ValidateFunction {
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true });
  ajv.addMetaSchema(JSON.parse(readFileSync(require.resolve('ajv/lib/refs/json-schema-draft-04.json'), 'utf8')) as object);
  return ajv.compile(JSON.parse(readFileSync(path.join(FIXTURES, schemaFile), 'utf8')) as object);
}

/** Width and height from a PNG's IHDR, and whether it has an alpha channel (colour type 6). */
function pngSize(data: Buffer): { width: number; height: number; alpha: boolean } {
  expect(data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(data.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20), alpha: data[25] === 6 };
}

interface Manifest {
  id: string;
  version: string;
  staticTabs: { entityId: string; name: string; contentUrl: string; websiteUrl: string }[];
  configurableTabs: { configurationUrl: string }[];
  localizationInfo: { additionalLanguages: { languageTag: string; file: string }[] };
  icons: { color: string; outline: string };
  validDomains: string[];
}

describe('Teams app package (npm run teams:package)', () => {
  let dir: string;
  let files: { [name: string]: Buffer };
  let manifest: Manifest;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'hc-teams-'));
    const out = path.join(dir, 'app.zip');
    execFileSync(process.execPath, [require.resolve('tsx/cli'), path.join(ROOT, 'scripts', 'build-teams-package.mjs'),
      '--tenant', 'contoso.sharepoint.com', '--site', '/sites/helpcenter', '--out', out], { cwd: ROOT, stdio: 'pipe' });
    const zip = await JSZip.loadAsync(readFileSync(out));
    files = {};
    for (const name of Object.keys(zip.files)) files[name] = await zip.files[name].async('nodebuffer');
    manifest = JSON.parse(files['manifest.json'].toString('utf8')) as Manifest;
  }, 60000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds the manifest, its French strings and the two icons, nothing else', () => {
    expect(Object.keys(files).sort()).toEqual(['color.png', 'fr-fr.json', 'manifest.json', 'outline.png']);
  });

  it('validates against the Teams manifest schema v1.22', () => {
    const validate = validator('MicrosoftTeams.schema.json');
    expect(validate(manifest) ? [] : validate.errors).toEqual([]);
  });

  it('has a French localization file valid against the localization schema, with every tab named', () => {
    expect(manifest.localizationInfo.additionalLanguages).toEqual([{ languageTag: 'fr-fr', file: 'fr-fr.json' }]);
    const fr = JSON.parse(files['fr-fr.json'].toString('utf8')) as { [key: string]: string };
    const validate = validator('MicrosoftTeams.Localization.schema.json');
    expect(validate(fr) ? [] : validate.errors).toEqual([]);
    manifest.staticTabs.forEach((tab, i) => expect(fr[`staticTabs[${i}].name`]).toBeTruthy());
    // French typography: a no-break space before « : ; ! ? ».
    Object.values(fr).forEach(text => expect(text).not.toMatch(/ [:;!?]/));
  });

  it('has icons of the sizes Teams asks: colour 192×192, outline 32×32 white on transparent', () => {
    expect(pngSize(files[manifest.icons.color])).toMatchObject({ width: 192, height: 192 });
    expect(pngSize(files[manifest.icons.outline])).toEqual({ width: 32, height: 32, alpha: true });
  });

  it('is the app the mails link to, at the solution\'s version', () => {
    const solution = (JSON.parse(readFileSync(path.join(ROOT, 'config', 'package-solution.json'), 'utf8')) as { solution: { version: string } }).solution;
    expect(manifest.id).toBe(TEAMS_APP_ID);
    expect(manifest.version).toBe(solution.version.split('.').slice(0, 3).join('.'));
  });

  it('shows the web parts by their manifests\' ids, on the help center site, each tab with its SharePoint page', () => {
    const ids = {
      home: webPartManifest('helpCenterHome', 'HelpCenterHomeWebPart'), myRequests: webPartManifest('myTickets', 'MyTicketsWebPart'),
      knowledge: webPartManifest('knowledgeSearch', 'KnowledgeSearchWebPart'), desk: webPartManifest('supportDesk', 'SupportDeskWebPart')
    };
    (Object.keys(ids) as (keyof typeof ids)[]).forEach(tab => {
      expect(TEAMS_COMPONENTS[tab]).toBe(ids[tab].id);
      expect(ids[tab].supportedHosts).toEqual(expect.arrayContaining(['TeamsPersonalApp', 'TeamsTab']));
    });
    expect(manifest.staticTabs.map(t => t.entityId)).toEqual([TEAMS_TAB_ENTITY_IDS.home, TEAMS_TAB_ENTITY_IDS.myRequests, TEAMS_TAB_ENTITY_IDS.knowledge, TEAMS_TAB_ENTITY_IDS.desk]);
    manifest.staticTabs.forEach((tab, i) => {
      const id = [ids.home, ids.myRequests, ids.knowledge, ids.desk][i].id;
      expect(tab.contentUrl).toBe(`https://contoso.sharepoint.com/sites/helpcenter/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=/sites/helpcenter/_layouts/15/teamshostedapp.aspx%3Fteams%26personal%26componentId=${id}%26forceLocale={locale}`);
      expect(tab.websiteUrl.startsWith('https://contoso.sharepoint.com/sites/helpcenter')).toBe(true);
    });
    expect(manifest.staticTabs[1].websiteUrl).toBe('https://contoso.sharepoint.com/sites/helpcenter/SitePages/MyRequests.aspx');
    expect(manifest.configurableTabs[0].configurationUrl).toContain(`openPropertyPane=true%26teams%26componentId=${ids.desk.id}`);
    expect(manifest.validDomains).toContain('contoso.sharepoint.com');
  });

  it('pins the knowledge base as the team tab when asked (Teams allows one team tab)', async () => {
    const out = path.join(dir, 'knowledge.zip');
    execFileSync(process.execPath, [require.resolve('tsx/cli'), path.join(ROOT, 'scripts', 'build-teams-package.mjs'),
      '--tenant', 'contoso.sharepoint.com', '--site', '/sites/helpcenter', '--team-tab', 'knowledge', '--out', out], { cwd: ROOT, stdio: 'pipe' });
    const other = JSON.parse(await (await JSZip.loadAsync(readFileSync(out))).files['manifest.json'].async('string')) as Manifest;
    expect(other.configurableTabs[0].configurationUrl).toContain(`componentId=${TEAMS_COMPONENTS.knowledge}`);
    expect(validator('MicrosoftTeams.schema.json')(other)).toBe(true);
  });

  it('refuses a tenant or site that is not one', () => {
    const run = (args: string[]): void => {
      execFileSync(process.execPath, [require.resolve('tsx/cli'), path.join(ROOT, 'scripts', 'build-teams-package.mjs'), ...args, '--out', path.join(dir, 'bad.zip')], { cwd: ROOT, stdio: 'pipe' });
    };
    expect(() => run(['--tenant', 'contoso.sharepoint.com', '--site', 'helpcenter'])).toThrow(/--site must be/);
    expect(() => run(['--tenant', 'https://evil"/', '--site', '/sites/helpcenter'])).toThrow(/--tenant must be/);
    expect(() => run(['--tenant', 'contoso.sharepoint.com', '--site', '/sites/helpcenter', '--team-tab', 'home'])).toThrow(/--team-tab must be/);
  });
});
