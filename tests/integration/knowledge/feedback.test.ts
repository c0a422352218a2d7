// Votes (one ArticleFeedback item per person and article, exact counts under concurrency), the counters'
// refresh, search events and their analytics, and SharePoint Search's security trimming in the emulator.
import 'fake-indexeddb/auto';
import '@pnp/sp/search';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { DEMO_PEOPLE, DEMO_DOMAIN } from '../../../workbench/server/directory';
import { HELP_CENTER_GROUPS } from '../../../src/data/schema';
import '@pnp/sp/site-groups/web';
import { LEA, OWNER, TOM } from '../emulator/helpers';
import { createKnowledgeService, refreshArticleStats, searchAnalytics, voteKey, type KnowledgeService } from '../../../src/data/knowledge';
import { knowledgeSite, type KnowledgeFixture } from './fixture';
import { refreshArticleStatsDaily, STATS_REFRESH_EVERY_MS, type StampStorage } from '../../../src/data/knowledge/statsSchedule';

let emu: Emulator;
let sp: (user: string) => SPFI;
let f: KnowledgeFixture;

beforeAll(async () => {
  f = await knowledgeSite();
  emu = f.emu;
  sp = f.sp;
});
afterAll(() => emu.close());

function kb(user: string): KnowledgeService {
  return createKnowledgeService(sp(user), { provider: 'local', cacheKey: `fb-${user}`, userLoginName: `i:0#.f|membership|${user.toUpperCase()}` });
}

async function feedbackRows(articleId: number): Promise<{ Id: number; HCVoteKey: string; HCHelpful: boolean; HCComment: string | null }[]> {
  return sp(OWNER).web.lists.getByTitle('ArticleFeedback').items.select('Id', 'HCVoteKey', 'HCHelpful', 'HCComment')
    .filter(`HCArticleId eq ${articleId}`).top(5000)();
}

async function counters(id: number): Promise<{ HCViews: number; HCHelpful: number; HCNotHelpful: number }> {
  return sp(OWNER).web.lists.getByTitle('KnowledgeArticles').items.getById(id).select('HCViews', 'HCHelpful', 'HCNotHelpful')();
}

const MEMBERS = DEMO_PEOPLE.map(p => p.email).filter(e => e !== OWNER);

describe('votes', () => {
  it('keeps one item per person when every member votes at the same moment, and the counts are exact', async () => {
    expect(MEMBERS.length).toBeGreaterThanOrEqual(10);
    await Promise.all(MEMBERS.map((m, i) => kb(m).vote(f.ids.wifiFr, { helpful: i % 3 !== 0, outdated: false })));
    const rows = await feedbackRows(f.ids.wifiFr);
    expect(rows).toHaveLength(MEMBERS.length);
    expect(new Set(rows.map(r => r.HCVoteKey)).size).toBe(MEMBERS.length);
    expect(rows.map(r => r.HCVoteKey)).toContain(voteKey(f.ids.wifiFr, `i:0#.f|membership|${LEA}`));
    const yes = MEMBERS.filter((_, i) => i % 3 !== 0).length;
    await refreshArticleStats(sp(OWNER));
    expect(await counters(f.ids.wifiFr)).toMatchObject({ HCHelpful: yes, HCNotHelpful: MEMBERS.length - yes });
  });

  it('keeps one item when the same person votes twice at once, and a later vote changes it', async () => {
    const lea = kb(LEA);
    await Promise.all([lea.vote(f.ids.mfaFr, { helpful: true, outdated: false }), lea.vote(f.ids.mfaFr, { helpful: true, outdated: false })]);
    expect(await feedbackRows(f.ids.mfaFr)).toHaveLength(1);
    await lea.vote(f.ids.mfaFr, { helpful: false, outdated: true, comment: 'Captures d\'écran anciennes' });
    const rows = await feedbackRows(f.ids.mfaFr);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ HCHelpful: false, HCComment: 'Captures d\'écran anciennes' });
    expect(await lea.myVote(f.ids.mfaFr)).toEqual({ helpful: false, outdated: true, comment: 'Captures d\'écran anciennes' });
    expect(await kb(TOM).myVote(f.ids.mfaFr)).toBeUndefined();
  });

  it('escapes the login name in the vote key filter', async () => {
    const odd = createKnowledgeService(sp(TOM), { provider: 'local', cacheKey: 'odd', userLoginName: "i:0#.f|membership|o'brien@univ-exemple.fr" });
    await odd.vote(f.ids.passwordEn, { helpful: true, outdated: false });
    await odd.vote(f.ids.passwordEn, { helpful: false, outdated: false });
    expect(await odd.myVote(f.ids.passwordEn)).toEqual({ helpful: false, outdated: false, comment: undefined });
  });
});

