import * as React from 'react';
import { createHomeServices, type HomeServices } from '../../data/home/services';
import { pageLinks, type PageLinks } from '../../data/pageLinks';
import { openedFromTeams } from '../../domain/teams/teamsApp';
import { HelpCenterHomeRoot } from '../../ui/home/HelpCenterHomeRoot';
import type { HelpCenterFeature, IHelpCenterWebPartProps } from '../common/HelpCenterWebPart';

/** Web part properties (property pane): only the help center's site. */
export type IHelpCenterHomeWebPartProps = IHelpCenterWebPartProps;

/** The services of a home shown in Teams: its links to the form say so (a request filed from the Home tab gets channel 'teams'). */
const inTeams = new WeakMap<HomeServices, HomeServices>();
function teamsServices(services: HomeServices): HomeServices {
  let found = inTeams.get(services);
  if (!found) {
    const links: PageLinks = Object.assign(((...args: Parameters<PageLinks>) => services.links(...args)) as PageLinks, services.links,
      { newRequest: () => openedFromTeams(services.links.newRequest(), true) });
    found = { ...services, links };
    inTeams.set(services, found);
  }
  return found;
}

/** The home page's feature chunk: its services and ui root. */
export const helpCenterHomeFeature: HelpCenterFeature<IHelpCenterHomeWebPartProps, HomeServices> = {
  createServices: (host, sp, siteUrl) => createHomeServices(sp, pageLinks(siteUrl), { siteUrl, loginName: host.context.pageContext.user.loginName }),
  render: (_host, w, theme) => React.createElement(HelpCenterHomeRoot, {
    context: w.context, theme, services: w.teams ? teamsServices(w.services) : w.services, search: window.location.search
  })
};
