import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { IReadonlyTheme } from '@microsoft/sp-component-base';
import { PartialTheme } from '@fluentui/react/lib/Theme';
import { spfi, SPFx } from '@pnp/sp';
import * as strings from 'HelpCenterStrings';
import { createMyTicketsServices } from '../../data/tickets/MyTicketsServices';
import { localeFromCulture } from '../../ui/common/HelpCenterContext';
import { MyTicketsRoot, MyTicketsRootProps, ticketIdFromUrl } from '../../ui/tickets/mine/MyTicketsRoot';

/** Web part properties (property pane). */
export interface IMyTicketsWebPartProps {
  /** Page of the TicketForm web part. */
  newRequestUrl: string;
  /** The help center's site when the web part is placed on another site; empty = this site. */
  helpCenterSiteUrl: string;
}

/** Thin SPFx entry point of "My requests". */
export default class MyTicketsWebPart extends BaseClientSideWebPart<IMyTicketsWebPartProps> {
  private theme: PartialTheme | undefined;
  private wiring: { siteUrl: string; props: Omit<MyTicketsRootProps, 'theme' | 'newRequestUrl'> } | undefined;

  private wire(): Omit<MyTicketsRootProps, 'theme' | 'newRequestUrl'> {
    const siteUrl = this.properties.helpCenterSiteUrl || this.context.pageContext.web.absoluteUrl;
    if (!this.wiring || this.wiring.siteUrl !== siteUrl) {
      const sp = spfi(siteUrl).using(SPFx(this.context));
      const user = this.context.pageContext.user;
      this.wiring = {
        siteUrl,
        props: {
          context: {
            sp, strings, locale: localeFromCulture(this.context.pageContext.cultureInfo.currentUICultureName),
            currentUser: { loginName: user.loginName, email: user.email, displayName: user.displayName }
          },
          services: createMyTicketsServices(sp, () => this.context.msGraphClientFactory.getClient('3'),
            (id: number) => `${window.location.href.split('?')[0]}?ticket=${id}`),
          initialTicketId: ticketIdFromUrl(window.location.search)
        }
      };
    }
    return this.wiring.props;
  }

  public render(): void {
    ReactDom.render(React.createElement(MyTicketsRoot, { ...this.wire(), theme: this.theme, newRequestUrl: this.properties.newRequestUrl || undefined }), this.domElement);
  }

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
            PropertyPaneTextField('newRequestUrl', { label: s.newRequestUrl }),
            PropertyPaneTextField('helpCenterSiteUrl', { label: s.helpCenterSiteUrl, description: s.helpCenterSiteUrlHelp })
          ]
        }]
      }]
    };
  }
}
