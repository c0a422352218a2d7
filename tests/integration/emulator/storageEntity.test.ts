// Conformance: tenant properties (storage entities). Any web of the tenant reads one with
// `GET {web}/_api/web/GetStorageEntity('<key>')` — the root site's too, where SharePoint hosts a Teams personal app's
// web parts — answering SP.StorageEntity { Comment, Description, Value }; a key that is not set is a null result
// (`{"odata.null":true}`). Only the app catalog's owners write them (SetStorageEntity on the app catalog's web, or
// Set-PnPStorageEntity / Set-SPOStorageEntity), which the workbench does not serve over REST.
// Sources: "SharePoint Online tenant properties" (https://learn.microsoft.com/sharepoint/dev/spfx/tenant-properties);
// Get-SPOStorageEntity (https://learn.microsoft.com/powershell/module/sharepoint-online/get-spostorageentity);
// PnPjs "tenant properties" (https://pnp.github.io/pnpjs/sp/tenant-properties: getStorageEntity "from any web",
// setStorageEntity "MUST be called in the context of the app catalog web or you will get an access denied").
import '@pnp/sp/webs';
import type { Emulator } from '../../../workbench/server';
import { workbenchSp } from '../../../workbench/client';
import { HELP_CENTER_SITE_PROPERTY } from '../../../src/data/settings/helpCenterSite';
import { readTenantProperty } from '../../../src/data/settings/tenantProperty';
import { as, LEA, OWNER, start } from './helpers';

let emu: Emulator;
const HC_URL = 'https://contoso.sharepoint.com/sites/helpcenter';
beforeAll(async () => {
  emu = (await start({ storageEntities: { [HELP_CENTER_SITE_PROPERTY]: { Value: HC_URL, Description: 'The help center site', Comment: 'Set by IT' } } })).emu;
});
afterAll(() => emu.close());

/** PnPjs bound to another web of the tenant than the help center's (the emulator serves only its /_api). */
const spAt = (webUrl: string, email: string) => workbenchSp({ siteUrl: webUrl, secret: emu.secret }, email);

it('is read from any web of the tenant, the root site included, by anyone signed in', async () => {
  for (const web of [emu.origin, `${emu.origin}/sites/intranet`, emu.siteUrl]) {
    const entity = await spAt(web, LEA).web.getStorageEntity(HELP_CENTER_SITE_PROPERTY);
    expect(entity).toMatchObject({ Value: HC_URL, Description: 'The help center site', Comment: 'Set by IT' });
  }
  expect(await readTenantProperty(spAt(emu.origin, LEA), HELP_CENTER_SITE_PROPERTY)).toBe(HC_URL);
});

it('answers the SP.StorageEntity entity, keys compared without case', async () => {
  const res = await fetch(`${emu.origin}/_api/web/GetStorageEntity('helpcentersiteurl')`, { headers: { ...as(emu, LEA), Accept: 'application/json;odata=minimalmetadata' } });
  expect(res.status).toBe(200);
  const body = await res.json() as Record<string, unknown>;
  expect(body['odata.metadata']).toBe(`${emu.origin}/_api/$metadata#SP.StorageEntity`);
  expect(body).toMatchObject({ Value: HC_URL, Description: 'The help center site', Comment: 'Set by IT' });
});

it('answers a null result for a key that is not set', async () => {
  const res = await fetch(`${emu.origin}/_api/web/GetStorageEntity('NotSet')`, { headers: as(emu, LEA) });
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ 'odata.null': true });
  expect(await readTenantProperty(spAt(emu.origin, LEA), 'NotSet')).toBeUndefined();
});

it('is not read anonymously', async () => {
  const res = await fetch(`${emu.origin}/_api/web/GetStorageEntity('${HELP_CENTER_SITE_PROPERTY}')`);
  expect(res.status).toBeGreaterThanOrEqual(401);
  expect(res.status).toBeLessThanOrEqual(403);
});

it('is read-only over REST: no method but GET, no SetStorageEntity outside an app catalog (none here), even for a site owner', async () => {
  const post = await fetch(`${emu.origin}/_api/web/GetStorageEntity('${HELP_CENTER_SITE_PROPERTY}')`, { method: 'POST', headers: as(emu, OWNER) });
  expect(post.status).toBe(405);
  await expect(spAt(emu.siteUrl, OWNER).web.setStorageEntity(HELP_CENTER_SITE_PROPERTY, 'https://evil.example/sites/x')).rejects.toThrow();
  expect(await readTenantProperty(spAt(emu.origin, LEA), HELP_CENTER_SITE_PROPERTY)).toBe(HC_URL);
});

it('is set and removed through the workbench control (with the secret only), as an app catalog owner would', async () => {
  const url = `${emu.origin}/_workbench/storageentities/Another`;
  const refused = await fetch(url, { method: 'PUT', body: JSON.stringify({ Value: 'x' }), headers: { 'Content-Type': 'application/json' } });
  expect(refused.status).toBe(403);
  const put = await fetch(url, { method: 'PUT', body: JSON.stringify({ Value: 'v1', Description: 'd' }), headers: { ...as(emu, OWNER), 'Content-Type': 'application/json' } });
  expect(put.status).toBe(200);
  expect(await readTenantProperty(spAt(emu.origin, LEA), 'Another')).toBe('v1');
  expect((await fetch(url, { method: 'DELETE', headers: as(emu, OWNER) })).status).toBe(204);
  expect(await readTenantProperty(spAt(emu.origin, LEA), 'Another')).toBeUndefined();
});
