/**
 * Mounts a web part's feature (src/webparts/<x>/<x>Feature.ts) as the SPFx web part does — the same services and ui
 * root, built by the same code — with the fake SPFx context, the web part's properties, and the section's theme.
 */
import * as React from 'react';
import * as commonStrings from 'HelpCenterCommonStrings';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import type { FeatureHost, HelpCenterFeature, HelpCenterWiring } from '../../../src/webparts/common/HelpCenterWebPart';
import { FEATURE_STRINGS, FeatureName, loadFeatureStrings } from '../../../src/ui/common/featureStrings';
import { localeFromCulture } from '../../../src/ui/common/HelpCenterContext';
import { helpCenterStrings } from './allStrings';
import { createWorkbenchHelpCenter, workbenchPageSp } from './fakeContext';
import { resolveHelpCenterSite } from '../../../src/data/settings/helpCenterSite';
import { readTenantProperty } from '../../../src/data/settings/tenantProperty';
import type { HelpCenterSite } from '../../../src/data/settings/helpCenterSite';
import { teamsHostOf } from '../../../src/domain/teams/teamsContext';
import { HelpCenterSiteMissing } from '../../../src/ui/common/HelpCenterSiteMissing';
import { openOtherPagesInNewTab } from '../../../src/webparts/common/teamsLinks';
import { teamsTheme } from '../../../src/ui/common/teamsThemes';
import { mountPage } from './mount';
import { expectWebPartRender } from '../../../src/ui/common/renderedMark';
import type { WorkbenchPageStrings } from './workbenchStrings';

/**
 * A dark section (SharePoint's "strong" section background, a web part with `supportsThemeVariants` gets an inverted
 * theme): `?section=strong` on any workbench page renders its web part in it.
 */
const STRONG_SECTION: PartialTheme = {
  isInverted: true,
  palette: {
    themePrimary: '#479ef5', themeLighterAlt: '#03060a', themeLighter: '#0b1927', themeLight: '#152f49', themeTertiary: '#2b5f92',
    themeSecondary: '#3e8bd6', themeDarkAlt: '#59a8f6', themeDark: '#74b6f7', themeDarker: '#9ccaf9',
    neutralLighterAlt: '#262626', neutralLighter: '#2f2f2f', neutralLight: '#3d3d3d', neutralQuaternaryAlt: '#464646', neutralQuaternary: '#4d4d4d',
    neutralTertiaryAlt: '#6b6b6b', neutralTertiary: '#c8c8c8', neutralSecondary: '#d0d0d0', neutralPrimaryAlt: '#dadada', neutralPrimary: '#ffffff',
    neutralDark: '#f4f4f4', black: '#f8f8f8', white: '#1f1f1f',
  },
};

/** The section's theme the page asks for (`?section=strong`), or the site's (undefined). */
export function sectionTheme(search: string): PartialTheme | undefined {
  return new URLSearchParams(search).get('section') === 'strong' ? STRONG_SECTION : undefined;
}

/**
 * The strings a web part's context holds (the common module and its feature's), made strict: reading a section of
 * another feature's strings throws, so a component that needs strings its web part does not load fails the e2e
 * tests here instead of showing "undefined" in SharePoint.
 */
function featureStrings(name: FeatureName, loaded: Partial<IHelpCenterStrings>): IHelpCenterStrings {
  const strings = { ...commonStrings, ...loaded } as IHelpCenterStrings;
  const sections = new Set(Object.keys(helpCenterStrings));
  return new Proxy(strings, {
    get(target, key, receiver) {
      if (typeof key === 'string' && sections.has(key) && !(key in target)) {
        throw new Error(`strings.${key} is not among the strings the ${name} web part loads (FEATURE_STRINGS in src/webparts/common/featureStrings.ts)`);
      }
      return Reflect.get(target, key, receiver);
    },
  });
}

/**
 * Mounts `feature` with `properties` as its web part's property bag, with the strings its web part loads, wired to the
 * help center's site as HelpCenterWebPart wires it: the `helpCenterSiteUrl` property, else the page's own site, else
 * (in Teams, on the root site) the tenant property HelpCenterSiteUrl — or says that no setting names it.
 */
export function mountFeature<P extends { helpCenterSiteUrl?: string }, S>(title: (s: WorkbenchPageStrings) => string, name: FeatureName, feature: HelpCenterFeature<P, S>, properties: P): void {
  // As HelpCenterWebPart.onInit: the help bar's live part waits for this web part's first render.
  expectWebPartRender();
  mountPage(title, ({ boot, context }) => {
    const host: FeatureHost<P> = {
      context: context as unknown as WebPartContext,
      properties,
      graph: () => context.msGraphClientFactory.getClient('3') as unknown as ReturnType<FeatureHost<P>['graph']>,
    };
    const FeatureMount = (): React.ReactElement | null => {
      const [wiring, setWiring] = React.useState<HelpCenterWiring<S>>();
      const [missing, setMissing] = React.useState<HelpCenterSite>();
      const [teamsThemeName, setTeamsThemeName] = React.useState<'default' | 'dark' | 'contrast'>('default');
      React.useEffect(() => {
        const microsoftTeams = context.sdks.microsoftTeams;
        const web = context.pageContext.web;
        const resolveSite = async (): Promise<{ site: HelpCenterSite; teams?: ReturnType<typeof teamsHostOf> }> => {
          const teams = microsoftTeams ? teamsHostOf(await microsoftTeams.teamsJs.app.getContext()) : undefined;
          const site = await resolveHelpCenterSite(properties.helpCenterSiteUrl, { webUrl: web.absoluteUrl, webServerRelativeUrl: web.serverRelativeUrl, teams: teams && teams.kind },
            (key) => readTenantProperty(workbenchPageSp(context), key), window.sessionStorage);
          return { site, teams };
        };
        Promise.all([loadFeatureStrings(localeFromCulture(boot.user.language), FEATURE_STRINGS[name]), resolveSite()]).then(([loaded, { site, teams }]) => {
          if (teams) {
            openOtherPagesInNewTab(document.getElementById('workbench-root') as HTMLElement);
            setTeamsThemeName(teams.theme);
          }
          if (!site.siteUrl) {
            if (site.error !== undefined) console.error('Help center: the tenant property HelpCenterSiteUrl could not be read.', site.error);
            setMissing(site);
            return;
          }
          const helpCenter = createWorkbenchHelpCenter(context, featureStrings(name, loaded), site.siteUrl);
          setWiring({ siteUrl: site.siteUrl, context: helpCenter, services: feature.createServices(host, helpCenter.sp, site.siteUrl), teams });
        }, (error: unknown) => { throw error; });
      }, []);
      if (missing) return <HelpCenterSiteMissing strings={commonStrings as IHelpCenterCommonStrings} error={missing.error} />;
      return wiring ? feature.render(host, wiring, sectionTheme(window.location.search) || teamsTheme(teamsThemeName)) : null;
    };
    return <FeatureMount />;
  });
}
