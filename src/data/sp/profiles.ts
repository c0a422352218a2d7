import type { SPFI } from '@pnp/sp';
import '@pnp/sp/profiles';
import '@pnp/sp/batching';

/** What the help center reads of a user profile (`SP.UserProfiles.PersonProperties`). */
export interface ProfileProperties {
  /** The job title, on SharePoint Online's PersonProperties. */
  Title?: string;
  /** Every profile property (`SPS-MUILanguages`, `SPS-JobTitle`, `Department` …). */
  UserProfileProperties?: { Key: string; Value: string }[];
}

/**
 * The user profiles of `loginNames` (PeopleManager GetPropertiesFor, keyed by the claims login — not the e-mail address
 * when the two differ), read in one $batch, keyed by lower-case login name; a profile that could not be read is
 * undefined (its reader then falls back to a default).
 */
export async function readProfiles(sp: SPFI, loginNames: string[]): Promise<Map<string, ProfileProperties | undefined>> {
  const unique = loginNames.map(l => (l || '').toLowerCase()).filter((l, i, all) => l && all.indexOf(l) === i);
  const out = new Map<string, ProfileProperties | undefined>();
  if (!unique.length) return out;
  const [batched, execute] = sp.batched();
  const reads = unique.map(l => (batched.profiles.getPropertiesFor(l) as Promise<ProfileProperties>).catch(() => undefined));
  await execute().catch(() => undefined);
  const results = await Promise.all(reads);
  unique.forEach((l, i) => out.set(l, results[i]));
  return out;
}

/** A profile's value of the first of `keys` that has one, trimmed. */
export function profileValue(props: ProfileProperties | undefined, keys: readonly string[]): string | undefined {
  const all = (props && props.UserProfileProperties) || [];
  for (const k of keys) {
    const p = all.filter(x => x.Key === k)[0];
    const v = p && typeof p.Value === 'string' ? p.Value.trim() : '';
    if (v) return v;
  }
  return undefined;
}
