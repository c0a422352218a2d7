// Tickets of a site set up before issue 11, whose desk columns live on the HelpTickets items: after the set-up the
// desk's intake receives each one from where the old desk left it (status, assignee, resolution, rating, change
// number, who was informed, the approval with its secret kept only as a hash), sends no filing mail for any of them,
// recognises the requester by the same rule as a new ticket's (applied to the filing version, since agents modified
// old tickets), and still receives tickets filed after the upgrade as new ones — one backdated by its author included.
// More old tickets than intake's look-back, and a ticket an agent filed (and the desk received) before the first
// intake: none of the old ones is left behind.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import type { SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import type { Emulator } from '../../../workbench/server';
import { AGENT_L1, LEA, OWNER, TEACHER, TOM, addNotificationTemplates, graphAs, receiveTickets, setUpHelpCenter, start } from '../emulator/helpers';
import { TicketActionService, TicketRepository, createMyTicketsServices, type NewTicketInput } from '../../../src/data/tickets';
import { TicketIntake } from '../../../src/data/desk/TicketIntake';
import { createApprovalDecisionServices, sha256Hex } from '../../../src/data/tickets/approvalDecisions';
import { applyApproverDecision } from '../../../src/data/tickets/approverDecisionsOnDesk';
import { formDateValue, readSiteDateFormat } from '../../../src/data/sp/formDates';
import { HELP_CENTER_GROUPS } from '../../../src/data/schema';

jest.setTimeout(120000);

