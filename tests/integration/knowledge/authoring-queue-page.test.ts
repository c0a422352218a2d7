// Issue 14, the contributor's queue and an article's history as their pages read them: each in ONE request (a
// $batch of first pages), with the same answers as the paged readers; an article's versions, translation, signals.
import type { Emulator } from '../../../workbench/server';
import { LEA, OWNER, TOM } from '../emulator/helpers';
import { ContributorQueue, type AuthoringService } from '../../../src/data/knowledge/authoring';
import { authoringSite, JEAN, NADIA, type SpAs } from './authoringFixture';

jest.setTimeout(120000);

let emu: Emulator;
let sp: SpAs;
let service: (user: string) => AuthoringService;
let cat: { accounts: number; passwords: number; network: number };
let ids: { passwordFr: number; passwordEn: number; wifiFr: number; mfaFr: number };
let inReview: number;
let myDraft: number;

const HOUR = 3600000;
const apiCalls = (): string[] => emu.requests().map(r => r.path).filter(p => p.indexOf('/_api/') >= 0 && !p.endsWith('/contextinfo'));

beforeAll(async () => {
  const f = await authoringSite();
  ({ emu, sp, service, cat, ids } = f);
  const d = await service(NADIA).createDraft({ content: { title: 'Imprimer en A3', summary: '', bodyHtml: '<p>x</p>', questions: [], keywords: [], categoryId: cat.passwords, kind: 'faq' }, language: 'fr' });
  await service(NADIA).submit(d.id, d.etag);
  inReview = d.id;
  myDraft = (await service(NADIA).createDraft({ content: { title: 'Mon brouillon', summary: '', bodyHtml: '<p>y</p>', questions: [], keywords: [], kind: 'faq' }, language: 'fr' })).id;
  await sp(LEA).web.lists.getByTitle('SearchEvents').items.add({ HCQuery: 'imprimante 3d', HCResultCount: 0, HCLanguage: 'fr' });
  await sp(TOM).web.lists.getByTitle('SearchEvents').items.add({ HCQuery: "l'imprimante 3D", HCResultCount: 0, HCLanguage: 'fr' });
  await sp(LEA).web.lists.getByTitle('ArticleFeedback').items.add({ HCArticleId: ids.wifiFr, HCHelpful: false, HCOutdated: true, HCComment: 'Le réseau a changé de nom' });
  await sp(TOM).web.lists.getByTitle('ArticleFeedback').items.add({ HCArticleId: ids.wifiFr, HCHelpful: false, HCComment: 'Il manque Android' });
  await sp(OWNER).web.lists.getByTitle('KnowledgeArticles').items.getById(ids.mfaFr).update({ HCStatus: 'published', HCReviewDate: '2020-01-01T00:00:00Z' });
});
afterAll(() => emu.close());

const windows = (): { today: Date; signalsSince: Date; gapsSince: Date } => ({ today: new Date(), signalsSince: new Date(Date.now() - HOUR), gapsSince: new Date(Date.now() - HOUR) });

it("reads a reviewer's queue in one request, with what the paged readers read", async () => {
  const jean = await service(JEAN).actor();
  const queue = new ContributorQueue(sp(JEAN));
  emu.clearRequests();
  const snap = await queue.snapshot(jean, windows());
  expect(apiCalls()).toHaveLength(1);
  expect(apiCalls()[0]).toMatch(/\$batch/);
  expect(snap.reviews).toBe(true);
  expect(snap.toReview.map(d => d.id)).toEqual((await queue.toReview(jean)).map(d => d.id));
  expect(snap.toReview.map(d => d.id)).toEqual([inReview]);
  expect(snap.gaps.map(g => [g.phrasing, g.count])).toEqual([['imprimante 3d', 2]]);
  expect(snap.signals).toEqual([expect.objectContaining({ articleId: ids.wifiFr, title: 'Se connecter au wifi eduroam', outdated: 1, unhelpful: 1 })]);
  expect(snap.due.map(a => a.id)).toEqual((await queue.dueForReview(new Date())).map(a => a.id));
  expect(snap.due.map(a => a.id)).toContain(ids.mfaFr);
  expect(snap.categories.map(c => c.id)).toEqual(expect.arrayContaining([cat.passwords, cat.accounts]));
});

it("a contributor's queue: her drafts (in review too), nothing to review, and no searcher anywhere", async () => {
  const nadia = await service(NADIA).actor();
  emu.clearRequests();
  const snap = await new ContributorQueue(sp(NADIA)).snapshot(nadia, windows());
  expect(apiCalls()).toHaveLength(1);
  expect(snap.reviews).toBe(false);
  expect(snap.toReview).toEqual([]);
  expect(snap.mine.map(d => [d.id, d.status])).toEqual([[myDraft, 'draft'], [inReview, 'review']]);
  expect(JSON.stringify(snap.gaps)).not.toMatch(/lea|tom|Author/i);
});

it("an article's history in one request: state, translation, versions, signals, who reviews", async () => {
  await service(JEAN).markOutdated(ids.wifiFr, 'Nouveau réseau');
  emu.clearRequests();
  const h = await new ContributorQueue(sp(NADIA)).history(ids.wifiFr);
  expect(apiCalls()).toHaveLength(1);
  expect(h!.article).toMatchObject({ id: ids.wifiFr, status: 'outdated', language: 'fr' });
  expect(h!.article.content.title).toBe('Se connecter au wifi eduroam');
  expect(h!.translation).toMatchObject({ title: 'Connect to the eduroam wifi', language: 'en' });
  expect(h!.versions.length).toBeGreaterThanOrEqual(2);
  expect(h!.versions[0]).toMatchObject({ current: true, status: 'outdated' });
  expect(h!.versions[h!.versions.length - 1].content.bodyHtml).toBe('<p>Choisissez le réseau eduroam.</p>');
  expect(h!.signals.map(s => s.comment)).toEqual(['Il manque Android', 'Le réseau a changé de nom']);
  expect(h!.who.reviewers.length).toBeGreaterThan(0);
  // The English version points at the French one: its translation is found through its own column.
  expect((await new ContributorQueue(sp(NADIA)).history(ids.passwordEn))!.translation).toMatchObject({ id: ids.passwordFr, language: 'fr' });
  expect(await new ContributorQueue(sp(NADIA)).history(99999)).toBeUndefined();
});
