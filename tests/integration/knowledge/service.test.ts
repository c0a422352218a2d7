// The knowledge service against the emulator: the IndexedDB cache and its delta refresh, search facets,
// reading, related articles, popular lists and the SharePoint Search provider.
import 'fake-indexeddb/auto';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { AGENT_L1, LEA, OWNER, TEACHER, TOM } from '../emulator/helpers';
import { createKnowledgeService, type KnowledgeService } from '../../../src/data/knowledge';
import { knowledgeSite, PUBLISHED_COUNT, type KnowledgeFixture } from './fixture';

let emu: Emulator;
let sp: (user: string) => SPFI;
let f: KnowledgeFixture;

beforeAll(async () => {
  f = await knowledgeSite();
  emu = f.emu;
  sp = f.sp;
});
afterAll(() => emu.close());

function service(cacheKey: string, user = LEA, provider: 'local' | 'sharepoint' | 'auto' = 'local', above?: number): KnowledgeService {
  return createKnowledgeService(sp(user), { provider, cacheKey, userLoginName: `i:0#.f|membership|${user}`, sharePointSearchAbove: above });
}

/** Every read of KnowledgeArticles, the parts of a $batch included, as `METHOD decoded-url`. */
function articleRequests(): string[] {
  const lines = emu.requests().flatMap(r => (r.parts ? r.parts : [`${r.method} ${r.path}`]));
  return lines.filter(l => /KnowledgeArticles/i.test(decodeURIComponent(l))).map(l => decodeURIComponent(l.replace(/\+/g, ' ')));
}

