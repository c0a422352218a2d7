// The experts directory's data layer against the emulator (issue 15): the directory read (own entries only, listed
// only, records, categories with their communities, the teams' members), the profiles' job titles, one's own entry
// saved (created as oneself, ETag conflict, withdrawal), the proven expertise refreshed by an agent (listed people
// only, idempotent, a withdrawn person's record removed), and over plain REST: a person cannot edit another's entry.
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { DEMO_DOMAIN } from '../../../workbench/server/directory';
import { AGENT_L1, LEA, OWNER, TOM, as, setUpHelpCenter, start } from '../emulator/helpers';
import { readDirectory } from '../../../src/data/experts/directoryRead';
import { ExpertDirectory } from '../../../src/data/knowledge/experts';
import { profilesFor } from '../../../src/data/experts/profiles';
import { ExpertEntryError, saveMyEntry } from '../../../src/data/experts/myEntry';
import { ExpertiseRefreshNotAllowedError, refreshExpertise } from '../../../src/data/experts/refresh';
import { expertiseRecords, parseRecord } from '../../../src/domain/experts';

const JULIE = `julie.petit@${DEMO_DOMAIN}`;
const MARC = `marc.lefebvre@${DEMO_DOMAIN}`;
const NADIA = `nadia.rousseau@${DEMO_DOMAIN}`;
const NOW = new Date('2026-12-03T10:00:00Z');

let emu: Emulator;
let sp: (user: string) => SPFI;
const ids: Record<string, number> = {};
const cat: Record<string, number> = {};
const entry: Record<string, number> = {};

const recordsRows = async (): Promise<{ HCPersonId: number; HCRecord: string }[]> =>
  sp(OWNER).web.lists.getByTitle('ExpertiseRecords').items.select('HCPersonId', 'HCRecord')();

beforeAll(async () => {
  ({ emu, sp } = await start());
  await setUpHelpCenter(sp, [AGENT_L1, JULIE]);
  for (const email of [AGENT_L1, JULIE, MARC, NADIA, LEA, TOM]) ids[email] = (await sp(OWNER).web.ensureUser(`i:0#.f|membership|${email}`)).Id;
  const categories = sp(OWNER).web.lists.getByTitle('HelpCategories').items;
  cat.learning = (await categories.add({ Title: 'Apprentissage', HCTitleEn: 'Learning', HCCommunityUrl: 'https://teams.microsoft.com/l/channel/19%3aabc/Moodle', HCCommunityName: 'Entraide Moodle' })).Id;
  cat.moodle = (await categories.add({ Title: 'Moodle', HCTitleEn: 'Moodle', HCParentId: cat.learning })).Id;
  cat.wifi = (await categories.add({ Title: 'Wi-Fi', HCTitleEn: 'Wi-Fi', HCCommunityUrl: 'javascript:alert(1)' })).Id;
  await sp(OWNER).web.lists.getByTitle('HelpTeams').items.add({ Title: 'E-learning (N1)', HCLevel: 'L1', HCMembersId: [ids[JULIE]] });
  const experts = (who: string): ReturnType<SPFI['web']['lists']['getByTitle']> => sp(who).web.lists.getByTitle('Experts');
  entry.julie = (await experts(JULIE).items.add({ Title: 'Julie', HCPersonId: ids[JULIE], HCListed: true, HCConsentAt: NOW.toISOString(), HCSkills: 'Moodle, quiz', HCCategoriesId: [cat.moodle], HCLanguages: ['fr', 'en'] })).Id;
  entry.nadia = (await experts(NADIA).items.add({ Title: 'Nadia', HCPersonId: ids[NADIA], HCListed: true, HCConsentAt: NOW.toISOString(), HCSkills: 'Teams' })).Id;
  // Léa's entry naming Marc (not his word) and Karim's own entry without consent: shown nowhere.
  entry.marc = (await experts(LEA).items.add({ Title: 'Marc', HCPersonId: ids[MARC], HCListed: true, HCSkills: 'Wi-Fi' })).Id;
  entry.karim = (await experts(AGENT_L1).items.add({ Title: 'Karim', HCPersonId: ids[AGENT_L1], HCListed: false, HCSkills: 'Comptes', HCCategoriesId: [cat.moodle] })).Id;
  // The desk's truth: requests Julie and Karim resolved; articles Nadia owns, Julie published.
  const states = sp(AGENT_L1).web.lists.getByTitle('HelpTicketStates').items;
  const state = (n: number, who: string, category: number, status: string, resolvedAt?: string): Promise<unknown> =>
    states.add({ Title: `#${n}`, HCTicketId: n, HCStatus: status, HCAssignedToId: ids[who], HCCategoryId: category, HCResolvedAt: resolvedAt || null });
  await state(1, JULIE, cat.moodle, 'resolved', '2026-11-20T10:00:00Z');
  await state(2, JULIE, cat.moodle, 'closed', '2026-12-01T10:00:00Z');
  await state(3, JULIE, cat.moodle, 'in_progress');
  await state(4, AGENT_L1, cat.wifi, 'closed', '2026-10-01T10:00:00Z');
  const articles = sp(OWNER).web.lists.getByTitle('KnowledgeArticles').items;
  await articles.add({ Title: 'Quiz Moodle', HCBody: '<p>x</p>', HCStatus: 'published', HCLanguage: 'fr', HCCategoryId: cat.moodle, HCOwnerId: ids[NADIA], HCPublishedById: ids[JULIE], HCHelpful: 3, HCPublishedAt: '2026-11-02T10:00:00Z' });
  await articles.add({ Title: 'Brouillon', HCBody: '<p>y</p>', HCStatus: 'draft', HCLanguage: 'fr', HCCategoryId: cat.moodle, HCOwnerId: ids[NADIA], HCPublishedAt: '2026-11-02T10:00:00Z' });
});
afterAll(() => emu.close());

