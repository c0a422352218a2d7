import type { SPFI } from '@pnp/sp';
import type { PageLinks } from '../pageLinks';

/** What the home page reads (issue 16: written by the home page's session). */
export interface HomeServices {
  sp: SPFI;
  links: PageLinks;
}

/** The home page's services, bound to the help center's site. */
export function createHomeServices(sp: SPFI, links: PageLinks): HomeServices {
  return { sp, links };
}
