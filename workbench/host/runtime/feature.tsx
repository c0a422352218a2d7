/**
 * Mounts a web part's feature (src/webparts/<x>/<x>Feature.ts) as the SPFx web part does — the same services and ui
 * root, built by the same code — with the fake SPFx context, the web part's properties, and the section's theme.
 */
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import type { FeatureHost, HelpCenterFeature, HelpCenterWiring } from '../../../src/webparts/common/HelpCenterWebPart';
import { createWorkbenchHelpCenter } from './fakeContext';
import { mountPage } from './mount';
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

/** Mounts `feature` with `properties` as its web part's property bag. */
export function mountFeature<P, S>(title: (s: WorkbenchPageStrings) => string, feature: HelpCenterFeature<P, S>, properties: P): void {
  mountPage(title, ({ boot, context, strings }) => {
    const helpCenter = createWorkbenchHelpCenter(context, strings);
    const host: FeatureHost<P> = {
      context: context as unknown as WebPartContext,
      properties,
      graph: () => context.msGraphClientFactory.getClient('3') as unknown as ReturnType<FeatureHost<P>['graph']>,
    };
    const wiring: HelpCenterWiring<S> = { siteUrl: boot.siteUrl, context: helpCenter, services: feature.createServices(host, helpCenter.sp, boot.siteUrl) };
    return feature.render(host, wiring, sectionTheme(window.location.search));
  });
}
