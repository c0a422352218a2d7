/**
 * A professor kept informed of a student's request (issue 12): after the desk confirmed him and replied publicly, the
 * link of his mail (`MyRequests.aspx?follow=ID`) opens his page of the request — its status and the desk's public
 * reply, never the internal note — and My requests lists it under "Demandes que je suis". A student who opens the
 * same link is told she is not kept informed of it. Accessible, and no sideways scroll on a phone.
 */
import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { DEMO_PEOPLE } from '../../workbench/server/directory';
import { PEOPLE, SITE, asPerson, categoryNamed, collectConsoleErrors, deskReceives, expectNoAxeViolations, fileOverRest, horizontalOverflow, loginAs, screenshots } from './helpers';

const MINE = `${SITE}/SitePages/MyRequests.aspx`;
const DESK = `${SITE}/SitePages/Desk.aspx`;
const PROFESSOR = DEMO_PEOPLE.find((p) => p.email.startsWith('jean.moreau'))!;
const NOTE = 'Note interne : vérifier le dossier de tiers temps.';
const REPLY = 'Votre tiers temps est accordé : salle B204, de 14 h à 17 h 20.';

async function pageAs(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  await loginAs(context, baseURL, email);
  return context.newPage();
}

/** Clicks a desk action and waits for its own confirmation (the previous one's may still be on screen). */
async function deskAction(page: Page, button: string): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `Action enregistrée : ${button}.` })).toBeVisible();
}

/** The page scrolls sideways, or one of its blocks reaches past the right edge of the screen. */
async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const parts = document.querySelectorAll('article, section, li, dl, dd, h2, h3, p');
    return document.documentElement.scrollWidth > window.innerWidth + 1
      || Array.prototype.some.call(parts, (e: Element) => e.getBoundingClientRect().right > window.innerWidth + 1);
  });
}

test.use({ viewport: { width: 1366, height: 900 } });

test('the professor opens his link after the desk replied: status and public reply, no internal note; the student is refused', async ({ page, request, browser, baseURL }) => {
  test.setTimeout(150_000);
  const title = `Tiers temps examen de droit ${Date.now() % 100000}`;
  const ensure = await request.post(`${SITE}/_api/web/ensureuser`, { headers: asPerson(PEOPLE.owner.email), data: { logonName: `i:0#.f|membership|${PROFESSOR.email}` } });
  expect(ensure.ok(), await ensure.text()).toBe(true);
  const professorId = ((await ensure.json()) as { Id: number }).Id;
  const category = await categoryNamed(request, 'Poste de travail');
  const id = await fileOverRest(request, PEOPLE.studentFr.email, {
    Title: title, HCDescription: 'Je demande un tiers temps pour l\'examen de droit civil de jeudi.', HCKind: 'assistance', HCCategoryId: category.Id,
    HCWatchersId: [professorId]
  });

  // The desk receives it; the agent confirms the professor, takes it in charge, notes internally and replies publicly.
  await deskReceives(browser, baseURL!);
  const desk = await pageAs(browser, baseURL!, PEOPLE.agentL1.email);
  await desk.goto(`${DESK}?ticket=${id}`);
  await expect(desk.getByRole('heading', { level: 2, name: new RegExp(`^Demande n°${id} : `) })).toBeVisible();
  await deskAction(desk, 'Informer ces personnes');
  await deskAction(desk, 'Prendre en charge');
  await desk.getByLabel('Nouvelle note interne').fill(NOTE);
  await desk.getByRole('button', { name: 'Ajouter la note' }).click();
  await expect(desk.getByText(NOTE)).toBeVisible();
  await desk.getByLabel('Réponse au demandeur (visible par lui)').fill(REPLY);
  await desk.getByRole('button', { name: 'Envoyer la réponse' }).click();
  await expect(desk.getByRole('status').filter({ hasText: 'Action enregistrée' }).last()).toBeVisible();
  await expect(desk.getByText(REPLY)).toBeVisible();
  await desk.context().close();

  // The professor opens the link of his mail.
  const errors = collectConsoleErrors(page);
  await loginAs(page.context(), baseURL!, PROFESSOR.email);
  await page.goto(`${MINE}?follow=${id}`);
  const heading = page.getByRole('heading', { level: 2, name: new RegExp(`^Demande n° ${id} : ${title}$`) });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page.getByText(/^Vous êtes informé de cette demande à la demande de Léa Dubois\. Vous ne pouvez pas agir dessus/)).toBeVisible();
  await expect(page.locator('#hc-follow-status')).toHaveText('En cours');
  const history = page.getByRole('region', { name: 'Historique' });
  await expect(history).toContainText(REPLY);
  await expect(history).toContainText('Demande déposée par Léa Dubois');
  await expect(page.getByText(NOTE)).toHaveCount(0);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Détails de la demande' })).toContainText('Poste de travail');
  await expectNoAxeViolations(page);
  expect(await horizontalOverflow(page), 'the followed request scrolls sideways at 1366 px').toBeUndefined();
  await screenshots(page, 'follow-professor');
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await scrollsSideways(page), 'the followed request scrolls sideways at 390 px').toBe(false);
  expect(await horizontalOverflow(page)).toBeUndefined();
  await expectNoAxeViolations(page);

  // Back to My requests: the request is under "Demandes que je suis", and opens again from there.
  // Back to My requests: the request's card (a phone) takes the focus again.
  await page.getByRole('button', { name: 'Retour à mes demandes' }).click();
  const followed = page.getByRole('region', { name: 'Demandes que je suis' });
  await expect(followed.getByRole('link', { name: title })).toBeFocused();
  await expect(followed.getByRole('listitem').filter({ hasText: title })).toContainText(`Demande n°${id}`);
  expect(await scrollsSideways(page), 'My requests scrolls sideways at 390 px').toBe(false);
  expect(await horizontalOverflow(page)).toBeUndefined();
  await expectNoAxeViolations(page);
  await screenshots(page, 'follow-list');
  // On a laptop it is a row of a table, focused again when its page is closed.
  await page.setViewportSize({ width: 1366, height: 900 });
  await expect(followed.getByRole('row').filter({ hasText: title })).toContainText('En cours');
  expect(await horizontalOverflow(page), 'My requests scrolls sideways at 1366 px').toBeUndefined();
  await expectNoAxeViolations(page);
  await followed.getByRole('link', { name: title }).click();
  await expect(heading).toBeFocused();
  await page.getByRole('button', { name: 'Retour à mes demandes' }).click();
  await expect(followed.getByRole('link', { name: title })).toBeFocused();
  await followed.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`follow=${id}`));
  await expect(heading).toBeVisible();
  expect(errors).toEqual([]);

  // A student who is not kept informed, with the same link: told so, not a generic error.
  const student = await pageAs(browser, baseURL!, PEOPLE.studentEn.email);
  await student.goto(`${MINE}?follow=${id}`);
  await expect(student.getByText(/Vous n'êtes pas \(ou plus\) tenu informé de cette demande|You are not \(or no longer\) kept informed of this request/)).toBeVisible();
  await expect(student.getByText(REPLY)).toHaveCount(0);
  await expectNoAxeViolations(student);
  await student.context().close();
});
