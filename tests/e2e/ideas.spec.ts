/**
 * The idea box (issue 15): she proposes an idea (checks translated, her draft survives a reload); two people support
 * the same idea at the same moment and both votes count; an agent answers it with a status change, and the author and
 * each voter get exactly one mail, in their own language. Accessible, and usable at a phone's width.
 */
import { expect, test } from '@playwright/test';
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { DEMO_PEOPLE } from '../../workbench/server/directory';
import { CONTROL_HEADERS, PEOPLE, SITE, asPerson, categoryNamed, chooseOption, collectConsoleErrors, expectNoAxeViolations, horizontalOverflow, itemsOf, loginAs, outbox } from './helpers';

const PAGE = `${SITE}/SitePages/Ideas.aspx`;
const TEACHER = DEMO_PEOPLE.find((p) => p.email.startsWith('jean.moreau'))!;
const stamp = (): number => Date.now() % 100000;

test.use({ viewport: { width: 1366, height: 900 } });

/** An idea proposed by Léa over REST (the voting and answering journeys are not hers). */
async function proposeOverRest(request: APIRequestContext, title: string): Promise<number> {
  const category = await categoryNamed(request, 'Salles et équipements');
  const res = await request.post(itemsOf('Ideas'), {
    headers: asPerson(PEOPLE.studentFr.email),
    data: { Title: title, HCDescription: 'Des prises électriques à chaque rang de l\'amphithéâtre A.', HCCategoryId: category.Id, HCLanguage: 'fr', HCClientRequestId: `e2e-${title}` }
  });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { Id: number }).Id;
}

async function pageAs(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await loginAs(context, baseURL, email);
  return context.newPage();
}

