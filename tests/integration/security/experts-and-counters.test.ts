// Issue 11: "counters and rankings count one person once (votes, views), and the Experts list holds only entries a
// person made for themselves". Everything here is done as a student over plain REST, as a script would.
// - Experts (ReadSecurity 1, WriteSecurity 2): anyone may add an item, and HCPerson is a people column anyone can
//   set to anyone. The directory shows an entry only when its Author and Editor (stamped by SharePoint) are the
//   person it names.
// - Views: SearchEvents "opened article" events raise HCViews by at most one per person (distinct Authors), however
//   often a person opens the article.
// The known limit is shown too: ValidateUpdateListItem is the form-value update that may set Author and Editor
// (ListItem.ValidateUpdateListItem, https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/jj245347(v=office.15)),
// open to whoever may edit the item — with WriteSecurity 2, its creator; without a new version (bNewDocumentUpdate)
// it rewrites the current version (workbench/server/item-validate.ts), so a forger who rewrites both in one call
// leaves nothing a browser can read: README, security (content approval is the server-side option).
import 'fake-indexeddb/auto';
import { spPost, type SPFI } from '@pnp/sp';
import { body } from '@pnp/queryable';
import { Item, type IItems } from '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import type { Emulator } from '../../../workbench/server';
import { AGENT_L1, LEA, OWNER, TEACHER, TOM } from '../emulator/helpers';
import { createKnowledgeService, refreshArticleStats, type KnowledgeService } from '../../../src/data/knowledge';
import { validateUpdateListItemBody } from '../../../src/data/sp/formDates';
import { knowledgeSite, type KnowledgeFixture } from '../knowledge/fixture';

const SOPHIE = TEACHER.replace('jean.moreau', 'sophie.bernard');

let emu: Emulator;
let sp: (user: string) => SPFI;
let f: KnowledgeFixture;
let userId: (email: string) => Promise<number>;

beforeAll(async () => {
  f = await knowledgeSite();
  emu = f.emu;
  sp = f.sp;
  userId = async email => (await sp(OWNER).web.ensureUser(`i:0#.f|membership|${email}`)).Id;
});
afterAll(() => emu.close());

let cacheKeys = 0;
function kb(user: string): KnowledgeService {
  return createKnowledgeService(sp(user), { provider: 'local', cacheKey: `sec-${user}-${++cacheKeys}`, userLoginName: `i:0#.f|membership|${user}` });
}

/** ValidateUpdateListItem on an item, as the given person, without a new version (the silent form). */
async function validateUpdate(user: string, list: string, id: number, values: Record<string, string>): Promise<{ FieldName: string; HasException: boolean }[]> {
  const item = sp(user).web.lists.getByTitle(list).items.getById(id);
  const formValues = Object.keys(values).map(k => ({ FieldName: k, FieldValue: values[k] }));
  return await spPost(Item(item, 'validateupdatelistitem'), body(validateUpdateListItemBody(formValues, false)));
}

const claim = (email: string): string => JSON.stringify([{ Key: `i:0#.f|membership|${email}` }]);

describe('Experts: only entries a person made for themselves', () => {
  it("ignores a student's entry naming a teacher with a fake bio, and shows the teacher's own entry", async () => {
    const teacherId = await userId(TEACHER);
    const experts = (user: string): IItems => sp(user).web.lists.getByTitle('Experts').items;
    const fake = await experts(LEA).add({
      HCListed: true, HCPersonId: teacherId, HCCategoriesId: [f.cat.network], HCAvailability: 'available', HCSkills: 'eduroam', HCBio: 'Écrivez-moi vos identifiants'
    });
    expect(await kb(TOM).experts(f.cat.network)).toEqual([]);
    // HCPerson is not unique: the student's entry cannot squat the teacher's place (the teacher could not remove
    // it, WriteSecurity 2); the teacher adds their own and the reader keeps the one they wrote.
    const own = { HCListed: true, HCPersonId: teacherId, HCCategoriesId: [f.cat.network], HCAvailability: 'busy', HCSkills: 'réseau, wifi', HCBio: 'Enseignant, réseaux' };
    await experts(TEACHER).add(own);
    expect(fake.Id).toBeGreaterThan(0);
    const shown = await kb(TOM).experts(f.cat.network);
    expect(shown).toEqual([expect.objectContaining({ email: TEACHER, availability: 'busy', skills: ['réseau', 'wifi'] })]);
  });

  it('ignores an entry whose Author a student rewrote to the person named, and one someone else edited since', async () => {
    const agentId = await userId(AGENT_L1);
    const entry = await sp(LEA).web.lists.getByTitle('Experts').items.add({ HCListed: true, HCPersonId: agentId, HCCategoriesId: [f.cat.passwords], HCSkills: 'MFA' });
    // Author rewritten alone: SharePoint stamps the person who made the call as Editor.
    const results = await validateUpdate(LEA, 'Experts', entry.Id, { Author: claim(AGENT_L1) });
    expect(results.filter(r => r.HasException)).toEqual([]);
    const row = await sp(OWNER).web.lists.getByTitle('Experts').items.getById(entry.Id).select('AuthorId', 'EditorId')<{ AuthorId: number; EditorId: number }>();
    expect(row.AuthorId).toBe(agentId);
    expect(row.EditorId).toBe(await userId(LEA));
    expect((await kb(TOM).experts(f.cat.passwords)).map(e => e.email)).not.toContain(AGENT_L1);
    // The teacher's own entry, edited since by an owner, is no longer only the teacher's word, until they save it.
    const teacherId = await userId(TEACHER);
    const own = (await sp(OWNER).web.lists.getByTitle('Experts').items.filter(`HCPersonId eq ${teacherId}`).select('Id', 'AuthorId')<{ Id: number; AuthorId: number }[]>())
      .find(r => r.AuthorId === teacherId)!;
    await sp(OWNER).web.lists.getByTitle('Experts').items.getById(own.Id).update({ HCBio: 'Écrivez-moi vos identifiants' });
    expect((await kb(TOM).experts(f.cat.network)).map(e => e.email)).not.toContain(TEACHER);
    await sp(TEACHER).web.lists.getByTitle('Experts').items.getById(own.Id).update({ HCBio: 'Enseignant, réseaux' });
    expect((await kb(TOM).experts(f.cat.network)).map(e => e.email)).toContain(TEACHER);
  });

  it('shows the known limit: Author and Editor rewritten together leave no trace a browser can read', async () => {
    const sophieId = await userId(SOPHIE);
    const entry = await sp(LEA).web.lists.getByTitle('Experts').items.add({ HCListed: true, HCPersonId: sophieId, HCCategoriesId: [f.cat.accounts], HCSkills: 'forgé' });
    await validateUpdate(LEA, 'Experts', entry.Id, { Author: claim(SOPHIE), Editor: claim(SOPHIE) });
    const versions = await sp(OWNER).web.lists.getByTitle('Experts').items.getById(entry.Id).versions.select('VersionLabel', 'Editor')<{ VersionLabel: string; Editor: { LookupId: number } }[]>();
    // The only version is the rewritten current one: nothing left says the student wrote it.
    expect(versions.map(v => v.Editor.LookupId)).toEqual([sophieId]);
    expect((await kb(TOM).experts(f.cat.accounts)).map(e => e.email)).toContain(SOPHIE);
    // Once the Author is someone else, the student can no longer edit or delete it (WriteSecurity 2).
    await expect(sp(LEA).web.lists.getByTitle('Experts').items.getById(entry.Id).update({ HCSkills: 'encore' })).rejects.toThrow();
  });
});

