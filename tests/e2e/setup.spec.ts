/** Journey: a site owner checks and repairs the help center's setup; others are told they cannot. */
import { expect, test } from '@playwright/test';
import { DEMO_PEOPLE } from '../../workbench/server/directory';
import { HELP_CENTER_LISTS } from '../../src/data/schema/lists';
import { collectConsoleErrors, expectNoAxeViolations, horizontalOverflow, loginAs, INTRANET, PEOPLE, SITE, screenshots } from './helpers';

const SETUP = `${SITE}/SitePages/Setup.aspx`;

test.describe('Setup page', () => {
  test('the owner sees a ready site, accessible, in French by default', async ({ page, context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.owner.email);
    const errors = collectConsoleErrors(page);
    await page.goto(SETUP);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1, name: "Installation du centre d'aide" })).toBeVisible();
    await expect(page.getByText("Le centre d'aide est prêt.", { exact: true })).toBeVisible();
    // Every list of the schema (24 today): the desk's states and the requesters' claims (issue 11), the watchers' view (issue 12), the drafts and the
    // article mails' outbox (issue 14), the proven expertise and the idea box's four lists (issue 15), the reports'
    // summary subscriptions (issue 17) among them. The count is the schema's (src/data/schema).
    await expect(page.getByText(`${HELP_CENTER_LISTS.length} listes prêtes, rien à installer.`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Installer / réparer' })).toBeEnabled();
    // Lists by their purpose, never their internal names (issue 18).
    await expect(page.getByText('HelpTickets')).toHaveCount(0);
    for (const list of ["Demandes d'assistance", 'État des demandes (tenu par le support)', 'Actions des demandeurs (réponses, réouvertures, avis)', 'Demandes suivies (vue des personnes informées)']) {
      await expect(page.getByRole('group').filter({ hasText: list }).first()).toContainText('Prêt');
    }
    // The web part does not repeat the page's title: one h1, then its one section heading.
    await expect(page.getByRole('heading', { name: "Installation du centre d'aide" })).toHaveCount(1);
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  for (const [width, height] of [[1366, 900], [390, 844]] as const) {
    test(`at ${width} px the checks fit the page, with status pills, and stay accessible`, async ({ page, context, baseURL }) => {
      await loginAs(context, baseURL!, PEOPLE.owner.email);
      await page.setViewportSize({ width, height });
      await page.goto(SETUP);
      await expect(page.getByText("Le centre d'aide est prêt.", { exact: true })).toBeVisible();
      const group = page.getByRole('group').filter({ hasText: "Demandes d'assistance" }).first();
      await group.locator('summary').click();
      await expect(group.getByRole('listitem').first()).toBeVisible();
      await expect(group.getByRole('listitem').first()).toContainText('Prêt');
      expect(await horizontalOverflow(page)).toBeUndefined();
      await expectNoAxeViolations(page);
      await screenshots(page, `setup-${width}`);
    });
  }

  test('keyboard: Tab reaches the identity switcher, then the Set up button', async ({ page, context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.owner.email);
    await page.goto(SETUP);
    const button = page.getByRole('button', { name: 'Installer / réparer' });
    await expect(button).toBeVisible();
    const switcher = page.getByLabel('Identité');
    let reachedSwitcher = false;
    let reachedButton = false;
    for (let i = 0; i < 15 && !reachedButton; i++) {
      await page.keyboard.press('Tab');
      if (!reachedSwitcher && await switcher.evaluate((el) => el === document.activeElement)) reachedSwitcher = true;
      if (await button.evaluate((el) => el === document.activeElement)) reachedButton = reachedSwitcher;
    }
    expect(reachedSwitcher, 'identity switcher reached by Tab').toBe(true);
    expect(reachedButton, 'Set up button reached by Tab after the switcher').toBe(true);
  });

  test('running the setup on a ready site announces completion and stays ready', async ({ page, context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.owner.email);
    await page.goto(SETUP);
    await page.getByRole('button', { name: 'Installer / réparer' }).click();
    await expect(page.getByRole('status').filter({ hasText: "Installation terminée : le centre d'aide est prêt." })).toBeAttached();
    await expect(page.getByText("Le centre d'aide est prêt.", { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Installer / réparer' })).toBeEnabled();
  });

  test('a student requester is told that only site owners can set up', async ({ page, context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.studentFr.email);
    await page.goto(SETUP);
    await expect(page.getByText("Seuls les propriétaires du site peuvent installer le centre d'aide.", { exact: false })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Installer / réparer' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('an English-speaking user gets the page in English', async ({ page, context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.studentEn.email);
    await page.goto(SETUP);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Help center setup' })).toBeVisible();
    await expect(page.getByText('Only site owners can set up the help center.', { exact: false })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('Intranet home with the help bar', () => {
  test('has an accessible help bar linking to the help center', async ({ page, context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.owner.email);
    const errors = collectConsoleErrors(page);
    await page.goto(INTRANET);
    const bar = page.getByRole('navigation', { name: "Barre d'aide" });
    await expect(bar.getByRole('link', { name: "Centre d'aide" })).toHaveAttribute('href', `${baseURL}${SITE}`);
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('link', { name: "Installation du centre d'aide" })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test('the identity switcher changes who the page acts as, and its language', async ({ page, context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.owner.email);
    await page.goto(INTRANET);
    const switcher = page.getByLabel('Identité');
    await expect(switcher.locator('option')).toHaveCount(DEMO_PEOPLE.length); // the demo directory's people
    await Promise.all([page.waitForEvent('load'), switcher.selectOption(PEOPLE.studentEn.email)]);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByLabel('Identity')).toHaveValue(PEOPLE.studentEn.email);
    await expect(page.getByRole('navigation', { name: 'Help bar' }).getByRole('link', { name: 'Help center' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
