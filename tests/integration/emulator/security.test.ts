// Item-level security (ReadSecurity/WriteSecurity), "Override List Behaviors", unique list permissions,
// groups and role definitions, as SharePoint enforces them through REST.
import type { SPFI } from '@pnp/sp';
import { PermissionKind } from '@pnp/sp/security';
import type { Emulator } from '../../../workbench/server';
import { AGENT_L1, LEA, OWNER, TOM, provisionList, spError, start } from './helpers';

let emu: Emulator;
let sp: (user: string) => SPFI;
let owner: SPFI;

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  owner = sp(OWNER);
  await provisionList(owner, 'HelpTickets', ['<Field Type="Text" Name="HCStatus" DisplayName="Status" Indexed="TRUE" />'],
    { ReadSecurity: 2, WriteSecurity: 2 });
  await provisionList(owner, 'KnowledgeArticles', [], { WriteSecurity: 2 });
  await provisionList(owner, 'HelpInternalNotes', []);
  // The support desk: a permission level with "Override List Behaviors" (CancelCheckout) and a group holding it.
  const contribute = await owner.web.roleDefinitions.getByName('Contribute')();
  const low = (BigInt(contribute.BasePermissions.Low) | 256n).toString();
  const role = await owner.web.roleDefinitions.add('Help desk agent', 'Contribute + override list behaviors', 70,
    { High: Number(contribute.BasePermissions.High), Low: Number(low) });
  const group = await owner.web.siteGroups.add({ Title: 'Help Desk Agents', Description: 'Support staff' });
  await owner.web.siteGroups.getById(group.Id).users.add(`i:0#.f|membership|${AGENT_L1}`);
  await owner.web.roleAssignments.add(group.Id, role.data.Id);
  const notes = owner.web.lists.getByTitle('HelpInternalNotes');
  await notes.breakRoleInheritance(false, true);
  await notes.roleAssignments.add(group.Id, role.data.Id);
});

afterAll(() => emu.close());

describe('ReadSecurity=2 / WriteSecurity=2', () => {
  let leaItem: number;
  let tomItem: number;
  beforeAll(async () => {
    leaItem = (await sp(LEA).web.lists.getByTitle('HelpTickets').items.add({ Title: 'Léa: ENT inaccessible' })).Id;
    tomItem = (await sp(TOM).web.lists.getByTitle('HelpTickets').items.add({ Title: 'Tom: printer' })).Id;
  });

  it('hides other requesters\' items: 404 by id, absent from collections', async () => {
    const err = await spError(sp(TOM).web.lists.getByTitle('HelpTickets').items.getById(leaItem)());
    expect(err.status).toBe(404);
    const mine = await sp(TOM).web.lists.getByTitle('HelpTickets').items.select('Id')();
    expect(mine.map((i) => i.Id)).toEqual([tomItem]);
    // ItemCount still counts every item, as in SharePoint.
    expect((await sp(TOM).web.lists.getByTitle('HelpTickets').select('ItemCount')()).ItemCount).toBe(2);
  });

  it('lets a user with Override List Behaviors read and edit every item', async () => {
    const all = await sp(AGENT_L1).web.lists.getByTitle('HelpTickets').items.select('Id')();
    expect(all.map((i) => i.Id)).toEqual([leaItem, tomItem]);
    await sp(AGENT_L1).web.lists.getByTitle('HelpTickets').items.getById(leaItem).update({ HCStatus: 'taken_in_charge' });
    const perms = await sp(AGENT_L1).web.lists.getByTitle('HelpTickets').getCurrentUserEffectivePermissions();
    expect(owner.web.hasPermissions(perms, PermissionKind.CancelCheckout)).toBe(true);
  });

  it('refuses edits of others\' items with 403 when WriteSecurity=2', async () => {
    const mine = await sp(LEA).web.lists.getByTitle('KnowledgeArticles').items.add({ Title: 'Réinitialiser son mot de passe' });
    const err = await spError(sp(TOM).web.lists.getByTitle('KnowledgeArticles').items.getById(mine.Id).update({ Title: 'hacked' }));
    expect(err).toMatchObject({ status: 403, code: '-2147024891, System.UnauthorizedAccessException' });
    await sp(LEA).web.lists.getByTitle('KnowledgeArticles').items.getById(mine.Id).update({ Title: 'Réinitialiser son mot de passe (v2)' });
  });
});

