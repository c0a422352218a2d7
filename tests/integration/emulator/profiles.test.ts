// User profiles (PeopleManager.GetPropertiesFor) and the language each person is written to in.
import '@pnp/sp/profiles';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { LEA, TEACHER, TOM, start } from './helpers';
import { languagesFor } from '../../../src/data/notifications/languages';

let emu: Emulator;
let sp: (user: string) => SPFI;
beforeAll(async () => { const s = await start(); emu = s.emu; sp = s.sp; });
afterAll(() => emu.close());

it('reads a profile with its language preference', async () => {
  const props = await sp(LEA).profiles.getPropertiesFor(`i:0#.f|membership|${TOM}`);
  expect(props).toMatchObject({ Email: TOM, DisplayName: 'Tom Baker' });
  expect(props.UserProfileProperties).toEqual(expect.arrayContaining([{ Key: 'SPS-MUILanguages', Value: 'en-US', ValueType: 'Edm.String' }]));
});

it('gives each person their language in one batch, French when unknown', async () => {
  emu.clearRequests();
  const login = (upn: string) => `i:0#.f|membership|${upn}`;
  expect(await languagesFor(sp(LEA), [login(TOM), login(TEACHER), login('nobody@elsewhere.example'), login(TOM).toUpperCase()])).toEqual({
    [login(TOM)]: 'en', [login(TEACHER)]: 'fr', [login('nobody@elsewhere.example')]: 'fr',
  });
  // One $batch (the Node client also fetches a form digest first; pages have it in their context).
  expect(emu.requests().filter((r) => r.path.includes('/_api/') && !r.path.endsWith('/contextinfo'))).toHaveLength(1);
});
