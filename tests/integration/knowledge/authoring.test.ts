// Issue 14, the authoring data layer against the emulator: contributors write drafts (KnowledgeDrafts), reviewers
// publish them into KnowledgeArticles, which only they and the owners can write — over plain REST as much as here.
import 'fake-indexeddb/auto';
import { spPost } from '@pnp/sp';
import { body } from '@pnp/queryable';
import { Item } from '@pnp/sp/items';
import '@pnp/sp/attachments';
import type { Emulator } from '../../../workbench/server';
import '@pnp/sp/site-groups/web';
import { AGENT_L1, LEA, OWNER, TOM, graphAs, spError } from '../emulator/helpers';
import { HELP_CENTER_GROUPS } from '../../../src/data/schema';
import { refreshArticleStatsDaily, type StampStorage } from '../../../src/data/knowledge/statsSchedule';
import { validateUpdateListItemBody } from '../../../src/data/sp/formDates';
import { ArticleEditConflictError, ArticleWorkflowError, AuthoringHousekeeping, ContributorQueue, type AuthoringService, type Draft } from '../../../src/data/knowledge/authoring';
import { createKnowledgeService } from '../../../src/data/knowledge';
import type { ArticleContent } from '../../../src/domain/knowledge/articleEditConflict';
import { authoringSite, JEAN, NADIA, SOPHIE, type SpAs } from './authoringFixture';

jest.setTimeout(60000);

let emu: Emulator;
let sp: SpAs;
let service: (user: string) => AuthoringService;
let cat: { accounts: number; passwords: number; network: number };
let ids: { passwordFr: number; printFr: number; mfaFr: number };

beforeAll(async () => {
  const f = await authoringSite();
  emu = f.emu;
  sp = f.sp;
  service = f.service;
  cat = f.cat;
  ids = f.ids;
});
afterAll(() => emu.close());

const text = (over: Partial<ArticleContent> = {}): ArticleContent => ({
  title: 'Changer son mot de passe expiré', summary: 'Depuis la page du compte.', bodyHtml: '<p>Ouvrez la page du compte.</p>',
  questions: ['Mon mot de passe a expiré'], keywords: ['mot de passe', 'expiration'], categoryId: cat.passwords, kind: 'howto', ...over
});

const mailsTo = (email: string): { subject: string; body: string }[] =>
  emu.outbox().filter(m => m.to.some(t => t.toLowerCase() === email.toLowerCase())).map(m => ({ subject: m.subject, body: m.body }));

async function newDraft(user: string, over: Partial<ArticleContent> = {}): Promise<Draft> {
  return service(user).createDraft({ content: text(over), language: 'fr', template: 'howto' });
}