describe('unique permissions on a list', () => {
  it('makes the list invisible to people without a role on it', async () => {
    const err = await spError(sp(LEA).web.lists.getByTitle('HelpInternalNotes')());
    expect(err.status).toBe(404);
    const titles = (await sp(LEA).web.lists.select('Title')()).map((l) => l.Title);
    expect(titles).not.toContain('HelpInternalNotes');
    expect(titles).toContain('HelpTickets');
  });

  it('gives the assigned group access, and reports the assignments', async () => {
    await sp(AGENT_L1).web.lists.getByTitle('HelpInternalNotes').items.add({ Title: 'note interne' });
    const list = await owner.web.lists.getByTitle('HelpInternalNotes').select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
    expect(list.HasUniqueRoleAssignments).toBe(true);
    const assignments = await owner.web.lists.getByTitle('HelpInternalNotes').roleAssignments.expand('Member', 'RoleDefinitionBindings')();
    expect(assignments.map((a: any) => a.Member.Title)).toEqual(expect.arrayContaining(['Help Desk Agents', 'Claire Martin']));
  });

  it('refuses permission management to members', async () => {
    const err = await spError(sp(LEA).web.siteGroups.add({ Title: 'Pirates' }));
    expect(err.status).toBe(403);
  });
});

describe('users and groups', () => {
  it('resolves the current user and their groups', async () => {
    const me = await sp(LEA).web.currentUser();
    expect(me).toMatchObject({ Title: 'Léa Dubois', Email: LEA, LoginName: `i:0#.f|membership|${LEA}`, IsSiteAdmin: false });
    const groups = await sp(LEA).web.currentUser.groups();
    expect(groups.map((g) => g.Title)).toEqual(["Centre d'aide Members"]);
    // The site is connected to a Microsoft 365 group: its owners claim is in Owners beside the site owner (entra-groups.test.ts).
    expect((await owner.web.associatedOwnerGroup.users()).map((u) => u.Email || u.LoginName))
      .toEqual([OWNER, expect.stringMatching(/^c:0o\.c\|federateddirectoryclaimprovider\|[0-9a-f-]+_o$/)]);
  });

  it('ensureuser resolves tenant people and refuses unknown ones', async () => {
    // Emily's login name is her UPN (eclarke@), not her e-mail address (entra-groups.test.ts).
    const emily = await sp(LEA).web.ensureUser(`i:0#.f|membership|eclarke@univ-exemple.fr`);
    expect(emily.Title).toBe('Emily Clarke');
    const again = await owner.web.siteUsers.getByEmail('emily.clarke@univ-exemple.fr')();
    expect(again.Id).toBe(emily.Id);
    const byLogin = await owner.web.siteUsers.getByLoginName(`i:0#.f|membership|eclarke@univ-exemple.fr`)();
    expect(byLogin.Id).toBe(emily.Id);
    const err = await spError(owner.web.ensureUser('nobody@elsewhere.com'));
    expect(err.status).toBe(500);
    expect(err.message).toBe('The specified user nobody@elsewhere.com could not be found.');
  });

  it('adds and removes group members', async () => {
    const group = owner.web.siteGroups.getByName('Help Desk Agents');
    const marc = await owner.web.ensureUser('marc.lefebvre@univ-exemple.fr');
    await group.users.add(marc.LoginName);
    expect((await group.users()).map((u) => u.Email)).toContain('marc.lefebvre@univ-exemple.fr');
    await group.users.removeById(marc.Id);
    expect((await group.users()).map((u) => u.Email)).not.toContain('marc.lefebvre@univ-exemple.fr');
    const missing = await spError(owner.web.siteGroups.getByName('Nope')());
    expect(missing).toMatchObject({ status: 404, message: 'Group cannot be found.' });
  });
});
