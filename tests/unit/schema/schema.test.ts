// The schema's rules (indexes, lookups, names, ids), the <Field/> XML for each kind, and the files
// generated from the schema being up to date.
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { XMLValidator } from 'fast-xml-parser';
import {
  FieldDefinition, HELP_CENTER_LISTS, ListDefinition, fieldId, fieldSchemaXml, stableGuid
} from '../../../src/data/schema';
import { generateSchemaArtifacts, outOfDate } from '../../../scripts/schema-artifacts';

const ROOT = join(__dirname, '..', '..', '..');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const MAX_INDEXES = 20;

describe('generated artefacts', () => {
  it('are up to date (run `npx tsx scripts/generate-schema-artifacts.ts` after a schema change)', () => {
    expect(outOfDate(ROOT)).toEqual([]);
  });

  it('are well-formed XML', () => {
    for (const file of generateSchemaArtifacts(ROOT).filter(f => f.path.endsWith('.xml'))) {
      expect({ path: file.path, valid: XMLValidator.validate(file.content) }).toEqual({ path: file.path, valid: true });
    }
  });

  // One deployment path (README "Deployment"): the set-up creates the lists; the package's feature only registers the
  // help bar in the tenant-wide extensions list (ClientSideInstance.xml). Feature-created lists would exist only where
  // the app is added to a site explicitly, and a CustomAction would put a second help bar on such a site.
  it('make a feature that creates no list and registers the help bar once, tenant-wide', () => {
    const files = generateSchemaArtifacts(ROOT);
    const instance = files.find(f => f.path === 'sharepoint/assets/ClientSideInstance.xml')!.content;
    const packageSolution = JSON.parse(files.find(f => f.path === 'config/package-solution.json')!.content);
    expect(packageSolution.solution.features).toHaveLength(1);
    expect(packageSolution.solution.features[0].assets).toEqual({ elementManifests: ['ClientSideInstance.xml'] });
    expect(packageSolution.solution.skipFeatureDeployment).toBe(true);
    expect((instance.match(/<ClientSideComponentInstance/g) || []).length).toBe(1);
    expect(instance).not.toMatch(/ListInstance|CustomAction/);
    const helpBar = JSON.parse(readFileSync(join(ROOT, 'src/extensions/helpBar/HelpBarApplicationCustomizer.manifest.json'), 'utf8').replace(/^\s*\/\/.*$/gm, ''));
    expect(instance).toContain(`ComponentId="${helpBar.id}"`);
    expect(instance).toContain('Properties="{&quot;helpCenterUrl&quot;:&quot;&quot;}"');
    expect(readdirSync(join(ROOT, 'sharepoint/assets')).sort()).toEqual(['ClientSideInstance.xml']);
  });
});