const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'sites', 'provisioned-before-issue10.sqlite.gz');
/** More old tickets than intake looks back below the newest state (LOOK_BACK, 200). */
const BULK = 230;
const DAY = 86400000;
const TOKEN = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const SUPPORT = HELP_CENTER_GROUPS.find((g) => g.key === 'support')!.title.replace(/'/g, "''");

let emu: Emulator;
let sp: (user: string) => SPFI;
let dir: string;
const people: Record<string, number> = {};
let team: number;
let category: number;
/** The old tickets by role in this story, and every old ticket's id. */
const old: Record<'inProgress' | 'approval' | 'closed' | 'untouched' | 'phone' | 'forgedAuthor', number> = {} as never;
const oldIds: number[] = [];
let oldCreated: Record<number, string>;
const INFORMED = JSON.stringify([{ at: '2026-01-05T09:00:00.000Z', event: 'file', to: [{ role: 'requester', name: 'Léa Dubois', email: LEA }, { role: 'teamQueue', name: '' }] },
  { at: '2026-01-05T10:00:00.000Z', event: 'takeInCharge', to: [{ role: 'requester', name: 'Léa Dubois', email: LEA }] }]);

/** PnPjs as `user`, writing at `when` (the workbench's clock for the seed and tests). */
function at(user: string, when: Date): SPFI {
  return sp(user).using(InjectHeaders({ 'X-Workbench-Time': when.toISOString() }));
}
const daysAgo = (n: number): Date => new Date(Date.now() - n * DAY);
const tickets = (s: SPFI) => s.web.lists.getByTitle('HelpTickets');
const states = (s: SPFI) => s.web.lists.getByTitle('HelpTicketStates');

/** The previous version's form: the requester writes the ticket with its status and the team of its category. */
async function file(user: string, when: Date, title: string, extra: Record<string, unknown> = {}): Promise<number> {
  const { Id } = await tickets(at(user, when)).items.add({
    Title: title, HCDescription: `${title} (décrit par le demandeur)`, HCKind: 'assistance', HCCategoryId: category, HCLanguage: 'fr', HCStatus: 'new',
    HCTeamId: team, HCLevel: 'L1', HCClientRequestId: `old-${title}`, ...extra
  });
  oldIds.push(Id);
  return Id;
}

/** The previous version's desk: an agent writes the desk's columns on the ticket itself (a new version, Modified By the agent). */
async function work(user: string, when: Date, id: number, changes: Record<string, unknown>): Promise<void> {
  await tickets(at(user, when)).items.getById(id).update(changes);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hc-upgrade-tickets-'));
  const dbFile = join(dir, 'site.sqlite');
  writeFileSync(dbFile, gunzipSync(readFileSync(FIXTURE)));
  ({ emu, sp } = await start({ dbFile }));
  const owner = sp(OWNER);
  for (const email of [AGENT_L1, LEA, TOM, TEACHER]) people[email] = (await owner.web.ensureUser(`i:0#.f|membership|${email}`)).Id;
  await owner.web.siteGroups.getByName(SUPPORT).users.add(`i:0#.f|membership|${AGENT_L1}`);
  team = (await owner.web.lists.getByTitle('HelpTeams').items.add({ Title: 'Assistance', HCLevel: 'L1', HCMembersId: [people[AGENT_L1]] })).Id;
  category = (await owner.web.lists.getByTitle('HelpCategories').items.add({ Title: 'Comptes', HCTitleEn: 'Accounts', HCDefaultTeamId: team, HCResolutionHours: 16 })).Id;

  // The old desk at work, months before the upgrade (the fixture's columns exist until the set-up, and after it).
  old.closed = await file(LEA, daysAgo(90), 'Mot de passe expiré');
  await work(AGENT_L1, daysAgo(89), old.closed, { HCStatus: 'resolved', HCAssignedToId: people[AGENT_L1], HCFirstResponseAt: daysAgo(89).toISOString(),
    HCResolvedAt: daysAgo(89).toISOString(), HCResolution: 'Mot de passe réinitialisé.', HCSequence: 2 });
  await work(LEA, daysAgo(88), old.closed, { HCSatisfaction: 4, HCSatisfactionComment: 'Rapide, merci.', HCSequence: 3 });
  await work(AGENT_L1, daysAgo(80), old.closed, { HCStatus: 'closed', HCClosedAt: daysAgo(80).toISOString(), HCSequence: 4 });
  for (let i = 0; i < BULK; i++) {
    const id = await file(TOM, daysAgo(70), `Ancienne demande ${i}`);
    await work(AGENT_L1, daysAgo(69), id, { HCStatus: 'closed', HCClosedAt: daysAgo(69).toISOString(), HCSequence: 1 });
  }
  old.inProgress = await file(LEA, daysAgo(30), 'Accès Moodle refusé', { HCDueDate: daysAgo(28).toISOString() });
  await work(AGENT_L1, daysAgo(29), old.inProgress, { HCStatus: 'in_progress', HCAssignedToId: people[AGENT_L1], HCLevel: 'L2', HCFirstResponseAt: daysAgo(29).toISOString(),
    HCSequence: 2, HCInformed: INFORMED });
  old.approval = await file(LEA, daysAgo(20), 'Tiers-temps examen');
  await work(AGENT_L1, daysAgo(19), old.approval, { HCStatus: 'in_progress', HCAssignedToId: people[AGENT_L1], HCSequence: 3, HCApproval: JSON.stringify({
    approver: { id: people[TEACHER], email: TEACHER, displayName: 'Prof. Jean Moreau' }, requestedBy: { id: people[AGENT_L1], email: AGENT_L1 },
    requestedAt: daysAgo(19).toISOString(), reason: 'Tiers-temps médical', requestSequence: 3, token: TOKEN }) });
  // Filed by an agent for Tom on the phone: the old form made Tom Created By (in place, no new version).
  old.phone = (await tickets(at(AGENT_L1, daysAgo(10))).items.add({ Title: 'Appel : badge refusé', HCDescription: 'Par téléphone.', HCKind: 'assistance',
    HCCategoryId: category, HCLanguage: 'fr', HCStatus: 'new', HCChannel: 'phone', HCFiledById: people[AGENT_L1], HCBeneficiaryId: people[TOM], HCTeamId: team })).Id;
  oldIds.push(old.phone);
  await tickets(at(AGENT_L1, daysAgo(10))).items.getById(old.phone).validateUpdateListItem([{ FieldName: 'Author', FieldValue: JSON.stringify([{ Key: `i:0#.f|membership|${TOM}` }]) }], true);
  await work(AGENT_L1, daysAgo(9), old.phone, { HCStatus: 'taken_in_charge', HCAssignedToId: people[AGENT_L1], HCSequence: 1 });
  // Tom filed one and made Léa its Created By (in place), then the old desk worked it: Modified By an agent now.
  old.forgedAuthor = await file(TOM, daysAgo(5), 'Merci de cliquer ce lien');
  await tickets(sp(TOM)).items.getById(old.forgedAuthor).validateUpdateListItem([{ FieldName: 'Author', FieldValue: JSON.stringify([{ Key: `i:0#.f|membership|${LEA}` }]) }], true);
  await work(AGENT_L1, daysAgo(4), old.forgedAuthor, { HCStatus: 'taken_in_charge', HCSequence: 1 });
  old.untouched = await file(LEA, daysAgo(2), 'Imprimante du 2e étage');
  const created = await tickets(sp(OWNER)).items.select('Id', 'Created').top(5000)<{ Id: number; Created: string }[]>();
  oldCreated = Object.fromEntries(created.map((t) => [t.Id, t.Created]));

  await setUpHelpCenter(sp);
  await addNotificationTemplates(sp);
});
afterAll(async () => {
  await emu.close();
  rmSync(dir, { recursive: true, force: true });
});

