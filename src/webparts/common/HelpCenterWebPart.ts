import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart, WebPartContext } from '@microsoft/sp-webpart-base';
import { IPropertyPaneConfiguration, IPropertyPaneField, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import { spfi, SPFI, SPFx } from '@pnp/sp';
import * as commonStrings from 'HelpCenterCommonStrings';
import { FEATURE_STRINGS, FeatureName, loadFeatureStrings } from '../../ui/common/featureStrings';
import { HelpCenterContextValue, localeFromCulture } from '../../ui/common/HelpCenterContext';
import type { HelpCenterSite } from '../../data/settings/helpCenterSite';
import { siteAddress } from '../../data/settings/siteAddress';
import type { TeamsHost } from '../../domain/teams/teamsContext';
import type { HelpCenterSiteMissing } from '../../ui/common/HelpCenterSiteMissing';
import { expectWebPartRender } from '../../ui/common/renderedMark';

/** Properties every help-center web part has. */
export interface IHelpCenterWebPartProps {
  /** The help center's site when the web part is placed on another site (or in Teams); empty = this site. */
  helpCenterSiteUrl: string;
}

/** What a web part builds once per help-center site: its context and its services. */
export interface HelpCenterWiring<S> {
  siteUrl: string;
  context: HelpCenterContextValue;
  services: S;
  /** Set when the web part is shown in Teams (a personal app's tab or a team's tab): its sub-page, its theme. */
  teams?: TeamsHost;
}

/** What a feature gets from the SPFx web part hosting it. */
export interface FeatureHost<P> {
  context: WebPartContext;
  properties: P;
  /** Microsoft Graph as SPFx provides it (MSGraphClientV3), for the notification outbox. */
  graph(): Promise<{ api(path: string): { post(body: unknown): Promise<unknown> } }>;
}

/**
 * A web part's feature: its services and its ui root, in a chunk of its own (loaded with `import()` by the web
 * part's entry point), so a page pays only for the features of the web parts it holds.
 */
export interface HelpCenterFeature<P, S> {
  createServices(host: FeatureHost<P>, sp: SPFI, siteUrl: string): S;
  render(host: FeatureHost<P>, wiring: HelpCenterWiring<S>, theme: PartialTheme | undefined): React.ReactElement;
}

/**
 * The shared SPFx plumbing of the help center's web parts. All of them are in one SPFx bundle (config/config.json):
 * this class, PnPjs and the common strings are loaded once per page however many help-center web parts it holds; each
 * web part's feature (ui and data) comes in its own chunk with its strings, and the chunks share Fluent UI and the ui
 * kernel.
 * One PnPjs instance per web part bound to the help-center site (no module-level singleton), the context and services
 * built once per site URL (a theme change re-renders without reloading data), theme variants, disposal, and the site
 * property in the pane.
 */
export abstract class HelpCenterWebPart<P extends IHelpCenterWebPartProps, S> extends BaseClientSideWebPart<P> {
  private theme: PartialTheme | undefined;
  /** Teams' dark or high-contrast theme as a Fluent theme (in Teams only). */
  private teamsTheme: PartialTheme | undefined;
  private wiring: HelpCenterWiring<S> | undefined;
  private feature: HelpCenterFeature<P, S> | undefined;
  /** The help center's site when the property does not name it (see src/data/settings/helpCenterSite.ts). */
  private site: HelpCenterSite = {};
  private teams: TeamsHost | undefined;
  private stopTeamsLinks: (() => void) | undefined;
  /** What the web part shows when no setting names the help center (its chunk loads only then). */
  private siteMissing: typeof HelpCenterSiteMissing | undefined;
  /** The common strings, and once the feature is loaded its own (the property pane opens after onInit). */
  protected strings: IHelpCenterStrings = commonStrings as IHelpCenterStrings;

  /** The feature's chunk: `import(/* webpackChunkName: 'help-center-…' *\/ './feature')`. */
  protected abstract loadFeature(): Promise<HelpCenterFeature<P, S>>;

  /** Which feature this is, for the strings it shows (src/webparts/common/featureStrings.ts). */
  protected abstract get featureName(): FeatureName;

  /** The web part's own fields in the property pane (the site field is added after them). */
  protected paneFields(): IPropertyPaneField<unknown>[] {
    return [];
  }

  /** Whether the pane offers the help-center site (the set-up web part always works on its own site). */
  protected get hasSiteProperty(): boolean {
    return true;
  }

  protected onInit(): Promise<void> {
    // The help bar's live part waits for this web part's first render (src/ui/common/renderedMark.ts).
    expectWebPartRender();
    const locale = localeFromCulture(this.context.pageContext.cultureInfo.currentUICultureName);
    // The feature chunk, its strings and the site in parallel: one round trip before the first render, not two (the
    // site costs nothing on the help center's pages; in Teams the tenant property once per session).
    return Promise.all([this.loadFeature(), loadFeatureStrings(locale, FEATURE_STRINGS[this.featureName]), this.resolveSite()]).then(([feature, own]) => {
      this.strings = { ...commonStrings, ...own } as IHelpCenterStrings;
      this.feature = feature;
    });
  }

  /**
   * Where the web part is (Teams or not) and which site is the help center's: the property, this site, or the tenant's
   * setting. On a page of a site other than the root, outside Teams, nothing is loaded: the property or this site.
   */
  private async resolveSite(): Promise<void> {
    const web = this.context.pageContext.web;
    const property = this.hasSiteProperty ? siteAddress(this.properties.helpCenterSiteUrl) : undefined;
    const onRoot = web.serverRelativeUrl === '/' || web.serverRelativeUrl === '';
    if (!this.hasSiteProperty || (!this.context.sdks.microsoftTeams && (property || !onRoot))) {
      this.site = property ? { siteUrl: property, source: 'property' } : { siteUrl: siteAddress(web.absoluteUrl) || web.absoluteUrl, source: 'page' };
      return;
    }
    const m = await import(/* webpackChunkName: 'help-center-teams-host' */ './teamsHost');
    const host = await m.remoteHost(this.context, this.domElement, this.properties.helpCenterSiteUrl);
    this.site = host.site;
    if (host.teams && !this.teams) {
      this.teams = host.teams;
      this.teamsTheme = host.teamsTheme;
      this.stopTeamsLinks = host.stop;
    } else if (host.stop) {
      host.stop();
    }
  }

  private host(): FeatureHost<P> {
    return { context: this.context, properties: this.properties, graph: () => this.context.msGraphClientFactory.getClient('3') };
  }

  private wire(feature: HelpCenterFeature<P, S>, siteUrl: string): HelpCenterWiring<S> {
    if (!this.wiring || this.wiring.siteUrl !== siteUrl) {
      const sp = spfi(siteUrl).using(SPFx(this.context));
      const user = this.context.pageContext.user;
      this.wiring = {
        siteUrl,
        context: {
          sp, strings: this.strings, locale: localeFromCulture(this.context.pageContext.cultureInfo.currentUICultureName),
          currentUser: { loginName: user.loginName, email: user.email, displayName: user.displayName },
          siteUrl
        },
        services: feature.createServices(this.host(), sp, siteUrl),
        teams: this.teams
      };
    }
    return this.wiring;
  }

  public render(): void {
    const feature = this.feature;
    if (!feature) return;
    const siteUrl = (this.hasSiteProperty && siteAddress(this.properties.helpCenterSiteUrl)) || this.site.siteUrl;
    const Missing = this.siteMissing;
    if (!siteUrl && !Missing) {
      // No setting names the help center (or it could not be read): say so, rather than fail against this site.
      import(/* webpackChunkName: 'help-center-site-missing' */ '../../ui/common/HelpCenterSiteMissing').then(m => {
        this.siteMissing = m.HelpCenterSiteMissing;
        this.render();
      }, (e: unknown) => console.error(e));
      return;
    }
    const element = siteUrl ? feature.render(this.host(), this.wire(feature, siteUrl), this.theme || this.teamsTheme)
      : React.createElement(Missing as typeof HelpCenterSiteMissing, { strings: this.strings, error: this.site.error });
    ReactDom.render(element, this.domElement);
  }

  /** A site typed in the pane applies at once; emptied, the setting or this site applies again. */
  protected onPropertyPaneFieldChanged(propertyPath: string): void {
    if (propertyPath === 'helpCenterSiteUrl' && !siteAddress(this.properties.helpCenterSiteUrl)) {
      this.resolveSite().then(() => this.render(), (e: unknown) => console.error(e));
    }
  }

  /** Follows the section's theme (supportsThemeVariants), e.g. a dark section background. */
  protected onThemeChanged(currentTheme: IReadonlyTheme | undefined): void {
    this.theme = currentTheme as PartialTheme | undefined;
    this.render();
  }

  protected onDispose(): void {
    if (this.stopTeamsLinks) this.stopTeamsLinks();
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const s = this.strings.ticketFormPane;
    const fields = this.paneFields();
    if (this.hasSiteProperty) {
      fields.push(PropertyPaneTextField('helpCenterSiteUrl', { label: s.helpCenterSiteUrl, description: s.helpCenterSiteUrlHelp }));
    }
    return { pages: [{ header: { description: s.description }, groups: [{ groupName: s.group, groupFields: fields }] }] };
  }
}
