import type { SPFI } from '@pnp/sp';
import type { GraphClientLike } from '../notifications';
import type { PageLinks } from '../pageLinks';

/** The services of the ideas page (issue 15; placeholder until its data layer lands). */
export interface IdeaServices {
  /** Links to the help center's pages. */
  links: PageLinks;
}

/** Builds the page's services over the help center's site. */
export function createIdeaServices(_sp: SPFI, _graph: () => Promise<GraphClientLike>, links: PageLinks): IdeaServices {
  return { links };
}
