/** The help bar on every page: search box, links, and the current announcements in the reader's language. */
import { expect, test } from '@playwright/test';
import { PEOPLE, SITE, expectNoAxeViolations, loginAs } from './helpers';

test('the help bar shows the outage announcement in French, searches the knowledge base and links to requests', async ({ page, context, baseURL }) => {
  await loginAs(context, baseURL!, PEOPLE.studentFr.email);
  await page.goto(SITE);
  const bar = page.getByRole('navigation', { name: "Barre d'aide" });
  await expect(bar.getByRole('status')).toContainText('Panne en cours : Wi-Fi perturbé dans le bâtiment B');
  await expect(bar.getByRole('status')).not.toContainText('Wi-Fi disrupted');
  await expect(bar.getByRole('link', { name: 'Faire une demande' })).toHaveAttribute('href', /\/SitePages\/Request\.aspx$/);
  await expect(bar.getByRole('link', { name: 'Mes demandes' })).toHaveAttribute('href', /\/SitePages\/MyRequests\.aspx$/);
  await expectNoAxeViolations(page);
  await bar.getByRole('searchbox', { name: "Rechercher dans l'aide" }).fill('mot de passe oublié');
  await Promise.all([page.waitForURL(/\/SitePages\/Knowledge\.aspx\?q=mot\+de\+passe\+oubli/), bar.getByRole('button', { name: 'Rechercher' }).click()]);
});

test('an English reader gets the English announcement', async ({ page, context, baseURL }) => {
  await loginAs(context, baseURL!, PEOPLE.studentEn.email);
  await page.goto(SITE);
  await expect(page.getByRole('navigation', { name: 'Help bar' }).getByRole('status')).toContainText('Ongoing outage: Wi-Fi disrupted in building B');
});
