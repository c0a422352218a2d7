/** Following a request: the desk asks a question, the requester answers, accepts the resolution and rates. */
import { expect, test } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import { PEOPLE, SITE, expectNoAxeViolations, loginAs, workbenchAuth } from './helpers';

const PAGE = `${SITE}/SitePages/MyRequests.aspx`;
const ITEMS = `${SITE}/_api/web/lists/getByTitle('HelpTickets')/items`;

function as(email: string): Record<string, string> {
  return { Accept: 'application/json', 'Content-Type': 'application/json', ...workbenchAuth(email) };
}

/** What the desk does (until the SupportDesk web part exists): REST calls as the L1 agent. */
async function deskUpdates(request: APIRequestContext, id: number, fields: Record<string, unknown>, comment?: string): Promise<void> {
  const res = await request.post(`${ITEMS}(${id})`, { headers: { ...as(PEOPLE.agentL1.email), 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }, data: fields });
  expect(res.status()).toBe(204);
  if (comment) expect((await request.post(`${ITEMS}(${id})/comments`, { headers: as(PEOPLE.agentL1.email), data: { text: comment } })).ok()).toBe(true);
}

async function fileTicket(request: APIRequestContext, title: string): Promise<number> {
  const category = await request.get(`${SITE}/_api/web/lists/getByTitle('HelpCategories')/items?$select=Id&$top=1`, { headers: as(PEOPLE.studentFr.email) });
  const categoryId = ((await category.json()) as { value: { Id: number }[] }).value[0].Id;
  const res = await request.post(ITEMS, { headers: as(PEOPLE.studentFr.email), data: { Title: title, HCDescription: 'Le vidéoprojecteur ne s\'allume plus.', HCKind: 'anomaly', HCCategoryId: categoryId, HCStatus: 'new' } });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { Id: number }).Id;
}

test.describe('My requests', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.studentFr.email);
  });

  test('answer the desk, accept the resolution, rate — each step saved and accessible', async ({ page, request }) => {
    const id = await fileTicket(request, 'Vidéoprojecteur A101 muet');
    await page.goto(PAGE);
    await expect(page.getByRole('link', { name: 'Vidéoprojecteur A101 muet' })).toBeVisible();
    await expectNoAxeViolations(page);

    await deskUpdates(request, id, { HCStatus: 'awaiting_user' }, 'Pouvez-vous nous dire si le voyant est rouge ou orange ?');
    await page.getByRole('link', { name: 'Vidéoprojecteur A101 muet' }).click();
    await expect(page).toHaveURL(new RegExp(`ticket=${id}`));
    await expect(page.getByText('En attente de votre réponse', { exact: true })).toBeVisible();
    await expect(page.getByText('Pouvez-vous nous dire si le voyant est rouge ou orange ?')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('Votre réponse au support').fill('Le voyant est orange et clignote.');
    await page.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await expect(page.getByText('Enregistré.', { exact: true }).first()).toBeVisible();
    await expect(page.getByText('En cours', { exact: true })).toBeVisible();
    await expect(page.getByText('Le voyant est orange et clignote.')).toBeVisible();

    await deskUpdates(request, id, { HCStatus: 'resolved', HCResolution: 'Lampe remplacée, le vidéoprojecteur fonctionne.' });
    await page.reload();
    await expect(page.getByText('Lampe remplacée, le vidéoprojecteur fonctionne.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Le problème est résolu' }).click();
    await expect(page.getByText('Clôturée', { exact: true })).toBeVisible();
    await page.getByLabel('4 sur 5').check();
    await page.getByLabel('Commentaire (facultatif)').fill('Rapide et efficace, merci !');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Envoyer mon avis' }).click();
    await expect(page.getByText('Merci pour votre avis (4 sur 5).')).toBeVisible();

    const saved = await request.get(`${ITEMS}(${id})?$select=HCStatus,HCSatisfaction,HCSatisfactionComment,HCClosedAt`, { headers: as(PEOPLE.studentFr.email) });
    expect(await saved.json()).toMatchObject({ HCStatus: 'closed', HCSatisfaction: 4, HCSatisfactionComment: 'Rapide et efficace, merci !', HCClosedAt: expect.any(String) });
    await page.getByRole('list').filter({ hasText: 'Nouvelle —' }).waitFor();
    await expect(page.getByRole('heading', { name: 'Historique' })).toBeVisible();
  });

  test('when the desk changed the request meanwhile, the answer is not lost', async ({ page, request }) => {
    const id = await fileTicket(request, 'Wi-Fi coupé salle C105');
    await deskUpdates(request, id, { HCStatus: 'awaiting_user' }, 'Quel appareil utilisez-vous ?');
    await page.goto(`${PAGE}?ticket=${id}`);
    await page.getByLabel('Votre réponse au support').fill('Un ordinateur portable sous Windows 11.');
    await deskUpdates(request, id, { HCStatus: 'in_progress' });
    await page.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await expect(page.getByText(/La demande vient d'être modifiée par le support \(En cours\)/).first()).toBeVisible();
    await expect(page.getByLabel('Votre message')).toBeVisible();
    const comments = await request.get(`${ITEMS}(${id})/comments`, { headers: as(PEOPLE.studentFr.email) });
    expect(((await comments.json()) as { value: { text: string }[] }).value.map((c) => c.text)).toEqual(['Quel appareil utilisez-vous ?']);
  });

  test('another student cannot open the request', async ({ page, request, context, baseURL }) => {
    const id = await fileTicket(request, 'Compte bloqué');
    await context.clearCookies();
    await loginAs(context, baseURL!, PEOPLE.studentEn.email);
    await page.goto(`${PAGE}?ticket=${id}`);
    await expect(page.getByText('This request does not exist or you cannot see it.')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
