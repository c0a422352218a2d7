// One helpful/unhelpful vote per person per article without a unique HCVoteKey (SharePoint refuses unique
// columns on ArticleFeedback, a list with item-level security): a vote looks the person's item up before adding,
// sends the add once, and a duplicate left by a race never counts twice (one vote per Author, the latest wins).
import 'fake-indexeddb/auto';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { DEMO_DOMAIN } from '../../../workbench/server/directory';
import { LEA, OWNER, TOM } from '../emulator/helpers';
import { createKnowledgeService, refreshArticleStats, voteKey, type KnowledgeService } from '../../../src/data/knowledge';
import { knowledgeSite, type KnowledgeFixture } from './fixture';
import { withoutUniqueColumns } from '../intake/noUniqueColumns';

const JULIE = `julie.petit@${DEMO_DOMAIN}`;
let emu: Emulator;
let sp: (user: string) => SPFI;
let f: KnowledgeFixture;

beforeAll(async () => {
  f = await knowledgeSite();
  emu = f.emu;
  sp = f.sp;
  await withoutUniqueColumns(sp);
});
afterAll(() => emu.close());
afterEach(() => emu.faults.clear());

function kb(user: string, tab = ''): KnowledgeService {
  return createKnowledgeService(sp(user), { provider: 'local', cacheKey: `votes-${user}${tab}`, userLoginName: `i:0#.f|membership|${user}` });
}

async function items(articleId: number, email?: string): Promise<{ Id: number; HCHelpful: boolean }[]> {
  const all = await sp(OWNER).web.lists.getByTitle('ArticleFeedback').items.select('Id', 'HCHelpful', 'HCVoteKey').filter(`HCArticleId eq ${articleId}`).top(5000)();
  return email ? all.filter((r: { HCVoteKey: string }) => r.HCVoteKey === voteKey(articleId, `i:0#.f|membership|${email}`)) : all;
}

async function counts(id: number): Promise<{ HCHelpful: number; HCNotHelpful: number }> {
  await refreshArticleStats(sp(OWNER));
  return sp(OWNER).web.lists.getByTitle('KnowledgeArticles').items.getById(id).select('HCHelpful', 'HCNotHelpful')();
}

it('the same person voting from two tabs at once keeps one item, holding one of the two votes', async () => {
  await Promise.all([kb(LEA, 'a').vote(f.ids.wifiFr, { helpful: true, outdated: false }), kb(LEA, 'b').vote(f.ids.wifiFr, { helpful: false, outdated: false })]);
  expect(await items(f.ids.wifiFr, LEA)).toHaveLength(1);
  const mine = await kb(LEA).myVote(f.ids.wifiFr);
  expect([true, false]).toContain(mine!.helpful);
  expect(await counts(f.ids.wifiFr)).toEqual(expect.objectContaining({ HCHelpful: mine!.helpful ? 1 : 0, HCNotHelpful: mine!.helpful ? 0 : 1 }));
});

it('two people at once, one of them from two tabs: exact counts', async () => {
  await Promise.all([
    kb(TOM, 'a').vote(f.ids.mfaFr, { helpful: true, outdated: false }),
    kb(TOM, 'b').vote(f.ids.mfaFr, { helpful: true, outdated: false }),
    kb(JULIE).vote(f.ids.mfaFr, { helpful: false, outdated: false }),
  ]);
  expect(await items(f.ids.mfaFr, TOM)).toHaveLength(1);
  expect(await items(f.ids.mfaFr)).toHaveLength(2);
  expect(await counts(f.ids.mfaFr)).toEqual(expect.objectContaining({ HCHelpful: 1, HCNotHelpful: 1 }));
});

it('a connection dropped after the vote was written: one item; a 429 then a 503 before it: still one', async () => {
  emu.faults.add({ match: "ArticleFeedback'\\)/items$", dropAfterWrite: true, times: 1 });
  await kb(LEA).vote(f.ids.printFr, { helpful: true, outdated: false });
  expect(emu.faults.list()).toEqual([]);
  expect(await items(f.ids.printFr, LEA)).toHaveLength(1);
  emu.faults.add({ match: "ArticleFeedback'\\)/items$", status: 429, retryAfter: 1, times: 1 });
  emu.faults.add({ match: "ArticleFeedback'\\)/items$", dropAfterWrite: true, times: 1 });
  await kb(TOM).vote(f.ids.printFr, { helpful: false, outdated: false });
  expect(emu.faults.list()).toEqual([]);
  expect(await items(f.ids.printFr, TOM)).toHaveLength(1);
  emu.faults.add({ match: "ArticleFeedback'\\)/items$", status: 503, retryAfter: 0, times: 1 });
  emu.faults.add({ match: "ArticleFeedback'\\)/items$", dropAfterWrite: true, times: 1 });
  await kb(JULIE).vote(f.ids.printFr, { helpful: false, outdated: false });
  expect(await items(f.ids.printFr, JULIE)).toHaveLength(1);
  expect(await counts(f.ids.printFr)).toEqual(expect.objectContaining({ HCHelpful: 1, HCNotHelpful: 2 }));
});

it('counts one vote per person even when duplicate items exist (the latest counts)', async () => {
  const list = sp(LEA).web.lists.getByTitle('ArticleFeedback');
  // Items a person added around the product (another key, or the same key twice): one person, one vote.
  await list.items.add({ HCArticleId: f.ids.passwordFr, HCVoteKey: 'forged-1', HCHelpful: true });
  await list.items.add({ HCArticleId: f.ids.passwordFr, HCVoteKey: 'forged-2', HCHelpful: true });
  await list.items.add({ HCArticleId: f.ids.passwordFr, HCVoteKey: 'forged-3', HCHelpful: false });
  expect(await counts(f.ids.passwordFr)).toEqual(expect.objectContaining({ HCHelpful: 0, HCNotHelpful: 1 }));
});