describe('the proven expertise refresh', () => {
  it('is refused to anyone but the support desk and the owners', async () => {
    await expect(refreshExpertise(sp(LEA), NOW)).rejects.toBeInstanceOf(ExpertiseRefreshNotAllowedError);
    expect(await recordsRows()).toEqual([]);
  });

  it('writes one record per listed person, computed from the resolved states and the published articles; idempotent', async () => {
    expect(await refreshExpertise(sp(JULIE), NOW)).toEqual({ written: 2, updated: 0, removed: 0, unchanged: 0 });
    const rows = await recordsRows();
    expect(rows.map(r => r.HCPersonId).sort()).toEqual([ids[JULIE], ids[NADIA]].sort());
    const julie = parseRecord(rows.find(r => r.HCPersonId === ids[JULIE])!.HCRecord);
    expect(julie).toEqual({ [cat.moodle]: { '2026-11': { resolved: 1, written: 0, reviewed: 1, helpful: 0 }, '2026-12': { resolved: 1, written: 0, reviewed: 0, helpful: 0 } } });
    const expected = expertiseRecords([
      { assigneeId: ids[JULIE], categoryId: cat.moodle, status: 'resolved', resolvedAt: '2026-11-20T10:00:00Z' },
      { assigneeId: ids[JULIE], categoryId: cat.moodle, status: 'closed', resolvedAt: '2026-12-01T10:00:00Z' }
    ], [{ ownerId: ids[NADIA], publisherId: ids[JULIE], categoryId: cat.moodle, helpful: 3, publishedAt: '2026-11-02T10:00:00Z' }], NOW);
    expect(parseRecord(rows.find(r => r.HCPersonId === ids[NADIA])!.HCRecord)).toEqual(expected.get(ids[NADIA]));
    // Karim resolved a request but is not listed: no record of him.
    expect(rows.some(r => r.HCPersonId === ids[AGENT_L1])).toBe(false);
    expect(await refreshExpertise(sp(AGENT_L1), NOW)).toEqual({ written: 0, updated: 0, removed: 0, unchanged: 2 });
    expect(await recordsRows()).toHaveLength(2);
  });
});