describe('a draft from writing to publication', () => {
  let draft: Draft;
  let articleId: number;
  const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3]);

  it('a contributor writes a draft with a pasted image (stored under a safe name) and sends it to review', async () => {
    draft = await newDraft(NADIA);
    expect(draft).toMatchObject({ status: 'draft', sequence: 0, author: { email: NADIA } });
    const { files, etag } = await service(NADIA).addImages(draft.id, [{ name: 'capture: écran?.png', content: png.buffer }]);
    expect(files.map(f => f.name)).toEqual(['capture_ écran_.png']);
    expect(files[0].url).toContain(`/Lists/KnowledgeDrafts/Attachments/${draft.id}/`);
    draft = await service(NADIA).saveDraft(draft.id, etag, text({ bodyHtml: `<p>Ouvrez la page du compte.</p><p><img src="${files[0].url}" alt=""></p>` }));
    emu.clearOutbox();
    // Contributors cannot write the outbox: the reviewers hear of it from the first reviewer's housekeeping.
    expect(await service(NADIA).submit(draft.id, draft.etag)).toEqual({ mails: 'deferred' });
    draft = (await service(NADIA).drafts.get(draft.id))!;
    expect(draft).toMatchObject({ status: 'review', sequence: 1 });
    expect(emu.outbox()).toEqual([]);
  });

  it("the first reviewer's or owner's housekeeping tells the category's named reviewer, once however often and whoever runs it", async () => {
    const run = (user: string, id: number) => new AuthoringHousekeeping(sp(user), graphAs(emu, user), t => `${emu.siteUrl}/x?draft=${t.draftId}`, id).run();
    // Reviewers record the workflow's mails in its own outbox (ArticleNotifications), never in the tickets'.
    expect(await run(SOPHIE, 0)).toMatchObject({ submitted: 1, failed: 0 });
    expect(mailsTo(JEAN)).toHaveLength(1);
    expect(await run(OWNER, 0)).toMatchObject({ submitted: 1, failed: 0 });
    await run(OWNER, 0);
    await run(JEAN, 0);
    expect(mailsTo(JEAN)).toEqual([expect.objectContaining({ subject: expect.stringContaining('à relire') })]);
    expect(mailsTo(JEAN)[0].body).toContain('Nadia Rousseau');
    // Sophie reviews only categories naming nobody: she is not told of this one.
    expect(mailsTo(SOPHIE)).toEqual([]);
    expect(emu.outbox()).toHaveLength(1);
  });

  it('the named reviewer publishes: readers read the article and its image; the author is told once (the article outbox)', async () => {
    emu.clearOutbox();
    const published = await service(JEAN).publish(draft.id, draft.etag);
    articleId = published.articleId;
    expect(published.mails).toBe('sent');
    const article = await sp(TOM).web.lists.getByTitle('KnowledgeArticles').items.getById(articleId)
      .select('Title', 'HCStatus', 'HCBody', 'HCPublishedAt', 'HCPublishedById', 'HCOwnerId', 'HCReviewDate', 'HCCategoryId', 'HCKeywords')<Record<string, unknown>>();
    expect(article).toMatchObject({ Title: 'Changer son mot de passe expiré', HCStatus: 'published', HCCategoryId: cat.passwords, HCKeywords: 'mot de passe, expiration' });
    // Who published it (the experts directory's "articles reviewed").
    expect(article.HCPublishedById).toBe((await sp(JEAN).web.currentUser.select('Id')<{ Id: number }>()).Id);
    expect(article.HCPublishedAt).toBeTruthy();
    expect(article.HCReviewDate).toBeTruthy();
    // The body points at the article's own copy: readers cannot read drafts.
    expect(String(article.HCBody)).toContain(`/Lists/KnowledgeArticles/Attachments/${articleId}/capture_ écran_.png`);
    expect(String(article.HCBody)).not.toContain('KnowledgeDrafts');
    const copy = await sp(TOM).web.lists.getByTitle('KnowledgeArticles').items.getById(articleId).attachmentFiles.getByName('capture_ écran_.png').getBuffer();
    expect(Array.from(new Uint8Array(copy))).toEqual(Array.from(png));
    expect(await service(JEAN).drafts.get(draft.id)).toMatchObject({ status: 'published', articleId, sequence: 2 });
    expect(emu.outbox().map(m => m.to)).toEqual([[NADIA]]);
    expect(mailsTo(NADIA)[0].subject).toContain('publié');
    // Every later housekeeping finds the mail recorded: the author is not told twice.
    await new AuthoringHousekeeping(sp(OWNER), graphAs(emu, OWNER), t => `${emu.siteUrl}/x?draft=${t.draftId}`, 0).run();
    expect(mailsTo(NADIA)).toHaveLength(1);
  });

  it('a reviewer restores an earlier version of a published article (a new version, the history kept)', async () => {
    const edit = await service(LEA).draftFromArticle(articleId);
    expect(edit.baseVersion).toBeTruthy();
    const saved = await service(LEA).saveDraft(edit.id, edit.etag, { ...edit.content, summary: 'Nouveau résumé.' });
    await service(LEA).submit(saved.id, saved.etag);
    const inReview = (await service(JEAN).drafts.get(saved.id))!;
    await service(JEAN).publish(inReview.id, inReview.etag);
    const items = sp(JEAN).web.lists.getByTitle('KnowledgeArticles').items;
    expect((await items.getById(articleId).select('HCSummary')<{ HCSummary: string }>()).HCSummary).toBe('Nouveau résumé.');
    const current = await items.getById(articleId).select('Id')<{ 'odata.etag': string }>();
    await service(JEAN).restoreVersion(articleId, current['odata.etag'], edit.baseVersion!);
    expect((await items.getById(articleId).select('HCSummary')<{ HCSummary: string }>()).HCSummary).toBe('Depuis la page du compte.');
    // A contributor cannot restore (SharePoint would refuse the write; the service says so first).
    await expect(service(NADIA).restoreVersion(articleId, '*', edit.baseVersion!)).rejects.toBeInstanceOf(ArticleWorkflowError);
  });
});

