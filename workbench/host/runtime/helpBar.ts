import * as common from 'HelpCenterCommonStrings';
import * as helpBar from 'HelpCenterHelpBarStrings';
import { renderHelpBar } from '../../../src/ui/helpbar/renderHelpBar';
import { readBootstrap } from './bootstrap';

/** Renders the help bar into the page's top placeholder, as the application customizer does in SharePoint. */
export function mountHelpBar(): void {
  const top = document.getElementById('workbench-top');
  if (!top) return;
  const boot = readBootstrap();
  renderHelpBar(top, {
    strings: { helpBar: helpBar.helpBar, announcementSeverity: common.announcementSeverity },
    helpCenterUrl: boot.helpCenterUrl,
    language: boot.user.language,
    userLogin: boot.user.loginName,
    pageSiteUrl: boot.siteUrl,
    formDigest: boot.formDigestValue,
    connect: () => import(/* webpackChunkName: 'help-bar-connection' */ './helpBarConnection').then((m) => m.connectHelpCenter(boot)),
  });
}