describe('the directory', () => {
  it('shows listed people by their own entries only, with their records, the categories\' communities and who can be asked', async () => {
    const d = await readDirectory(sp(TOM));
    expect(d.experts.map(e => e.email).sort()).toEqual([JULIE, NADIA]);
    const julie = d.experts.find(e => e.email === JULIE)!;
    expect(julie).toEqual(expect.objectContaining({ name: 'Julie Petit', skills: ['Moodle', 'quiz'], categoryIds: [cat.moodle], languages: ['fr', 'en'], availability: 'available' }));
    expect(julie.record && julie.record[String(cat.moodle)]['2026-12'].resolved).toBe(1);
    expect(julie.loginName).toBe(`i:0#.f|membership|${JULIE}`);
    expect(d.agentIds).toEqual([ids[JULIE]]);
    expect(d.categories.find(c => c.id === cat.learning)!.community).toEqual({ kind: 'teams', name: 'Entraide Moodle', url: 'https://teams.microsoft.com/l/channel/19%3aabc/Moodle' });
    expect(d.categories.find(c => c.id === cat.wifi)!.community).toBeUndefined();
    expect(d.actor).toEqual(expect.objectContaining({ id: ids[TOM], isAgent: false }));
    expect(d.myEntry).toBeUndefined();
    expect(d.recordsStale).toBe(false);
    expect((await readDirectory(sp(JULIE))).actor.isAgent).toBe(true);
  });

  it('the knowledge page\'s cards too: listed people only, "ask" for agents of a team, the category they were found for', async () => {
    const d = await readDirectory(sp(TOM));
    const found = await new ExpertDirectory(sp(TOM)).forCategory(cat.moodle, d.categories);
    expect(found).toEqual([expect.objectContaining({ email: JULIE, askable: true, foundFor: cat.moodle })]);
  });

  it('gives an unlisted person their own entry to edit, and no one else\'s', async () => {
    const karim = await readDirectory(sp(AGENT_L1));
    expect(karim.myEntry).toEqual(expect.objectContaining({ id: entry.karim, listed: false, skills: ['Comptes'] }));
    expect((await readDirectory(sp(LEA))).myEntry).toBeUndefined(); // the entry Léa wrote names Marc
  });

  it('reads job titles and departments from the user profiles, in one batch', async () => {
    const p = await profilesFor(sp(TOM), [`i:0#.f|membership|${JULIE}`, `i:0#.f|membership|${NADIA}`, 'i:0#.f|membership|nobody@example.org']);
    expect(p[`i:0#.f|membership|${JULIE}`]).toEqual({ jobTitle: 'Ingénieure pédagogique', department: 'Service d\'appui à la pédagogie numérique' });
    expect(p[`i:0#.f|membership|${NADIA}`].jobTitle).toBe('Chargée de documentation numérique');
    expect(p['i:0#.f|membership|nobody@example.org']).toEqual({});
  });
});

