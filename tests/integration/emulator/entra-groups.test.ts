// Entra ID security groups and Microsoft 365 groups as principals of a SharePoint site, a group-connected site's
// owners and members, and a person's login name (UPN) as SharePoint keys people and profiles by it.
//
// Sources:
// - PrincipalType of a site user: SecurityGroup = 4, SharePointGroup = 8 (SP.Utilities.PrincipalType,
//   https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-csom/ee541430(v=office.15)).
// - Claims of directory groups: `c:0t.c|tenant|<object id>` (Entra ID security group) and
//   `c:0o.c|federateddirectoryclaimprovider|<group id>` / `<group id>_o` (Microsoft 365 group members / owners)
//   (https://sharepoint.stackexchange.com/questions/255337 ; pnp/powershell#3124 adds a group to a SharePoint group by that claim).
// - `currentUser.groups` lists SharePoint groups the person is directly in, never those reached through a
//   directory group (pnp/pnpjs#691: "user.groups returns SharePoint groups only"; pnp/pnpjs#1892). A SharePoint
//   group's users are its direct members: the group claim, not the group's people.
// - Group-connected site: "The Microsoft 365 group Owners get connected to both the site collection administrators
//   and the site owners group ... members get connected to the site members group"
//   (https://learn.microsoft.com/en-us/sharepoint/dev/transform/modernize-connect-to-office365-group-permissions).
// - A person's claim is `i:0#.f|membership|<UPN>`; the UPN may differ from the e-mail address, and user profiles
//   (PeopleManager.GetPropertiesFor) are keyed by that account name
//   (https://learn.microsoft.com/en-us/sharepoint/dev/general-development/work-with-user-profiles-in-sharepoint).
//   Stricter where unsure: an e-mail-shaped claim of someone whose UPN differs names nobody.
import '@pnp/sp/profiles';
import type { SPFI } from '@pnp/sp';
import { PermissionKind, type IBasePermissions } from '@pnp/sp/security';
import type { Emulator } from '../../../workbench/server';
import { DEMO_DOMAIN, DEMO_GROUPS } from '../../../workbench/server/directory';
import { OWNER, provisionList, spError, start } from './helpers';

const MARC = `marc.lefebvre@${DEMO_DOMAIN}`;
const ANTOINE = `antoine.lambert@${DEMO_DOMAIN}`;
const EMILY = `emily.clarke@${DEMO_DOMAIN}`;
const EMILY_UPN = `eclarke@${DEMO_DOMAIN}`;
const N2 = DEMO_GROUPS.find((g) => g.displayName === 'Support informatique N2')!;
const SITE_GROUP = DEMO_GROUPS.find((g) => g.connectedToSite)!;
const N2_CLAIM = `c:0t.c|tenant|${N2.id}`;

let emu: Emulator;
let sp: (user: string) => SPFI;
let owner: SPFI;
let agentsGroupId: number;

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  owner = sp(OWNER);
  await provisionList(owner, 'Notes', []);
  const group = await owner.web.siteGroups.add({ Title: 'Agents', Description: 'Support staff' });
  agentsGroupId = group.Id;
  const notes = owner.web.lists.getByTitle('Notes');
  await notes.breakRoleInheritance(false, true);
  const contribute = await owner.web.roleDefinitions.getByName('Contribute')();
  await notes.roleAssignments.add(agentsGroupId, contribute.Id);
  await notes.items.add({ Title: 'Agents only' });
});

afterAll(() => emu.close());

describe('an Entra ID security group in a SharePoint group', () => {
  it('resolves by its claim as a site user of type SecurityGroup, and an unknown group claim fails', async () => {
    const u = await owner.web.ensureUser(N2_CLAIM);
    expect(u).toMatchObject({ LoginName: N2_CLAIM, Title: 'Support informatique N2', PrincipalType: 4 });
    const err = await spError(owner.web.ensureUser('c:0t.c|tenant|00000000-0000-0000-0000-000000000000'));
    expect(err.status).toBe(500);
  });

  it('gives its members the group\'s permissions, not its membership', async () => {
    const notes = sp(MARC).web.lists.getByTitle('Notes');
    // Before: Marc (a site member) has no access to the agents' list, which SharePoint answers as a list that does not exist.
    expect((await spError(notes.select('Title')())).status).toBe(404);
    await owner.web.siteGroups.getById(agentsGroupId).users.add(N2_CLAIM);
    expect(await notes.currentUserHasPermissions(PermissionKind.ViewListItems)).toBe(true);
    expect((await notes.items.select('Title')()).map((i) => i.Title)).toEqual(['Agents only']);
    // The list's EffectiveBasePermissions property and getUserEffectivePermissions agree.
    const listProps = await notes.select('EffectiveBasePermissions')<{ EffectiveBasePermissions: IBasePermissions }>();
    expect(owner.web.hasPermissions(listProps.EffectiveBasePermissions, PermissionKind.EditListItems)).toBe(true);
    expect(await owner.web.lists.getByTitle('Notes').userHasPermissions(`i:0#.f|membership|${MARC}`, PermissionKind.AddListItems)).toBe(true);
    // currentUser.groups lists only direct memberships; the group's users list the claim, not Marc.
    expect((await sp(MARC).web.currentUser.groups()).map((g) => g.Title)).toEqual(["Centre d'aide Members"]);
    const users = await owner.web.siteGroups.getById(agentsGroupId).users();
    expect(users.map((u) => [u.LoginName, u.PrincipalType])).toEqual([[N2_CLAIM, 4]]);
  });

  it('takes the permissions away when the claim leaves the SharePoint group', async () => {
    const n2 = await owner.web.siteUsers.getByLoginName(N2_CLAIM)();
    await owner.web.siteGroups.getById(agentsGroupId).users.removeById(n2.Id);
    expect((await spError(sp(MARC).web.lists.getByTitle('Notes').select('Title')())).status).toBe(404);
  });
});