describe('cache', () => {
  it('loads the knowledge base once, then a cold page load reads only the delta on Modified', async () => {
    emu.clearRequests();
    const first = await service('cache-a').ready();
    expect(first).toEqual({ articleCount: PUBLISHED_COUNT, provider: 'local', fromCache: false });
    const cold = articleRequests();
    // The list's item count and the categories share a $batch; the published articles are one more request.
    expect(emu.requests()).toHaveLength(2);
    expect(cold).toHaveLength(1);
    expect(cold[0]).toMatch(/\$top=2000&.*HCBody.*\$filter=HCStatus eq 'published'$/);

    emu.clearRequests();
    const again = service('cache-a');
    expect(await again.ready()).toEqual({ articleCount: PUBLISHED_COUNT, provider: 'local', fromCache: true });
    const cached = articleRequests();
    // Categories, the delta and the owners' synonyms: one $batch.
    expect(emu.requests()).toHaveLength(1);
    expect(emu.requests()[0].parts).toHaveLength(3);
    expect(cached).toHaveLength(1);
    expect(cached[0]).toMatch(/Modified ge datetime'/);
    expect(cached[0]).not.toMatch(/HCStatus eq/);
    // The restored index searches like the built one.
    expect((await again.search('mot de passe oublie', { language: 'fr' })).hits[0].article.id).toBe(f.ids.passwordFr);
  });

  it('rebuilds when an article changed, and drops an unpublished one', async () => {
    await service('cache-b').ready();
    const items = sp(OWNER).web.lists.getByTitle('KnowledgeArticles').items;
    await items.getById(f.ids.printFr).update({ Title: 'Imprimer depuis mon ordinateur portable personnel' });
    const refreshed = service('cache-b');
    expect((await refreshed.ready()).fromCache).toBe(false);
    expect((await refreshed.search('personnel', { language: 'fr' })).hits.map(h => h.article.id)).toEqual([f.ids.printFr]);

    await items.getById(f.ids.printFr).update({ HCStatus: 'outdated' });
    const afterUnpublish = service('cache-b');
    expect(await afterUnpublish.ready()).toMatchObject({ articleCount: PUBLISHED_COUNT - 1, fromCache: false });
    expect((await afterUnpublish.search('imprimer', { language: 'fr' })).hits).toEqual([]);
    await items.getById(f.ids.printFr).update({ HCStatus: 'published' });
  });

  it('ignores drafts edited since the cache was written', async () => {
    await service('cache-c').ready();
    await sp(OWNER).web.lists.getByTitle('KnowledgeArticles').items.getById(f.ids.draftFr).update({ HCSummary: 'Toujours en cours.' });
    expect((await service('cache-c').ready()).fromCache).toBe(true);
    expect((await service('cache-c').ready()).fromCache).toBe(true);
  });
});

describe('first render', () => {
  it('reads the item count, the categories, a deep-linked article with its files and the person\'s vote in one $batch', async () => {
    await service('deep', LEA).vote(f.ids.printFr, { helpful: true, outdated: false });
    emu.clearRequests();
    const kb = createKnowledgeService(sp(LEA), { provider: 'auto', cacheKey: 'deep-link', userLoginName: `i:0#.f|membership|${LEA}`, initialArticleId: f.ids.printFr });
    expect(await kb.ready()).toMatchObject({ provider: 'local', fromCache: false });
    const [article, vote, categories, related] = await Promise.all([kb.article(f.ids.printFr), kb.myVote(f.ids.printFr), kb.categories(), kb.related(f.ids.printFr)]);
    expect(article).toMatchObject({ id: f.ids.printFr, attachments: [{ name: 'pilote.txt', url: expect.stringMatching(/\/Attachments\/\d+\/pilote\.txt$/) }] });
    expect(vote).toMatchObject({ helpful: true });
    expect(categories).toHaveLength(3);
    expect(related).not.toContain(f.ids.printFr);
    const requests = emu.requests();
    expect(requests).toHaveLength(2);
    const parts = (requests[0].parts || []).map(p => decodeURIComponent(p));
    expect(parts).toHaveLength(6);
    expect(parts.some(p => /ItemCount/.test(p))).toBe(true);
    expect(parts.some(p => /HelpSettings.*HCSettingKey(\+|\s)eq(\+|\s)'search\.synonyms'/i.test(p))).toBe(true);
    expect(parts.some(p => /HelpCategories/i.test(p))).toBe(true);
    expect(parts.some(p => new RegExp(`items\\(${f.ids.printFr}\\).*AttachmentFiles`, 'i').test(p))).toBe(true);
    expect(parts.some(p => /ArticleFeedback.*HCVoteKey/i.test(p))).toBe(true);
    // The published articles (the cold cache's index) are the second request.
    expect(decodeURIComponent(requests[1].path).replace(/\+/g, ' ')).toMatch(/HCStatus eq 'published'/);
    // The prefetched article is handed out once; opening it again reads it afresh.
    emu.clearRequests();
    expect(await kb.article(f.ids.printFr)).toMatchObject({ id: f.ids.printFr });
    expect(emu.requests()).toHaveLength(1);
  });

  it('reports a deep-linked article that is missing as missing, and still loads the base', async () => {
    const kb = createKnowledgeService(sp(LEA), { provider: 'local', cacheKey: 'deep-missing', userLoginName: `i:0#.f|membership|${LEA}`, initialArticleId: 99999 });
    expect(await kb.ready()).toMatchObject({ articleCount: PUBLISHED_COUNT });
    expect(await kb.article(99999)).toBeUndefined();
    expect(await kb.myVote(99999)).toBeUndefined();
  });
});

describe("the owners' synonyms (settings area, HelpSettings search.synonyms)", () => {
  afterEach(async () => {
    const settings = sp(OWNER).web.lists.getByTitle('HelpSettings');
    const rows = await settings.items.select('Id').filter("HCSettingKey eq 'search.synonyms'").top(1)<{ Id: number }[]>();
    for (const r of rows) await settings.items.getById(r.Id).delete();
  });

  it("apply at the next load, built or restored from the cache, and replace the product's list", async () => {
    // The product's list knows "mdp"; an invented word finds nothing.
    expect((await service('syn-none').search('zorglub', { language: 'fr' })).hits).toHaveLength(0);
    expect((await service('syn-none').search('mdp oublie', { language: 'fr' })).hits[0].article.id).toBe(f.ids.passwordFr);
    await sp(OWNER).web.lists.getByTitle('HelpSettings').items.add({ Title: 'search.synonyms', HCSettingKey: 'search.synonyms', HCValue: JSON.stringify([['zorglub', 'mot de passe']]) });
    // Built now (a new cache), then restored from the cache written: both apply the owners' groups.
    expect((await service('syn-owner').search('zorglub oublie', { language: 'fr' })).hits[0].article.id).toBe(f.ids.passwordFr);
    const restored = service('syn-owner');
    expect(await restored.ready()).toMatchObject({ fromCache: true });
    expect((await restored.search('zorglub oublie', { language: 'fr' })).hits[0].article.id).toBe(f.ids.passwordFr);
    // The cache built before the owners' change applies it too (query-time synonyms).
    expect((await service('syn-none').search('zorglub oublie', { language: 'fr' })).hits[0].article.id).toBe(f.ids.passwordFr);
  });

  it("fall back to the product's list when the stored value is unreadable", async () => {
    await sp(OWNER).web.lists.getByTitle('HelpSettings').items.add({ Title: 'search.synonyms', HCSettingKey: 'search.synonyms', HCValue: '{not json' });
    expect((await service('syn-broken').search('zorglub', { language: 'fr' })).hits).toHaveLength(0);
    expect((await service('syn-broken').search('mdp oublie', { language: 'fr' })).hits[0].article.id).toBe(f.ids.passwordFr);
  });
});

describe('search', () => {
  let kb: KnowledgeService;
  beforeAll(() => { kb = service('search'); });

  it('finds typo\'d, accent-less and English queries and flags the other language', async () => {
    const fr = await kb.search('mot de pase oublie', { language: 'fr' });
    expect(fr.provider).toBe('local');
    expect(fr.hits[0].article.id).toBe(f.ids.passwordFr);
    expect(fr.hits[0].otherLanguage).toBe(false);
    expect(fr.matchedWords).toEqual(expect.arrayContaining(['mot']));
    const en = await kb.search('eduroam', { language: 'en', onlyLanguage: 'fr' });
    expect(en.hits.map(h => h.article.id)).toEqual([f.ids.wifiFr]);
    expect(en.hits[0].otherLanguage).toBe(true);
  });

  it('filters by category including its descendants, and by kind', async () => {
    const inAccounts = (await kb.search('mot de passe', { language: 'fr', categoryId: f.cat.accounts })).hits.map(h => h.article.id);
    expect(inAccounts).toEqual(expect.arrayContaining([f.ids.passwordFr, f.ids.mfaFr]));
    expect(inAccounts).not.toContain(f.ids.wifiFr);
    const inPasswords = (await kb.search('mot de passe', { language: 'fr', categoryId: f.cat.passwords })).hits.map(h => h.article.id);
    expect(inPasswords).not.toContain(f.ids.mfaFr);
    const howtos = (await kb.search('mot de passe', { language: 'fr', kind: 'howto' })).hits.map(h => h.article.kind);
    expect(howtos.length).toBeGreaterThan(0);
    expect(howtos.every(k => k === 'howto')).toBe(true);
  });

  it('suggests a correction when nothing matches, and never returns drafts', async () => {
    const none = await kb.search('imprimnte', { language: 'fr' });
    expect(none.hits.map(h => h.article.id)).not.toContain(f.ids.draftFr);
    const zero = await kb.search('eduroum wiffi', { language: 'fr', kind: 'faq' });
    expect(zero.hits).toEqual([]);
    expect(zero.suggestion).toBeDefined();
    // The Wi-Fi article the kind facet left out points at its category.
    expect(zero.closestCategories).toEqual([f.cat.network]);
  });

  it('lists popular and recent articles per language and category', async () => {
    const { popular, recent } = await kb.popular({ language: 'fr', limit: 2 });
    expect(popular.map(a => a.id)).toEqual([f.ids.wifiFr, f.ids.passwordFr]);
    expect(recent).toHaveLength(2);
    const inAccounts = await kb.popular({ language: 'fr', categoryId: f.cat.accounts });
    expect(inAccounts.popular.map(a => a.id)).toEqual([f.ids.passwordFr, f.ids.mfaFr]);
  });

  it('reads an article with body, attachments and owner; not a draft', async () => {
    const print = await kb.article(f.ids.printFr);
    expect(print).toMatchObject({ id: f.ids.printFr, ownerName: 'Claire Martin', attachments: [{ name: 'pilote.txt' }] });
    expect(print!.bodyHtml).toContain('pilote');
    expect(await kb.article(f.ids.draftFr)).toBeUndefined();
    expect(await kb.article(99999)).toBeUndefined();
  });

  it('links an original to its translation both ways (only the translation points at the original)', async () => {
    expect(await kb.article(f.ids.wifiEn)).toMatchObject({ translationId: f.ids.wifiFr });
    expect(await kb.article(f.ids.wifiFr)).toMatchObject({ translationId: f.ids.wifiEn });
    expect((await service('sp-translation', TOM, 'sharepoint').article(f.ids.wifiFr))).toMatchObject({ translationId: f.ids.wifiEn });
    expect((await service('sp-translation', TOM, 'sharepoint').article(f.ids.printFr))!.translationId).toBeUndefined();
  });

  it('relates articles without the article itself or its translation', async () => {
    const related = (await kb.related(f.ids.passwordFr)).map(a => a.id);
    expect(related).not.toContain(f.ids.passwordFr);
    expect(related).not.toContain(f.ids.passwordEn);
    expect(related).toContain(f.ids.mfaFr);
  });

  it('returns the category tree in order', async () => {
    const cats = await kb.categories();
    expect(cats.map(c => c.titleEn)).toEqual(['Accounts', 'Passwords', 'Network']);
    expect(cats[1].parentId).toBe(f.cat.accounts);
  });
});

describe('experts', () => {
  it('lists the experts of a category and of its parents, closest and available first', async () => {
    const owner = sp(OWNER);
    const [teacher, agent] = await Promise.all([TEACHER, AGENT_L1].map(e => owner.web.ensureUser(`i:0#.f|membership|${e}`)));
    // Each expert writes their own entry, listed with their consent (an entry naming someone else is not shown:
    // security/experts-and-counters; an unlisted one neither).
    await sp(TEACHER).web.lists.getByTitle('Experts').items.add({ HCListed: true, HCPersonId: teacher.Id, HCCategoriesId: [f.cat.accounts], HCAvailability: 'available', HCSkills: 'comptes, ENT' });
    await sp(AGENT_L1).web.lists.getByTitle('Experts').items.add({ HCListed: true, HCPersonId: agent.Id, HCCategoriesId: [f.cat.passwords], HCAvailability: 'away', HCSkills: 'MFA' });
    const kb = service('experts', LEA);
    expect((await kb.experts(f.cat.passwords)).map(x => x.email)).toEqual([AGENT_L1, TEACHER]);
    expect(await kb.experts(f.cat.accounts)).toEqual([expect.objectContaining({ email: TEACHER, name: expect.any(String), skills: ['comptes', 'ENT'], availability: 'available' })]);
    expect(await kb.experts(f.cat.network)).toEqual([]);
  });
});

describe('SharePoint Search provider', () => {
  it('answers through postquery restricted to the articles list, published only', async () => {
    const kb = service('sp', TOM, 'sharepoint');
    expect(await kb.ready()).toMatchObject({ provider: 'sharepoint', fromCache: false });
    emu.clearRequests();
    const result = await kb.search('imprim*', { language: 'en' });
    expect(emu.requests().some(r => r.method === 'POST' && /_api\/search\/postquery/.test(r.path))).toBe(true);
    expect(result.provider).toBe('sharepoint');
    expect(result.hits.map(h => h.article.id)).toEqual([f.ids.printFr]);
    expect(result.hits[0].otherLanguage).toBe(true);
    expect((await kb.search('eduroam', { language: 'fr', onlyLanguage: 'en' })).hits.map(h => h.article.id)).toEqual([f.ids.wifiEn]);
  });

  it("keeps the person's words inside the articles restriction, whatever they hold (OR, ListId:, parentheses)", async () => {
    // Announcements are crawled and readable by everyone: items of another list a crafted query could reach.
    const owner = sp(OWNER);
    const announcements = owner.web.lists.getByTitle('Announcements');
    const otherListId = (await announcements.select('Id')<{ Id: string }>()).Id;
    for (let i = 0; i < 8; i++) await announcements.items.add({ Title: `Coupure eduroam ${i}`, HCSeverity: 'info' });
    const kb = service('sp-injection', TOM, 'sharepoint');
    const ids = async (q: string): Promise<number[]> => (await kb.search(q, { language: 'fr', limit: 30 })).hits.map(h => h.article.id);
    // The articles about eduroam are found by their own words, and only them.
    const honest = await ids('eduroam');
    expect(honest.length).toBeGreaterThan(0);
    for (const crafted of [
      `ListId:${otherListId}`,
      `eduroam OR ListId:${otherListId}`,
      `ListId:{${otherListId}} coupure`,
      `coupure) OR (ListId:${otherListId}`,
      `"coupure" OR NOT eduroam`,
      `-eduroam`
    ]) {
      const found = await ids(crafted);
      // Without the cleaning, KQL ORs the two ListId restrictions ([MS-KQL] 2.2.4) and announcements' ids come back
      // as articles; with it, a crafted query is plain words: at most what those words find among the articles.
      for (const id of found) expect(honest.concat(f.ids.wifiFr, f.ids.wifiEn)).toContain(id);
    }
    expect(await ids(`ListId:${otherListId}`)).toEqual([]);
    expect(await ids('coupure')).toEqual([]);
  });

  it('lists popular and recent articles without a local copy of the base', async () => {
    const { popular, recent } = await service('sp-popular', TOM, 'sharepoint').popular({ language: 'fr', limit: 2 });
    expect(popular.map(a => a.id)).toEqual([f.ids.wifiFr, f.ids.passwordFr]);
    expect(recent).toHaveLength(2);
    expect(recent.map(a => a.id)).not.toContain(f.ids.draftFr);
  });

  it('is picked by auto above the configured article count', async () => {
    expect((await service('auto-1', LEA, 'auto', 3).ready()).provider).toBe('sharepoint');
    expect((await service('auto-2', LEA, 'auto', 5000).ready()).provider).toBe('local');
  });
});
