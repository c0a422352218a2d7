/**
 * "Ask this expert" on the request form (`Request.aspx?expert=<e-mail>`): who the address names, and whether the desk
 * will hand the request to them. Loaded with the form's expert part only when the page names an expert.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import type { RawExpertsItem } from '../schema/items.generated';
import { isOwnEntry } from '../knowledge/experts';
import { helpList } from '../sp/lists';
import { httpStatus } from '../sp/errors';

/** The person an "ask this expert" link names. */
export interface AskedExpert {
  /** Site user id (written as HelpTickets.HCExpertId). */
  id: number;
  name: string;
  email: string;
  /** Listed in the experts directory by their own entry (consent given): with an agent's team, the desk routes to them. */
  listed: boolean;
}

/** An e-mail address as a link may carry one (anything else names nobody, and costs no request). */
const EMAIL = /^[^\s@'"<>]{1,64}@[^\s@'"<>]+\.[^\s@'"<>]{2,}$/;

/**
 * The person an address names: SharePoint resolves it (ensureUser, as for the people kept informed), then their own
 * directory entry says whether they are listed. Undefined when the address names nobody SharePoint knows.
 */
export async function findAskedExpert(sp: SPFI, email: string): Promise<AskedExpert | undefined> {
  const address = email.trim();
  if (address.length > 254 || !EMAIL.test(address)) return undefined;
  let user: { Id: number; Title?: string; Email?: string };
  try {
    user = await sp.web.ensureUser(address) as unknown as { Id: number; Title?: string; Email?: string };
  } catch (e) {
    const status = httpStatus(e);
    // SharePoint answers an address it cannot resolve with `500 -2146232832, Microsoft.SharePoint.SPException` ("The
    // specified user … could not be found"; the message is localised, the code is not) or a client error: nobody known.
    // A throttled request, an outage or the network is a failure the form says as such.
    const unknown = status === 500 ? /-2146232832, Microsoft\.SharePoint\.SPException/.test(e instanceof Error ? e.message : String(e))
      : status !== undefined && status >= 400 && status < 500 && status !== 429;
    if (unknown) {
      console.warn('[HelpCenter] The expert\'s address names nobody known:', e);
      return undefined;
    }
    throw e;
  }
  // HCPerson and HCListed are indexed; an entry counts only when it is the person's own word (isOwnEntry).
  const entries = await helpList(sp, 'Experts').items.select('Id', 'AuthorId', 'EditorId', 'HCPersonId')
    .filter(`HCPersonId eq ${user.Id} and HCListed eq 1`).top(20)() as Pick<RawExpertsItem, 'AuthorId' | 'EditorId' | 'HCPersonId'>[];
  return { id: user.Id, name: user.Title || user.Email || address, email: user.Email || address, listed: entries.some(isOwnEntry) };
}
