import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { IPropertyPaneConfiguration, IPropertyPaneField, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { IReadonlyTheme } from '@microsoft/sp-component-base';
import { PartialTheme } from '@fluentui/react/lib/Theme';
import { spfi, SPFI, SPFx } from '@pnp/sp';
import { helpCenterStrings as strings } from './helpCenterStrings';
import { HelpCenterContextValue, localeFromCulture } from '../../ui/common/HelpCenterContext';

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
}

/**
 * The shared SPFx plumbing of the help center's web parts: one PnPjs instance per web part bound to the
 * help-center site (no module-level singleton), the context and services built once per site URL (a theme
 * change re-renders without reloading data), theme variants, disposal, and the site property in the pane.
 */
export abstract class HelpCenterWebPart<P extends IHelpCenterWebPartProps, S> extends BaseClientSideWebPart<P> {
  private theme: PartialTheme | undefined;
  private wiring: HelpCenterWiring<S> | undefined;

  /** The services of this web part over PnPjs bound to the help-center site. */
  protected abstract createServices(sp: SPFI, siteUrl: string): S;

  /** The ui root to render. */
  protected abstract renderRoot(wiring: HelpCenterWiring<S>, theme: PartialTheme | undefined): React.ReactElement;

  /** The web part's own fields in the property pane (the site field is added after them). */
  protected paneFields(): IPropertyPaneField<unknown>[] {
    return [];
  }

  /** Microsoft Graph as SPFx provides it (MSGraphClientV3), for the notification outbox. */
  protected graph(): Promise<{ api(path: string): { post(body: unknown): Promise<unknown> } }> {
    return this.context.msGraphClientFactory.getClient('3');
  }

  private wire(): HelpCenterWiring<S> {
    const siteUrl = this.properties.helpCenterSiteUrl || this.context.pageContext.web.absoluteUrl;
    if (!this.wiring || this.wiring.siteUrl !== siteUrl) {
      const sp = spfi(siteUrl).using(SPFx(this.context));
      const user = this.context.pageContext.user;
      this.wiring = {
        siteUrl,
        context: {
          sp, strings, locale: localeFromCulture(this.context.pageContext.cultureInfo.currentUICultureName),
          currentUser: { loginName: user.loginName, email: user.email, displayName: user.displayName },
          siteUrl
        },
        services: this.createServices(sp, siteUrl)
      };
    }
    return this.wiring;
  }

  public render(): void {
    ReactDom.render(this.renderRoot(this.wire(), this.theme), this.domElement);
  }

  /** Follows the section's theme (supportsThemeVariants), e.g. a dark section background. */
  protected onThemeChanged(currentTheme: IReadonlyTheme | undefined): void {
    this.theme = currentTheme as PartialTheme | undefined;
    this.render();
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const s = strings.ticketFormPane;
    return {
      pages: [{
        header: { description: s.description },
        groups: [{
          groupName: s.group,
          groupFields: [
            ...this.paneFields(),
            PropertyPaneTextField('helpCenterSiteUrl', { label: s.helpCenterSiteUrl, description: s.helpCenterSiteUrlHelp })
          ]
        }]
      }]
    };
  }
}
