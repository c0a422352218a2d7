import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { IReadonlyTheme } from '@microsoft/sp-component-base';
import { PartialTheme } from '@fluentui/react/lib/Theme';
import { spfi, SPFx } from '@pnp/sp';
import * as strings from 'HelpCenterStrings';
import { createTicketFormServices } from '../../data/intake/TicketFormServices';
import { createFormKnowledge } from '../../data/intake/formKnowledge';
import { localeFromCulture } from '../../ui/common/HelpCenterContext';
import { TicketFormRoot, TicketFormRootProps, prefillFromUrl } from '../../ui/tickets/form/TicketFormRoot';
import { indexedDbDraftStore } from '../../ui/tickets/form/draftStore';

/** Web part properties (property pane). */
export interface ITicketFormWebPartProps {
  /** Page of the MyTickets web part (confirmation link and mails). */
  myTicketsUrl: string;
  /** The help center's site when the form is placed on another site; empty = this site. */
  helpCenterSiteUrl: string;
}

/** Thin SPFx entry point of the ticket form. */
export default class TicketFormWebPart extends BaseClientSideWebPart<ITicketFormWebPartProps> {
  private theme: PartialTheme | undefined;
  private wiring: { siteUrl: string; props: Omit<TicketFormRootProps, 'theme' | 'myTicketsUrl'> } | undefined;

  /** Services are built once per site URL (not on every render), so a theme change does not reload the form. */
  private wire(): Omit<TicketFormRootProps, 'theme' | 'myTicketsUrl'> {
    const siteUrl = this.properties.helpCenterSiteUrl || this.context.pageContext.web.absoluteUrl;
    if (!this.wiring || this.wiring.siteUrl !== siteUrl) {
      const sp = spfi(siteUrl).using(SPFx(this.context));
      const user = this.context.pageContext.user;
      this.wiring = {
        siteUrl,
        props: {
          context: {
            sp,
            strings,
            locale: localeFromCulture(this.context.pageContext.cultureInfo.currentUICultureName),
            currentUser: { loginName: user.loginName, email: user.email, displayName: user.displayName }
          },
          services: createTicketFormServices(sp, () => this.context.msGraphClientFactory.getClient('3')),
          drafts: indexedDbDraftStore(siteUrl, user.loginName),
          knowledge: createFormKnowledge(sp, user.loginName, (id: number) => `${siteUrl}/SitePages/Knowledge.aspx?article=${id}`),
          prefill: prefillFromUrl(window.location.search)
        }
      };
    }
    return this.wiring.props;
  }

  public render(): void {
    ReactDom.render(React.createElement(TicketFormRoot, {
      ...this.wire(), theme: this.theme, myTicketsUrl: this.properties.myTicketsUrl || undefined
    }), this.domElement);
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
            PropertyPaneTextField('myTicketsUrl', { label: s.myTicketsUrl }),
            PropertyPaneTextField('helpCenterSiteUrl', { label: s.helpCenterSiteUrl, description: s.helpCenterSiteUrlHelp })
          ]
        }]
      }]
    };
  }
}
