import { SPFI } from '@pnp/sp';
import '@pnp/sp/profiles';
import '@pnp/sp/batching';
import type { Language } from '../../domain/vocabulary';

/**
 * Each person's language for mails, from their user profile (`SPS-MUILanguages`, the languages they chose
 * in their Microsoft 365 settings, best first), read in one $batch. French — the help center's default —
 * when a profile says nothing usable or cannot be read.
 */
export async function languagesFor(sp: SPFI, emails: string[]): Promise<{ [email: string]: Language }> {
  const unique = emails.map(e => e.toLowerCase()).filter((e, i, all) => e && all.indexOf(e) === i);
  const out: { [email: string]: Language } = {};
  if (!unique.length) return out;
  const [batched, execute] = sp.batched();
  const reads = unique.map(e => batched.profiles.getPropertiesFor(`i:0#.f|membership|${e}`).catch(() => undefined));
  await execute().catch(() => undefined);
  const results = await Promise.all(reads);
  unique.forEach((e, i) => {
    const props = results[i] as { UserProfileProperties?: { Key: string; Value: string }[] } | undefined;
    const mui = ((props && props.UserProfileProperties) || []).filter(p => p.Key === 'SPS-MUILanguages')[0];
    const first = mui && mui.Value ? mui.Value.split(',')[0].trim().toLowerCase() : '';
    out[e] = first.indexOf('en') === 0 ? 'en' : 'fr';
  });
  return out;
}