describe('sending back', () => {
  it("a reviewer sends a draft back with a comment: its author reads the reviewer's words on her draft and in one mail", async () => {
    const d = await newDraft(LEA, { title: 'Mot de passe du wifi' });
    await service(LEA).submit(d.id, d.etag);
    const inReview = (await service(JEAN).drafts.get(d.id))!;
    emu.clearOutbox();
    expect(await service(JEAN).sendBack(d.id, inReview.etag, 'Ajoutez une capture de la page.')).toEqual({ mails: 'sent' });
    expect(await service(LEA).drafts.get(d.id)).toMatchObject({ status: 'draft', reviewComment: 'Ajoutez une capture de la page.', sequence: 2 });
    // Sending it back again needs it in review again: the reviewer's double click is refused.
    const back = (await service(JEAN).drafts.get(d.id))!;
    await expect(service(JEAN).sendBack(d.id, back.etag, 'Encore')).rejects.toMatchObject({ code: 'invalidStatus' });
    expect(emu.outbox().map(m => m.to)).toEqual([[LEA]]);
    expect(mailsTo(LEA)[0].body).toContain('Ajoutez une capture de la page.');
  });

  it('a comment is required, and only a reviewer of the category sends back', async () => {
    const d = await newDraft(NADIA, { title: 'Réseau invité', categoryId: cat.network });
    await service(NADIA).submit(d.id, d.etag);
    const inReview = (await service(SOPHIE).drafts.get(d.id))!;
    await expect(service(SOPHIE).sendBack(d.id, inReview.etag, '  ')).rejects.toMatchObject({ code: 'commentRequired' });
    await expect(service(LEA).sendBack(d.id, inReview.etag, 'Non')).rejects.toMatchObject({ code: 'notAllowed' });
  });
});

describe('two people saving one draft', () => {
  it('the second save with the same ETag is a conflict carrying both texts: no edit is lost', async () => {
    const d = await newDraft(NADIA, { title: 'Imprimer en couleur' });
    await service(JEAN).saveDraft(d.id, d.etag, { ...d.content, summary: 'Résumé du relecteur.' }, d.content);
    const error = await service(NADIA).saveDraft(d.id, d.etag, { ...d.content, summary: 'Résumé de l\'autrice.' }, d.content).catch(e => e);
    expect(error).toBeInstanceOf(ArticleEditConflictError);
    expect(error.conflict).toMatchObject({ conflict: true, bothChanged: ['summary'], mine: { summary: 'Résumé de l\'autrice.' }, theirs: { summary: 'Résumé du relecteur.' } });
    expect((await service(NADIA).drafts.get(d.id))!.content.summary).toBe('Résumé du relecteur.');
    // With the current ETag, her text saves.
    const saved = await service(NADIA).saveDraft(d.id, error.conflict.etag, error.conflict.mine);
    expect(saved.content.summary).toBe('Résumé de l\'autrice.');
  });

  it('a save after an image was added (the ETag moved, the text did not) goes through', async () => {
    const d = await newDraft(NADIA, { title: 'Scanner un document' });
    await service(NADIA).addImages(d.id, [{ name: 'scan.png', content: new Uint8Array([1, 2]).buffer }]);
    const saved = await service(NADIA).saveDraft(d.id, d.etag, { ...d.content, summary: 'Avec le scanner du couloir.' }, d.content);
    expect(saved.content.summary).toBe('Avec le scanner du couloir.');
  });

  it('two drafts of one article: publishing the second over the first publication is a conflict', async () => {
    const a = await service(NADIA).draftFromArticle(ids.passwordFr);
    const b = await service(LEA).draftFromArticle(ids.passwordFr);
    const savedA = await service(NADIA).saveDraft(a.id, a.etag, { ...a.content, summary: 'Version A.' });
    const savedB = await service(LEA).saveDraft(b.id, b.etag, { ...b.content, summary: 'Version B.' });
    await service(NADIA).submit(savedA.id, savedA.etag);
    await service(LEA).submit(savedB.id, savedB.etag);
    await service(JEAN).publish(a.id, (await service(JEAN).drafts.get(a.id))!.etag);
    const error = await service(JEAN).publish(b.id, (await service(JEAN).drafts.get(b.id))!.etag).catch(e => e);
    expect(error).toBeInstanceOf(ArticleEditConflictError);
    expect(error.conflict).toMatchObject({ bothChanged: ['summary'], mine: { summary: 'Version B.' }, theirs: { summary: 'Version A.' } });
    const article = await sp(TOM).web.lists.getByTitle('KnowledgeArticles').items.getById(ids.passwordFr).select('HCSummary')<{ HCSummary: string }>();
    expect(article.HCSummary).toBe('Version A.');
  });
});

