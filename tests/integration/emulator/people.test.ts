// The people picker search SharePoint's pickers use, through PnPjs.
import '@pnp/sp/profiles';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { LEA, TEACHER, start } from './helpers';

let emu: Emulator;
let sp: (user: string) => SPFI;

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
});
afterAll(() => emu.close());

it.each([
  ['moreau', [TEACHER]],
  ['jean mor', [TEACHER]],
  ['lea', [LEA]],
  ['Léa', [LEA]],
  ['jean.moreau@', [TEACHER]],
  ['zzz', []],
  ['', []],
])('finds %j', async (query, emails) => {
  const found = await sp(LEA).profiles.clientPeoplePickerSearchUser({ QueryString: query, MaximumEntitySuggestions: 5, PrincipalType: 1, PrincipalSource: 15, AllowEmailAddresses: false, AllowMultipleEntities: false, AllUrlZones: false, AllowOnlyEmailAddresses: false, ForceClaims: false, EnabledClaimProviders: '', UrlZone: 0, UrlZoneSpecified: false, SharePointGroupID: 0, Required: false, Web: null as never, WebApplicationID: null as never } as never);
  expect(found.map((e) => e.EntityData?.Email)).toEqual(emails);
  for (const e of found as { Key: string; IsResolved: boolean }[]) expect(e).toMatchObject({ Key: expect.stringMatching(/^i:0#\.f\|membership\|/), IsResolved: true });
});
