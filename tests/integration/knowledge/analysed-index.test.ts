// The suggested keywords' corpus comes from the knowledge service's own index (issue 14): no second read of the
// published articles, from the network or from the browser's cache; none when SharePoint Search answers.
import 'fake-indexeddb/auto';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { LEA } from '../emulator/helpers';
import { createKnowledgeService } from '../../../src/data/knowledge';
import { createLazyKnowledgeService } from '../../../src/data/knowledge/lazy';
import { IndexKeywordCorpus } from '../../../src/data/knowledge/authoring/keywordCorpusSource';
import { suggestKeywords } from '../../../src/domain/knowledge/keywordSuggestions';
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

const options = (cacheKey: string, provider: 'local' | 'sharepoint' | 'auto' = 'local') => ({ provider, cacheKey, userLoginName: `i:0#.f|membership|${LEA}` });
const articleReads = (): number => emu.requests().flatMap(r => (r.parts ? r.parts : [`${r.method} ${r.path}`])).filter(l => /KnowledgeArticles/i.test(decodeURIComponent(l))).length;

describe("the knowledge service's analysed index", () => {
  it('is the index the search loaded: its published articles, with no request of its own (network, then cache)', async () => {
    const kb = createLazyKnowledgeService(sp(LEA), options('analysed'));
    await kb.ready();
    emu.clearRequests();
    const index = await kb.analysedIndex!();
    expect(emu.requests()).toEqual([]);
    expect(index && index.ids.length).toBe(PUBLISHED_COUNT);
    expect(index!.ids).not.toContain(String(f.ids.draftFr));
    // A second page load restores the index from the browser's cache: the same corpus, still no body read.
    const again = createKnowledgeService(sp(LEA), options('analysed'));
    emu.clearRequests();
    const restored = await again.analysedIndex!();
    expect(articleReads()).toBeLessThanOrEqual(1); // the delta check only
    expect(restored!.ids.sort()).toEqual(index!.ids.sort());
    const corpus = new IndexKeywordCorpus(restored!);
    const draft = { language: 'fr', title: 'Mot de passe du wifi eduroam', summary: 'Le mot de passe du wifi eduroam.', body: '<p>Le wifi eduroam demande le mot de passe du compte.</p>', questions: [], keywords: [] };
    const keys = suggestKeywords(draft, corpus.corpusFor(draft), { limit: 5 }).map(s => s.keyword);
    expect(keys).toContain('wifi eduroam');
  });

  it('is undefined when SharePoint Search answers (no local copy of the base)', async () => {
    const kb = createKnowledgeService(sp(LEA), options('analysed-remote', 'sharepoint'));
    expect(await kb.analysedIndex!()).toBeUndefined();
  });
});