type State = { Id: number; AuthorId: number; HCTicketId: number; HCRequesterId: number | null; HCReceivedAt: string; HCStatus: string; HCLevel: string;
  HCTeamId: number | null; HCAssignedToId: number | null; HCDueDate: string | null; HCFirstResponseAt: string | null; HCResolvedAt: string | null;
  HCClosedAt: string | null; HCResolution: string | null; HCSatisfaction: number | null; HCSatisfactionComment: string | null; HCSequence: number;
  HCApproval: string | null; HCInformed: string | null; HCUnverified: boolean; HCIncomplete: string | null; HCChannel: string };
const STATE_SELECT = ['Id', 'AuthorId', 'HCTicketId', 'HCRequesterId', 'HCReceivedAt', 'HCStatus', 'HCLevel', 'HCTeamId', 'HCAssignedToId', 'HCDueDate', 'HCFirstResponseAt',
  'HCResolvedAt', 'HCClosedAt', 'HCResolution', 'HCSatisfaction', 'HCSatisfactionComment', 'HCSequence', 'HCApproval', 'HCInformed', 'HCUnverified', 'HCIncomplete', 'HCChannel'];
async function allStates(): Promise<State[]> {
  return states(sp(OWNER)).items.select(...STATE_SELECT).top(5000)<State[]>();
}
async function notifiedTickets(): Promise<number[]> {
  const rows = await sp(OWNER).web.lists.getByTitle('HelpNotifications').items.select('HCTicketId').top(5000)<{ HCTicketId: number }[]>();
  return Array.from(new Set(rows.map((r) => r.HCTicketId))).sort((a, b) => a - b);
}

