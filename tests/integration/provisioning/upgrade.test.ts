// Set-up completes, twice, on an empty site and on a site set up by the version before issue 10 (unique key
// columns on lists where people read only their own items, which SharePoint refuses; no NoCrawl; requesters with
// Contribute, so Delete Items and Delete Versions, on the tickets): the repair turns uniqueness off, excludes
// private lists from search, creates the requester level and moves members, visitors and contributors to it
// (their Contribute assignment removed), and a second run writes nothing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { LEA, OWNER, start } from '../emulator/helpers';
import { SiteProvisioner, ProvisioningReport } from '../../../src/data/provisioning';
import { HELP_CENTER_LISTS, REQUESTER_ROLE } from '../../../src/data/schema';
import { notOk, recordingWrites } from './writes';

jest.setTimeout(60000);

const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'sites', 'provisioned-before-issue10.sqlite.gz');
/** The columns the previous version made unique on ReadSecurity-2 lists. */
const FORMERLY_UNIQUE = ['HelpTickets/HCClientRequestId', 'ArticleFeedback/HCVoteKey', 'HelpNotifications/HCChangeKey', 'HelpApprovalDecisions/HCApprovalKey'];

/** What the site holds for the rules of issue 10: unique columns per list, and NoCrawl per list. */
async function siteState(owner: SPFI): Promise<{ uniqueOnOwnItemsLists: string[]; noCrawl: Record<string, boolean> }> {
  const uniqueOnOwnItemsLists: string[] = [];
  const noCrawl: Record<string, boolean> = {};
  const present = (await owner.web.lists.select('Title')<{ Title: string }[]>()).map(l => l.Title);
  // Lists added since (issue 11: the desk's states, the requesters' claims) are created by the repair.
  for (const def of HELP_CENTER_LISTS.filter(l => present.indexOf(l.name) >= 0)) {
    const list = owner.web.lists.getByTitle(def.name);
    const props = await list.select('ReadSecurity', 'NoCrawl')<{ ReadSecurity: number; NoCrawl: boolean }>();
    noCrawl[def.name] = props.NoCrawl;
    const unique = await list.fields.filter('EnforceUniqueValues eq true').select('InternalName')<{ InternalName: string }[]>();
    if (props.ReadSecurity === 2) unique.forEach(f => uniqueOnOwnItemsLists.push(`${def.name}/${f.InternalName}`));
  }
  return { uniqueOnOwnItemsLists, noCrawl };
}

const WANTED_NO_CRAWL = Object.fromEntries(HELP_CENTER_LISTS.map(l => [l.name, l.noCrawl]));

/** Lists where the previous version gave requesters Contribute and this one gives them the requester level. */
const REQUESTER_LISTS = ['HelpTickets', 'SearchEvents'];
/** Lists added by issue 11 (and the drafts of issue 14). */
const NEW_LISTS = ['HelpTicketStates', 'HelpTicketClaims', 'HelpTicketWatches', 'KnowledgeDrafts', 'ArticleNotifications',
  'ExpertiseRecords', 'Ideas', 'IdeaStates', 'IdeaVotes', 'IdeaNotifications', 'ReportSubscriptions'];
const REQUESTER_PRINCIPALS = ['contributors', 'members', 'visitors'];
/** Who holds the requester level on a list: on SearchEvents contributors read every search instead (issue 14). */
const requestersOf = (list: string): string[] => REQUESTER_PRINCIPALS.filter(p => list !== 'SearchEvents' || p !== 'contributors');

/** Each group's permission levels on a list, sorted: `Group title: Level`. */
async function grantsOn(owner: SPFI, list: string): Promise<string[]> {
  const assignments = await owner.web.lists.getByTitle(list).roleAssignments.expand('Member', 'RoleDefinitionBindings')<
    { Member: { Title: string }; RoleDefinitionBindings: { Name: string; RoleTypeKind: number }[] }[]>();
  return assignments.flatMap(a => a.RoleDefinitionBindings.filter(r => r.RoleTypeKind !== 1).map(r => `${a.Member.Title}: ${r.Name}`)).sort();
}

/** Runs apply twice as the owner: the first completes the site, the second sends no write. */
async function applyTwice(sp: (user: string) => SPFI): Promise<ProvisioningReport> {
  const first = await new SiteProvisioner(sp(OWNER)).apply();
  expect(first.errors).toEqual([]);
  expect(notOk(first)).toEqual([]);
  expect(first.ready).toBe(true);
  const writes: string[] = [];
  const second = await new SiteProvisioner(recordingWrites(sp(OWNER), writes)).apply();
  expect(writes).toEqual([]);
  expect(second.ready).toBe(true);
  return first;
}

