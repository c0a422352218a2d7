import { BaseApplicationCustomizer, PlaceholderContent, PlaceholderName } from '@microsoft/sp-application-base';
import * as common from 'HelpCenterCommonStrings';
import * as helpBar from 'HelpCenterHelpBarStrings';
import { announcementsFetcher, renderHelpBar } from '../../ui/helpbar/renderHelpBar';

/** Properties set in ClientSideInstance.xml (or the tenant app catalog's custom action). */
export interface IHelpBarApplicationCustomizerProperties {
  /** Absolute URL of the help center site; the current site when empty. */
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
    const url = p.helpCenterUrl || this.context.pageContext.web.absoluteUrl;
    renderHelpBar(this.top.domElement, {
      strings: { helpBar: helpBar.helpBar, announcementSeverity: common.announcementSeverity },
      helpCenterUrl: url,
      links: { knowledge: p.knowledgeUrl, request: p.requestUrl, myRequests: p.myRequestsUrl },
      language: this.context.pageContext.cultureInfo.currentUICultureName,
      fetchAnnouncements: announcementsFetcher(url)
    });
  }
}
