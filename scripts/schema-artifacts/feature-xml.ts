// Feature framework artefacts (sharepoint/assets) generated from src/data/schema: elements.xml with one
// ListInstance per list plus the help bar's CustomAction, and one CustomSchema file per list.
import { FieldDefinition, HELP_CENTER_LISTS, ListDefinition, fieldSchemaXml, xmlEscape } from '../../src/data/schema';

/** SharePoint's generic list feature (TemplateType 100 lives there). */
export const GENERIC_LIST_FEATURE_ID = '00bfea71-de22-43b2-a848-c05709900100';
/** The help bar application customizer (src/extensions/helpBar manifest id). */
export const HELP_BAR_COMPONENT_ID = 'd2524fd3-3fdd-4cc7-8d04-837cc5072072';
/** The built-in Title field's id, redeclared in each schema for its label and Required. */
const TITLE_FIELD_ID = '{fa564e0f-0c70-4ab9-b863-0177e6ddd247}';
/** Columns the default view shows besides the title: the first short ones, in form order. */
const VIEW_FIELD_COUNT = 8;

const GENERATED = 'Generated from src/data/schema by scripts/generate-schema-artifacts.ts: do not edit by hand.';

/** File name of a list's CustomSchema. */
export function schemaFileName(list: ListDefinition): string {
  return `schema-${list.name}.xml`;
}

/**
 * How a lookup names its target in feature XML: `Self` for a lookup to its own list (the list does not
 * exist yet while its schema is applied), else the target's URL; targets come earlier in the feature.
 */
function lookupRef(list: ListDefinition, field: FieldDefinition): string | undefined {
  if (!field.lookupList) return undefined;
  return field.lookupList === list.name ? 'Self' : `Lists/${field.lookupList}`;
}

function titleField(list: ListDefinition): string {
  return `<Field ID="${TITLE_FIELD_ID}" Type="Text" Name="Title" StaticName="Title" DisplayName="${xmlEscape(list.titleLabel.fr)}" ` +
    `Required="${list.titleRequired ? 'TRUE' : 'FALSE'}" SourceID="http://schemas.microsoft.com/sharepoint/v3" FromBaseType="TRUE" />`;
}

function viewFields(list: ListDefinition): string[] {
  const shown = list.fields.filter(f => f.kind !== 'Note' && f.kind !== 'UserMulti' && f.kind !== 'LookupMulti').slice(0, VIEW_FIELD_COUNT);
  return ['LinkTitle'].concat(shown.map(f => f.name));
}

/**
 * The CustomSchema (`<List>` element) of one list, with only the documented forms: the List element's attributes
 * (https://learn.microsoft.com/sharepoint/dev/schema/list-element-list, which has no ReadSecurity, WriteSecurity or
 * NoCrawl attribute), item-level security as the `<Security>` child element
 * (https://learn.microsoft.com/sharepoint/dev/schema/security-element), and EnforceUniqueValues/Indexed on `<Field>`
 * (https://learn.microsoft.com/sharepoint/dev/schema/field-element-list). NoCrawl has no documented form for a list
 * instance of the generic template (only ListTemplate carries it), so the set-up sets it.
 */