describe('published articles: outdated, back to draft, still right', () => {
  it('a reviewer marks an article outdated, then back to draft: readers no longer see it, a draft holds its text', async () => {
    const items = sp(OWNER).web.lists.getByTitle('KnowledgeArticles').items;
    // Its owner is a contributor: the workflow would let her, SharePoint would not (she asks a reviewer).
    await expect(service(NADIA).markOutdated(ids.printFr)).rejects.toMatchObject({ code: 'notAllowed' });
    expect(await service(JEAN).markOutdated(ids.printFr, 'Le pilote a changé')).toEqual({ mails: 'none' });
    expect(await items.getById(ids.printFr).select('HCStatus', 'HCWorkflowSequence')()).toMatchObject({ HCStatus: 'outdated', HCWorkflowSequence: 1 });
    await expect(service(JEAN).markOutdated(ids.printFr)).rejects.toMatchObject({ code: 'invalidStatus' });
    const draft = await service(JEAN).rewrite(ids.printFr);
    expect(draft).toMatchObject({ articleId: ids.printFr, status: 'draft', content: { title: 'Imprimer depuis mon ordinateur portable' } });
    expect(await items.getById(ids.printFr).select('HCStatus', 'HCWorkflowSequence')()).toMatchObject({ HCStatus: 'draft', HCWorkflowSequence: 2 });
  });

  it('the review reminder answered: still right, due again on the date given', async () => {
    const next = new Date(Date.now() + 90 * 86400000);
    await service(SOPHIE).confirmReviewed(ids.mfaFr, next);
    const row = await sp(TOM).web.lists.getByTitle('KnowledgeArticles').items.getById(ids.mfaFr).select('HCReviewDate', 'HCStatus')<{ HCReviewDate: string; HCStatus: string }>();
    expect(row).toMatchObject({ HCStatus: 'published', HCReviewDate: `${next.toISOString().slice(0, 10)}T00:00:00Z` });
    await expect(service(SOPHIE).confirmReviewed(ids.mfaFr, new Date(Date.now() - 86400000))).rejects.toMatchObject({ code: 'reviewDateInPast' });
  });

  it('the author withdraws her draft from review to change it', async () => {
    const d = await newDraft(NADIA, { title: 'Retiré de la relecture' });
    await service(NADIA).submit(d.id, d.etag);
    const inReview = (await service(NADIA).drafts.get(d.id))!;
    await expect(service(LEA).withdraw(d.id, inReview.etag)).rejects.toMatchObject({ code: 'notAllowed' });
    await service(NADIA).withdraw(d.id, inReview.etag);
    expect(await service(NADIA).drafts.get(d.id)).toMatchObject({ status: 'draft', sequence: 2 });
  });
});

describe('learning from readers', () => {
  it("a reader's helpful vote marks her own search that opened the article, and two readers' phrasing is proposed", async () => {
    for (const user of [TOM, LEA]) {
      const kb = createKnowledgeService(sp(user), { provider: 'local', cacheKey: `learn-${user}`, userLoginName: `i:0#.f|membership|${user}` });
      await kb.recordSearch({ query: 'mot de passe perdu après les vacances', resultCount: 3, language: 'fr', openedArticleId: ids.mfaFr });
      await kb.vote(ids.mfaFr, { helpful: true, outdated: false });
    }
    const marked = await sp(OWNER).web.lists.getByTitle('SearchEvents').items.select('HCHelpfulVote', 'AuthorId')
      .filter(`HCOpenedArticleId eq ${ids.mfaFr}`)<{ HCHelpfulVote: boolean }[]>();
    expect(marked.map(m => m.HCHelpfulVote)).toEqual([true, true]);
    const learned = await new ContributorQueue(sp(NADIA)).learnedPhrasings({ id: ids.mfaFr, language: 'fr', title: 'Activer la double authentification (MFA)', questions: [] });
    expect(learned.map(l => ({ text: l.text, people: l.people }))).toEqual([{ text: 'mot de passe perdu après les vacances', people: 2 }]);
  });
});

