/** What the help bar needs from its host. */
export interface HelpBarOptions {
  /** Strings of the page's language. */
  strings: IHelpCenterStrings;
  /** Absolute URL of the help center's home page. */
  helpCenterUrl: string;
}

/**
 * Renders the help bar into `host` with plain DOM (no React: the bar loads on every page of the
 * intranet, so it must stay a few kilobytes). Colours are inherited from the page's theme.
 */
export function renderHelpBar(host: HTMLElement, options: HelpBarOptions): void {
  const doc = host.ownerDocument || document;
  const nav = doc.createElement('nav');
  nav.setAttribute('aria-label', options.strings.helpBar.regionLabel);
  nav.setAttribute('data-help-center', 'help-bar');
  nav.style.display = 'flex';
  nav.style.justifyContent = 'flex-end';
  nav.style.alignItems = 'center';
  nav.style.padding = '4px 16px';
  nav.style.minHeight = '32px';
  const link = doc.createElement('a');
  link.href = options.helpCenterUrl;
  link.textContent = options.strings.helpBar.helpCenterLink;
  link.style.fontWeight = '600';
  nav.appendChild(link);
  while (host.firstChild) host.removeChild(host.firstChild);
  host.appendChild(nav);
}
