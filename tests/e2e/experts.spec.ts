/**
 * The experts directory (issue 15): Emily declares her skills and opts in from "My entry" (her consent: listed only
 * from then on); Léa finds the Moodle experts by searching "moodle" (the agent Julie can be asked, the teacher Sophie
 * only reached by chat or mail); the order for a category follows the seeded tickets and articles, checked against the
 * domain's computation over the raw lists read as the owner. Over plain REST, Léa cannot edit Julie's entry. Axe on
 * each view, and a phone's width without overflow.
 */
import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { categoryWithDescendants } from '../../src/domain/categories/categoryTree';
import { expertiseRecords, searchExperts, type DirectoryExpert } from '../../src/domain/experts';
import { refreshExpertise } from '../../src/data/experts/refresh';
import { workbenchSp } from '../../workbench/client';
import { PEOPLE, SITE, WORKBENCH_SECRET, asPerson, chooseOption, expectNoAxeViolations, horizontalOverflow, itemsOf, loginAs } from './helpers';

const PAGE = `${SITE}/SitePages/Experts.aspx`;
const EMILY = 'emily.clarke@univ-exemple.fr';
const JULIE = 'julie.petit@univ-exemple.fr';
const OWNER = PEOPLE.owner.email;

async function rows<T>(request: APIRequestContext, url: string): Promise<T[]> {
  const res = await request.get(url, { headers: asPerson(OWNER) });
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { value: T[] }).value;
}

type EntryRow = { Id: number; AuthorId: number; EditorId: number; HCPersonId: number; HCSkills: string | null; HCCategoriesId: number[] | null;
  HCLanguages: ('fr' | 'en')[] | null; HCAvailability: 'available' | 'busy' | 'away' | null; HCListed: boolean | null; HCConsentAt: string | null;
  HCPerson: { Title: string; EMail: string } };

async function entries(request: APIRequestContext): Promise<EntryRow[]> {
  return rows<EntryRow>(request, `${itemsOf('Experts')}?$select=Id,AuthorId,EditorId,HCPersonId,HCSkills,HCCategoriesId,HCLanguages,HCAvailability,HCListed,HCConsentAt,HCPerson/Title,HCPerson/EMail&$expand=HCPerson&$top=5000`);
}

async function cardNames(page: Page): Promise<string[]> {
  return page.getByTestId('experts-cards').locator('h3').allTextContents();
}

async function atPhoneWidth(page: Page): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByTestId('experts-cards')).toBeVisible();
  expect(await horizontalOverflow(page)).toBeUndefined();
  if (size) await page.setViewportSize(size);
}

