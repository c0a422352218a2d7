import type { SPFI } from '@pnp/sp';
import type { GraphClientLike } from '../notifications';
import type { PageLinks } from '../pageLinks';

/** The services of the experts page (issue 15; placeholder until its data layer lands). */
export interface ExpertsServices {
  /** Links to the help center's pages. */
  links: PageLinks;
}

/** Builds the page's services over the help center's site. */
export function createExpertsServices(_sp: SPFI, _graph: () => Promise<GraphClientLike>, links: PageLinks): ExpertsServices {
  return { links };
}