describe('a site connected to a Microsoft 365 group', () => {
  it('has the group\'s owners claim in Owners (a site admin) and its members claim in Members', async () => {
    const owners = await owner.web.associatedOwnerGroup.users();
    expect(owners.find((u) => u.LoginName === `c:0o.c|federateddirectoryclaimprovider|${SITE_GROUP.id}_o`)).toMatchObject({ PrincipalType: 4, IsSiteAdmin: true });
    const members = await owner.web.associatedMemberGroup.users();
    expect(members.find((u) => u.LoginName === `c:0o.c|federateddirectoryclaimprovider|${SITE_GROUP.id}`)).toMatchObject({ PrincipalType: 4 });
  });

  it('makes an owner of the group a full owner of the site, though no SharePoint group lists them', async () => {
    const antoine = sp(ANTOINE);
    const me = await antoine.web.currentUser();
    expect(me).toMatchObject({ Email: ANTOINE, IsSiteAdmin: false });
    expect(await antoine.web.currentUser.groups()).toEqual([]);
    const web = await antoine.web.getCurrentUserEffectivePermissions();
    expect(antoine.web.hasPermissions(web, PermissionKind.ManageWeb)).toBe(true);
    expect(antoine.web.hasPermissions(web, PermissionKind.ManagePermissions)).toBe(true);
    // As a site collection admin, even on a list whose permissions leave the Owners group out.
    expect(await antoine.web.lists.getByTitle('Notes').currentUserHasPermissions(PermissionKind.ManageLists)).toBe(true);
    expect(await owner.web.userHasPermissions(`i:0#.f|membership|${ANTOINE}`, PermissionKind.ManagePermissions)).toBe(true);
  });
});

describe('login name (UPN) and e-mail address', () => {
  it('keys a person by the UPN claim; the e-mail address is only their mail', async () => {
    const emily = await owner.web.ensureUser(EMILY);
    expect(emily).toMatchObject({ LoginName: `i:0#.f|membership|${EMILY_UPN}`, Email: EMILY, UserPrincipalName: EMILY_UPN, PrincipalType: 1 });
    expect((await owner.web.ensureUser(`i:0#.f|membership|${EMILY_UPN}`)).Id).toBe(emily.Id);
    const err = await spError(owner.web.ensureUser(`i:0#.f|membership|${EMILY}`));
    expect(err.status).toBe(500);
  });

  it('reads a profile by the UPN claim, and finds none by an e-mail-shaped claim', async () => {
    const byUpn = await owner.profiles.getPropertiesFor(`i:0#.f|membership|${EMILY_UPN}`);
    expect(byUpn).toMatchObject({ AccountName: `i:0#.f|membership|${EMILY_UPN}`, Email: EMILY });
    expect(byUpn.UserProfileProperties).toEqual(expect.arrayContaining([{ Key: 'SPS-MUILanguages', Value: 'en-US', ValueType: 'Edm.String' }]));
    const byMail = await owner.profiles.getPropertiesFor(`i:0#.f|membership|${EMILY}`);
    expect(byMail.AccountName).toBeNull();
    expect(byMail.UserProfileProperties).toEqual([]);
  });
});

describe('a database written before UPNs', () => {
  it('opens with its people\'s ids and gives them their UPN login name', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const Database = (await import('better-sqlite3')).default;
    const dbFile = join(mkdtempSync(join(tmpdir(), 'hc-upn-')), 'site.db');
    const first = await start({ dbFile });
    const before = await first.sp(OWNER).web.ensureUser(EMILY);
    await first.emu.close();
    // As an older emulator wrote it: Emily's claim held her e-mail address.
    const db = new Database(dbFile);
    db.prepare('UPDATE principals SET login_name = ? WHERE id = ?').run(`i:0#.f|membership|${EMILY}`, before.Id);
    db.close();
    const again = await start({ dbFile });
    try {
      const after = await again.sp(OWNER).web.siteUsers.getById(before.Id)();
      expect(after).toMatchObject({ LoginName: `i:0#.f|membership|${EMILY_UPN}`, Email: EMILY });
    } finally {
      await again.emu.close();
    }
  });
});

describe('a database written before sites were group-connected', () => {
  it('is connected on open: the owner through the Microsoft 365 group is an owner there too', async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { gunzipSync } = await import('node:zlib');
    // The empty site as the version before issue 10 provisioned it (no group connection, no site.group).
    const dbFile = join(mkdtempSync(join(tmpdir(), 'hc-group-')), 'site.db');
    writeFileSync(dbFile, gunzipSync(readFileSync(join(__dirname, '..', '..', 'fixtures', 'sites', 'provisioned-before-issue10.sqlite.gz'))));
    const site = await start({ dbFile });
    try {
      expect(await site.sp(ANTOINE).web.currentUserHasPermissions(PermissionKind.ManageWeb)).toBe(true);
      expect(await site.sp(OWNER).web.currentUserHasPermissions(PermissionKind.ManageWeb)).toBe(true);
    } finally {
      await site.emu.close();
    }
    // Opening it again changes nothing more (one owners claim, still an owner).
    const again = await start({ dbFile });
    try {
      const owners = await again.sp(OWNER).web.associatedOwnerGroup.users.select('LoginName')<{ LoginName: string }[]>();
      expect(owners.filter((u) => u.LoginName === `c:0o.c|federateddirectoryclaimprovider|${SITE_GROUP.id}_o`)).toHaveLength(1);
      expect(await again.sp(ANTOINE).web.currentUserHasPermissions(PermissionKind.ManageWeb)).toBe(true);
    } finally {
      await again.emu.close();
    }
  });
});
