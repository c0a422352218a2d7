/** What the server writes into each host page (JSON in `#workbench-bootstrap`). */
export interface WorkbenchBootstrap {
  /** Absolute URL of the emulated site, e.g. `http://localhost:4321/sites/helpcenter`. */
  siteUrl: string;
  /** `/sites/helpcenter`. */
  serverRelativeUrl: string;
  /** The site's title. */
  webTitle: string;
  /**
   * Absolute URL of the help center's site. The page's own site (`siteUrl`) is another one on an ordinary intranet
   * page or in Teams: the help bar's and the web parts' setting then points here.
   */
  helpCenterUrl: string;
  /** The person the emulator acts as (from the `hc-user` cookie). */
  user: { email: string; displayName: string; loginName: string; language: string };
  /** The person's form digest, issued by the emulator when it served the page (as SharePoint renders it). */
  formDigestValue: string;
  /** How long the digest is valid (SharePoint's default: 1800 s). */
  formDigestTimeoutSeconds: number;
}

/** Reads the bootstrap the server wrote into the page. */
export function readBootstrap(): WorkbenchBootstrap {
  const node = document.getElementById('workbench-bootstrap');
  if (!node || !node.textContent) throw new Error('The workbench page has no #workbench-bootstrap data.');
  return JSON.parse(node.textContent) as WorkbenchBootstrap;
}
