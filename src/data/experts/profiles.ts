import type { SPFI } from '@pnp/sp';
import '@pnp/sp/profiles';
import '@pnp/sp/batching';
import type { ExpertProfile } from './types';

type Properties = { Title?: string; UserProfileProperties?: { Key: string; Value: string }[] };

/** The profile's value of the first key that has one. */
function valueOf(props: Properties | undefined, keys: string[]): string | undefined {
  const all = (props && props.UserProfileProperties) || [];
  for (const k of keys) {
    const p = all.filter(x => x.Key === k)[0];
    const v = p && typeof p.Value === 'string' ? p.Value.trim() : '';
    if (v) return v.slice(0, 200);
  }
  return undefined;
}

/**
 * Job title and department of the people shown, from their user profiles (PeopleManager GetPropertiesFor, keyed by
 * the claims login), in one $batch. SharePoint Online's profile carries the job title as `SPS-JobTitle` (and `Title`)
 * and the department as `Department`. A profile that cannot be read gives nothing: the card
 * shows without them. Keyed by lower-case login name.
 */
export async function profilesFor(sp: SPFI, loginNames: string[]): Promise<{ [login: string]: ExpertProfile }> {
  const unique = loginNames.map(l => (l || '').toLowerCase()).filter((l, i, all) => l && all.indexOf(l) === i);
  const out: { [login: string]: ExpertProfile } = {};
  if (!unique.length) return out;
  const [batched, execute] = sp.batched();
  const reads = unique.map(l => batched.profiles.getPropertiesFor(l).catch(() => undefined));
  await execute().catch(() => undefined);
  const results = await Promise.all(reads);
  unique.forEach((l, i) => {
    const props = results[i] as Properties | undefined;
    const jobTitle = valueOf(props, ['SPS-JobTitle', 'Title']) || (props && typeof props.Title === 'string' && props.Title.trim() ? props.Title.trim().slice(0, 200) : undefined);
    const department = valueOf(props, ['Department']);
    out[l] = { ...(jobTitle ? { jobTitle } : {}), ...(department ? { department } : {}) };
  });
  return out;
}