describe("the articles' counters", () => {
  it("are the reviewers' and owners' to recount: a support agent's daily run keeps its day and writes nothing", async () => {
    const support = HELP_CENTER_GROUPS.find(g => g.key === 'support')!.title.replace(/'/g, "''");
    await sp(OWNER).web.siteGroups.getByName(support).users.add(`i:0#.f|membership|${AGENT_L1}`);
    const stamps = new Map<string, string>();
    const storage: StampStorage = { getItem: k => stamps.get(k) ?? null, setItem: (k, v) => { stamps.set(k, v); }, removeItem: k => { stamps.delete(k); } };
    emu.clearRequests();
    expect(await refreshArticleStatsDaily(sp(AGENT_L1), 'agent', Date.now(), storage)).toBeUndefined();
    expect(stamps.has('agent')).toBe(true);
    expect(emu.requests().filter(r => r.method !== 'GET' && !/\$batch/.test(r.path))).toEqual([]);
    expect(await refreshArticleStatsDaily(sp(JEAN), 'jean', Date.now(), storage)).toEqual(expect.any(Number));
  });
});

describe('who can publish: SharePoint decides, over plain REST', () => {
  const articles = (user: string) => sp(user).web.lists.getByTitle('KnowledgeArticles');

  it('a reviewer can neither read nor write the outbox, which holds ticket mails and approvers\' link secrets', async () => {
    const outbox = sp(JEAN).web.lists.getByTitle('HelpNotifications');
    expect([403, 404]).toContain((await spError(outbox.items.top(1)())).status);
    expect([403, 404]).toContain((await spError(outbox.items.add({ HCChangeKey: 'ticket:1:1:resolved|lea@x', HCTemplate: 'x' }))).status);
  });

  it.each([['a contributor', NADIA], ['a reader', TOM]])('%s cannot add, update or form-update a published article (403)', async (_who, user) => {
    expect((await spError(articles(user).items.add({ Title: 'Publié sans relecture', HCStatus: 'published' }))).status).toBe(403);
    expect((await spError(articles(user).items.getById(ids.printFr).update({ HCStatus: 'published', HCBody: '<p>pirate</p>' }))).status).toBe(403);
    const item = articles(user).items.getById(ids.printFr);
    const form = validateUpdateListItemBody([{ FieldName: 'HCBody', FieldValue: '<p>pirate</p>' }], false);
    expect((await spError(spPost(Item(item, 'validateupdatelistitem'), body(form)))).status).toBe(403);
    const still = await articles(OWNER).items.getById(ids.printFr).select('HCBody')<{ HCBody: string }>();
    expect(still.HCBody).not.toContain('pirate');
  });

  it("a contributor's publish through the service is refused, and her own draft marked published publishes nothing", async () => {
    const d = await newDraft(NADIA, { title: 'Publier moi-même' });
    await service(NADIA).submit(d.id, d.etag);
    const inReview = (await service(NADIA).drafts.get(d.id))!;
    await expect(service(NADIA).publish(d.id, inReview.etag)).rejects.toMatchObject({ code: 'notAllowed' });
    // HCDraftStatus is her claim: she may write it on her own item, and it is not a publication.
    await sp(NADIA).web.lists.getByTitle('KnowledgeDrafts').items.getById(d.id).update({ HCDraftStatus: 'published' });
    const found = await articles(TOM).items.select('Id').filter(`Title eq 'Publier moi-même'`)();
    expect(found).toEqual([]);
  });

  it("a contributor cannot edit another's draft; readers cannot read drafts", async () => {
    const d = await newDraft(LEA, { title: 'Brouillon de Léa' });
    const drafts = (user: string) => sp(user).web.lists.getByTitle('KnowledgeDrafts');
    expect((await spError(drafts(NADIA).items.getById(d.id).update({ HCBody: '<p>réécrit</p>' }))).status).toBe(403);
    await expect(service(NADIA).saveDraft(d.id, d.etag, { ...d.content, summary: 'réécrit' })).rejects.toMatchObject({ status: 403 });
    // Contributors read every draft (two people writing on one subject see each other).
    expect((await drafts(NADIA).items.getById(d.id).select('Title')<{ Title: string }>()).Title).toBe('Brouillon de Léa');
    expect([403, 404]).toContain((await spError(drafts(TOM).items.getById(d.id).select('Title')())).status);
    expect((await spError(drafts(TOM).items.add({ Title: 'Lecteur' }))).status).toBeGreaterThanOrEqual(403);
  });

  it('the author of a draft cannot publish it herself while another reviewer could (four eyes)', async () => {
    const d = await newDraft(SOPHIE, { title: 'Relu par un autre', categoryId: cat.network });
    await service(SOPHIE).submit(d.id, d.etag);
    const inReview = (await service(SOPHIE).drafts.get(d.id))!;
    await expect(service(SOPHIE).publish(d.id, inReview.etag)).rejects.toMatchObject({ code: 'ownArticle' });
  });
});
