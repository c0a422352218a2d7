// Issue 14, the contributor's queue beyond the list view threshold: 5,100 drafts and 5,100 search events, every
// query selective on an indexed column or read page by page by ID; the review-date reminders of the housekeeping.
import type { Emulator } from '../../../workbench/server';
import { LEA, OWNER, TOM, graphAs, spError } from '../emulator/helpers';
import { AuthoringHousekeeping, ContributorQueue, type AuthoringService } from '../../../src/data/knowledge/authoring';
import { authoringSite, JEAN, NADIA, SOPHIE, type SpAs } from './authoringFixture';

jest.setTimeout(180000);

const THROTTLED = '-2147024860, Microsoft.SharePoint.SPQueryThrottledException';
const MANY = 5100;

let emu: Emulator;
let sp: SpAs;
let service: (user: string) => AuthoringService;
let cat: { accounts: number; passwords: number; network: number };
let ids: { passwordFr: number; wifiFr: number; mfaFr: number };
const review: { [category: string]: number } = {};

/** Adds `count` items to a list as the owner, 500 per $batch (PnPjs splits them into $batch posts). */
async function seed(list: string, count: number, item: (i: number) => Record<string, unknown>): Promise<void> {
  for (let chunk = 0; chunk < count; chunk += 500) {
    const [batched, execute] = sp(OWNER).batched();
    const target = batched.web.lists.getByTitle(list);
    for (let i = chunk; i < Math.min(count, chunk + 500); i++) void target.items.add(item(i));
    await execute();
  }
}

beforeAll(async () => {
  const f = await authoringSite();
  emu = f.emu;
  sp = f.sp;
  service = f.service;
  cat = f.cat;
  ids = f.ids;
  await sp(OWNER).web.lists.getByTitle('HelpCategories').items.getById(cat.accounts).update({ HCReviewersId: [await f.userId(SOPHIE)] });
  await seed('KnowledgeDrafts', MANY, i => ({ Title: `Ancien brouillon ${i}`, HCDraftStatus: i % 2 ? 'published' : 'draft', HCLanguage: 'fr', HCCategoryId: cat.network }));
  await seed('SearchEvents', MANY, i => ({ HCQuery: `recherche trouvée ${i % 40}`, HCResultCount: 3, HCLanguage: 'fr' }));
  for (const [key, categoryId] of [['passwords', cat.passwords], ['accounts', cat.accounts], ['network', cat.network]] as [string, number][]) {
    const d = await service(NADIA).createDraft({ content: { title: `À relire (${key})`, summary: '', bodyHtml: '<p>x</p>', questions: [], keywords: [], categoryId, kind: 'faq' }, language: 'fr' });
    await service(NADIA).submit(d.id, d.etag);
    review[key] = d.id;
  }
});
afterAll(() => emu.close());

it('holds more drafts and search events than the list view threshold', async () => {
  for (const list of ['KnowledgeDrafts', 'SearchEvents']) {
    expect((await sp(OWNER).web.lists.getByTitle(list).select('ItemCount')<{ ItemCount: number }>()).ItemCount).toBeGreaterThan(5000);
  }
});

it('lists the drafts in review for each reviewer: their named categories, and those naming nobody', async () => {
  emu.clearRequests();
  expect((await new ContributorQueue(sp(JEAN)).toReview(await service(JEAN).actor())).map(d => d.id).sort()).toEqual([review.passwords, review.network].sort());
  expect((await new ContributorQueue(sp(SOPHIE)).toReview(await service(SOPHIE).actor())).map(d => d.id).sort()).toEqual([review.accounts, review.network].sort());
  // A contributor reviews nothing.
  expect(await new ContributorQueue(sp(NADIA)).toReview(await service(NADIA).actor())).toEqual([]);
});

it('groups the searches that found nothing or ended in a ticket, read by ID where a date filter is refused', async () => {
  await sp(LEA).web.lists.getByTitle('SearchEvents').items.add({ HCQuery: 'imprimante 3d', HCResultCount: 0, HCLanguage: 'fr' });
  await sp(TOM).web.lists.getByTitle('SearchEvents').items.add({ HCQuery: "l'imprimante 3D", HCResultCount: 0, HCLanguage: 'fr' });
  await sp(LEA).web.lists.getByTitle('SearchEvents').items.add({ HCQuery: 'scanner bloqué', HCResultCount: 2, HCFiledTicket: true, HCLanguage: 'fr' });
  const since = new Date(Date.now() - 3600000);
  // Every event is recent: the indexed Created filter alone matches more than 5,000 rows, and SharePoint refuses it.
  const refused = await spError(sp(NADIA).web.lists.getByTitle('SearchEvents').items.select('Id').filter(`Created ge datetime'${since.toISOString()}'`).top(500)());
  expect(refused.code).toBe(THROTTLED);
  const gaps = await new ContributorQueue(sp(NADIA)).contentGaps(since);
  expect(gaps.map(g => ({ phrasing: g.phrasing, count: g.count, noResults: g.noResults, endedInTicket: g.endedInTicket }))).toEqual([
    // Two spellings of one gap, each used once: the alphabetical first names it (same second).
    { phrasing: 'imprimante 3d', count: 2, noResults: 2, endedInTicket: 0 },
    { phrasing: 'scanner bloqué', count: 1, noResults: 0, endedInTicket: 1 }
  ]);
});

