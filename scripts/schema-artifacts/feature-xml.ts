// Feature framework artefacts (sharepoint/assets): the help bar's tenant-wide entry (ClientSideInstance.xml) and the
// package's feature. No list is created by the package (see FEATURE_NOTES).

/** The help bar application customizer (src/extensions/helpBar manifest id). */
export const HELP_BAR_COMPONENT_ID = 'd2524fd3-3fdd-4cc7-8d04-837cc5072072';

const GENERATED = 'Generated from src/data/schema by scripts/generate-schema-artifacts.ts: do not edit by hand.';

/**
 * What the package's feature does, kept in ClientSideInstance.xml and the README: the deployment path is ONE — the
 * tenant app catalog deploys the solution to all sites (skipFeatureDeployment: web parts available everywhere, Teams),
 * a site owner of the help center site runs "Set up" (HelpCenterSetup web part), which creates and repairs every list,
 * group, permission level, grant and index from src/data/schema; the help bar is added to every site through the
 * tenant-wide extensions list from this file. No list is created by the feature: feature-created lists exist only on
 * sites where the app is added explicitly (ignored in a tenant-wide deployment), and could not carry the groups and
 * permissions the set-up makes.
 */
export const FEATURE_NOTES = [
  'Read by the tenant app catalog when the solution is deployed to all sites (skipFeatureDeployment is true): it adds',
  'the help bar to the Tenant Wide Extensions list (Apps for SharePoint > Tenant Wide Extensions) for every site.',
  'Set "helpCenterUrl" in that list item\'s Component Properties to the help center site\'s absolute URL',
  '(e.g. {"helpCenterUrl":"https://contoso.sharepoint.com/sites/helpcenter"}): every link and request of the bar goes there.',
  'The lists are NOT created by this package: a site owner of the help center site runs "Set up" (HelpCenterSetup web part).'
];

/** The help bar's entry in the tenant-wide extensions list, created when the solution is deployed to all sites. */
export function clientSideInstanceXml(): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<!-- ${GENERATED} -->`,
    '<!--',
    ...FEATURE_NOTES.map(line => `    ${line}`),
    '-->',
    '<Elements xmlns="http://schemas.microsoft.com/sharepoint/">',
    '    <ClientSideComponentInstance',
    '        Title="HelpBar"',
    '        Location="ClientSideExtension.ApplicationCustomizer"',
    `        ComponentId="${HELP_BAR_COMPONENT_ID}"`,
    '        Properties="{&quot;helpCenterUrl&quot;:&quot;&quot;}">',
    '    </ClientSideComponentInstance>',
    '</Elements>',
    ''
  ].join('\n');
}

/** config/package-solution.json with the feature's one manifest (the help bar's tenant-wide entry). */
export function packageSolutionJson(current: string): string {
  const config = JSON.parse(current) as { solution: { features: { assets?: unknown }[] } };
  const feature = config.solution.features[0];
  feature.assets = { elementManifests: ['ClientSideInstance.xml'] };
  return JSON.stringify(config, null, 2) + '\n';
}