test.describe('Experts directory', () => {
  test('Emily declares her skills and opts in: listed from then on, found by her skills, her entry her own', async ({ page, context, baseURL, request }) => {
    await loginAs(context, baseURL!, EMILY);
    const before = (await entries(request)).filter(e => e.HCPerson.EMail === EMILY);
    expect(before).toHaveLength(1);
    expect(before[0].HCListed).toBe(false); // the seed's entry without consent
    await page.goto(PAGE);
    await expect(page.getByRole('heading', { name: 'Experts directory', level: 2 })).toBeVisible();
    await expect(page.getByTestId('experts-cards')).toBeVisible();
    expect(await cardNames(page)).not.toContain('Emily Clarke');

    await page.getByRole('button', { name: 'My expert entry' }).click();
    const panel = page.getByRole('dialog', { name: 'My expert entry' });
    await expect(panel.getByText('you can withdraw your consent at any time')).toBeVisible();
    const skills = panel.getByLabel('Skills', { exact: true });
    await expect(skills).toHaveValue(/international students/);
    await skills.fill('international students, Erasmus+ mobility, English support');
    const listed = panel.getByRole('switch', { name: 'Be listed in the directory' });
    await expect(listed).not.toBeChecked();
    await listed.click();
    await expectNoAxeViolations(page);
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Your entry is saved.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'My expert entry' })).toBeFocused();

    await page.getByRole('searchbox', { name: 'Search a skill or a person' }).fill('erasmus');
    await expect(page.getByRole('status').filter({ hasText: /^1 expert$/ })).toHaveCount(1);
    expect(await cardNames(page)).toEqual(['Emily Clarke']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('erasmus');
    const after = (await entries(request)).filter(e => e.HCPerson.EMail === EMILY);
    expect(after).toHaveLength(1);
    expect(after[0]).toEqual(expect.objectContaining({ HCListed: true, HCSkills: 'international students, Erasmus+ mobility, English support' }));
    expect(after[0].HCConsentAt).toBeTruthy();
    expect([after[0].AuthorId, after[0].EditorId]).toEqual([after[0].HCPersonId, after[0].HCPersonId]);
    await expectNoAxeViolations(page);
  });

  test('Léa finds the Moodle experts by searching "moodle": the agent can be asked, the teacher reached by chat or mail; she cannot edit their entries', async ({ page, context, baseURL, request }) => {
    await loginAs(context, baseURL!, PEOPLE.studentFr.email);
    await page.goto(`${PAGE}?q=moodle`);
    await expect(page.getByRole('searchbox', { name: 'Rechercher une compétence ou une personne' })).toHaveValue('moodle');
    const julie = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Julie Petit' }) });
    await expect(julie).toBeVisible();
    await expect(julie.getByText('Ingénieure pédagogique · Service d\'appui à la pédagogie numérique')).toBeVisible();
    await expect(julie.getByRole('link', { name: 'Poser une question à Julie Petit (demande d\'assistance)' }))
      .toHaveAttribute('href', /\/SitePages\/Request\.aspx\?expert=julie\.petit%40univ-exemple\.fr$/);
    await expect(julie.getByRole('link', { name: 'Discuter dans Teams avec Julie Petit (nouvelle fenêtre)' })).toHaveAttribute('href', /^https:\/\/teams\.microsoft\.com\/l\/chat\/0\/0\?users=julie\.petit%40univ-exemple\.fr/);
    const sophie = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Sophie Bernard' }) });
    await expect(sophie).toBeVisible();
    await expect(sophie.getByRole('link', { name: 'Courriel à Sophie Bernard' })).toHaveAttribute('href', 'mailto:sophie.bernard@univ-exemple.fr');
    await expect(sophie.getByRole('link', { name: /Poser une question/ })).toHaveCount(0);
    // Every card found holds the word (a skill, a name or a bio), accents and case aside.
    for (const text of await page.getByTestId('experts-cards').locator('> li').allTextContents()) expect(text.toLowerCase()).toContain('moodle');
    await expectNoAxeViolations(page);
    await atPhoneWidth(page);
    // Over plain REST, Léa cannot rewrite Julie's entry (Experts: WriteSecurity 2, SharePoint answers 403).
    const julieEntry = (await entries(request)).find(e => e.HCPerson.EMail === JULIE && e.AuthorId === e.HCPersonId)!;
    const forged = await request.post(`${itemsOf('Experts')}(${julieEntry.Id})`, {
      headers: { ...asPerson(PEOPLE.studentFr.email), 'IF-MATCH': '*', 'X-HTTP-Method': 'MERGE' }, data: { HCSkills: 'Envoyez-moi votre mot de passe' }
    });
    expect(forged.status()).toBe(403);
    expect((await entries(request)).find(e => e.Id === julieEntry.Id)!.HCSkills).toBe(julieEntry.HCSkills);

    // The knowledge page's experts under a search: "ask" for the agent only, and the directory on the category.
    await page.goto(`${SITE}/SitePages/Knowledge.aspx?q=${encodeURIComponent('quiz moodle')}`);
    const all = page.getByRole('link', { name: 'Voir tous les experts de ce sujet' });
    await expect(all).toHaveAttribute('href', /\/SitePages\/Experts\.aspx\?category=\d+$/);
    await expect(page.getByRole('link', { name: 'Poser une question à Julie Petit' })).toHaveAttribute('href', /Request\.aspx\?expert=julie\.petit%40univ-exemple\.fr$/);
    await expect(page.getByRole('link', { name: 'Poser une question à Sophie Bernard' })).toHaveCount(0);
    await all.click();
    await expect(page.getByTestId('experts-cards')).toBeVisible();
    expect(await cardNames(page)).toContain('Julie Petit');
  });

  test('for a category, the order follows the seeded tickets and articles (the domain\'s computation over the raw lists)', async ({ page, context, baseURL, request }) => {
    // The records as the desk computes them now (an agent's refresh over the current lists), then the raw lists.
    const port = Number(process.env.E2E_PORT || 4399);
    await refreshExpertise(workbenchSp({ siteUrl: `http://localhost:${port}${SITE}`, secret: WORKBENCH_SECRET }, JULIE));
    const now = new Date();
    const categories = await rows<{ Id: number; Title: string; HCParentId: number | null; HCSortOrder: number | null }>(request, `${itemsOf('HelpCategories')}?$select=Id,Title,HCParentId,HCSortOrder&$top=5000`);
    const moodle = categories.find(c => c.Title === 'ENT / Moodle')!;
    const states = await rows<{ HCAssignedToId: number | null; HCCategoryId: number | null; HCStatus: string; HCResolvedAt: string | null }>(request,
      `${itemsOf('HelpTicketStates')}?$select=HCAssignedToId,HCCategoryId,HCStatus,HCResolvedAt&$top=5000`);
    const articles = await rows<{ HCOwnerId: number | null; HCPublishedById: number | null; HCCategoryId: number | null; HCHelpful: number | null; HCPublishedAt: string | null }>(request,
      `${itemsOf('KnowledgeArticles')}?$select=HCOwnerId,HCPublishedById,HCCategoryId,HCHelpful,HCPublishedAt&$filter=HCStatus eq 'published'&$top=5000`);
    const records = expertiseRecords(
      states.map(s => ({ assigneeId: s.HCAssignedToId || undefined, categoryId: s.HCCategoryId || undefined, status: s.HCStatus, resolvedAt: s.HCResolvedAt || undefined })),
      articles.map(a => ({ ownerId: a.HCOwnerId || undefined, publisherId: a.HCPublishedById || undefined, categoryId: a.HCCategoryId || undefined, helpful: a.HCHelpful || 0, publishedAt: a.HCPublishedAt || undefined })),
      now);
    const latest = new Map<number, EntryRow>();
    for (const e of await entries(request)) {
      if (e.AuthorId !== e.HCPersonId || e.EditorId !== e.HCPersonId) continue;
      if (!latest.has(e.HCPersonId) || latest.get(e.HCPersonId)!.Id < e.Id) latest.set(e.HCPersonId, e);
    }
    const listed: DirectoryExpert[] = Array.from(latest.values()).filter(e => e.HCListed === true).map(e => ({
      personId: e.HCPersonId, name: e.HCPerson.Title, email: e.HCPerson.EMail, skills: (e.HCSkills || '').split(',').map(x => x.trim()).filter(Boolean),
      categoryIds: e.HCCategoriesId || [], languages: e.HCLanguages || [], availability: e.HCAvailability || 'available', record: records.get(e.HCPersonId)
    }));
    const scope = categoryWithDescendants(categories.map(c => ({ id: c.Id, parentId: c.HCParentId || undefined, sortOrder: c.HCSortOrder || 0 })), moodle.Id);
    const expected = searchExperts(listed, { categoryScope: scope }, 'relevance', now).map(e => e.name);
    // Someone proven there who did not declare it ranks by their record: the computation is not the declared list.
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(records.get(listed.find(e => e.email === JULIE)!.personId)).toBeDefined();

    await loginAs(context, baseURL!, PEOPLE.studentFr.email);
    await page.goto(PAGE);
    await expect(page.getByTestId('experts-cards')).toBeVisible();
    await chooseOption(page, 'Catégorie', /ENT \/ Moodle/);
    await expect.poll(() => cardNames(page)).toEqual(expected);
    expect(new URL(page.url()).searchParams.get('category')).toBe(String(moodle.Id));
    // The first card says why: this term's requests and articles in Moodle.
    await expect(page.getByTestId('experts-cards').locator('> li').first().getByTestId('expert-why')).toContainText('ENT / Moodle, ce semestre');
    await expect(page.getByTestId('experts-top')).toBeVisible();
    await expectNoAxeViolations(page);
    await atPhoneWidth(page);
  });
});
