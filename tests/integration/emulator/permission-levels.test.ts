// Permission levels and their dependent permissions. Microsoft Learn, "User permissions and permission levels in
// SharePoint Server" (https://learn.microsoft.com/en-us/sharepoint/sites/user-permissions-and-permission-levels),
// lists for each permission the ones it depends on (Add Items: View Items, View Pages, Open). SharePoint's settings
// page adds them for you; what it does with a REST mask that lacks one is not documented, so the workbench refuses
// such a level (stricter than creating a level that cannot be used).
import '@pnp/sp/security';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { missingDependency } from '../../../workbench/server/permission-routes';
import { HELP_CENTER_ROLES } from '../../../src/data/schema';
import { OWNER, setUpHelpCenter, spError, start } from './helpers';

let emu: Emulator;
let sp: (user: string) => SPFI;

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
});

afterAll(() => emu.close());

const mask = (high: number | string, low: number | string) => ({ high: BigInt(high), low: BigInt(low) });
/** ViewListItems, Open and ViewPages (bits 1, 17, 18). */
const VIEW = 0x1 | 0x10000 | 0x20000;

it('every built-in permission level includes the permissions its permissions depend on', async () => {
  const levels = await sp(OWNER).web.roleDefinitions.select('Name', 'BasePermissions')<{ Name: string; BasePermissions: { High: string; Low: string } }[]>();
  expect(levels.map((l) => l.Name)).toEqual(expect.arrayContaining(['Full Control', 'Design', 'Edit', 'Contribute', 'Read', 'Limited Access']));
  for (const l of levels) expect([l.Name, missingDependency(mask(l.BasePermissions.High, l.BasePermissions.Low))]).toEqual([l.Name, null]);
});

it('refuses a level that grants Add Items without View Items, View Pages and Open', async () => {
  const err = await spError(sp(OWNER).web.roleDefinitions.add('Add without view', '', 200, { High: 0, Low: 0x2 }));
  expect(err).toMatchObject({ status: 400, code: '-2147024809, System.ArgumentException' });
  expect(err.message).toMatch(/permission 2 without permission 1\b/);
  const ok = await sp(OWNER).web.roleDefinitions.add('Add with view', '', 200, { High: 0, Low: 0x2 | VIEW });
  expect((ok as unknown as { data: { Name: string } }).data).toMatchObject({ Name: 'Add with view' });
});

it('refuses to remove a dependency from an existing level', async () => {
  const level = await sp(OWNER).web.roleDefinitions.add('Editors-ish', '', 201, { High: 0, Low: 0x4 | VIEW });
  const err = await spError(sp(OWNER).web.roleDefinitions.getById((level as unknown as { data: { Id: number } }).data.Id).update({ BasePermissions: { High: '0', Low: String(0x4 | 0x10000 | 0x20000) } } as never));
  expect(err.status).toBe(400);
});

it("accepts the help center's own levels (agent, add only, agent reader), which set-up creates", async () => {
  for (const r of HELP_CENTER_ROLES) expect([r.key, missingDependency(mask(r.basePermissions.High, r.basePermissions.Low))]).toEqual([r.key, null]);
  await setUpHelpCenter(sp);
  const names = (await sp(OWNER).web.roleDefinitions.select('Name')<{ Name: string }[]>()).map((l) => l.Name);
  expect(names).toEqual(expect.arrayContaining(HELP_CENTER_ROLES.map((r) => r.name)));
});
