/** The knowledge search in the workbench: find as you type, read, vote; nothing found → still need help → a ticket. */
import { expect, test } from '@playwright/test';
import { PEOPLE, SITE, chooseOption, expectNoAxeViolations, horizontalOverflow, loginAs, screenshots } from './helpers';

const KB = `${SITE}/SitePages/Knowledge.aspx`;

test.describe('Knowledge search', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.studentFr.email);
  });

  test('a typo\'d, accent-less query finds the article as one types; reading it and saying it helped is kept; closing returns to the result', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(KB);
    const box = page.getByRole('searchbox', { name: 'Rechercher un article' });
    await expect(page.getByRole('heading', { name: 'Les plus consultés' })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(await horizontalOverflow(page)).toBeUndefined();
    await screenshots(page, 'knowledge-home');
    await box.pressSequentially('mot de pase oublie', { delay: 30 });
    const results = page.getByRole('list', { name: 'Résultats' });
    const first = results.getByRole('listitem').first();
    const firstLink = first.getByRole('link').first();
    await expect(first).toContainText('Réinitialiser son mot de passe');
    await expect(first).toContainText(/Mis à jour le \d{1,2} \S+ \d{4}/);
    await expect(page.getByRole('status').filter({ hasText: /\d+ résultat\(s\)/ })).toBeAttached();
    await expectNoAxeViolations(page);
    expect(await horizontalOverflow(page)).toBeUndefined();
    await screenshots(page, 'knowledge-results');
    await firstLink.focus();
    await page.keyboard.press('Enter');
    const title = page.getByRole('heading', { level: 2, name: /Réinitialiser son mot de passe/ });
    await expect(title).toBeFocused();
    await expect(page).toHaveURL(/article=\d+/);
    await page.getByRole('button', { name: 'Oui' }).click();
    await page.getByLabel('Un commentaire ? (facultatif)').fill('Clair et rapide.');
    await page.getByRole('button', { name: 'Envoyer mon avis' }).click();
    await expect(page.getByText('Merci pour votre avis.')).toBeVisible();
    await expectNoAxeViolations(page);
    expect(await horizontalOverflow(page)).toBeUndefined();
    await screenshots(page, 'knowledge-article');
    // Back to the results: the focus is on the result that opened the article; Escape does the same.
    await page.getByRole('button', { name: 'Retour à la recherche' }).click();
    await expect(firstLink).toBeFocused();
    await expect(page).not.toHaveURL(/article=/);
    await page.keyboard.press('Enter');
    await expect(title).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(firstLink).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(title).toBeFocused();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Oui' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByLabel('Un commentaire ? (facultatif)')).toHaveValue('Clair et rapide.');
  });

  test('on a phone (390 px): search, filters and results fit the width and stay accessible', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(KB);
    await expect(page.getByRole('heading', { name: 'Les plus consultés' })).toBeVisible();
    expect(await horizontalOverflow(page)).toBeUndefined();
    await expectNoAxeViolations(page);
    await page.getByRole('searchbox', { name: 'Rechercher un article' }).fill('wifi');
    await page.keyboard.press('Enter');
    const results = page.getByRole('list', { name: 'Résultats' });
    await expect(results.getByRole('listitem').first()).toBeVisible();
    // The filters open from "Filtres" (their Dropdowns load then), and the button says how many are set.
    const toggle = page.getByRole('button', { name: /^Filtres/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await chooseOption(page, 'Langue', 'Français');
    await expect(toggle).toHaveText('Filtres (1)');
    await expect(page.getByRole('combobox', { name: /^Langue/ })).toContainText('Français');
    await expect(results.getByRole('listitem').first()).toContainText('Français');
    expect(await horizontalOverflow(page)).toBeUndefined();
    await expectNoAxeViolations(page);
    await results.getByRole('link').first().click();
    await expect(page.locator('#hc-article-title')).toBeFocused();
    expect(await horizontalOverflow(page)).toBeUndefined();
    await expectNoAxeViolations(page);
  });

  test('an English query finds the answer, in English or marked as a translation', async ({ page }) => {
    await page.goto(KB);
    await page.getByRole('searchbox', { name: 'Rechercher un article' }).fill('forgot my password');
    const first = page.getByRole('list', { name: 'Résultats' }).getByRole('listitem').first();
    await expect(first).toContainText(/password|mot de passe/i);
  });

  test('nothing found: a clear message and "still need help" carries the query to the ticket form', async ({ page }) => {
    await page.goto(`${KB}?q=${encodeURIComponent('xqzvbn wlkj')}`);
    await expect(page.getByText('Aucun article ne correspond à « xqzvbn wlkj ».')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: "Toujours besoin d'aide ? Faire une demande" }).click();
    await expect(page).toHaveURL(/Request\.aspx\?q=xqzvbn%20wlkj&from=search/);
    await expect(page.getByLabel('Titre')).toHaveValue('xqzvbn wlkj');
  });

  test('a deep link opens the article in one batch; the original offers its English version and back', async ({ page }) => {
    const res = await page.request.get(`${SITE}/_api/web/lists/getbytitle('KnowledgeArticles')/items?$select=Id,Title,HCTranslationOfId`
      + `&$filter=${encodeURIComponent("HCLanguage eq 'en' and HCStatus eq 'published'")}&$top=50`, { headers: { Accept: 'application/json;odata=nometadata' } });
    const english = ((await res.json()).value as { Id: number; Title: string; HCTranslationOfId: number | null }[]).filter((a) => a.HCTranslationOfId)[0];
    const apiCalls: string[] = [];
    // The web part's requests (PnPjs tags each one); the help bar's, with their own budget, are measured on their own.
    page.on('request', (r) => { if (r.url().includes('/_api/') && r.headers()['x-clientservice-clienttag']) apiCalls.push(r.url()); });
    await page.goto(`${KB}?article=${english.HCTranslationOfId}`);
    const readEnglish = page.getByRole('button', { name: 'Lire en Anglais' });
    await expect(readEnglish).toBeVisible();
    await expect(page.locator('#hc-article-title')).toBeFocused();
    // The article, its vote and the categories came in the first request ($batch); the index is the second.
    expect(apiCalls.length).toBeLessThanOrEqual(2);
    expect(apiCalls[0]).toMatch(/\$batch/);
    await expectNoAxeViolations(page);
    await readEnglish.click();
    await expect(page.getByRole('heading', { level: 2, name: english.Title })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Lire en Français' })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`article=${english.Id}`));
    await page.getByRole('button', { name: 'Retour à la recherche' }).click();
    // Opened from a link elsewhere: the focus goes to the search box.
    await expect(page.getByRole('searchbox', { name: 'Rechercher un article' })).toBeFocused();
  });

  test('an English-speaking student gets the page and the answers in English', async ({ page, context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.studentEn.email);
    await page.goto(KB);
    await expect(page.getByRole('heading', { name: 'Find an answer' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search the articles' }).fill('forgot password');
    const first = page.getByRole('list', { name: 'Results' }).getByRole('listitem').first();
    await expect(first).toContainText(/password/i);
    await expect(first).toContainText('English');
    await expectNoAxeViolations(page);
  });
});