describe('a site set up by the previous version (fixture)', () => {
  let emu: Emulator;
  let sp: (user: string) => SPFI;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hc-upgrade-'));
    const dbFile = join(dir, 'site.sqlite');
    writeFileSync(dbFile, gunzipSync(readFileSync(FIXTURE)));
    ({ emu, sp } = await start({ dbFile }));
  });
  afterAll(async () => {
    await emu.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is the state SharePoint would not allow: unique keys on own-items lists, nothing excluded from search', async () => {
    const before = await siteState(sp(OWNER));
    expect(before.uniqueOnOwnItemsLists.sort()).toEqual([...FORMERLY_UNIQUE].sort());
    expect(Object.values(before.noCrawl).every(v => v === false)).toBe(true);
    expect(Object.keys(before.noCrawl).filter(l => NEW_LISTS.indexOf(l) >= 0)).toEqual([]);
  });

  it('inspect reports what to repair: uniqueness to turn off and NoCrawl to set', async () => {
    const report = await new SiteProvisioner(sp(OWNER)).inspect();
    expect(report.ready).toBe(false);
    for (const key of [...FORMERLY_UNIQUE, 'Experts/HCPerson']) {
      expect(report.checks.find(c => c.id === `unique:${key}`)).toMatchObject({ status: 'different', expected: 'duplicates allowed', actual: 'EnforceUniqueValues' });
    }
    for (const def of HELP_CENTER_LISTS.filter(l => NEW_LISTS.indexOf(l.name) < 0)) {
      expect(report.checks.find(c => c.id === `listSetting:${def.name}/NoCrawl`)?.status).toBe(def.noCrawl ? 'different' : 'ok');
    }
    for (const list of NEW_LISTS) expect(report.checks.find(c => c.id === `list:${list}`)?.status).toBe('missing');
    // The requester level is missing; on the lists people write to, requesters hold Contribute instead of it.
    expect(report.checks.find(c => c.id === 'roleDefinition:requester')?.status).toBe('missing');
    for (const list of REQUESTER_LISTS) {
      for (const principal of requestersOf(list)) {
        expect(report.checks.find(c => c.id === `grant:${list}/${principal}/requester`)?.status).toBe('missing');
      }
      const extras = report.checks.filter(c => c.id.startsWith(`grant:${list}/extra/`));
      expect(extras.map(c => c.actual).every(a => /: Contribute$/.test(a ?? ''))).toBe(true);
      expect(extras).toHaveLength(REQUESTER_PRINCIPALS.length);
    }
    // Nothing else differs: the previous version's site is otherwise complete.
    // Issue 11 adds the desk's states and the requesters' claims, makes the outbox the desk's alone (no grant for
    // requesters, all items readable by agents) with the template values and the sender, and the decisions' secret.
    // Issue 12 adds the watchers' projection, the requester's choice to share her files, and the escalation columns.
    expect(notOk(report).filter(line => !/^unique:|\/NoCrawl |^roleDefinition:requester |^grant:(HelpTickets|SearchEvents|HelpNotifications)\//.test(line)
      && !/HelpTicketStates|HelpTicketClaims|HelpTicketWatches|HelpTickets\/HCShareFiles|HelpNotifications\/(HCValues|HCSender|ReadSecurity|WriteSecurity)|HelpApprovalDecisions\/HCToken/.test(line)
      // Issue 14: the reviewers group, the drafts, the publication columns, who writes the articles, reads the searches and votes.
      && !/reviewers|KnowledgeDrafts|HelpCategories\/HCReviewers|KnowledgeArticles\/(HCPublishedAt|HCSourceTicket|HCWorkflowSequence)|SearchEvents\/HCHelpfulVote|^grant:KnowledgeArticles\//.test(line)
      // The knowledge workflow's own outbox.
      && !/ArticleNotifications/.test(line)
      // Issue 15: the experts' consent and proven expertise, communities, "ask this expert", the idea box.
      && !/ExpertiseRecords|Idea|Experts\/(HCListed|HCConsentAt)|HelpCategories\/HCCommunity|KnowledgeArticles\/HCPublishedBy|HelpTickets\/HCExpert/.test(line)
      // Issue 18: the referents group keeps HelpLocations, versioned, its names indexed; HelpCategories versioned.
      && !/referents|HelpLocations\/(EnableVersioning|Title)|HelpCategories\/EnableVersioning/.test(line)
      // Issue 18: SLA targets per priority and the default approver on a category, an announcement's audience.
      && !/HelpCategories\/(HCSlaByPriority|HCApprover)|Announcements\/HCAudience/.test(line)
      // Issue 17: the managers group reads the reports; the monthly summary's subscriptions and their agents' level.
      && !/managers|ReportSubscriptions|subscriptionKeeper/.test(line))).toEqual([]);
  });

  it('apply repairs it, and a second apply sends no write', async () => {
    // An owner had also switched the tickets back to "read all items": the repair must turn uniqueness off before
    // it sets ReadSecurity 2 again (SharePoint refuses the setting while a column is unique), in one $batch.
    await sp(OWNER).web.lists.getByTitle('HelpTickets').update({ ReadSecurity: 1 });
    await applyTwice(sp);
    const after = await siteState(sp(OWNER));
    expect(after.uniqueOnOwnItemsLists).toEqual([]);
    expect(after.noCrawl).toEqual(WANTED_NO_CRAWL);
    // The columns stay indexed: the product filters on them to find its own earlier write.
    // Experts.HCPerson too (issue 11): unique, a student's entry naming a colleague would squat their place.
    for (const key of [...FORMERLY_UNIQUE, 'Experts/HCPerson']) {
      const [list, field] = key.split('/');
      const props = await sp(OWNER).web.lists.getByTitle(list).fields.getByInternalNameOrTitle(field).select('Indexed', 'EnforceUniqueValues')();
      expect(props).toMatchObject({ Indexed: true, EnforceUniqueValues: false });
    }
    const report = await new SiteProvisioner(sp(OWNER)).inspect();
    expect(notOk(report)).toEqual([]);
    expect(report.checks.filter(c => c.kind === 'unique').map(c => c.id).sort()).toEqual(['unique:HelpSettings/HCSettingKey']);
  });

  it('after the repair, requesters hold the requester level and no Contribute on the tickets, and cannot delete one', async () => {
    const owner = sp(OWNER);
    for (const list of REQUESTER_LISTS) {
      const grants = await grantsOn(owner, list);
      expect([list, grants.filter(g => /: Contribute$/.test(g))]).toEqual([list, []]);
      expect([list, grants.filter(g => g.endsWith(`: ${REQUESTER_ROLE.name}`)).length]).toEqual([list, requestersOf(list).length]);
    }
    // The tickets' outbox is the desk's: reviewers, members, visitors and contributors hold nothing on it.
    expect((await grantsOn(owner, 'HelpNotifications')).filter(g => !/Owners: Full Control$|^Support du centre d'aide: /.test(g))).toEqual([]);
    // The articles' outbox (issue 14): the desk's and the reviewers' (without deleting); contributors, members and visitors nothing.
    expect((await grantsOn(owner, 'ArticleNotifications')).filter(g => !/Owners: Full Control$|^Support du centre d'aide: |^Relecteurs du centre d'aide: Demandeur/.test(g))).toEqual([]);
    expect((await grantsOn(owner, 'ArticleNotifications')).filter(g => /^Relecteurs du centre d'aide: Demandeur/.test(g))).toHaveLength(1);
    // Votes keep Contribute (see the schema): the repair leaves them as they were.
    expect((await grantsOn(owner, 'ArticleFeedback')).filter(g => /: Contribute$/.test(g))).toHaveLength(2);
    const tickets = sp(LEA).web.lists.getByTitle('HelpTickets');
    const { Id } = await tickets.items.add({ Title: 'Après la mise à jour' });
    await expect(tickets.items.getById(Id).recycle()).rejects.toMatchObject({ status: 403 });
    expect(await owner.web.lists.getByTitle('HelpTickets').items.getById(Id).select('Id')()).toMatchObject({ Id });
  });
});

describe('an empty site', () => {
  let emu: Emulator;
  let sp: (user: string) => SPFI;
  beforeAll(async () => {
    ({ emu, sp } = await start());
  });
  afterAll(() => emu.close());

  it('set-up completes, twice, with no unique column on own-items lists and private lists excluded from search', async () => {
    await applyTwice(sp);
    const state = await siteState(sp(OWNER));
    expect(state.uniqueOnOwnItemsLists).toEqual([]);
    expect(state.noCrawl).toEqual(WANTED_NO_CRAWL);
  });
});
