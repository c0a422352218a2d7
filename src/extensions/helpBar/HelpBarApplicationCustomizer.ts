import { BaseApplicationCustomizer, PlaceholderContent, PlaceholderName } from '@microsoft/sp-application-base';
import * as common from 'HelpCenterCommonStrings';
import * as helpBar from 'HelpCenterHelpBarStrings';
import { renderHelpBar } from '../../ui/helpbar/renderHelpBar';

/** Properties set in the tenant-wide extensions list (or ClientSideInstance.xml / serve.json). */
export interface IHelpBarApplicationCustomizerProperties {
  /** Absolute URL of the help center site (required tenant-wide: every link and request goes there); the current site when empty. */
  helpCenterUrl: string;
  /** Page of the KnowledgeSearch web part (default: SitePages/Knowledge.aspx of the help center). */
  knowledgeUrl?: string;
  /** Page of the TicketForm web part (default: SitePages/Request.aspx). */
  requestUrl?: string;
  /** Page of the MyTickets web part (default: SitePages/MyRequests.aspx). */
  myRequestsUrl?: string;
}

/** Puts the help bar at the top of every page of the sites where the extension is active. */
export default class HelpBarApplicationCustomizer
  extends BaseApplicationCustomizer<IHelpBarApplicationCustomizerProperties> {
  private top: PlaceholderContent | undefined;

  public onInit(): Promise<void> {
    // Placeholders appear late and are recreated on page navigation: render whenever they change.
    this.context.placeholderProvider.changedEvent.add(this, this.renderTop);
    this.renderTop();
    return Promise.resolve();
  }

  private renderTop(): void {
    if (!this.top) {
      this.top = this.context.placeholderProvider.tryCreateContent(PlaceholderName.Top);
    }
    if (!this.top) return;
    const p = this.properties || ({} as IHelpBarApplicationCustomizerProperties);
    const page = this.context.pageContext;
    const url = (p.helpCenterUrl || page.web.absoluteUrl).replace(/\/+$/, '');
    const context = this.context;
    renderHelpBar(this.top.domElement, {
      strings: { helpBar: helpBar.helpBar, announcementSeverity: common.announcementSeverity },
      helpCenterUrl: url,
      links: { knowledge: p.knowledgeUrl, request: p.requestUrl, myRequests: p.myRequestsUrl },
      language: page.cultureInfo.currentUICultureName,
      userLogin: page.user.loginName,
      // The page's digest serves the bar's one $batch when the page is on the help center's site.
      pageSiteUrl: page.web.absoluteUrl,
      formDigest: page.legacyPageContext ? page.legacyPageContext.formDigestValue : undefined,
      connect: () => import(/* webpackChunkName: 'help-bar-connection' */ './helpBarConnection').then(m => m.connectHelpCenter(context, url))
    });
  }
}
