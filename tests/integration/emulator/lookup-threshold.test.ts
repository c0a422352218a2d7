// The list view lookup threshold: a query touching more than 12 lookup-type columns fails.
// Microsoft Learn, SharePoint Online limits, "List view lookup threshold" (12):
// https://learn.microsoft.com/en-us/office365/servicedescriptions/sharepoint-online-service-description/sharepoint-online-limits
// Software boundaries and limits (lookup, person/group and managed metadata columns count; single item operations
// are exempt): https://learn.microsoft.com/en-us/sharepoint/install/software-boundaries-and-limits
// The error as SharePoint Online returns it (500, SPQueryThrottledException -2147024749):
// vgrem/office365-rest-python-client#758; pnp/pnpjs#2721 (more than 12 lookups and people columns in one select).
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { OWNER, provisionList, spError, start } from './helpers';

let emu: Emulator;
let sp: (user: string) => SPFI;
const PEOPLE = Array.from({ length: 10 }, (_, i) => `HCP${i}`);
const MESSAGE = 'The query cannot be completed because the number of lookup columns it contains exceeds the lookup column threshold enforced by the administrator.';

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await provisionList(sp(OWNER), 'Targets', []);
  const targets = (await sp(OWNER).web.lists.getByTitle('Targets').select('Id')<{ Id: string }>()).Id;
  // 10 person columns + 1 lookup + Author + Editor = 13 lookup-type columns.
  await provisionList(sp(OWNER), 'Wide', [
    ...PEOPLE.map((n) => `<Field Type="User" Name="${n}" DisplayName="${n}" />`),
    `<Field Type="Lookup" Name="HCTarget" DisplayName="Target" List="{${targets}}" ShowField="Title" />`,
  ]);
  const t = await sp(OWNER).web.lists.getByTitle('Targets').items.add({ Title: 't' });
  await sp(OWNER).web.lists.getByTitle('Wide').items.add({ Title: 'w', HCTargetId: t.Id });
});

afterAll(() => emu.close());

const items = () => sp(OWNER).web.lists.getByTitle('Wide').items;

it('fails a query without $select on a list with 13 lookup-type columns, as SharePoint does', async () => {
  expect(await spError(items()())).toEqual({ status: 500, code: '-2147024749, Microsoft.SharePoint.SPQueryThrottledException', message: MESSAGE });
  expect(await spError(items().select('*')())).toMatchObject({ status: 500, message: MESSAGE });
});

it('counts each lookup field once however many of its properties are projected, Author and Editor included', async () => {
  const twelve = [...PEOPLE.map((p) => `${p}Id`), 'Author/Title', 'Author/EMail', 'AuthorId', 'Editor/Title'];
  await expect(items().select('Title', ...twelve).expand('Author', 'Editor')()).resolves.toHaveLength(1);
  expect(await spError(items().select('Title', ...twelve, 'HCTarget/Title').expand('Author', 'Editor', 'HCTarget')())).toMatchObject({ status: 500, message: MESSAGE });
  expect(await spError(items().select('Title', ...twelve, 'HCTargetId')())).toMatchObject({ status: 500, message: MESSAGE });
});

it('counts the lookups of $filter and $orderby with those of $select', async () => {
  const eleven = [...PEOPLE.map((p) => `${p}Id`), 'AuthorId'];
  await expect(items().select('Title', ...eleven).filter('AuthorId gt 0')()).resolves.toHaveLength(1);
  await expect(items().select('Title', ...eleven).filter('EditorId gt 0')()).resolves.toHaveLength(1);
  expect(await spError(items().select('Title', ...eleven).filter('EditorId gt 0 and HCTargetId gt 0')())).toMatchObject({ status: 500, message: MESSAGE });
  expect(await spError(items().select('Title', ...eleven).filter('EditorId gt 0').orderBy('HCTargetId')())).toMatchObject({ status: 500, message: MESSAGE });
});

it('does not apply to a single item', async () => {
  await expect(items().getById(1)()).resolves.toMatchObject({ Title: 'w' });
});