describe('who recounts', () => {
  const NADIA = `nadia.rousseau@${DEMO_DOMAIN}`;

  // Issue 14: only reviewers and owners write KnowledgeArticles, so they recount (reading every vote and search).
  it('lets reviewers read every vote and recount helpfulness (views never lowered), not members', async () => {
    const group = HELP_CENTER_GROUPS.find(g => g.key === 'reviewers')!;
    await sp(OWNER).web.siteGroups.getByName(group.title.replace(/'/g, "''")).users.add(`i:0#.f|membership|${NADIA}`);
    await kb(TOM).vote(f.ids.printFr, { helpful: true, outdated: true, comment: 'Le pilote a changé' });
    const seen = await sp(NADIA).web.lists.getByTitle('ArticleFeedback').items.select('Id', 'HCComment').filter(`HCArticleId eq ${f.ids.printFr}`)();
    expect(seen.map(r => r.HCComment)).toEqual(['Le pilote a changé']);
    await sp(OWNER).web.lists.getByTitle('KnowledgeArticles').items.getById(f.ids.printFr).update({ HCViews: 77 });
    await refreshArticleStats(sp(NADIA));
    expect(await counters(f.ids.printFr)).toMatchObject({ HCViews: 77, HCHelpful: 1, HCNotHelpful: 0 });
    await expect(refreshArticleStats(sp(LEA))).rejects.toThrow(/a reviewer or an owner/);
  });
});

describe('search events', () => {
  it('stores the normalised query without a person field, and aggregates deflection analytics', async () => {
    const since = new Date(Date.now() - 60000);
    await kb(LEA).recordSearch({ query: '  VPN   Maison ', resultCount: 2, language: 'fr', openedArticleId: f.ids.wifiFr });
    await kb(TOM).recordSearch({ query: 'vpn maison', resultCount: 2, language: 'en', filedTicket: true });
    await kb(TOM).recordSearch({ query: 'x'.repeat(400), resultCount: 0, language: 'en' });
    await kb(LEA).recordSearch({ query: 'Imprimante 3D', resultCount: 0, language: 'fr' });
    const stored = await sp(OWNER).web.lists.getByTitle('SearchEvents').items.select('HCQuery').top(10)<{ HCQuery: string }[]>();
    expect(stored.map(r => r.HCQuery)).toEqual(['vpn maison', 'vpn maison', 'x'.repeat(255), 'imprimante 3d']);

    const analytics = await searchAnalytics(sp(OWNER), { since });
    expect(analytics.totalSearches).toBe(4);
    expect(analytics.topQueries[0]).toEqual({ query: 'vpn maison', count: 2 });
    expect(analytics.zeroResultQueries.map(q => q.query)).toEqual(['imprimante 3d', 'x'.repeat(255)]);
    expect(analytics.ticketQueries).toEqual([{ query: 'vpn maison', count: 1 }]);
    expect(analytics.deflectingArticles).toEqual([{ articleId: f.ids.wifiFr, count: 1 }]);
    expect((await searchAnalytics(sp(OWNER), { since: new Date(Date.now() + 3600000) })).totalSearches).toBe(0);

    const articles = sp(OWNER).web.lists.getByTitle('KnowledgeArticles').items;
    await articles.getById(f.ids.wifiFr).update({ HCViews: 0 });
    await articles.getById(f.ids.mfaFr).update({ HCViews: 250 });
    await refreshArticleStats(sp(OWNER));
    expect((await counters(f.ids.wifiFr)).HCViews).toBe(1);
    // Views counted elsewhere (deep links, an import) are never lowered to the opens seen in searches.
    expect((await counters(f.ids.mfaFr)).HCViews).toBe(250);
  });

  it('never breaks the search when the event cannot be written', async () => {
    emu.faults.add({ match: 'SearchEvents', status: 503, times: 10 });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(kb(LEA).recordSearch({ query: 'wifi', resultCount: 1, language: 'fr' })).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
    emu.faults.clear();
  });
});

describe('emulated SharePoint Search', () => {
  it('security-trims like the crawler: ReadSecurity 2 lists show a member only their own items', async () => {
    const events = sp(OWNER).web.lists.getByTitle('SearchEvents');
    const listId = (await events.select('Id')<{ Id: string }>()).Id;
    const query = { Querytext: 'vpn', QueryTemplate: `{searchTerms} ListId:${listId}`, SelectProperties: ['ListItemID', 'Title', 'HCQuery'], RowLimit: 10 };
    // The set-up keeps SearchEvents out of the index (NoCrawl): nobody finds a search event, not even the owner.
    expect((await sp(OWNER).search(query)).TotalRows).toBe(0);
    // Crawled (as a list without NoCrawl would be), its items are trimmed to what each person may read.
    await events.update({ NoCrawl: false });
    try {
      const asLea = await sp(LEA).search(query);
      expect(asLea.TotalRows).toBe(1);
      expect(asLea.PrimarySearchResults[0]).toMatchObject({ HCQuery: 'vpn maison' });
      expect((await sp(OWNER).search(query)).TotalRows).toBe(2);
    } finally {
      await events.update({ NoCrawl: true });
    }
  });

  it('pages with StartRow/RowLimit and matches prefixes', async () => {
    const listId = (await sp(OWNER).web.lists.getByTitle('KnowledgeArticles').select('Id')<{ Id: string }>()).Id;
    const all = await sp(TOM).search({ Querytext: 'edu*', QueryTemplate: `{searchTerms} ListId:${listId}`, SelectProperties: ['ListItemID'], RowLimit: 1 });
    expect(all.TotalRows).toBe(2);
    expect(all.RowCount).toBe(1);
    const second = await sp(TOM).search({ Querytext: 'edu*', QueryTemplate: `{searchTerms} ListId:${listId}`, SelectProperties: ['ListItemID'], RowLimit: 1, StartRow: 1 });
    const itemId = (r: typeof all): unknown => (r.PrimarySearchResults[0] as unknown as { ListItemID: string }).ListItemID;
    expect(itemId(second)).not.toBe(itemId(all));
    expect((await sp(TOM).search({ Querytext: 'edu', QueryTemplate: `{searchTerms} ListId:${listId}` })).TotalRows).toBe(0);
  });
});

describe('the daily refresh the desk runs', () => {
  it('recomputes the counters at most once a day per browser, and gives the day back when it fails', async () => {
    const stamps = new Map<string, string>();
    const storage: StampStorage = { getItem: k => stamps.get(k) ?? null, setItem: (k, v) => { stamps.set(k, v); }, removeItem: k => { stamps.delete(k); } };
    await kb(TOM).vote(f.ids.printFr, { helpful: true, outdated: false });
    const t0 = Date.parse('2026-12-01T08:00:00Z');
    expect(await refreshArticleStatsDaily(sp(OWNER), 'k', t0, storage)).toEqual(expect.any(Number));
    expect((await counters(f.ids.printFr)).HCHelpful).toBeGreaterThanOrEqual(1);
    await kb(LEA).vote(f.ids.printFr, { helpful: true, outdated: false });
    const before = (await counters(f.ids.printFr)).HCHelpful;
    // Not due yet: nothing read, nothing written.
    emu.clearRequests();
    expect(await refreshArticleStatsDaily(sp(OWNER), 'k', t0 + STATS_REFRESH_EVERY_MS - 1, storage)).toBeUndefined();
    expect(emu.requests()).toHaveLength(0);
    expect((await counters(f.ids.printFr)).HCHelpful).toBe(before);
    // A day later it counts the new vote — without touching the article's Modified, editor or versions.
    const item = sp(OWNER).web.lists.getByTitle('KnowledgeArticles').items.getById(f.ids.printFr);
    const was = await item.select('Modified', 'EditorId', 'OData__UIVersionString')();
    await refreshArticleStatsDaily(sp(OWNER), 'k', t0 + STATS_REFRESH_EVERY_MS, storage);
    expect((await counters(f.ids.printFr)).HCHelpful).toBe(before + 1);
    expect(await item.select('Modified', 'EditorId', 'OData__UIVersionString')()).toMatchObject({
      Modified: was.Modified, EditorId: was.EditorId, OData__UIVersionString: was.OData__UIVersionString
    });
    // A person who cannot count the votes fails, and the next agent's browser is not held back by it.
    await expect(refreshArticleStatsDaily(sp(LEA), 'lea', t0, storage)).rejects.toThrow();
    expect(stamps.has('lea')).toBe(false);
  });
});
