// The demo data loaded into a freshly provisioned emulated site, through real PnPjs: what a new user finds.
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { LEA, OWNER, TEACHER, TOM, receiveTickets, start } from '../emulator/helpers';
import { SiteProvisioner } from '../../../src/data/provisioning';
import { TICKET_STATUSES } from '../../../src/domain/vocabulary';
import { refreshArticleStats } from '../../../src/data/knowledge/feedback';
import { seedDemoData, DEFAULT_TICKET_COUNT } from '../../../workbench/seed';
import { ARTICLES } from '../../../workbench/seed/data/articles';
import { KB_ARTICLES } from '../../../workbench/seed/data/kb';
import { CATEGORIES } from '../../../workbench/seed/data/categories';
import { ANNOUNCEMENTS, EXPERTS } from '../../../workbench/seed/data/community';
import { LOCATIONS } from '../../../workbench/seed/data/locations';
import { SETTINGS } from '../../../workbench/seed/data/settings';
import { TEAMS } from '../../../workbench/seed/data/teams';
import { planTickets } from '../../../workbench/seed/generate';
import { plannedClaims } from '../../../workbench/seed/ticket-writer';
import { CAST } from '../../../workbench/seed/data/people';
import { loginNameOf } from '../../../workbench/server/directory';
import { TicketRepository } from '../../../src/data/tickets/TicketRepository';

const NOW = new Date('2026-11-22T21:55:00Z');

/** The requester's item: what she filed. */
interface FiledRow { Id: number; AuthorId: number; EditorId: number; Created: string; Modified: string; HCClientRequestId: string; HCWatchersId: number[] | null }
/** The desk's state of a ticket. */
interface StateRow {
  Id: number; AuthorId: number; Created: string; HCTicketId: number; HCRequesterId: number; HCReceivedAt: string; HCStatus: string; HCSequence: number;
  HCFirstResponseAt: string | null; HCResolvedAt: string | null; HCClosedAt: string | null; HCProblemId: number | null; HCWatchersId: number[] | null;
}
/** A requester's claim. */
interface ClaimRow { Id: number; AuthorId: number; Created: string; HCTicketId: number; HCAction: string; HCApplied: boolean; HCOutcome: string | null; HCClaimKey: string }

const STATE_COLUMNS = ['Id', 'AuthorId', 'Created', 'HCTicketId', 'HCRequesterId', 'HCReceivedAt', 'HCStatus', 'HCSequence', 'HCFirstResponseAt', 'HCResolvedAt',
  'HCClosedAt', 'HCProblemId', 'HCWatchersId'];

