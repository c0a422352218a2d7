/**
 * The workbench's sign-in: a page opened by nobody asks who signs in (SharePoint would send the browser to its
 * sign-in page; the emulator answers no REST call without a person), and the person chosen then works with the
 * form digest the page carries.
 */
import { expect, test } from '@playwright/test';
import { PEOPLE, SITE, expectNoAxeViolations } from './helpers';

test('a page opened without signing in asks who signs in, then comes back as that person', async ({ page }) => {
  await page.goto(`${SITE}/SitePages/MyRequests.aspx`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sign in');
  expect((await page.request.get(`${SITE}/_api/web?$select=Title`, { headers: { Accept: 'application/json' } })).status()).toBe(403);
  await expectNoAxeViolations(page);
  await Promise.all([page.waitForURL(/\/SitePages\/MyRequests\.aspx$/), page.getByRole('link', { name: PEOPLE.studentFr.displayName }).click()]);
  await expect(page.getByRole('combobox', { name: 'Identité' })).toHaveValue(PEOPLE.studentFr.email);
  // The page's digest is Léa's: her write from the page passes security validation.
  const digest = await page.evaluate(() => (JSON.parse(document.getElementById('workbench-bootstrap')!.textContent!) as { formDigestValue: string }).formDigestValue);
  const api = `${SITE}/_api/web/currentuser?$select=Email`;
  expect(((await (await page.request.get(api, { headers: { Accept: 'application/json;odata=nometadata' } })).json()) as { Email: string }).Email).toBe(PEOPLE.studentFr.email);
  const post = (headers: Record<string, string>) => page.request.post(`${SITE}/_api/web/lists/getByTitle('SearchEvents')/items`, {
    headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', ...headers }, data: { HCQuery: 'imprimante', HCResultCount: 0, HCLanguage: 'fr' },
  });
  expect((await post({})).status()).toBe(403);
  expect((await post({ 'X-RequestDigest': digest })).status()).toBe(201);
});
