// The Setup web part's provisioning against the emulator, through real PnPjs: inspect, apply, idempotence,
// a half-provisioned site, a non-owner, and what the resulting permissions mean for tickets.
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { AGENT_L1, LEA, OWNER, TOM, start } from '../emulator/helpers';
import { SiteProvisioner, ProvisioningProgress, ProvisioningReport, SITE_PERMISSIONS_ERROR } from '../../../src/data/provisioning';
import * as rawItems from '../../../src/data/schema/items.generated';
import { HELP_CENTER_GROUPS, HELP_CENTER_LISTS, REQUESTER_ROLE, SUPPORT_AGENT_ROLE, fieldSchemaXml, listDefinition } from '../../../src/data/schema';
import { notOk, recordingWrites } from './writes';


async function fresh(): Promise<{ emu: Emulator; sp: (user: string) => SPFI }> {
  return start();
}

describe('a site provisioned from scratch', () => {
  let emu: Emulator;
  let sp: (user: string) => SPFI;
  let progress: ProvisioningProgress[];
  let applied: ProvisioningReport;

  beforeAll(async () => {
    ({ emu, sp } = await fresh());
  });
  afterAll(() => emu.close());

  it('inspect on an empty site reports every list and group of ours missing, in one HTTP request', async () => {
    emu.clearRequests();
    const report = await new SiteProvisioner(sp(OWNER)).inspect();
    expect(emu.requests().length).toBeLessThanOrEqual(2);
    expect(report.ready).toBe(false);
    expect(report.errors).toEqual([]);
    for (const list of HELP_CENTER_LISTS) {
      expect(report.checks.find(c => c.id === `list:${list.name}`)?.status).toBe('missing');
      expect(report.checks.filter(c => c.list === list.name).every(c => c.status !== 'ok')).toBe(true);
    }
    for (const group of HELP_CENTER_GROUPS) expect(report.checks.find(c => c.id === `group:${group.key}`)?.status).toBe('missing');
    expect(report.checks.find(c => c.id === 'group:owners')?.status).toBe('ok');
    expect(report.checks.find(c => c.id === 'roleDefinition:supportAgent')?.status).toBe('missing');
    expect(report.checks.filter(c => c.kind === 'webGrant').map(c => c.status)).toEqual(['missing', 'missing', 'missing', 'missing', 'missing']);
  });

  it('apply makes the site ready and reports progress', async () => {
    progress = [];
    emu.clearRequests();
    applied = await new SiteProvisioner(sp(OWNER)).apply(p => progress.push(p));
    // Read, two write batches, read, a clean-up batch for the assignment SharePoint adds when breaking inheritance, read,
    // and the sender setting (with the server-side sender, the built-in mail templates are stored for the flow). The
    // lists' writes pass 100 since issue 14 (the drafts list, the reviewers' grants): two chunks of one phase. Issue 18
    // (the referents group, its grants, the locations' index and versioning) adds one more $batch.
    expect(emu.requests().length).toBeLessThanOrEqual(11);
    expect(applied.errors).toEqual([]);
    expect(notOk(applied)).toEqual([]);
    expect(applied.ready).toBe(true);
    expect(progress.length).toBeGreaterThan(0);
    progress.forEach((p, i) => {
      expect(p.done).toBe(i + 1);
      expect(p.done).toBeLessThanOrEqual(p.total);
    });
  });

  it('a second apply sends no write and inspect is all ok', async () => {
    const writes: string[] = [];
    emu.clearRequests();
    const again = await new SiteProvisioner(recordingWrites(sp(OWNER), writes)).apply();
    expect(writes).toEqual([]);
    expect(emu.requests().every(r => r.method === 'GET' || /\/_api\/\$batch/.test(r.path))).toBe(true);
    expect(again.ready).toBe(true);
    const report = await new SiteProvisioner(sp(OWNER)).inspect();
    expect(notOk(report)).toEqual([]);
    expect(report.ready).toBe(true);
  });

  it('completes a site where a list and a field were deleted afterwards', async () => {
    const owner = sp(OWNER);
    await owner.web.lists.getByTitle('SearchEvents').delete();
    await owner.web.lists.getByTitle('HelpTickets').fields.getByInternalNameOrTitle('HCCourse').delete();
    const before = await new SiteProvisioner(owner).inspect();
    expect(before.checks.find(c => c.id === 'list:SearchEvents')?.status).toBe('missing');
    expect(before.checks.find(c => c.id === 'field:HelpTickets/HCCourse')?.status).toBe('missing');
    expect(before.checks.find(c => c.id === 'field:HelpTickets/HCDescription')?.status).toBe('ok');
    const after = await new SiteProvisioner(owner).apply();
    expect(notOk(after)).toEqual([]);
    expect(after.ready).toBe(true);
  });

  it('a member running apply gets a clear permission error and nothing is written', async () => {
    const writes: string[] = [];
    const owner = sp(OWNER);
    await owner.web.lists.getByTitle('Announcements').delete();
    const report = await new SiteProvisioner(recordingWrites(sp(LEA), writes)).apply();
    expect(writes).toEqual([]);
    expect(report.ready).toBe(false);
    expect(report.errors[0].check).toBe(SITE_PERMISSIONS_ERROR);
    expect(report.errors[0].message).toMatch(/site owner/);
    expect(report.errors.filter(e => /Access denied/.test(e.message))).toEqual([]);
    expect((await new SiteProvisioner(owner).apply()).ready).toBe(true);
  });

  it('the generated raw item types match the provisioned lists: every list accepts its generated $select', async () => {
    const selects = rawItems as unknown as Record<string, readonly string[]>;
    for (const list of HELP_CENTER_LISTS) {
      const key = `${list.name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}_SELECT`;
      expect(selects[key]).toBeDefined();
      await expect(sp(OWNER).web.lists.getByTitle(list.name).items.select(...selects[key]).top(1)()).resolves.toEqual(expect.any(Array));
    }
  });

  describe('permissions after setup', () => {
    let ticketId: number;
    beforeAll(async () => {
      ticketId = (await sp(LEA).web.lists.getByTitle('HelpTickets').items.add({ Title: 'ENT inaccessible', HCDescription: 'Erreur 500' })).Id;
    });

    it('a requester does not see another requester\'s ticket', async () => {
      const own = await sp(LEA).web.lists.getByTitle('HelpTickets').items.select('Id')();
      expect(own.map(i => i.Id)).toContain(ticketId);
      const other = await sp(TOM).web.lists.getByTitle('HelpTickets').items.select('Id')();
      expect(other.map(i => i.Id)).not.toContain(ticketId);
    });

    it('an agent sees it once added to the support group', async () => {
      const before = await sp(AGENT_L1).web.lists.getByTitle('HelpTickets').items.select('Id')();
      expect(before.map(i => i.Id)).not.toContain(ticketId);
      const support = HELP_CENTER_GROUPS.find(g => g.key === 'support')!;
      // PnPjs puts the name in an OData literal as is: the apostrophe of "centre d'aide" must be doubled.
      await sp(OWNER).web.siteGroups.getByName(support.title.replace(/'/g, "''")).users.add(`i:0#.f|membership|${AGENT_L1}`);
      const after = await sp(AGENT_L1).web.lists.getByTitle('HelpTickets').items.select('Id')();
      expect(after.map(i => i.Id)).toContain(ticketId);
      const notes = await sp(AGENT_L1).web.lists.getByTitle('HelpInternalNotes').items.select('Id')();
      expect(notes).toEqual([]);
      // The agent level is the site's Contribute + Override List Behaviors (not Edit: no Manage Lists).
      const contribute = await sp(OWNER).web.roleDefinitions.getByType(3)();
      const agent = await sp(OWNER).web.roleDefinitions.getByName(SUPPORT_AGENT_ROLE.name.replace(/'/g, "''"))();
      expect(Number(agent.BasePermissions.High)).toBe(Number(contribute.BasePermissions.High));
      expect(Number(agent.BasePermissions.Low)).toBe(Number(contribute.BasePermissions.Low) + 0x100);
    });

    it('a requester edits her own ticket but neither deletes it nor its versions (the requester level)', async () => {
      const requester = await sp(OWNER).web.roleDefinitions.getByName(REQUESTER_ROLE.name.replace(/'/g, "''"))();
      const contribute = await sp(OWNER).web.roleDefinitions.getByType(3)();
      expect(Number(requester.BasePermissions.High)).toBe(Number(contribute.BasePermissions.High));
      expect(Number(requester.BasePermissions.Low)).toBe(Number(contribute.BasePermissions.Low) - 0x8 - 0x80);
      const item = sp(LEA).web.lists.getByTitle('HelpTickets').items.getById(ticketId);
      await item.update({ HCDescription: 'Erreur 500 depuis ce matin' });
      await expect(item.recycle()).rejects.toMatchObject({ status: 403 });
      await expect(item.versions.getById(512).delete()).rejects.toMatchObject({ status: 403 });
      expect(await sp(OWNER).web.lists.getByTitle('HelpTickets').items.getById(ticketId).versions()).toHaveLength(2);
    });

    it('a member cannot switch the tickets list back to "read all items" (the list has its own permissions)', async () => {
      const denied = sp(LEA).web.lists.getByTitle('HelpTickets').update({ ReadSecurity: 1 });
      await expect(denied).rejects.toMatchObject({ status: 403 });
      const list = await sp(OWNER).web.lists.getByTitle('HelpTickets').select('ReadSecurity', 'HasUniqueRoleAssignments')();
      expect(list).toMatchObject({ ReadSecurity: 2, HasUniqueRoleAssignments: true });
    });
  });
});

describe('a half-provisioned site', () => {
  let emu: Emulator;
  let sp: (user: string) => SPFI;
  beforeAll(async () => {
    ({ emu, sp } = await fresh());
  });
  afterAll(() => emu.close());

  it('keeps what exists and completes the rest', async () => {
    const owner = sp(OWNER);
    // By hand: two lists, some fields (one not indexed), one wrong setting.
    const teams = listDefinition('HelpTeams');
    const categories = listDefinition('HelpCategories');
    const teamsList = (await owner.web.lists.ensure('HelpTeams', '', 100, false, { EnableVersioning: true })).data;
    await owner.web.lists.ensure('HelpCategories', '', 100, false, { EnableAttachments: true });
    await owner.web.lists.getByTitle('HelpTeams').fields.createFieldAsXml({ SchemaXml: fieldSchemaXml(teams, teams.fields[1]), Options: 8 } as never);
    const lookup = categories.fields.find(f => f.name === 'HCDefaultTeam')!;
    await owner.web.lists.getByTitle('HelpCategories').fields.createFieldAsXml({ SchemaXml: fieldSchemaXml(categories, lookup, `{${teamsList.Id}}`), Options: 8 } as never);
    const before = await new SiteProvisioner(owner).inspect();
    expect(before.checks.find(c => c.id === 'list:HelpTeams')?.status).toBe('ok');
    expect(before.checks.find(c => c.id === 'field:HelpTeams/HCLevel')?.status).toBe('ok');
    expect(before.checks.find(c => c.id === 'field:HelpTeams/HCMembers')?.status).toBe('missing');
    expect(before.checks.find(c => c.id === 'listSetting:HelpCategories/EnableAttachments')?.status).toBe('different');
    const item = await owner.web.lists.getByTitle('HelpTeams').items.add({ Title: 'Support informatique', HCLevel: 'L1' });
    const after = await new SiteProvisioner(owner).apply();
    expect(after.errors).toEqual([]);
    expect(notOk(after)).toEqual([]);
    const kept = await owner.web.lists.getByTitle('HelpTeams').items.getById(item.Id).select('Title', 'HCLevel')();
    expect(kept).toMatchObject({ Title: 'Support informatique', HCLevel: 'L1' });
    expect((await owner.web.lists.getByTitle('HelpTeams')()).Id).toBe(teamsList.Id);
  });
});
