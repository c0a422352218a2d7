// The demo data loaded into a freshly provisioned emulated site, through real PnPjs: what a new user finds.
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { LEA, OWNER, TOM, start } from '../emulator/helpers';
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

const NOW = new Date('2026-11-22T21:55:00Z');

interface TicketRow {
  Id: number; AuthorId: number; Created: string; HCStatus: string; HCClientRequestId: string; HCFirstResponseAt: string | null;
  HCResolvedAt: string | null; HCClosedAt: string | null; HCProblemId: number | null; HCWatchersId: number[] | null;
}

describe('demo data', () => {
  let emu: Emulator;
  let sp: (user: string) => SPFI;
  let tickets: TicketRow[];
  let seedMs: number;
  const plans = planTickets(NOW, DEFAULT_TICKET_COUNT);

  async function count(list: string): Promise<number> {
    return (await sp(OWNER).web.lists.getByTitle(list).items.select('Id').top(5000)()).length;
  }

  async function readTickets(): Promise<TicketRow[]> {
    return sp(OWNER).web.lists.getByTitle('HelpTickets').items
      .select('Id', 'AuthorId', 'Created', 'HCStatus', 'HCClientRequestId', 'HCFirstResponseAt', 'HCResolvedAt', 'HCClosedAt', 'HCProblemId', 'HCWatchersId')
      .top(5000)<TicketRow[]>();
  }

  function ticket(ref: string): TicketRow {
    const found = tickets.filter(t => t.HCClientRequestId === `seed-${ref}`)[0];
    if (!found) throw new Error(`No seeded ticket ${ref}`);
    return found;
  }

  beforeAll(async () => {
    ({ emu, sp } = await start());
    const report = await new SiteProvisioner(sp(OWNER)).apply();
    expect(report.errors).toEqual([]);
    const started = Date.now();
    await seedDemoData(emu, { now: NOW });
    seedMs = Date.now() - started;
    tickets = await readTickets();
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

  it('has tickets in every status', () => {
    for (const status of TICKET_STATUSES) expect(tickets.some(t => t.HCStatus === status)).toBe(true);
  });

  it('files a French requester\'s ticket as her own, which another requester cannot read', async () => {
    const lea = await sp(OWNER).web.ensureUser(`i:0#.f|membership|${LEA}`);
    const mine = ticket('wifi-lea');
    expect(mine.AuthorId).toBe(lea.Id);
    const asLea = await sp(LEA).web.lists.getByTitle('HelpTickets').items.getById(mine.Id).select('Id', 'Title')<{ Title: string }>();
    expect(asLea.Title).toBe('Pas de Wi-Fi en B204');
    await expect(sp(TOM).web.lists.getByTitle('HelpTickets').items.getById(mine.Id)()).rejects.toMatchObject({ status: 404 });
    const leaSees = await sp(LEA).web.lists.getByTitle('HelpTickets').items.select('AuthorId').top(5000)<{ AuthorId: number }[]>();
    expect(leaSees.length).toBeGreaterThan(0);
    expect(leaSees.every(t => t.AuthorId === lea.Id)).toBe(true);
  });

  it('keeps the lifecycle dates in order: first response, resolution, closure', () => {
    for (const t of tickets) {
      const times = [t.HCFirstResponseAt, t.HCResolvedAt, t.HCClosedAt].filter(Boolean).map(d => Date.parse(d as string));
      expect(times).toEqual(times.slice().sort((a, b) => a - b));
    }
  });

  it('dates each ticket when it was filed, before its first response, within the last six months', () => {
    for (const t of tickets) {
      const created = Date.parse(t.Created);
      expect(created).toBeLessThanOrEqual(NOW.getTime());
      expect(created).toBeGreaterThan(NOW.getTime() - 183 * 24 * 3600 * 1000);
      if (t.HCFirstResponseAt) expect(created).toBeLessThanOrEqual(Date.parse(t.HCFirstResponseAt));
    }
  });

  it('links the incidents to the Wi-Fi problem, announces it, and keeps the professor informed of the exam incident', async () => {
    const problem = ticket('problem-wifi-b');
    expect(tickets.filter(t => t.HCProblemId === problem.Id).length).toBeGreaterThanOrEqual(4);
    const announcements = await sp(LEA).web.lists.getByTitle('Announcements').items.select('HCProblemId', 'HCSeverity')<{ HCProblemId: number | null; HCSeverity: string }[]>();
    expect(announcements.filter(a => a.HCProblemId === problem.Id && a.HCSeverity === 'outage')).toHaveLength(2);
    const jean = await sp(OWNER).web.ensureUser('i:0#.f|membership|jean.moreau@univ-exemple.fr');
    expect(ticket('exam-outage').HCWatchersId).toContain(jean.Id);
  });

  it('carries the public conversation in item comments', async () => {
    const comments = await sp(OWNER).web.lists.getByTitle('HelpTickets').items.getById(ticket('wifi-jean').Id).comments();
    expect(comments.map(c => c.text)).toEqual(expect.arrayContaining([expect.stringMatching(/équipement réseau/), expect.stringMatching(/partage de connexion/)]));
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

  it('tells each ticket\'s history in the past: the versions are dated when the ticket was filed and reached its status', async () => {
    const items = sp(OWNER).web.lists.getByTitle('HelpTickets').items;
    for (const ref of ['wifi-jean', 'exam-outage', 'problem-wifi-b']) {
      const t = ticket(ref);
      const versions = (await items.getById(t.Id).versions.select('VersionLabel', 'Modified', 'HCStatus')()) as { Modified: string; HCStatus: string }[];
      const times = versions.map(v => Date.parse(v.Modified)).reverse();
      expect(times[0]).toBe(Date.parse(t.Created));
      expect(times).toEqual(times.slice().sort((a, b) => a - b));
      expect(times[times.length - 1]).toBeLessThanOrEqual(NOW.getTime());
    }
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
    expect(await count('KnowledgeArticles')).toBe(ARTICLES.length * 2 + KB_ARTICLES.length);
    expect(await count('HelpTeams')).toBe(TEAMS.length);
  });
});
