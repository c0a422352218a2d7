import * as strings from 'HelpCenterStrings';
import { renderHelpBar } from '../../../src/ui/helpbar/renderHelpBar';
import { readBootstrap } from './bootstrap';

/** Renders the help bar into the page's top placeholder, as the application customizer does in SharePoint. */
export function mountHelpBar(): void {
  const top = document.getElementById('workbench-top');
  if (top) renderHelpBar(top, { strings, helpCenterUrl: readBootstrap().siteUrl });
}
