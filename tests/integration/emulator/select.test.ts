// $select/$expand on non-item entities: projections of expanded collections and complex properties.
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { LEA, OWNER, start } from './helpers';

let emu: Emulator;
let sp: (user: string) => SPFI;

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await sp(OWNER).web.lists.ensure('HelpSettings', '', 100);
});

afterAll(() => emu.close());

it('returns EffectiveBasePermissions of the web when selected, without $expand, as SharePoint does', async () => {
  const web = await sp(LEA).web.select('Title', 'EffectiveBasePermissions')<{ EffectiveBasePermissions: { High: string; Low: string } }>();
  expect(web.EffectiveBasePermissions).toEqual({ High: expect.any(String), Low: expect.any(String) });
  const owner = await sp(OWNER).web.select('EffectiveBasePermissions')<{ EffectiveBasePermissions: { High: string; Low: string } }>();
  expect(BigInt(owner.EffectiveBasePermissions.Low)).toBeGreaterThan(BigInt(web.EffectiveBasePermissions.Low));
});

it('projects several sub-properties of each element of an expanded collection', async () => {
  const assignments = await sp(OWNER).web.roleAssignments.select('PrincipalId', 'RoleDefinitionBindings/Name', 'RoleDefinitionBindings/Id').expand('RoleDefinitionBindings')();
  expect(assignments.length).toBeGreaterThan(1);
  for (const a of assignments as { PrincipalId: number; RoleDefinitionBindings: { Name: string; Id: number }[] }[]) {
    expect(a.RoleDefinitionBindings.length).toBeGreaterThan(0);
    for (const b of a.RoleDefinitionBindings) expect(b).toEqual({ Name: expect.any(String), Id: expect.any(Number) });
  }
});