describe('demo data', () => {
  let emu: Emulator;
  let sp: (user: string) => SPFI;
  let tickets: FiledRow[];
  let states: StateRow[];
  let claims: ClaimRow[];
  let seedMs: number;
  const plans = planTickets(NOW, DEFAULT_TICKET_COUNT);

  async function count(list: string): Promise<number> {
    return (await sp(OWNER).web.lists.getByTitle(list).items.select('Id').top(5000)()).length;
  }

  function ticket(ref: string): FiledRow {
    const found = tickets.filter(t => t.HCClientRequestId === `seed-${ref}`)[0];
    if (!found) throw new Error(`No seeded ticket ${ref}`);
    return found;
  }

  function stateOf(ref: string): StateRow {
    const id = ticket(ref).Id;
    return states.filter(s => s.HCTicketId === id)[0];
  }

  async function personId(email: string): Promise<number> {
    return (await sp(OWNER).web.ensureUser(loginNameOf(email))).Id;
  }

  beforeAll(async () => {
    ({ emu, sp } = await start());
    const report = await new SiteProvisioner(sp(OWNER)).apply();
    expect(report.errors).toEqual([]);
    const started = Date.now();
    await seedDemoData(emu, { now: NOW });
    seedMs = Date.now() - started;
    const lists = sp(OWNER).web.lists;
    tickets = await lists.getByTitle('HelpTickets').items.select('Id', 'AuthorId', 'EditorId', 'Created', 'Modified', 'HCClientRequestId', 'HCWatchersId').top(5000)<FiledRow[]>();
    states = await lists.getByTitle('HelpTicketStates').items.select(...STATE_COLUMNS).top(5000)<StateRow[]>();
    claims = await lists.getByTitle('HelpTicketClaims').items.select('Id', 'AuthorId', 'Created', 'HCTicketId', 'HCAction', 'HCApplied', 'HCOutcome', 'HCClaimKey')
      .top(5000)<ClaimRow[]>();
  });

  afterAll(async () => {
    await emu.close();
  });

  it('fills every list the help center shows', async () => {
    expect(await count('HelpTeams')).toBe(TEAMS.length);
    expect(await count('HelpCategories')).toBe(CATEGORIES.length);
    expect(await count('HelpLocations')).toBe(LOCATIONS.length);
    expect(await count('HelpSettings')).toBe(SETTINGS.length);
    expect(await count('KnowledgeArticles')).toBe(ARTICLES.length * 2 + KB_ARTICLES.length);
    expect(ARTICLES.length * 2 + KB_ARTICLES.length).toBeGreaterThanOrEqual(150);
    expect(tickets).toHaveLength(DEFAULT_TICKET_COUNT);
    expect(await count('HelpInternalNotes')).toBe(plans.reduce((n, p) => n + p.notes.length, 0));
    expect(await count('Experts')).toBe(EXPERTS.length);
    expect(await count('Announcements')).toBe(ANNOUNCEMENTS.length);
    expect(await count('SearchEvents')).toBe(DEFAULT_TICKET_COUNT / 2);
    expect(seedMs).toBeLessThan(30000);
  });

  it('has received every ticket: one state each, in every status, and nothing left for the desk\'s intake', async () => {
    expect(states).toHaveLength(DEFAULT_TICKET_COUNT);
    expect(await receiveTickets(emu, sp)).toEqual([]);
    expect(states.map(s => s.HCTicketId).sort((a, b) => a - b)).toEqual(tickets.map(t => t.Id).sort((a, b) => a - b));
    for (const status of TICKET_STATUSES) expect(states.some(s => s.HCStatus === status)).toBe(true);
    for (const p of plans) expect(stateOf(p.ref).HCStatus).toBe(p.status);
  });

  it('gives each state to the requester the desk trusts, and each ticket filed for someone to that person', async () => {
    const byEmail: Record<string, number> = {};
    for (const email of plans.map(p => CAST[p.requester]).filter((e, i, all) => all.indexOf(e) === i)) byEmail[email] = await personId(email);
    for (const p of plans) {
      const requester = byEmail[CAST[p.requester]];
      expect(stateOf(p.ref).HCRequesterId).toBe(requester);
      expect(stateOf(p.ref).AuthorId).toBe(requester);
      expect(ticket(p.ref).AuthorId).toBe(requester);
    }
    expect(plans.some(p => p.filer !== p.requester)).toBe(true);
  });

  it('files a French requester\'s ticket as her own: she reads her ticket and her states, another requester neither', async () => {
    const lea = await personId(LEA);
    const mine = ticket('wifi-lea');
    const asLea = await sp(LEA).web.lists.getByTitle('HelpTickets').items.getById(mine.Id).select('Id', 'Title')<{ Title: string }>();
    expect(asLea.Title).toBe('Pas de Wi-Fi en B204');
    await expect(sp(TOM).web.lists.getByTitle('HelpTickets').items.getById(mine.Id)()).rejects.toMatchObject({ status: 404 });
    const leaSees = await sp(LEA).web.lists.getByTitle('HelpTickets').items.select('AuthorId').top(5000)<{ AuthorId: number }[]>();
    expect(leaSees.length).toBeGreaterThan(0);
    expect(leaSees.every(t => t.AuthorId === lea)).toBe(true);

    const herStates = await sp(LEA).web.lists.getByTitle('HelpTicketStates').items.select('HCRequesterId', 'HCTicketId').top(5000)<{ HCRequesterId: number; HCTicketId: number }[]>();
    expect(herStates).toHaveLength(plans.filter(p => p.requester === 'lea').length);
    expect(herStates.every(s => s.HCRequesterId === lea)).toBe(true);
    await expect(sp(TOM).web.lists.getByTitle('HelpTicketStates').items.getById(stateOf('wifi-lea').Id)()).rejects.toMatchObject({ status: 404 });
    // She cannot change the desk's truth about her own request.
    await expect(sp(LEA).web.lists.getByTitle('HelpTicketStates').items.getById(stateOf('wifi-lea').Id).update({ HCStatus: 'closed' })).rejects.toMatchObject({ status: 403 });
  });

  it('keeps the requesters\' actions as their claims, each applied by the desk, and a requester reads only hers', async () => {
    expect(claims).toHaveLength(plans.reduce((n, p) => n + plannedClaims(p).length, 0));
    const rated = plans.filter(p => p.satisfaction !== undefined);
    expect(claims.filter(c => c.HCAction === 'rate')).toHaveLength(rated.length);
    expect(claims.filter(c => c.HCAction === 'comment' || c.HCAction === 'answer').length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c).toMatchObject({ HCApplied: true, HCOutcome: 'applied' });
      // What the desk checks before applying one: its Author is the requester its state names.
      const state = states.filter(s => s.HCTicketId === c.HCTicketId)[0];
      expect(c.AuthorId).toBe(state.HCRequesterId);
      expect(c.HCClaimKey.indexOf(`${c.HCTicketId}|seed-`)).toBe(0);
    }
    const pending = await sp(OWNER).web.lists.getByTitle('HelpTicketClaims').items.select('Id').filter('HCApplied eq 0').top(10)();
    expect(pending).toHaveLength(0);
    const lea = await personId(LEA);
    const hers = await sp(LEA).web.lists.getByTitle('HelpTicketClaims').items.select('AuthorId').top(5000)<{ AuthorId: number }[]>();
    expect(hers).toHaveLength(claims.filter(c => c.AuthorId === lea).length);
    expect(hers.length).toBeGreaterThan(0);
  });

  it('keeps the lifecycle dates in order: filed and received, first response, resolution, closure', () => {
    for (const s of states) {
      const filed = tickets.filter(t => t.Id === s.HCTicketId)[0];
      expect(Date.parse(s.HCReceivedAt)).toBe(Date.parse(filed.Created));
      const times = [s.HCReceivedAt, s.HCFirstResponseAt, s.HCResolvedAt, s.HCClosedAt].filter(Boolean).map(d => Date.parse(d as string));
      expect(times).toEqual(times.slice().sort((a, b) => a - b));
    }
  });

  it('dates each ticket when it was filed, within the last six months, and leaves the requester\'s item as she wrote it', () => {
    for (const t of tickets) {
      const created = Date.parse(t.Created);
      expect(created).toBeLessThanOrEqual(NOW.getTime());
      expect(created).toBeGreaterThan(NOW.getTime() - 183 * 24 * 3600 * 1000);
      expect(Date.parse(t.Modified)).toBe(created);
    }
  });

  it('links the incidents to the Wi-Fi problem, announces it, and keeps the professor informed of the exam incident', async () => {
    const problem = ticket('problem-wifi-b');
    expect(states.filter(s => s.HCProblemId === problem.Id).length).toBeGreaterThanOrEqual(4);
    const announcements = await sp(LEA).web.lists.getByTitle('Announcements').items.select('HCProblemId', 'HCSeverity')<{ HCProblemId: number | null; HCSeverity: string }[]>();
    expect(announcements.filter(a => a.HCProblemId === problem.Id && a.HCSeverity === 'outage')).toHaveLength(2);
    const jean = await personId(TEACHER);
    expect(stateOf('exam-outage').HCWatchersId).toContain(jean);
    expect(ticket('exam-outage').HCWatchersId).toContain(jean);
  });

  it('tells the conversation as the ticket page reads it: the desk\'s messages from the state\'s versions, the requester\'s from her claims', async () => {
    const page = await new TicketRepository(sp(TEACHER)).ticketPage(ticket('wifi-jean').Id);
    expect(page).toBeDefined();
    const said = (page as NonNullable<typeof page>).comments.map(c => ({ from: c.from, text: c.text }));
    expect(said).toEqual([
      { from: 'desk', text: expect.stringMatching(/équipement réseau/) },
      { from: 'requester', text: expect.stringMatching(/partage de connexion/) }
    ]);
    // Nothing lives in the item's native comments any more (the requester could delete them).
    expect(await sp(OWNER).web.lists.getByTitle('HelpTickets').items.getById(ticket('wifi-jean').Id).comments()).toHaveLength(0);
    const asked = await new TicketRepository(sp(TOM)).ticketPage(ticket('wifi-tom').Id);
    expect((asked as NonNullable<typeof asked>).comments.map(c => c.from)).toEqual(['desk']);
    expect((asked as NonNullable<typeof asked>).ticket.item.HCStatus).toBe('awaiting_user');
  });

  it('links each article to its translation, when it has one', async () => {
    const articles = await sp(LEA).web.lists.getByTitle('KnowledgeArticles').items.select('Id', 'HCLanguage', 'HCTranslationOfId', 'HCStatus')
      .top(500)<{ Id: number; HCLanguage: string; HCTranslationOfId: number | null; HCStatus: string }[]>();
    const singles = KB_ARTICLES.filter(a => !a.translationOf && !KB_ARTICLES.some(t => t.translationOf === a.key)).length;
    expect(articles.filter(a => !a.HCTranslationOfId)).toHaveLength(singles);
    for (const a of articles) {
      expect(a.HCStatus).toBe('published');
      if (!a.HCTranslationOfId) continue;
      const other = articles.filter(x => x.Id === a.HCTranslationOfId)[0];
      expect(other.HCTranslationOfId).toBe(a.Id);
      expect(other.HCLanguage).not.toBe(a.HCLanguage);
      expect(a.HCStatus).toBe('published');
    }
  });

  it('tells each ticket\'s history in the past: the state\'s versions, written by agents, are dated when it was received and reached each status', async () => {
    const repo = new TicketRepository(sp(OWNER));
    const agents = await Promise.all(['karim', 'julie', 'philippe', 'marc'].map(k => personId(CAST[k as keyof typeof CAST])));
    for (const ref of ['wifi-jean', 'exam-outage', 'problem-wifi-b', 'wifi-tom']) {
      const s = stateOf(ref);
      const versions = (await sp(OWNER).web.lists.getByTitle('HelpTicketStates').items.getById(s.Id).versions.select('VersionLabel', 'Modified', 'HCSequence', 'Editor')()) as
        { Modified: string; HCSequence: number; Editor: { LookupId: number } }[];
      const times = versions.map(v => Date.parse(v.Modified)).reverse();
      expect(times[0]).toBe(Date.parse(ticket(ref).Created));
      expect(times).toEqual(times.slice().sort((a, b) => a - b));
      expect(times[times.length - 1]).toBeLessThanOrEqual(NOW.getTime());
      expect(versions.map(v => v.HCSequence).reverse()).toEqual(versions.map((_, i) => i));
      versions.forEach(v => expect(agents).toContain(v.Editor.LookupId));
    }
    expect((await repo.timeline(stateOf('exam-outage').Id)).map(t => t.status)).toEqual(['new', 'taken_in_charge', 'in_progress', 'resolved', 'closed']);
    expect((await repo.timeline(stateOf('wifi-tom').Id)).map(t => t.status)).toEqual(['new', 'taken_in_charge', 'in_progress', 'awaiting_user']);
  });

  it('counts each article\'s votes as items of the people who voted, dates articles in the past, and the desk\'s daily recount changes nothing', async () => {
    const votes = await sp(OWNER).web.lists.getByTitle('ArticleFeedback').items.select('HCArticleId', 'HCHelpful').top(5000)<{ HCArticleId: number; HCHelpful: boolean }[]>();
    expect(votes.length).toBeGreaterThan(100);
    const articles = await sp(OWNER).web.lists.getByTitle('KnowledgeArticles').items.select('Id', 'HCHelpful', 'Modified').top(500)<{ Id: number; HCHelpful: number; Modified: string }[]>();
    for (const a of articles.slice(0, 40)) expect(a.HCHelpful).toBe(votes.filter(v => v.HCArticleId === a.Id && v.HCHelpful).length);
    expect(await refreshArticleStats(sp(OWNER))).toBe(0);
    const days = articles.map(a => Math.round((NOW.getTime() - Date.parse(a.Modified)) / 86400000));
    expect(Math.min(...days)).toBeGreaterThanOrEqual(2);
    expect(new Set(days).size).toBeGreaterThan(50);
  });

  it('adds nothing when seeded again', async () => {
    await seedDemoData(emu, { now: NOW });
    expect(await count('HelpTickets')).toBe(DEFAULT_TICKET_COUNT);
    expect(await count('HelpTicketStates')).toBe(DEFAULT_TICKET_COUNT);
    expect(await count('HelpTicketClaims')).toBe(claims.length);
    expect(await count('KnowledgeArticles')).toBe(ARTICLES.length * 2 + KB_ARTICLES.length);
    expect(await count('HelpTeams')).toBe(TEAMS.length);
  });
});
