// The contributor's queue and an article's history (issue 14): a content gap becomes an article, a reviewer sees
// what waits for her, versions compared and restored by an owner, never by a contributor (nor over REST).
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { PEOPLE, SITE, asPerson, collectConsoleErrors, expectNoAxeViolations, horizontalOverflow, itemsOf, loginAs } from './helpers';

const PAGE = `${SITE}/SitePages/Articles.aspx`;
const NADIA = 'nadia.rousseau@univ-exemple.fr';
const PHILIPPE = 'philippe.garnier@univ-exemple.fr';
const JSON_OUT = { Accept: 'application/json;odata=nometadata' };

async function post(request: APIRequestContext, email: string, list: string, data: Record<string, unknown>): Promise<number> {
  const r = await request.post(itemsOf(list), { headers: { ...asPerson(email), ...JSON_OUT }, data });
  expect(r.status(), await r.text()).toBe(201);
  return ((await r.json()) as { Id: number }).Id;
}

async function update(request: APIRequestContext, email: string, list: string, id: number, data: Record<string, unknown>): Promise<number> {
  const r = await request.post(`${itemsOf(list)}(${id})`, { headers: { ...asPerson(email), ...JSON_OUT, 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }, data });
  return r.status();
}

/** A published French article with its body, read as the owner. */
async function publishedArticle(request: APIRequestContext): Promise<{ Id: number; Title: string; HCBody: string }> {
  const r = await request.get(`${itemsOf('KnowledgeArticles')}?$select=Id,Title,HCBody&$filter=HCStatus eq 'published' and HCLanguage eq 'fr'&$top=1`, { headers: { ...asPerson(PEOPLE.owner.email), ...JSON_OUT } });
  return ((await r.json()) as { value: { Id: number; Title: string; HCBody: string }[] }).value[0];
}

const section = (page: Page, name: RegExp) => page.getByRole('region', { name });

