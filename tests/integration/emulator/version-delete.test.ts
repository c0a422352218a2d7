// Deleting an item's past versions. Microsoft Learn's permission table ("User permissions and permission levels in
// SharePoint Server", https://learn.microsoft.com/en-us/sharepoint/sites/user-permissions-and-permission-levels):
// Delete Versions — "Delete past versions of a list item or document", in Contribute and above, depending on View
// Items and View Versions. Like every item write it also follows the list's WriteSecurity (one's own items unless
// Override List Behaviors). The current version is never deleted (FileVersionCollection.DeleteByLabel: "Current
// version cannot be deleted", https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/ee538061(v=office.15));
// DeleteAll keeps it (SPListItemVersionCollection.DeleteAll: "except for the current version",
// https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/ms196894(v=office.15)).
import '@pnp/sp/security';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { LEA, OWNER, TOM, as, provisionList, spError, start } from './helpers';

let emu: Emulator;
let sp: (user: string) => SPFI;

/** Delete Versions (PermissionKind 8) in the Low half of a mask. */
const DELETE_VERSIONS = 0x80;

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  for (const title of ['Tickets', 'Locked']) {
    await provisionList(sp(OWNER), title, ['<Field Type="Text" Name="HCStatus" DisplayName="Status" />'],
      { EnableVersioning: true, ReadSecurity: 2, WriteSecurity: 2 });
  }
  // "Locked": members get Contribute without Delete Versions.
  const contribute = await sp(OWNER).web.roleDefinitions.getByName('Contribute')();
  const level = await sp(OWNER).web.roleDefinitions.add('Contribute, keep history', '', 90,
    { High: Number(contribute.BasePermissions.High), Low: Number(contribute.BasePermissions.Low) & ~DELETE_VERSIONS });
  const members = await sp(OWNER).web.associatedMemberGroup.select('Id')();
  const locked = sp(OWNER).web.lists.getByTitle('Locked');
  await locked.breakRoleInheritance(false, true);
  await locked.roleAssignments.add(members.Id, (level as unknown as { data: { Id: number } }).data.Id);
});

afterAll(() => emu.close());

/** Léa's item with three versions (1.0, 2.0, 3.0 current). */
async function itemWithHistory(list: string): Promise<number> {
  const items = sp(LEA).web.lists.getByTitle(list).items;
  const { Id } = await items.add({ Title: 'Moodle', HCStatus: 'new' });
  await items.getById(Id).update({ HCStatus: 'in_progress' });
  await items.getById(Id).update({ HCStatus: 'resolved' });
  return Id;
}

async function labels(list: string, id: number): Promise<string[]> {
  return (await sp(OWNER).web.lists.getByTitle(list).items.getById(id).versions.select('VersionLabel')<{ VersionLabel: string }[]>()).map((v) => v.VersionLabel);
}

it('with Delete Versions (Contribute), a person deletes a past version of her own item, never the current one', async () => {
  const id = await itemWithHistory('Tickets');
  const item = sp(LEA).web.lists.getByTitle('Tickets').items.getById(id);
  await item.versions.getById(512).delete();
  expect(await labels('Tickets', id)).toEqual(['3.0', '2.0']);
  expect(await spError(item.versions.getById(3 * 512).delete())).toMatchObject({ status: 400, message: 'Current version cannot be deleted.' });
  // Another member cannot reach Léa's item at all (ReadSecurity 2), let alone its history.
  expect((await spError(sp(TOM).web.lists.getByTitle('Tickets').items.getById(id).versions.getById(1024).delete())).status).toBe(404);
  const all = await fetch(`${emu.siteUrl}/_api/web/lists/getbytitle('Tickets')/items(${id})/versions/DeleteAll`, { method: 'POST', headers: as(emu, LEA) });
  expect(all.status).toBe(200);
  expect(await labels('Tickets', id)).toEqual(['3.0']);
});

it('without Delete Versions, every way of deleting a version is refused and the history stays', async () => {
  const id = await itemWithHistory('Locked');
  const item = sp(LEA).web.lists.getByTitle('Locked').items.getById(id);
  expect(await item.versions()).toHaveLength(3);
  expect((await spError(item.versions.getById(512).delete())).status).toBe(403);
  const base = `${emu.siteUrl}/_api/web/lists/getbytitle('Locked')/items(${id})/versions`;
  for (const url of [`${base}/DeleteAll`, `${base}/DeleteByID(vid=512)`, `${base}/DeleteByLabel(versionlabel='1.0')`, `${base}(1024)/DeleteObject`]) {
    const res = await fetch(url, { method: 'POST', headers: as(emu, LEA) });
    expect([url, res.status]).toEqual([url, 403]);
  }
  const raw = await fetch(`${base}(512)`, { method: 'DELETE', headers: { ...as(emu, LEA), 'IF-MATCH': '*' } });
  expect(raw.status).toBe(403);
  expect(await labels('Locked', id)).toEqual(['3.0', '2.0', '1.0']);
});