describe('schema rules', () => {
  const all = HELP_CENTER_LISTS.map(list => list.fields.map(field => ({ list, field }))).reduce((a, b) => a.concat(b), []);

  it.each(all.filter(x => x.field.unique).map(x => [`${x.list.name}/${x.field.name}`, x.field]))('%s: unique implies indexed', (_, field) => {
    expect((field as FieldDefinition).indexed).toBe(true);
  });

  // SharePoint refuses a unique column on a list where people read only their own items (ReadSecurity 2), either
  // order (tests/integration/emulator/list-rules.test.ts): such a schema could never be set up.
  it.each(all.filter(x => x.field.unique).map(x => [`${x.list.name}/${x.field.name}`, x.list]))('%s: unique only on a list where everyone reads every item', (_, list) => {
    expect((list as ListDefinition).readSecurity).toBe(1);
  });

  it('lists that hold private data are excluded from search crawling (NoCrawl)', () => {
    const excluded = HELP_CENTER_LISTS.filter(l => l.noCrawl).map(l => l.name).sort();
    expect(excluded).toEqual(['ArticleFeedback', 'ArticleNotifications', 'ExpertiseRecords', 'HelpApprovalDecisions', 'HelpInternalNotes', 'HelpNotifications', 'HelpTicketClaims',
      'HelpTicketStates', 'HelpTicketWatches', 'HelpTickets', 'IdeaNotifications', 'IdeaStates', 'IdeaVotes', 'KnowledgeDrafts', 'ReportSubscriptions', 'SearchEvents']);
    // Every list where people read only their own items holds personal data.
    for (const list of HELP_CENTER_LISTS.filter(l => l.readSecurity === 2)) expect(list.noCrawl).toBe(true);
  });

  it.each(all.filter(x => x.field.lookupList).map(x => [`${x.list.name}/${x.field.name}`, x.list, x.field]))(
    '%s: the lookup target exists and comes earlier (or is the list itself)', (_, list, field) => {
      const names = HELP_CENTER_LISTS.map(l => l.name);
      const target = (field as FieldDefinition).lookupList!;
      expect(names).toContain(target);
      if (target !== (list as ListDefinition).name) expect(names.indexOf(target)).toBeLessThan(names.indexOf((list as ListDefinition).name));
    });

  it.each(HELP_CENTER_LISTS.map(l => [l.name, l]))('%s: at most 20 indexes', (_, list) => {
    const l = list as ListDefinition;
    expect(l.fields.filter(f => f.indexed || f.unique).length + l.indexedBuiltIns.length).toBeLessThanOrEqual(MAX_INDEXES);
  });

  it('internal names are HC-prefixed, at most 32 characters, unique in their list', () => {
    for (const list of HELP_CENTER_LISTS) {
      const names = list.fields.map(f => f.name);
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) {
        expect(name).toMatch(/^HC[A-Za-z0-9]+$/);
        expect(name.length).toBeLessThanOrEqual(32);
      }
    }
  });

  it('choice fields have choices and their default is one of them', () => {
    for (const { field } of all.filter(x => x.field.kind === 'Choice' || x.field.kind === 'MultiChoice')) {
      expect(field.choices && field.choices.length).toBeTruthy();
      if (field.defaultValue !== undefined) expect(field.choices).toContain(field.defaultValue);
    }
  });

  it('field ids are well-formed, stable and unique across all lists', () => {
    const ids = all.map(x => fieldId(x.list, x.field));
    ids.forEach(id => expect(id).toMatch(GUID));
    expect(new Set(ids).size).toBe(ids.length);
    expect(stableGuid('HelpTickets/HCStatus')).toBe(stableGuid('HelpTickets/HCStatus'));
    expect(stableGuid('HelpTickets/HCStatus')).not.toBe(stableGuid('HelpTickets/HCStatut'));
  });

  it('list names are unique', () => {
    const names = HELP_CENTER_LISTS.map(l => l.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('fieldSchemaXml', () => {
  const list: ListDefinition = {
    name: 'Demo', description: { fr: 'Démo', en: 'Demo' }, titleRequired: true, titleLabel: { fr: 'Titre', en: 'Title' },
    fields: [], indexedBuiltIns: [], versioning: false, attachments: false, readSecurity: 1, writeSecurity: 1, noCrawl: false
  };
  const base = { title: { fr: 'Libellé & "cité"', en: 'Label' }, description: 'test' };
  const cases: [string, FieldDefinition, string | undefined, string[]][] = [
    ['Text', { ...base, name: 'HCText', kind: 'Text', maxLength: 64, required: true }, undefined,
      ['Type="Text"', 'Required="TRUE"', 'MaxLength="64"', 'DisplayName="Libellé &amp; &quot;cité&quot;"', ' />']],
    ['Note (plain)', { ...base, name: 'HCNote', kind: 'Note' }, undefined, ['Type="Note"', 'NumLines="6"', 'RichText="FALSE"']],
    ['Note (rich)', { ...base, name: 'HCRich', kind: 'Note', richText: true }, undefined, ['RichText="TRUE"', 'RichTextMode="FullHtml"']],
    ['Choice', { ...base, name: 'HCChoice', kind: 'Choice', choices: ['a', 'b&c'], defaultValue: 'a', indexed: true }, undefined,
      ['Type="Choice"', 'Indexed="TRUE"', 'FillInChoice="FALSE"', '<CHOICES><CHOICE>a</CHOICE><CHOICE>b&amp;c</CHOICE></CHOICES><Default>a</Default></Field>']],
    ['MultiChoice', { ...base, name: 'HCMulti', kind: 'MultiChoice', choices: ['x'] }, undefined, ['Type="MultiChoice"', '<CHOICE>x</CHOICE>']],
    ['Number', { ...base, name: 'HCNumber', kind: 'Number' }, undefined, ['Type="Number"']],
    ['Integer', { ...base, name: 'HCInteger', kind: 'Integer', defaultValue: '0' }, undefined, ['Type="Integer"', '<Default>0</Default>']],
    ['Boolean', { ...base, name: 'HCBool', kind: 'Boolean', defaultValue: '0' }, undefined, ['Type="Boolean"', '<Default>0</Default>']],
    ['DateTime (date)', { ...base, name: 'HCDate', kind: 'DateTime', dateOnly: true }, undefined, ['Type="DateTime"', 'Format="DateOnly"']],
    ['DateTime', { ...base, name: 'HCWhen', kind: 'DateTime' }, undefined, ['Format="DateTime"']],
    ['Lookup', { ...base, name: 'HCLookup', kind: 'Lookup', lookupList: 'Other', indexed: true }, '{11111111-2222-3333-4444-555555555555}',
      ['Type="Lookup"', 'List="{11111111-2222-3333-4444-555555555555}"', 'ShowField="Title"', 'Indexed="TRUE"']],
    ['LookupMulti', { ...base, name: 'HCLookups', kind: 'LookupMulti', lookupList: 'Other' }, 'Lists/Other', ['Type="LookupMulti"', 'List="Lists/Other"', 'Mult="TRUE"']],
    ['User', { ...base, name: 'HCUser', kind: 'User', indexed: true, unique: true }, undefined,
      ['Type="User"', 'UserSelectionMode="PeopleOnly"', 'Indexed="TRUE"', 'EnforceUniqueValues="TRUE"']],
    ['UserMulti', { ...base, name: 'HCUsers', kind: 'UserMulti' }, undefined, ['Type="UserMulti"', 'Mult="TRUE"']],
    ['URL', { ...base, name: 'HCLink', kind: 'URL' }, undefined, ['Type="URL"']]
  ];

  it.each(cases)('%s', (_, field, ref, expected) => {
    const xml = fieldSchemaXml(list, field, ref);
    expect(xml.indexOf(`<Field ID="{${fieldId(list, field)}}" Name="${field.name}" StaticName="${field.name}"`)).toBe(0);
    for (const part of expected) expect(xml).toContain(part);
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('unique implies Indexed even when indexed is not set', () => {
    expect(fieldSchemaXml(list, { ...base, name: 'HCKey', kind: 'Text', unique: true })).toContain('Indexed="TRUE" EnforceUniqueValues="TRUE"');
  });

  it('a lookup without its target is a programming error', () => {
    expect(() => fieldSchemaXml(list, { ...base, name: 'HCLookup', kind: 'Lookup', lookupList: 'Other' })).toThrow(/needs its target list/);
  });
});