test('she proposes an idea: translated checks, a draft kept across a reload, then it is published once', async ({ page, context, baseURL }) => {
  await loginAs(context, baseURL!, PEOPLE.studentFr.email);
  const errors = collectConsoleErrors(page);
  await page.goto(PAGE);
  await expect(page.getByRole('heading', { level: 2, name: 'Idées proposées' })).toBeVisible();
  // The demo's ideas, most supported first, with their status and the team's answer.
  const ideas = page.getByRole('list', { name: 'Idées proposées' });
  const first = ideas.getByRole('listitem').first();
  await expect(first).toContainText('Salles de révision ouvertes jusqu\'à 22 h');
  await expect(first).toContainText('Prévue');
  await expect(first.getByRole('button', { name: /^Soutenir \(\d+\)$/ })).toHaveAttribute('aria-pressed', 'false');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Proposer une idée' }).click();
  await expect(page.getByLabel('Titre de l\'idée')).toBeFocused();
  await page.getByRole('button', { name: 'Envoyer l\'idée' }).click();
  const summary = page.getByRole('group').filter({ hasText: 'Corrigez les points suivants' });
  await expect(summary).toContainText('Donnez un titre à votre idée.');
  await expect(summary).toContainText('Décrivez votre idée.');
  await expect(summary).toContainText('Choisissez une catégorie.');
  await expectNoAxeViolations(page);

  const title = `Casiers connectés à la bibliothèque ${stamp()}`;
  await page.getByLabel('Titre de l\'idée').fill(title);
  await page.getByLabel('Description').fill('Des casiers pour laisser son ordinateur pendant la pause de midi.');
  await page.reload();
  // The draft survives the reload: the form opens with it.
  await expect(page.getByText('Votre brouillon a été restauré.')).toBeVisible();
  await expect(page.getByLabel('Titre de l\'idée')).toHaveValue(title);
  await chooseOption(page, 'Catégorie', /Salles et équipements/, page.locator('form'));
  await page.getByRole('button', { name: 'Envoyer l\'idée' }).click();
  await expect(page.getByText(`Merci\u00a0! Votre idée «\u00a0${title}\u00a0» est publiée.`)).toBeVisible();
  // Newest first: hers on top, once.
  await expect(ideas.getByRole('listitem').first()).toContainText(title);
  await expect(page.getByRole('heading', { level: 3, name: title })).toHaveCount(1);
  const saved = await page.request.get(`${itemsOf('Ideas')}?$select=Id&$filter=Title eq '${title.replace(/'/g, "''")}'`, { headers: asPerson(PEOPLE.owner.email) });
  expect(((await saved.json()) as { value: unknown[] }).value).toHaveLength(1);

  // A phone's width: nothing scrolls sideways, still accessible.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await horizontalOverflow(page), 'sideways scroll at 390 px').toBeUndefined();
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('two people support an idea at the same moment, both count; the agent\'s answer mails author and voters once each, in their language', async ({ request, browser, baseURL }) => {
  test.setTimeout(90_000);
  const title = `Prises électriques dans l'amphi A ${stamp()}`;
  const id = await proposeOverRest(request, title);
  const [tom, jean] = await Promise.all([pageAs(browser, baseURL!, PEOPLE.studentEn.email), pageAs(browser, baseURL!, TEACHER.email)]);
  await Promise.all([tom.goto(`${PAGE}?idea=${id}`), jean.goto(`${PAGE}?idea=${id}`)]);
  const vote = (p: Page) => p.getByRole('button', { name: /^(Soutenir|Support) \(\d+\)$/ });
  await expect(vote(tom)).toHaveText('Support (0)');
  await expect(vote(jean)).toHaveText('Soutenir (0)');
  await Promise.all([vote(tom).click(), vote(jean).click()]);
  await expect(vote(tom)).toHaveAttribute('aria-pressed', 'true');
  await expect(vote(jean)).toHaveAttribute('aria-pressed', 'true');
  // The count is said in the live region.
  await expect(tom.getByRole('status').filter({ hasText: 'Your support is counted' })).toHaveCount(1);
  await Promise.all([tom.reload(), jean.reload()]);
  await expect(vote(tom)).toHaveText('Support (2)');
  await expect(vote(jean)).toHaveText('Soutenir (2)');
  await expect(jean.getByRole('region', { name: 'Ils soutiennent cette idée' }).or(jean.locator('section').filter({ hasText: 'Ils soutiennent cette idée' }))).toContainText('Tom Baker');
  await expectNoAxeViolations(jean);

  // The agent answers: one mail to the author and one to each voter, none to herself.
  const agent = await pageAs(browser, baseURL!, PEOPLE.agentL1.email);
  const agentErrors = collectConsoleErrors(agent);
  await agent.goto(`${PAGE}?idea=${id}`);
  await agent.request.delete('/_workbench/outbox', { headers: CONTROL_HEADERS });
  await chooseOption(agent, 'Nouvel état', 'Prévue');
  await agent.getByLabel('Réponse à l\'auteur et aux votants').fill('Installation prévue pendant les vacances de février.');
  await agent.getByRole('button', { name: 'Enregistrer et informer' }).click();
  await expect(agent.getByText('État enregistré. 3 personnes informées par courriel.')).toBeVisible();
  await expect(agent.locator('#hc-idea-answer').locator('..')).toContainText('Installation prévue pendant les vacances de février.');
  // The history says the step, its day and who took it.
  await expect(agent.locator('section').filter({ has: agent.getByRole('heading', { name: 'Historique' }) })).toContainText('Prévue le');
  await expect(agent.locator('section').filter({ has: agent.getByRole('heading', { name: 'Historique' }) })).toContainText('par Karim Haddad');
  await expectNoAxeViolations(agent);
  const mails = (await outbox(agent.request)).filter((m) => m.subject.includes(title));
  const to = (email: string) => mails.filter((m) => m.to.some((t) => t.toLowerCase() === email.toLowerCase()));
  expect(mails).toHaveLength(3);
  expect(to(PEOPLE.studentFr.email)).toHaveLength(1);
  expect(to(PEOPLE.studentFr.email)[0].subject).toBe(`[Centre d'aide] Idée «\u00a0${title}\u00a0»\u00a0: prévue`);
  expect(to(PEOPLE.studentFr.email)[0].body).toContain('Installation prévue pendant les vacances de février.');
  // The link to the idea (values are HTML-escaped in mails).
  expect(to(PEOPLE.studentFr.email)[0].body).toContain(`Ideas.aspx?idea&#x3D;${id}"`);
  expect(to(TEACHER.email)).toHaveLength(1);
  expect(to(PEOPLE.studentEn.email)).toHaveLength(1);
  expect(to(PEOPLE.studentEn.email)[0].subject).toBe(`[Help center] Idea "${title}": planned`);
  expect(to(PEOPLE.studentEn.email)[0].body).toContain('Hello Tom Baker');
  expect(to(PEOPLE.agentL1.email)).toHaveLength(0);
  expect(agentErrors).toEqual([]);
  // Tom reads the answer and the new status in English.
  await tom.reload();
  await expect(tom.getByText('Installation prévue pendant les vacances de février.', { exact: true })).toBeVisible();
  await expect(tom.locator('article')).toContainText('Planned');
  await tom.setViewportSize({ width: 390, height: 844 });
  expect(await horizontalOverflow(tom), 'sideways scroll at 390 px').toBeUndefined();
  await expectNoAxeViolations(tom);
  await Promise.all([tom.context().close(), jean.context().close(), agent.context().close()]);
});

test('the desk turns a request for change into an idea: a new tab shows it, its requester as author, once', async ({ page, context, baseURL, request }) => {
  await loginAs(context, baseURL!, PEOPLE.agentL1.email);
  // The demo's first request for change (the seed turned it into an idea already: opening the link again finds it).
  const res = await request.get(`${itemsOf('HelpTicketStates')}?$select=HCTicketId,HCRequesterId&$filter=HCKind eq 'evolution'&$orderby=ID&$top=1`, { headers: asPerson(PEOPLE.agentL1.email) });
  const { HCTicketId: ticketId, HCRequesterId: requesterId } = ((await res.json()) as { value: { HCTicketId: number; HCRequesterId: number }[] }).value[0];
  await page.goto(`${SITE}/SitePages/Desk.aspx?ticket=${ticketId}`);
  const link = page.getByRole('link', { name: 'Transformer en idée (s\'ouvre dans un nouvel onglet)' });
  await expect(link).toBeVisible({ timeout: 20_000 });
  const href = await link.getAttribute('href');
  expect(href).toContain(`Ideas.aspx?fromTicket=${ticketId}`);
  await page.goto(href!);
  await expect(page.getByText(`Issue de la demande n° ${ticketId}`)).toBeVisible();
  await expect(page).toHaveURL(/Ideas\.aspx\?idea=\d+$/);
  const ideas = await request.get(`${itemsOf('Ideas')}?$select=Id,AuthorId,EditorId&$filter=HCSourceTicket eq ${ticketId}`, { headers: asPerson(PEOPLE.owner.email) });
  const rows = ((await ideas.json()) as { value: { AuthorId: number; EditorId: number }[] }).value;
  expect(rows).toHaveLength(1);
  expect(rows[0]).toEqual(expect.objectContaining({ AuthorId: requesterId, EditorId: requesterId }));
  await expectNoAxeViolations(page);
});
