// Conformance: `/_layouts/15/userphoto.aspx` answers a signed-in request with an image at the asked size (S 48 px by
// default, M 72, L 240), whatever the person (SharePoint serves its default picture to people without a photo, never a
// 404), reads its parameters case-insensitively (`AccountName` or `UserName`, `Size`), and serves nothing anonymously.
// Sources: "SharePoint Online. Getting User Picture URL" (https://blog.vitalyzhukov.ru/en/sharepoint-online-getting-user-picture-url);
// "Using a SharePoint user profile picture URL" (https://webtiger.co.uk/posts/2020-08-26/using-a-sharepoint-user-profile-picture-url).
import type { Emulator } from '../../../workbench/server';
import { as, LEA, start } from './helpers';

let emu: Emulator;
beforeAll(async () => { emu = (await start()).emu; });
afterAll(() => emu.close());

const photo = (query: string, headers: Record<string, string> = as(emu, LEA)): Promise<Response> =>
  fetch(`${emu.siteUrl}/_layouts/15/userphoto.aspx?${query}`, { headers });

it('serves a person\'s picture at the asked size, the default size being S', async () => {
  const res = await photo('AccountName=karim.haddad%40univ-exemple.fr&Size=M');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^image\//);
  expect(await res.text()).toMatch(/width="72"/);
  expect(await (await photo('accountname=karim.haddad%40univ-exemple.fr')).text()).toMatch(/width="48"/);
  expect(await (await photo('UserName=karim.haddad%40univ-exemple.fr&size=L')).text()).toMatch(/width="240"/);
});

it('serves the default picture for someone unknown, not a 404', async () => {
  const res = await photo('accountname=nobody%40example.com');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^image\//);
});

it('serves nothing without a signed-in person', async () => {
  const res = await photo('accountname=karim.haddad%40univ-exemple.fr', {});
  expect(res.status).toBe(401);
});
