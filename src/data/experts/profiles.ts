import type { SPFI } from '@pnp/sp';
import { profileValue, readProfiles } from '../sp/profiles';
import type { ExpertProfile } from './types';

/**
 * Job title and department of the people shown, from their user profiles (PeopleManager GetPropertiesFor, keyed by
 * the claims login), in one $batch. SharePoint Online's profile carries the job title as `SPS-JobTitle` (and `Title`)
 * and the department as `Department`. A profile that cannot be read gives nothing: the card
 * shows without them. Keyed by lower-case login name.
 */
export async function profilesFor(sp: SPFI, loginNames: string[]): Promise<{ [login: string]: ExpertProfile }> {
  const out: { [login: string]: ExpertProfile } = {};
  const cut = (v: string | undefined): string | undefined => (v ? v.slice(0, 200) : undefined);
  (await readProfiles(sp, loginNames)).forEach((props, l) => {
    const jobTitle = cut(profileValue(props, ['SPS-JobTitle', 'Title']) || (props && typeof props.Title === 'string' ? props.Title.trim() : undefined));
    const department = cut(profileValue(props, ['Department']));
    out[l] = { ...(jobTitle ? { jobTitle } : {}), ...(department ? { department } : {}) };
  });
  return out;
}
