/**
 * Journey (issue 18): an agent announces an outage for the requesters from the set-up page's *Annonces* area, on a
 * phone (390 px) — an end before the start is refused with the field's message first —; a student sees it in the help
 * bar of an intranet page, the agent does not (the audience is the support team's complement); the agent then ends it
 * ("Terminer maintenant", over the item's ETag) and it moves among the ended ones. Axe-clean.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { collectConsoleErrors, chooseOption, expectNoAxeViolations, horizontalOverflow, INTRANET, itemsOf, loginAs, PEOPLE, SITE, workbenchAuth } from './helpers';

const AREA = `${SITE}/SitePages/Setup.aspx?area=announcements`;
const TAG = `Messagerie coupée ${Date.now().toString(36).slice(-5).toUpperCase()}`;

/** The help bar's announcements on a page (they come with its one request, after the page is idle). */
const barNews = (page: Page) => page.getByRole('navigation', { name: 'Barre d\'aide' }).getByRole('list', { name: 'Annonces en cours' });

async function person(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const context = await browser.newContext();
  await loginAs(context, baseURL, email);
  return context.newPage();
}

test.afterAll(async ({ request }) => {
  // The other specs of the half rely on the seeded announcements: ours is deleted even when the journey failed midway.
  const found = await request.get(`${itemsOf('Announcements')}?$select=Id&$filter=${encodeURIComponent(`Title eq '${TAG}'`)}`,
    { headers: { ...workbenchAuth(PEOPLE.owner.email), Accept: 'application/json;odata=nometadata' } });
  for (const item of ((await found.json()) as { value: { Id: number }[] }).value || []) {
    await request.delete(`${itemsOf('Announcements')}(${item.Id})`, { headers: { ...workbenchAuth(PEOPLE.owner.email), 'IF-MATCH': '*' } });
  }
});

test('an agent announces an outage for requesters on a phone (an end before the start refused); a student sees it in the help bar, an agent does not; ended, it leaves', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const page = await person(browser, baseURL!, PEOPLE.agentL1.email);
  const errors = collectConsoleErrors(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(AREA);
  await expect(page.getByRole('tab', { name: 'Annonces' })).toHaveAttribute('aria-selected', 'true');
  const current = page.getByRole('region', { name: 'En cours et à venir' });
  await expect(current.getByRole('button', { name: 'Modifier l\'annonce «\u00a0Wi-Fi perturbé dans le bâtiment B\u00a0»' })).toBeVisible();
  expect(await horizontalOverflow(page)).toBeUndefined();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Ajouter une annonce' }).click();
  const panel = page.getByRole('dialog', { name: 'Nouvelle annonce' });
  await panel.getByRole('textbox', { name: /^Titre/ }).fill(TAG);
  await panel.getByRole('textbox', { name: /^Message/ }).fill('Les courriels ne partent plus.\nInutile de faire une demande : nous y travaillons.');
  await chooseOption(page, 'Gravité', 'Panne en cours', panel);
  await chooseOption(page, 'Public', 'Les demandeurs (hors équipe de support)', panel);
  // The help bar's own line, before anything is saved.
  await expect(panel.getByRole('region', { name: 'Aperçu dans la barre d\'aide' })).toContainText(`Panne en cours : ${TAG} : Les courriels ne partent plus.`);
  // It starts now (the form's default); an end on the same day at 00:00 is before the start.
  const start = panel.getByRole('group', { name: 'Début' });
  const end = panel.getByRole('group', { name: 'Fin' });
  const endDay = await end.getByRole('combobox', { name: /^Date/ }).inputValue();
  await end.getByRole('combobox', { name: /^Date/ }).fill(await start.getByRole('combobox', { name: /^Date/ }).inputValue());
  await end.getByRole('combobox', { name: /^Date/ }).press('Tab');
  await end.getByLabel('Heure').fill('00:00');
  await panel.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  // The summary takes the focus; its link names the field and leads to it.
  await expect(panel.getByRole('group', { name: 'Corrigez les champs signalés\u00a0:' })).toBeFocused();
  await expect(panel.getByRole('link', { name: 'Fin\u00a0: La fin doit être après le début.' })).toBeVisible();
  await expect(end.getByText('La fin doit être après le début.')).toBeVisible();
  expect(await horizontalOverflow(page)).toBeUndefined();
  await expectNoAxeViolations(page);

  // Fixed (the next day again), saved: listed as current, an outage in words and icon.
  await end.getByRole('combobox', { name: /^Date/ }).fill(endDay);
  await end.getByRole('combobox', { name: /^Date/ }).press('Tab');
  await end.getByLabel('Heure').fill('23:30');
  await panel.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: `L'annonce «\u00a0${TAG}\u00a0» est enregistrée.` })).toHaveCount(1);
  const card = current.getByRole('listitem').filter({ hasText: TAG });
  await expect(card).toContainText('Panne en cours');
  await expect(card).toContainText('En cours');
  await expect(card).toContainText('Public\u00a0: Les demandeurs (hors équipe de support)');

  // A student sees it in the help bar of an intranet page; an agent does not (it is for requesters).
  const student = await person(browser, baseURL!, PEOPLE.studentFr.email);
  await student.goto(INTRANET);
  await expect(barNews(student)).toContainText(`Panne en cours : ${TAG}`);
  const agentBar = await person(browser, baseURL!, PEOPLE.agentL1.email);
  await agentBar.goto(INTRANET);
  await expect(barNews(agentBar)).toContainText('Wi-Fi perturbé');
  await expect(barNews(agentBar)).not.toContainText(TAG);

  // Ended now (its history kept): among the ended ones, and gone from the student's bar.
  await card.getByRole('button', { name: `Modifier l'annonce «\u00a0${TAG}\u00a0»` }).click();
  const edit = page.getByRole('dialog', { name: 'Modifier l\'annonce' });
  await expect(edit.getByText(/^Version 1\.0, le .* par Karim Haddad$/)).toBeVisible();
  await edit.getByRole('button', { name: 'Terminer maintenant' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Terminées récemment' }).getByRole('listitem').filter({ hasText: TAG })).toContainText('Terminée');
  // Its card moved to the other list: the focus is not lost, the add button has it.
  await expect(page.getByRole('button', { name: 'Ajouter une annonce' })).toBeFocused();
  await student.reload();
  await expect(barNews(student)).toContainText('Wi-Fi perturbé');
  await expect(barNews(student)).not.toContainText(TAG);
  expect(errors).toEqual([]);
});
