/**
 * Following a request: what she asks of the desk (answer, reopening, acceptance, rating) is her claim, shown to her at
 * once as sent; the desk applies it when an agent's desk opens the ticket, and she then sees the desk's new status. A
 * claim that arrives after the desk moved on is refused, and she is told so with her words kept.
 */
import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { CLAIMS, PEOPLE, SITE, asPerson, categoryNamed, chooseOption, deskOpens, deskReceives, deskWrites, expectNoAxeViolations, fileOverRest, horizontalOverflow, loginAs, screenshots, stateOf } from './helpers';

const PAGE = `${SITE}/SitePages/MyRequests.aspx`;
const stamp = (): number => Date.now() % 100000;

async function fileTicket(request: APIRequestContext, title: string): Promise<number> {
  const category = await categoryNamed(request, 'Poste de travail');
  return fileOverRest(request, PEOPLE.studentFr.email, { Title: title, HCDescription: 'Le vidéoprojecteur ne s\'allume plus.', HCKind: 'anomaly', HCCategoryId: category.Id });
}

/** She sent a claim: the page says so at once, and says the desk has yet to apply it (myTickets.claimSent, claimPending). */
async function expectSent(page: Page, what: string): Promise<void> {
  await expect(page.getByText('Transmis au support.', { exact: true })).toBeVisible();
  await expect(page.getByText(`Votre ${what} a été transmise au support : la demande changera d'état dès que le support l'aura prise en compte.`)).toBeVisible();
}

/** The status pill under the heading, e.g. "En cours". */
const status = (page: Page) => page.locator('#hc-ticket-status');

