import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';

/** A person of the tenant as a user of the site: their site user id, address and name (adds them to the site's users if needed). */
export async function ensureSiteUser(sp: SPFI, loginName: string): Promise<{ id: number; email: string; displayName: string }> {
  const u = await sp.web.ensureUser(loginName);
  return { id: u.Id, email: u.Email || '', displayName: u.Title || '' };
}