describe('views: one person counts once', () => {
  async function views(id: number): Promise<number> {
    return (await sp(OWNER).web.lists.getByTitle('KnowledgeArticles').items.getById(id).select('HCViews')<{ HCViews: number }>()).HCViews || 0;
  }

  it('raises the views by one for a student opening an article 20 times, by two for two students', async () => {
    const ownerId = await userId(OWNER);
    const article = (await sp(OWNER).web.lists.getByTitle('KnowledgeArticles').items.add({
      Title: 'Configurer la messagerie sur mobile', HCSummary: 'Outlook mobile.', HCLanguage: 'fr', HCBody: '<p>Installez Outlook.</p>',
      HCStatus: 'published', HCOwnerId: ownerId, HCCategoryId: f.cat.network, HCArticleKind: 'howto', HCViews: 0
    })).Id as number;
    const lea = kb(LEA);
    for (let i = 0; i < 20; i++) await lea.recordSearch({ query: `messagerie ${i}`, resultCount: 1, language: 'fr', openedArticleId: article });
    await refreshArticleStats(sp(OWNER));
    expect(await views(article)).toBe(1);
    await kb(TOM).recordSearch({ query: 'mail phone', resultCount: 1, language: 'en', openedArticleId: article });
    await kb(TOM).recordSearch({ query: 'mail phone', resultCount: 1, language: 'en', openedArticleId: article });
    await refreshArticleStats(sp(OWNER));
    expect(await views(article)).toBe(2);
    // Events whose Author a student rewrote (Editor left as herself) do not count as other people.
    const events = sp(LEA).web.lists.getByTitle('SearchEvents').items;
    for (const who of [TEACHER, AGENT_L1, SOPHIE]) {
      const ev = await events.add({ HCQuery: 'messagerie', HCResultCount: 1, HCLanguage: 'fr', HCOpenedArticleId: article, HCFiledTicket: false });
      await validateUpdate(LEA, 'SearchEvents', ev.Id, { Author: claim(who) });
    }
    await refreshArticleStats(sp(OWNER));
    expect(await views(article)).toBe(2);
    // The views are never lowered (deep links and imported counts are not events).
    expect(await views(f.ids.wifiFr)).toBe(300);
  });

  it('counts one vote per person, and not a vote whose Author a student rewrote to someone else', async () => {
    await kb(LEA).vote(f.ids.mfaFr, { helpful: false, outdated: false });
    const feedback = sp(LEA).web.lists.getByTitle('ArticleFeedback').items;
    for (const who of [TOM, TEACHER, AGENT_L1]) {
      const forged = await feedback.add({ HCArticleId: f.ids.mfaFr, HCVoteKey: `${f.ids.mfaFr}|i:0#.f|membership|${who}`, HCHelpful: false });
      await validateUpdate(LEA, 'ArticleFeedback', forged.Id, { Author: claim(who) });
    }
    await refreshArticleStats(sp(OWNER));
    const counters = await sp(OWNER).web.lists.getByTitle('KnowledgeArticles').items.getById(f.ids.mfaFr).select('HCHelpful', 'HCNotHelpful')<{ HCHelpful: number; HCNotHelpful: number }>();
    expect(counters).toMatchObject({ HCHelpful: 0, HCNotHelpful: 1 });
  });
});