/** Accessible, and nothing scrolls sideways, on a laptop and on a phone; the laptop's size is restored. */
async function fitsBothScreens(page: Page): Promise<void> {
  for (const size of [{ width: 1366, height: 900 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(size);
    expect(await horizontalOverflow(page), `sideways scroll at ${size.width} px`).toBeUndefined();
    await expectNoAxeViolations(page);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

test.use({ viewport: { width: 1366, height: 900 } });

test.describe('My requests', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.studentFr.email);
  });

  test('she answers, reopens, accepts and rates: each shown to her at once, applied by the desk, and its result shown to her', async ({ page, request, browser, baseURL }) => {
    test.setTimeout(150_000);
    const title = `Vidéoprojecteur A101 muet ${stamp()}`;
    const id = await fileTicket(request, title);
    await page.goto(PAGE);
    const row = page.getByRole('row').filter({ hasText: title });
    await expect(row).toContainText('Envoyée — pas encore enregistrée par le support');
    // One heading per section: the page's title is the host page's, the sections name what they list.
    await expect(page.getByRole('heading', { name: 'Mes demandes', exact: true })).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 2, name: 'Demandes que j\'ai déposées' })).toBeVisible();
    await fitsBothScreens(page);

    // The desk receives it and asks a question (over REST as the agent: this journey is hers, not the desk's).
    await deskReceives(browser, baseURL!);
    await deskWrites(request, id, { HCStatus: 'awaiting_user' }, 'Pouvez-vous nous dire si le voyant est rouge ou orange ?');
    await page.reload();
    await expect(row).toContainText('En attente de votre réponse');
    await expect(row).toContainText('À vous d\'agir');
    await screenshots(page, 'my-requests-list');
    // The status filter shows when she asks for it; hiding it lists all her requests again.
    const filterButton = page.getByRole('button', { name: 'Filtrer par état' });
    await filterButton.click();
    await chooseOption(page, /^État/, 'En attente de votre réponse');
    await expect(row).toContainText('En attente de votre réponse');
    await expect(page.getByRole('row').filter({ hasText: 'Envoyée — pas encore enregistrée par le support' })).toHaveCount(0);
    await filterButton.click();
    await expect(page.getByRole('combobox', { name: /^État/ })).toHaveCount(0);
    await page.getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(new RegExp(`ticket=${id}`));
    await expect(status(page)).toHaveText('En attente de votre réponse');
    await expect(page.getByText('Pouvez-vous nous dire si le voyant est rouge ou orange ?')).toBeVisible();
    await fitsBothScreens(page);
    // Back to the list: the focus is on the link of her request's row again.
    await page.getByRole('button', { name: 'Retour à mes demandes' }).click();
    await expect(page.getByRole('link', { name: title })).toBeFocused();
    await page.getByRole('link', { name: title }).click();
    await expect(status(page)).toHaveText('En attente de votre réponse');

    // 1. Her answer: shown at once as sent, with her words; the status is the desk's until it applies it.
    await page.getByLabel('Votre réponse au support').fill('Le voyant est orange et clignote.');
    await page.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await expectSent(page, 'réponse');
    await expect(page.getByText('Le voyant est orange et clignote.')).toBeVisible();
    await expect(status(page)).toHaveText('En attente de votre réponse');
    // While it waits, she can add a message, not answer twice.
    await expect(page.getByLabel('Votre réponse au support')).toHaveCount(0);
    await expect(page.getByLabel('Votre message')).toBeVisible();
    await screenshots(page, 'my-ticket-pending-claim');
    await expectNoAxeViolations(page);
    await deskOpens(browser, baseURL!, id);
    await page.reload();
    await expect(status(page)).toHaveText('En cours');
    await expect(page.getByText(/a été transmise au support/)).toHaveCount(0);
    await expect(page.getByText('Le voyant est orange et clignote.')).toBeVisible();

    // 2. The desk resolves; she says it is not solved: the reopening waits for the desk, then the ticket is back in progress.
    await deskWrites(request, id, { HCStatus: 'resolved', HCResolution: 'Lampe remplacée.', HCResolvedAt: new Date().toISOString() });
    await page.reload();
    await expect(page.getByText('Lampe remplacée.')).toBeVisible();
    await page.getByRole('button', { name: 'Le problème n\'est pas résolu' }).click();
    await page.getByLabel('Qu\'est-ce qui ne fonctionne toujours pas ?').fill('L\'image est toujours violette.');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Le problème n\'est pas résolu' }).last().click();
    await expectSent(page, 'demande de réouverture');
    await expect(status(page)).toHaveText('Résolue');
    await deskOpens(browser, baseURL!, id);
    await page.reload();
    await expect(status(page)).toHaveText('En cours');
    await expect(page.getByText('L\'image est toujours violette.')).toBeVisible();

    // 3. Resolved again; she accepts: closed once the desk has applied it.
    await deskWrites(request, id, { HCStatus: 'resolved', HCResolution: 'Câble VGA remplacé, l\'image est nette.', HCResolvedAt: new Date().toISOString() });
    await page.reload();
    await expect(page.getByText('Câble VGA remplacé, l\'image est nette.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Le problème est résolu' }).click();
    await expectSent(page, 'acceptation de la résolution');
    await deskOpens(browser, baseURL!, id);
    await page.reload();
    await expect(status(page)).toHaveText('Clôturée');

    // 4. She rates: thanked once the desk has recorded it, and the rating is in the desk's state.
    // A Fluent ChoiceGroup: the option's label takes the click, as a person's pointer does.
    await page.getByText('4 sur 5', { exact: true }).click();
    await expect(page.getByRole('radio', { name: '4 sur 5' })).toBeChecked();
    await page.getByLabel('Commentaire (facultatif)').fill('Rapide et efficace, merci !');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Envoyer mon avis' }).click();
    await expectSent(page, 'évaluation');
    await expect(page.getByText('Merci pour votre avis (4 sur 5).')).toHaveCount(0);
    await deskOpens(browser, baseURL!, id);
    await page.reload();
    await expect(page.getByText('Merci pour votre avis (4 sur 5).')).toBeVisible();
    expect(await stateOf(request, id, PEOPLE.agentL1.email, 'HCSatisfaction,HCSatisfactionComment,HCClosedAt')).toMatchObject({
      HCStatus: 'closed', HCSatisfaction: 4, HCSatisfactionComment: 'Rapide et efficace, merci !', HCClosedAt: expect.any(String),
    });
    // Each claim was applied once, none refused.
    const claims = await request.get(`${CLAIMS}?$select=HCAction,HCApplied,HCOutcome&$filter=HCTicketId eq ${id}&$orderby=ID`, { headers: asPerson(PEOPLE.agentL1.email) });
    expect(((await claims.json()) as { value: { HCAction: string; HCApplied: boolean; HCOutcome: string }[] }).value
      .map(({ HCAction, HCApplied, HCOutcome }) => ({ HCAction, HCApplied, HCOutcome }))).toEqual(['answer', 'reopen', 'accept', 'rate'].map((a) => ({ HCAction: a, HCApplied: true, HCOutcome: 'applied' })));
    await expect(page.getByRole('heading', { name: 'Historique' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Historique' }).getByRole('listitem')).toHaveCount(7); // new, awaiting her, in progress, resolved, in progress, resolved, closed
    await screenshots(page, 'my-request-closed');
    await fitsBothScreens(page);
  });

  test('on a phone her requests are cards; closing a request puts the focus back on its card', async ({ page, request, browser, baseURL }) => {
    const title = `Casier vestiaire bloqué ${stamp()}`;
    const id = await fileTicket(request, title);
    await deskReceives(browser, baseURL!);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(PAGE);
    await expect(page.getByRole('grid')).toHaveCount(0);
    const card = page.getByRole('list', { name: 'Demandes que j\'ai déposées' }).getByRole('listitem').filter({ hasText: title });
    await expect(card).toContainText(`Demande n°${id}`);
    await expect(card).toContainText('Nouvelle');
    expect(await horizontalOverflow(page)).toBeUndefined();
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await horizontalOverflow(page), 'sideways scroll at 320 px').toBeUndefined();
    await expectNoAxeViolations(page);
    await card.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 2, name: `Demande n°${id} : ${title}` })).toBeFocused();
    expect(await horizontalOverflow(page), 'the request scrolls sideways at 320 px').toBeUndefined();
    await page.getByRole('button', { name: 'Retour à mes demandes' }).click();
    await expect(card.getByRole('link', { name: title })).toBeFocused();
    // The browser's back button returns to the request, and forward to the list, the focus on its card again.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 2, name: `Demande n°${id} : ${title}` })).toBeVisible();
    await page.goForward();
    await expect(card.getByRole('link', { name: title })).toBeFocused();
  });

  test('her answer arriving after the desk moved on is refused by the desk: she is told, and her words are kept', async ({ page, request, browser, baseURL }) => {
    test.setTimeout(90_000);
    const title = `Wi-Fi coupé salle C105 ${stamp()}`;
    const id = await fileTicket(request, title);
    await deskReceives(browser, baseURL!);
    await deskWrites(request, id, { HCStatus: 'awaiting_user' }, 'Quel appareil utilisez-vous ?');
    await page.goto(`${PAGE}?ticket=${id}`);
    await page.getByLabel('Votre réponse au support').fill('Un ordinateur portable sous Windows 11.');
    // Meanwhile the desk takes the ticket back to work without her answer (the agent, over REST).
    await deskWrites(request, id, { HCStatus: 'in_progress' });
    await page.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await expectSent(page, 'réponse');
    await deskOpens(browser, baseURL!, id);
    await page.reload();
    await expect(status(page)).toHaveText('En cours');
    await expect(page.getByText(/^Votre réponse du .+ n'a pas été prise en compte par le support\.$/)).toBeVisible();
    await expect(page.getByText('Un ordinateur portable sous Windows 11.')).toBeVisible();
    await expect(page.getByLabel('Votre message')).toBeVisible();
    await expectNoAxeViolations(page);
    // Her claim keeps her text, marked refused; the desk's state did not move.
    const claims = await request.get(`${CLAIMS}?$select=HCAction,HCMessage,HCApplied,HCOutcome&$filter=HCTicketId eq ${id}`, { headers: asPerson(PEOPLE.studentFr.email) });
    const [claim] = ((await claims.json()) as { value: { HCAction: string; HCMessage: string; HCApplied: boolean; HCOutcome: string }[] }).value;
    expect(claim).toMatchObject({ HCAction: 'answer', HCMessage: 'Un ordinateur portable sous Windows 11.', HCApplied: true, HCOutcome: expect.stringMatching(/^refused/) });
    expect(await stateOf(request, id)).toMatchObject({ HCStatus: 'in_progress' });
  });

  test('another student cannot open the request', async ({ page, request, context, baseURL, browser }) => {
    const id = await fileTicket(request, `Compte bloqué ${stamp()}`);
    await deskReceives(browser, baseURL!);
    await context.clearCookies();
    await loginAs(context, baseURL!, PEOPLE.studentEn.email);
    await page.goto(`${PAGE}?ticket=${id}`);
    await expect(page.getByText('This request does not exist or you cannot see it.')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
