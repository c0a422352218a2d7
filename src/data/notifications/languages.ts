import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/batching';
import type { Language } from '../../domain/vocabulary';
import { profileValue, readProfiles } from '../sp/profiles';

/**
 * Each person's language for mails, from their user profile (`SPS-MUILanguages`, the languages they chose
 * in their Microsoft 365 settings, best first), read in one $batch. Profiles are keyed by the person's login
 * name — their claim `i:0#.f|membership|<UPN>` — which is not their e-mail address when the two differ, so
 * callers pass login names (site users' `LoginName`, the people picker's `Key`). French — the help center's
 * default — when a profile says nothing usable or cannot be read. The answer is keyed by lower-case login name.
 */
export async function languagesFor(sp: SPFI, loginNames: string[]): Promise<{ [loginName: string]: Language }> {
  const out: { [loginName: string]: Language } = {};
  (await readProfiles(sp, loginNames)).forEach((props, login) => {
    const first = (profileValue(props, ['SPS-MUILanguages']) || '').split(',')[0].trim().toLowerCase();
    out[login] = first.indexOf('en') === 0 ? 'en' : 'fr';
  });
  return out;
}

/** Site users' login names by id (one $batch; an id that cannot be read is left out). */
export async function loginNamesOf(sp: SPFI, ids: number[]): Promise<{ [id: number]: string }> {
  const unique = ids.filter((id, i, all) => id > 0 && all.indexOf(id) === i);
  const out: { [id: number]: string } = {};
  if (!unique.length) return out;
  const [batched, execute] = sp.batched();
  const reads = unique.map(id => batched.web.siteUsers.getById(id).select('LoginName')().catch(() => undefined));
  await execute().catch(() => undefined);
  const results = await Promise.all(reads);
  unique.forEach((id, i) => {
    const u = results[i] as { LoginName?: string } | undefined;
    if (u && u.LoginName) out[id] = u.LoginName;
  });
  return out;
}

/** Each site user's language for mails by id: their login names, then their profiles (two $batches). */
export async function languagesOfUsers(sp: SPFI, ids: number[]): Promise<{ [id: number]: Language }> {
  const logins = await loginNamesOf(sp, ids);
  const langs = await languagesFor(sp, Object.keys(logins).map(k => logins[Number(k)]));
  const out: { [id: number]: Language } = {};
  Object.keys(logins).forEach(k => { out[Number(k)] = langs[logins[Number(k)].toLowerCase()] || 'fr'; });
  return out;
}