it('proposes the phrasings two people searched before finding an article helpful', async () => {
  for (const user of [LEA, TOM]) {
    await sp(user).web.lists.getByTitle('SearchEvents').items.add({
      HCQuery: 'code oublié pour me connecter', HCResultCount: 4, HCOpenedArticleId: ids.passwordFr, HCHelpfulVote: true, HCLanguage: 'fr'
    });
  }
  await sp(LEA).web.lists.getByTitle('SearchEvents').items.add({ HCQuery: 'connexion impossible ce matin', HCResultCount: 4, HCOpenedArticleId: ids.passwordFr, HCLanguage: 'fr' });
  const learned = await new ContributorQueue(sp(NADIA)).learnedPhrasings({ id: ids.passwordFr, language: 'fr', title: 'Réinitialiser mon mot de passe oublié', questions: [] });
  expect(learned.map(l => ({ text: l.text, people: l.people }))).toEqual([{ text: 'code oublié pour me connecter', people: 2 }]);
});

it("shows readers' outdated flags and unhelpful votes with a comment, not the plain votes", async () => {
  const votes = sp(OWNER).web.lists.getByTitle('ArticleFeedback').items;
  await votes.add({ HCArticleId: ids.wifiFr, HCHelpful: true, HCOutdated: true, HCComment: 'Le réseau a changé de nom' });
  await votes.add({ HCArticleId: ids.mfaFr, HCHelpful: false, HCComment: 'Il manque Android' });
  await votes.add({ HCArticleId: ids.mfaFr, HCHelpful: false });
  await votes.add({ HCArticleId: ids.mfaFr, HCHelpful: true, HCComment: 'Merci' });
  const signals = await new ContributorQueue(sp(NADIA)).readerSignals(new Date(Date.now() - 3600000));
  expect(signals.map(s => ({ articleId: s.articleId, outdated: s.outdated, comment: s.comment }))).toEqual([
    { articleId: ids.mfaFr, outdated: false, comment: 'Il manque Android' },
    { articleId: ids.wifiFr, outdated: true, comment: 'Le réseau a changé de nom' }
  ]);
});

it("reminds an article's owner of its review date once, however many runs", async () => {
  await sp(OWNER).web.lists.getByTitle('KnowledgeArticles').items.getById(ids.wifiFr).update({ HCReviewDate: '2026-01-15T00:00:00Z' });
  const today = new Date();
  expect((await new ContributorQueue(sp(JEAN)).dueForReview(today)).map(a => a.id)).toEqual([ids.wifiFr]);
  emu.clearOutbox();
  const housekeeping = (user: string) => new AuthoringHousekeeping(sp(user), graphAs(emu, user), t => `${emu.siteUrl}/x?${t.draftId ? `draft=${t.draftId}` : `article=${t.articleId}`}`, 0);
  // An owner's run records the reminder (reviewers may not write the outbox: it holds ticket mails' values).
  const first = await housekeeping(OWNER).run(today);
  expect(first).toMatchObject({ reviewDue: 1, failed: 0 });
  await housekeeping(OWNER).run(today);
  const reminders = emu.outbox().filter(m => /devait être relu/.test(m.body) && m.to.includes(OWNER));
  expect(reminders).toHaveLength(1);
  expect(reminders[0].body).toContain('Se connecter au wifi eduroam');
  // The drafts in review were told to their reviewers once too (the submissions were by a contributor): Jean
  // reviews "Mots de passe" (named) and "Réseau" (naming nobody), Sophie "Comptes" and "Réseau", the owner "Réseau".
  const told = (email: string) => emu.outbox().filter(m => m.to.includes(email) && /à la relecture/.test(m.body)).map(m => m.subject).sort();
  expect(told(JEAN)).toEqual([expect.stringContaining('(network)'), expect.stringContaining('(passwords)')]);
  expect(told(SOPHIE)).toEqual([expect.stringContaining('(accounts)'), expect.stringContaining('(network)')]);
  expect(told(OWNER)).toEqual([expect.stringContaining('(network)')]);
});

it("the queue page's one $batch reads on page by page when a first page does not hold everything (5,100 drafts and searches)", async () => {
  const owner = await service(OWNER).actor();
  const queue = new ContributorQueue(sp(OWNER));
  const since = new Date(Date.now() - 3600000);
  emu.clearRequests();
  const snap = await queue.snapshot(owner, { today: new Date(), signalsSince: since, gapsSince: since });
  const calls = emu.requests().map(r => r.path).filter(p => p.indexOf('/_api/') >= 0 && !p.endsWith('/contextinfo'));
  // The batch, then the recent searches page by page (each page full and recent).
  expect(calls[0]).toMatch(/\$batch/);
  expect(calls.length).toBeGreaterThan(2);
  expect(snap.gaps).toEqual(await queue.contentGaps(since));
  // The owner wrote the 5,100 drafts: SharePoint refuses even the indexed AuthorId filter over them. That section
  // says so; the others are read.
  expect(snap.failed).toEqual(['mine']);
  expect(snap.mine).toEqual([]);
  expect(snap.gaps.map(g => g.phrasing)).toContain('imprimante 3d');
  expect(snap.toReview.map(d => d.id).sort()).toEqual((await queue.toReview(owner)).map(d => d.id).sort());
  expect(snap.pending).toEqual([]);

  // The page's way: the first pages in one request, the rest when it asks (after its first render).
  emu.clearRequests();
  const first = await queue.snapshot(owner, { today: new Date(), signalsSince: since, gapsSince: since }, { pageLater: true });
  expect(emu.requests().map(r => r.path).filter(p => p.indexOf('/_api/') >= 0 && !p.endsWith('/contextinfo'))).toHaveLength(1);
  expect(first.pending).toEqual(expect.arrayContaining(['mine', 'gaps']));
  const whole = await first.more!();
  expect(whole.gaps).toEqual(snap.gaps);
  expect(whole.failed).toEqual(['mine']);
});