describe('my entry', () => {
  it('is created as myself and listed with my consent; the directory then shows me and says the records are stale', async () => {
    const saved = await saveMyEntry(sp(TOM), { id: ids[TOM], name: 'Tom Baker' },
      { skills: ['English', ' Moodle ', 'english'], categoryIds: [cat.moodle], languages: ['en'], bio: 'Exchange student.', availability: 'busy', listed: true }, undefined, NOW);
    expect(saved).toEqual(expect.objectContaining({ skills: ['English', 'Moodle'], listed: true, consentAt: '2026-12-03T10:00:00Z', availability: 'busy' }));
    const row = await sp(OWNER).web.lists.getByTitle('Experts').items.getById(saved.id).select('AuthorId', 'EditorId', 'HCPersonId')<{ AuthorId: number; EditorId: number; HCPersonId: number }>();
    expect(row).toEqual(expect.objectContaining({ AuthorId: ids[TOM], EditorId: ids[TOM], HCPersonId: ids[TOM] }));
    const d = await readDirectory(sp(LEA));
    expect(d.experts.map(e => e.email)).toContain(TOM);
    expect(d.recordsStale).toBe(true);
    const mine = (await readDirectory(sp(TOM))).myEntry!;
    expect(mine.id).toBe(saved.id);
    // Saved again from what was read before (another tab saved since): a conflict, nothing overwritten.
    const next = await saveMyEntry(sp(TOM), { id: ids[TOM], name: 'Tom Baker' }, { ...mine, bio: 'Second tab' }, mine, NOW);
    const err = await saveMyEntry(sp(TOM), { id: ids[TOM], name: 'Tom Baker' }, { ...mine, bio: 'First tab' }, mine, NOW).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExpertEntryError);
    expect((err as ExpertEntryError).code).toBe('conflict');
    expect((await readDirectory(sp(TOM))).myEntry!.bio).toBe('Second tab');
    // The consent's date stays while listed.
    expect(next.consentAt).toBe('2026-12-03T10:00:00Z');
  });

  it('withdrawn: the entry is kept but shown nowhere, and the next refresh removes the record', async () => {
    const nadia = (await readDirectory(sp(NADIA))).myEntry!;
    const saved = await saveMyEntry(sp(NADIA), { id: ids[NADIA], name: 'Nadia Rousseau' }, { ...nadia, listed: false }, nadia, NOW);
    expect(saved).toEqual(expect.objectContaining({ listed: false, consentAt: undefined }));
    expect((await readDirectory(sp(TOM))).experts.map(e => e.email)).not.toContain(NADIA);
    const outcome = await refreshExpertise(sp(JULIE), NOW);
    expect(outcome).toEqual({ written: 1, updated: 0, removed: 1, unchanged: 1 }); // Tom's record written, Nadia's removed
    expect((await recordsRows()).map(r => r.HCPersonId).sort()).toEqual([ids[JULIE], ids[TOM]].sort());
  });
});

describe('over plain REST', () => {
  it('a person cannot edit another\'s entry (WriteSecurity 2: 403)', async () => {
    const res = await fetch(`${emu.siteUrl}/_api/web/lists/getByTitle('Experts')/items(${entry.julie})`, {
      method: 'POST',
      headers: { ...as(emu, LEA), 'Content-Type': 'application/json;odata=nometadata', Accept: 'application/json;odata=nometadata', 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
      body: JSON.stringify({ HCSkills: 'Écrivez-moi vos identifiants', HCListed: true })
    });
    expect(res.status).toBe(403);
    const row = await sp(OWNER).web.lists.getByTitle('Experts').items.getById(entry.julie).select('HCSkills')<{ HCSkills: string }>();
    expect(row.HCSkills).toBe('Moodle, quiz');
  });

  it('an entry naming someone else is not shown, even listed', async () => {
    const raw = await sp(TOM).web.lists.getByTitle('Experts').items.getById(entry.marc).select('HCPersonId', 'HCListed')<{ HCPersonId: number; HCListed: boolean }>();
    expect(raw).toEqual(expect.objectContaining({ HCPersonId: ids[MARC], HCListed: true }));
    expect((await readDirectory(sp(TOM))).experts.map(e => e.email)).not.toContain(MARC);
  });
});

describe('a site not yet upgraded', () => {
  it('without the ExpertiseRecords list, the directory still shows the declared entries, without a proven part', async () => {
    await sp(OWNER).web.lists.getByTitle('ExpertiseRecords').delete();
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const d = await readDirectory(sp(TOM));
    expect(d.experts.map(e => e.email).sort()).toEqual([JULIE, TOM].sort());
    expect(d.experts.every(e => e.record === undefined)).toBe(true);
    expect(d.agentIds).toEqual([ids[JULIE]]);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
