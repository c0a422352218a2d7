/**
 * Tenant properties (storage entities of the tenant app catalog), read from any web of the tenant. In a module of its
 * own: only a web part shown in Teams or on the root site reads one, so the help center's pages never load it.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';

/**
 * Reads a tenant property from the page's web (`GetStorageEntity`): its value, or undefined when it is not set
 * (SharePoint answers `{"odata.null": true}`).
 */
export async function readTenantProperty(pageSp: SPFI, key: string): Promise<string | undefined> {
  const entity = await pageSp.web.getStorageEntity(key) as { Value?: unknown } | null;
  return entity && typeof entity.Value === 'string' && entity.Value ? entity.Value : undefined;
}