export function listSchemaXml(list: ListDefinition): string {
  const attrs = [
    'xmlns:ows="Microsoft SharePoint"',
    `Name="${xmlEscape(list.name)}"`,
    `Title="${xmlEscape(list.name)}"`,
    `Url="Lists/${xmlEscape(list.name)}"`,
    'BaseType="0"',
    'EnableContentTypes="FALSE"',
    'FolderCreation="FALSE"',
    `VersioningEnabled="${list.versioning ? 'TRUE' : 'FALSE'}"`,
    `DisableAttachments="${list.attachments ? 'FALSE' : 'TRUE'}"`,
    'Direction="$Resources:Direction;"',
    'xmlns="http://schemas.microsoft.com/sharepoint/"'
  ];
  const fields = [titleField(list)].concat(list.fields.map(f => fieldSchemaXml(list, f, lookupRef(list, f))));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<!-- ${GENERATED} -->`,
    `<List ${attrs.join(' ')}>`,
    '  <MetaData>',
    '    <ContentTypes>',
    '      <ContentTypeRef ID="0x01">',
    '        <Folder TargetName="Item" />',
    '      </ContentTypeRef>',
    '      <ContentTypeRef ID="0x0120" />',
    '    </ContentTypes>',
    '    <Fields>',
    ...fields.map(f => `      ${f}`),
    '    </Fields>',
    '    <Views>',
    '      <View BaseViewID="1" Type="HTML" WebPartZoneID="Main" DisplayName="$Resources:core,objectiv_schema_mwsidcamlidC24;" DefaultView="TRUE" MobileView="TRUE" MobileDefaultView="TRUE" SetupPath="pages\\viewpage.aspx" ImageUrl="/_layouts/images/generic.png" Url="AllItems.aspx">',
    '        <XslLink Default="TRUE">main.xsl</XslLink>',
    '        <JSLink>clienttemplates.js</JSLink>',
    '        <RowLimit Paged="TRUE">30</RowLimit>',
    '        <Toolbar Type="Standard" />',
    '        <ViewFields>',
    ...viewFields(list).map(name => `          <FieldRef Name="${name}" />`),
    '        </ViewFields>',
    '        <Query>',
    '          <OrderBy>',
    '            <FieldRef Name="ID" Ascending="FALSE" />',
    '          </OrderBy>',
    '        </Query>',
    '      </View>',
    '    </Views>',
    '    <Forms>',
    '      <Form Type="DisplayForm" Url="DispForm.aspx" SetupPath="pages\\form.aspx" WebPartZoneID="Main" />',
    '      <Form Type="EditForm" Url="EditForm.aspx" SetupPath="pages\\form.aspx" WebPartZoneID="Main" />',
    '      <Form Type="NewForm" Url="NewForm.aspx" SetupPath="pages\\form.aspx" WebPartZoneID="Main" />',
    '    </Forms>',
    '  </MetaData>',
    '  <Security>',
    `    <ReadSecurity>${list.readSecurity}</ReadSecurity>`,
    `    <WriteSecurity>${list.writeSecurity}</WriteSecurity>`,
    '  </Security>',
    '</List>',
    ''
  ].join('\n');
}

/** What installing the package does not do; the Setup web part does it (kept in elements.xml and the README). */
export const FEATURE_LIMITS = [
  'When the app is added to a site (not when it is only deployed tenant-wide: skipFeatureDeployment is true),',
  'this feature creates the lists with their columns, versioning, attachments and item-level security (the',
  'documented <Security> element of each list schema).',
  'It does NOT create the help center groups (support, contributors), the agents\' permission level, the lists\'',
  'unique permissions and grants, the site-level grants (support group -> agent level), the indexes on the',
  'built-in Created/Modified/Author columns, nor the exclusion of private lists from search (NoCrawl: no documented',
  'feature XML form for a list instance). A site owner runs "Set up" in the HelpCenterSetup web part for those;',
  'it also repairs anything missing or different.'
];

/** elements.xml: the lists (lookup targets first, as in HELP_CENTER_LISTS) and the help bar. */
export function elementsXml(): string {
  const instances = HELP_CENTER_LISTS.map(list => [
    '    <ListInstance',
    `        Title="${xmlEscape(list.name)}"`,
    `        Url="Lists/${xmlEscape(list.name)}"`,
    '        TemplateType="100"',
    `        FeatureId="${GENERIC_LIST_FEATURE_ID}"`,
    `        Description="${xmlEscape(list.description.fr)}"`,
    `        CustomSchema="${schemaFileName(list)}">`,
    '    </ListInstance>'
  ].join('\n'));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<!-- ${GENERATED} -->`,
    '<!--',
    ...FEATURE_LIMITS.map(line => `    ${line}`),
    '-->',
    '<Elements xmlns="http://schemas.microsoft.com/sharepoint/">',
    ...instances,
    '    <CustomAction',
    '        Title="HelpBar"',
    '        Location="ClientSideExtension.ApplicationCustomizer"',
    `        ClientSideComponentId="${HELP_BAR_COMPONENT_ID}"`,
    '        ClientSideComponentProperties="{&quot;testMessage&quot;:&quot;Test message&quot;}">',
    '    </CustomAction>',
    '</Elements>',
    ''
  ].join('\n');
}

/** config/package-solution.json with the feature's manifests and one element file per list schema. */
export function packageSolutionJson(current: string): string {
  const config = JSON.parse(current) as { solution: { features: { assets?: unknown }[] } };
  const feature = config.solution.features[0];
  feature.assets = {
    elementManifests: ['elements.xml', 'ClientSideInstance.xml'],
    elementFiles: HELP_CENTER_LISTS.map(schemaFileName)
  };
  return JSON.stringify(config, null, 2) + '\n';
}
