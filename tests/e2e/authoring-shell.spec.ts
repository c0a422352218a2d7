// The contributors' page (ArticleEditor web part, issue 14): who may open it, as SharePoint's permissions say.
import { expect, test } from '@playwright/test';
import { PEOPLE, SITE, collectConsoleErrors, expectNoAxeViolations, loginAs } from './helpers';

const PAGE = `${SITE}/SitePages/Articles.aspx`;
const NADIA = 'nadia.rousseau@univ-exemple.fr';

test('a reader is told the page is for contributors and reviewers, and how to become one', async ({ page, context, baseURL }) => {
  await loginAs(context, baseURL!, PEOPLE.studentFr.email);
  const errors = collectConsoleErrors(page);
  await page.goto(PAGE);
  await expect(page.getByRole('heading', { level: 2, name: "Rédaction d'articles" })).toBeVisible();
  await expect(page.getByText(/réservée aux contributeurs et aux relecteurs/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Rédaction' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('a contributor reaches her queue and the new article page from the page\'s navigation', async ({ page, context, baseURL }) => {
  await loginAs(context, baseURL!, NADIA);
  await page.goto(PAGE);
  const nav = page.getByRole('navigation', { name: 'Rédaction' });
  await expect(nav.getByRole('link', { name: 'Ma file' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Nouvel article' }).click();
  await expect(page).toHaveURL(/Articles\.aspx\?new=1$/);
  await expect(nav.getByRole('link', { name: 'Nouvel article' })).toHaveAttribute('aria-current', 'page');
});