test('a content gap becomes an article in one click, with its count (never who searched)', async ({ page, context, baseURL, request }) => {
  const query = `imprimante 3d couleur ${Date.now() % 100000}`;
  await post(request, PEOPLE.studentFr.email, 'SearchEvents', { HCQuery: query, HCResultCount: 0, HCLanguage: 'fr' });
  await post(request, PEOPLE.studentEn.email, 'SearchEvents', { HCQuery: query, HCResultCount: 0, HCLanguage: 'fr', HCFiledTicket: true });
  await loginAs(context, baseURL!, NADIA);
  const errors = collectConsoleErrors(page);
  await page.goto(PAGE);
  const gaps = section(page, /^Recherches sans réponse/);
  await expect(gaps.getByRole('heading', { level: 3 })).toBeVisible();
  const card = gaps.getByRole('listitem').filter({ hasText: query });
  await expect(card).toContainText('2\u00a0recherches');
  await expect(card).toContainText('1\u00a0terminée par une demande');
  await expect(gaps).not.toContainText('Léa Dubois');
  await expect(gaps).not.toContainText('Tom Baker');
  // A contributor reviews nothing: no "À relire" section.
  await expect(page.getByRole('heading', { level: 3, name: /^À relire/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await card.getByRole('link', { name: `Écrire l'article «\u00a0${query}\u00a0»` }).click();
  await expect(page).toHaveURL(new RegExp(`Articles\\.aspx\\?new=1.*q=${encodeURIComponent(query).replace(/%20/g, '(%20|\\+)')}`));
  // One click: a gap is a question people asked, so the link names the FAQ template and the language, and the draft
  // page opens the form at once with the gap's query as the new article's title (no template chooser in between).
  await expect(page).toHaveURL(/template=faq/);
  await expect(page.getByRole('button', { name: 'Commencer la rédaction' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Titre' })).toHaveValue(query);
  expect(errors).toEqual([]);
});

test('the reviewer sees a submitted draft under "À relire"; its author sees it in review', async ({ page, context, baseURL, request }) => {
  const title = `Imprimer un poster A0 ${Date.now() % 100000}`;
  await post(request, NADIA, 'KnowledgeDrafts', { Title: title, HCDraftStatus: 'review', HCLanguage: 'fr', HCBody: '<p>Étapes</p>', HCWorkflowSequence: 1 });
  await loginAs(context, baseURL!, PHILIPPE);
  await page.goto(PAGE);
  const review = section(page, /^À relire/);
  const link = review.getByRole('link', { name: title });
  await expect(link).toBeVisible();
  await expect(review.getByRole('listitem').filter({ hasText: title })).toContainText('Nadia Rousseau');
  expect(await link.getAttribute('href')).toMatch(/Articles\.aspx\?draft=\d+$/);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(review).toBeVisible();
  expect(await horizontalOverflow(page)).toBeUndefined();

  await context.clearCookies();
  await loginAs(context, baseURL!, NADIA);
  await page.goto(PAGE);
  await expect(section(page, /^Mes brouillons/).getByRole('listitem').filter({ hasText: title })).toContainText('En relecture');
});

test('history: compare two versions shows the change; the owner restores the old text as a new version', async ({ page, context, baseURL, request }) => {
  const article = await publishedArticle(request);
  const added = `Étape ajoutée ${Date.now() % 100000}`;
  expect(await update(request, PEOPLE.owner.email, 'KnowledgeArticles', article.Id, { HCBody: `${article.HCBody}<p>${added}</p>` })).toBe(204);
  await loginAs(context, baseURL!, PEOPLE.owner.email);
  const errors = collectConsoleErrors(page);
  await page.goto(`${PAGE}?article=${article.Id}`);
  await expect(page.getByRole('heading', { level: 3, name: article.Title })).toBeVisible();
  const versions = page.getByRole('region', { name: 'Versions' });
  const rows = versions.getByRole('table').getByRole('row');
  const before = await rows.count();
  await page.getByRole('button', { name: 'Comparer', exact: true }).click();
  await expect(page.getByRole('heading', { level: 5, name: /^Différences de la version/ })).toBeFocused();
  await expect(page.locator('ins')).toContainText(added);
  await expectNoAxeViolations(page);

  // The compare form starts from the version before the current one (a Fluent Dropdown: its text names the version).
  const previous = /^\d+\.\d+/.exec(await page.getByRole('combobox', { name: 'Version de départ' }).innerText())![0];
  await versions.getByRole('button', { name: `Restaurer la version ${previous}` }).click();
  await expect(page.getByText(`Restaurer la version ${previous}\u00a0?`)).toBeFocused();
  await page.getByRole('button', { name: 'Restaurer', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `La version ${previous} est restaurée.` })).toHaveCount(1);
  await expect(rows).toHaveCount(before + 1);
  const body = await request.get(`${itemsOf('KnowledgeArticles')}(${article.Id})?$select=HCBody`, { headers: { ...asPerson(PEOPLE.owner.email), ...JSON_OUT } });
  const restored = ((await body.json()) as { HCBody: string }).HCBody;
  expect(restored).not.toContain(added);
  expect(restored).toBe(article.HCBody);
  expect(errors).toEqual([]);
});

test('a contributor sees no restore button, and SharePoint refuses her restore over REST', async ({ page, context, baseURL, request }) => {
  const article = await publishedArticle(request);
  await loginAs(context, baseURL!, NADIA);
  await page.goto(`${PAGE}?article=${article.Id}`);
  await expect(page.getByRole('heading', { level: 3, name: article.Title })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Versions' }).getByRole('table')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Restaurer/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Modifier (nouveau brouillon)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Marquer comme obsolète' })).toHaveCount(0);
  expect(await update(request, NADIA, 'KnowledgeArticles', article.Id, { HCBody: '<p>Remplacé</p>' })).toBe(403);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await horizontalOverflow(page)).toBeUndefined();
});

/** The SharePoint requests started before the contributors' page said it had rendered (as bench/run.mjs counts them). */
async function firstRenderRequests(page: Page, url: string): Promise<string[]> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const handle = await page.waitForFunction(() => {
    const mark = performance.getEntriesByName('help-center:rendered:authoring')[0];
    if (!mark) return undefined;
    // The help bar's own requests have their own budget: it marks each one just before sending it (a resource is
    // listed once answered, so it is matched to a mark by when it started, not by its address alone).
    const bar = performance.getEntriesByName('help-center:request:help-bar')
      .map(m => ({ at: m.startTime, path: new URL((m as PerformanceMark).detail as string, location.href).pathname }));
    return performance.getEntriesByType('resource')
      .filter(r => r.startTime <= mark.startTime && /\/_api\/|\/v1\.0\//i.test(new URL(r.name).pathname))
      .filter(r => {
        const i = bar.findIndex(b => b.path === new URL(r.name).pathname && r.startTime >= b.at && r.startTime - b.at < 100);
        if (i < 0) return true;
        bar.splice(i, 1);
        return false;
      })
      .map(r => decodeURIComponent(new URL(r.name).pathname));
  }, undefined, { polling: 'raf', timeout: 30_000 });
  return handle.jsonValue() as Promise<string[]>;
}

test("the reviewer's queue and an article's history each render after two requests: the frame's $batch and their own", async ({ page, context, baseURL, request }) => {
  await loginAs(context, baseURL!, 'julie.petit@univ-exemple.fr');
  const queue = await firstRenderRequests(page, PAGE);
  expect(queue).toEqual([expect.stringMatching(/\$batch$/), expect.stringMatching(/\$batch$/)]);
  await expect(page.getByRole('heading', { level: 3, name: /^À relire/ })).toBeVisible();
  const article = await publishedArticle(request);
  const history = await firstRenderRequests(page, `${PAGE}?article=${article.Id}`);
  expect(history).toEqual([expect.stringMatching(/\$batch$/), expect.stringMatching(/\$batch$/)]);
  await expect(page.getByRole('heading', { level: 3, name: article.Title })).toBeVisible();
});
