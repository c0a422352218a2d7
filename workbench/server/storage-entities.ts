/**
 * SharePoint Online tenant properties (storage entities): key/value settings kept in the tenant app catalog, which
 * any web of the tenant reads with `GET {web}/_api/web/GetStorageEntity('<key>')`
 * (https://learn.microsoft.com/sharepoint/dev/spfx/tenant-properties; PnPjs `sp.web.getStorageEntity(key)`).
 * The answer is the entity `SP.StorageEntity` { Comment, Description, Value } (the fields `Get-SPOStorageEntity`
 * and `m365 spo storageentity get` show); a key that is not set is a null result, which SharePoint's JSON light
 * writes `{"odata.null":true}`.
 *
 * Read-only over REST, as for everyone who does not own the app catalog: writing is `SetStorageEntity` on the app
 * catalog's web (Set-PnPStorageEntity, Set-SPOStorageEntity), which the workbench does not implement — it has no app
 * catalog site. Its values come from the workbench's start (`Emulator.setStorageEntity`) or the control endpoint
 * `PUT|DELETE /_workbench/storageentities/<key>` (secret).
 */
import type { SpResponse } from './context';
import { JSON_LIGHT } from './context';

/** One tenant property, as `GetStorageEntity` returns it. */
export interface StorageEntity {
  Value: string;
  Description?: string;
  Comment?: string;
}

/**
 * `GET {any web}/_api/web/GetStorageEntity('key')` (tenant-wide, so any site path, the root included): the web's
 * path and the key (`''` unescaped), or undefined for any other path.
 */
export function storageEntityRequest(path: string): { webPath: string; key: string } | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined; // a malformed escape: not this route (the router answers it)
  }
  const m = /^((?:\/[^/]+)*?)\/_api\/web\/getstorageentity\('((?:[^']|'')*)'\)\/?$/i.exec(decoded);
  return m ? { webPath: m[1], key: m[2].replace(/''/g, "'") } : undefined;
}

/** The tenant's properties (one tenant app catalog), case-insensitive keys as SharePoint's. */
export class StorageEntities {
  private readonly entities = new Map<string, StorageEntity & { Key: string }>();

  /** Sets (or with `undefined` removes) a property, as an app catalog owner's `Set-PnPStorageEntity` does. */
  public set(key: string, entity: StorageEntity | undefined): void {
    if (!key || key.length > 255) throw new Error('A storage entity needs a key of 1 to 255 characters.');
    if (entity === undefined) {
      this.entities.delete(key.toLowerCase());
      return;
    }
    if (typeof entity.Value !== 'string') throw new Error('A storage entity\'s Value is a string.');
    this.entities.set(key.toLowerCase(), { Key: key, Value: entity.Value, Description: entity.Description, Comment: entity.Comment });
  }

  /** Every property, for the control endpoint. */
  public list(): (StorageEntity & { Key: string })[] {
    return [...this.entities.values()];
  }

  /** The REST answer to `GetStorageEntity(key)` read from the web at `webUrl`. */
  public respond(method: string, webUrl: string, key: string, verbose: boolean): SpResponse {
    if (method !== 'GET' && method !== 'HEAD') {
      return { status: 405, headers: { 'Content-Type': JSON_LIGHT }, body: JSON.stringify({ 'odata.error': { code: '-1, Microsoft.SharePoint.Client.ClientServiceException', message: { lang: 'en-US', value: 'The HTTP method \'' + method + '\' cannot be used to access the resource \'GetStorageEntity\'. The operation type of the resource is specified as \'Default\'. Please use correct HTTP method to invoke the resource.' } } }) };
    }
    const e = this.entities.get(key.toLowerCase());
    const fields = e ? { Comment: e.Comment ?? null, Description: e.Description ?? null, Value: e.Value } : undefined;
    if (verbose) {
      const d = fields ? { __metadata: { type: 'SP.StorageEntity' }, ...fields } : { GetStorageEntity: null };
      return { status: 200, headers: { 'Content-Type': 'application/json;odata=verbose;charset=utf-8' }, body: JSON.stringify({ d }) };
    }
    const body = fields ? { 'odata.metadata': `${webUrl}/_api/$metadata#SP.StorageEntity`, ...fields } : { 'odata.null': true };
    return { status: 200, headers: { 'Content-Type': JSON_LIGHT }, body: JSON.stringify(body) };
  }
}