describe('old tickets after the upgrade', () => {
  let filedByAgent: number;
  let newOfLea: number;
  let backdated: number;
  let firstRun: { ticketId: number; unverified: boolean }[];

  it('the set-up kept the old columns; tickets filed since are new ones, one backdated by its author with old desk values', async () => {
    expect(await tickets(sp(OWNER)).fields.filter("InternalName eq 'HCStatus'").select('InternalName')()).toHaveLength(1);
    // An agent files a phone ticket before any desk has received the old ones: the desk receives it at once.
    const agent = new TicketActionService(sp(AGENT_L1), graphAs(emu, AGENT_L1), (id) => `${emu.siteUrl}/SitePages/MyRequests.aspx?ticket=${id}`);
    filedByAgent = (await new TicketRepository(sp(AGENT_L1)).create({ clientRequestId: 'new-phone', title: 'Appel : Wi-Fi', description: 'Par téléphone.', kind: 'assistance',
      categoryId: category, language: 'fr', channel: 'phone', beneficiaryId: people[LEA], beneficiaryLoginName: `i:0#.f|membership|${LEA}`, filedById: people[AGENT_L1] })).item.Id;
    expect(await new TicketIntake(sp(AGENT_L1), agent).receiveFiledByMe(filedByAgent)).toMatchObject({ ticketId: filedByAgent, unverified: false });
    newOfLea = (await new TicketRepository(sp(LEA)).create({ clientRequestId: 'new-1', title: 'Casque du labo', description: 'Ne s\'allume plus.', kind: 'assistance',
      categoryId: category, language: 'fr' } as NewTicketInput)).item.Id;
    // Tom writes the old columns of his new ticket and dates it back before the upgrade.
    backdated = (await tickets(sp(TOM)).items.add({ Title: 'Dérogation accordée', HCDescription: 'Voir la décision.', HCKind: 'assistance', HCCategoryId: category,
      HCLanguage: 'fr', HCStatus: 'resolved', HCResolution: 'Accordé.', HCAssignedToId: people[AGENT_L1], HCSequence: 9,
      HCApproval: JSON.stringify({ approver: { id: people[TEACHER], email: TEACHER }, requestedAt: daysAgo(40).toISOString(), reason: 'x', decision: 'approved' }) })).Id;
    const format = await readSiteDateFormat(sp(TOM));
    const result = await tickets(sp(TOM)).items.getById(backdated).validateUpdateListItem([{ FieldName: 'Created', FieldValue: formDateValue(daysAgo(40), format) }], true);
    expect(result.every((r) => !r.HasException)).toBe(true);
    expect(new Date((await tickets(sp(OWNER)).items.getById(backdated).select('Created')<{ Created: string }>()).Created).getTime()).toBeLessThan(daysAgo(30).getTime());
  });

  it('intake receives every old ticket once, from where the old desk left it, and mails nobody about them', async () => {
    const mailsBefore = emu.outbox().length;
    firstRun = await receiveTickets(emu, sp);
    expect(firstRun.map((r) => r.ticketId).sort((a, b) => a - b)).toEqual([...oldIds, newOfLea, backdated].sort((a, b) => a - b));
    const all = await allStates();
    for (const id of [...oldIds, filedByAgent, newOfLea, backdated]) expect([id, all.filter((s) => s.HCTicketId === id).length]).toEqual([id, 1]);
    const state = (id: number): State => all.filter((s) => s.HCTicketId === id)[0];

    // No filing mail for any old ticket: only the agent's phone ticket (at once) and the two filed since were announced.
    expect(await notifiedTickets()).toEqual([filedByAgent, newOfLea, backdated]);
    expect(emu.outbox().slice(mailsBefore).map((m) => m.to.join()).sort()).toEqual(expect.arrayContaining([LEA, TOM]));

    expect(state(old.inProgress)).toMatchObject({ HCStatus: 'in_progress', HCLevel: 'L2', HCTeamId: team, HCAssignedToId: people[AGENT_L1], HCSequence: 2,
      HCRequesterId: people[LEA], AuthorId: people[LEA], HCUnverified: false, HCInformed: INFORMED });
    expect(new Date(state(old.inProgress).HCReceivedAt).getTime()).toBe(new Date(oldCreated[old.inProgress]).getTime());
    expect(new Date(state(old.inProgress).HCDueDate!).getTime()).toBeLessThan(daysAgo(27).getTime());
    expect(state(old.closed)).toMatchObject({ HCStatus: 'closed', HCResolution: 'Mot de passe réinitialisé.', HCSatisfaction: 4, HCSatisfactionComment: 'Rapide, merci.',
      HCSequence: 4, HCRequesterId: people[LEA], HCIncomplete: null });
    expect(state(old.closed).HCResolvedAt).not.toBeNull();
    expect(state(old.closed).HCClosedAt).not.toBeNull();
    expect(state(old.untouched)).toMatchObject({ HCStatus: 'new', HCSequence: 0, HCRequesterId: people[LEA], HCUnverified: false });
    // The approval keeps who, why and the request's number; the link's secret only as its hash.
    const approval = JSON.parse(state(old.approval).HCApproval!) as Record<string, unknown>;
    expect(approval).toMatchObject({ reason: 'Tiers-temps médical', requestSequence: 3, approver: { id: people[TEACHER] }, tokenHash: await sha256Hex(TOKEN) });
    expect(approval).not.toHaveProperty('token');
    expect(state(old.approval).HCApproval).not.toContain(TOKEN);
    // The old desk's agent filed it for Tom: Tom's, on the phone channel. Tom's rewrite of Created By: nobody's.
    expect(state(old.phone)).toMatchObject({ HCRequesterId: people[TOM], AuthorId: people[TOM], HCUnverified: false, HCChannel: 'phone', HCStatus: 'taken_in_charge' });
    expect(state(old.forgedAuthor)).toMatchObject({ HCRequesterId: null, HCUnverified: true, HCStatus: 'taken_in_charge' });
    expect(state(old.forgedAuthor).AuthorId).not.toBe(people[LEA]);
    const bulk = oldIds.filter((id) => Object.values(old).indexOf(id) < 0);
    expect(bulk).toHaveLength(BULK);
    expect(bulk.every((id) => state(id).HCStatus === 'closed' && state(id).HCRequesterId === people[TOM] && state(id).HCSequence === 1)).toBe(true);

    // Filed since the upgrade: new tickets, whatever their old columns say.
    expect(state(newOfLea)).toMatchObject({ HCStatus: 'new', HCSequence: 0, HCTeamId: team, HCRequesterId: people[LEA] });
    expect(state(backdated)).toMatchObject({ HCStatus: 'new', HCSequence: 0, HCApproval: null, HCResolution: null, HCAssignedToId: null });
  });

  it('Léa reads her old tickets\' states, and My requests lists them with their real status, the forged one not', async () => {
    const hers = await states(sp(LEA)).items.select('HCTicketId', 'HCStatus', 'HCApproval').top(500)<{ HCTicketId: number; HCStatus: string; HCApproval: string | null }[]>();
    expect(hers.map((s) => s.HCTicketId).sort((a, b) => a - b)).toEqual([old.closed, old.inProgress, old.approval, old.untouched, filedByAgent, newOfLea].sort((a, b) => a - b));
    expect(JSON.stringify(hers)).not.toContain(TOKEN);
    const page = await createMyTicketsServices(sp(LEA)).list('mine');
    const shown = Object.fromEntries(page.items.map((t) => [t.Id, t.HCStatus]));
    expect(shown).toEqual({
      [old.closed]: 'closed', [old.inProgress]: 'in_progress', [old.approval]: 'in_progress', [old.untouched]: 'new', [filedByAgent]: 'new', [newOfLea]: 'new'
    });
    expect(page.items.every((t) => t.received)).toBe(true);
    // Tom's old tickets are his, not hers.
    expect((await createMyTicketsServices(sp(TOM)).list('mine')).items.some((t) => t.Id === old.phone)).toBe(true);
  });

  it('the approver\'s old mail link still decides: the desk matches its secret against the kept hash', async () => {
    const teacher = createApprovalDecisionServices(sp(TEACHER));
    await teacher.record({ ticketId: old.approval, requestSequence: 3, approverId: people[TEACHER], token: TOKEN }, 'approved', 'Accordé.');
    const agent = new TicketActionService(sp(AGENT_L1), graphAs(emu, AGENT_L1), (id) => `${emu.siteUrl}/SitePages/MyRequests.aspx?ticket=${id}`);
    expect(await applyApproverDecision(agent, sp(AGENT_L1), old.approval)).toBe(true);
    const approval = JSON.parse((await new TicketRepository(sp(LEA)).get(old.approval))!.item.HCApproval!) as Record<string, unknown>;
    expect(approval).toMatchObject({ decision: 'approved', decidedBy: { id: people[TEACHER] } });
    expect(approval).not.toHaveProperty('token');
  });

  it('a second intake receives nothing and mails nobody', async () => {
    const before = (await allStates()).length;
    const mails = emu.outbox().length;
    expect(await receiveTickets(emu, sp)).toEqual([]);
    expect((await allStates()).length).toBe(before);
    expect(emu.outbox().length).toBe(mails);
    expect(firstRun.length).toBeGreaterThan(BULK);
  });
});

describe('a site set up since issue 11', () => {
  it('has no old desk columns on HelpTickets: intake reads its fields once and receives tickets as new', async () => {
    const fresh = await start();
    try {
      await setUpHelpCenter(fresh.sp, [AGENT_L1]);
      await addNotificationTemplates(fresh.sp);
      expect(await tickets(fresh.sp(OWNER)).fields.filter("InternalName eq 'HCStatus'").select('InternalName')()).toEqual([]);
      const id = (await new TicketRepository(fresh.sp(LEA)).create({ clientRequestId: 'f-1', title: 'Écran noir', description: 'Depuis ce matin.', kind: 'assistance',
        language: 'fr' } as NewTicketInput)).item.Id;
      fresh.emu.clearRequests();
      expect((await receiveTickets(fresh.emu, fresh.sp)).map((r) => r.ticketId)).toEqual([id]);
      const fieldReads = fresh.emu.requests().filter((r) => /HelpTickets'\)\/fields/i.test(decodeURIComponent(r.path)));
      expect(fieldReads).toHaveLength(1);
      expect((await states(fresh.sp(OWNER)).items.select('HCStatus', 'HCTicketId')<{ HCStatus: string; HCTicketId: number }[]>())).toEqual([
        expect.objectContaining({ HCTicketId: id, HCStatus: 'new' })]);
    } finally {
      await fresh.emu.close();
    }
  });
});
