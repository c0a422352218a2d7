/** The help bar on every page: search box, links, and the current announcements in the reader's language. */
import { expect, test } from '@playwright/test';
import { PEOPLE, SITE, expectNoAxeViolations, horizontalOverflow, loginAs, screenshots } from './helpers';

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

for (const [width, height] of [[1366, 900], [390, 844], [320, 640]] as const) {
  test(`at ${width} px the bar fits the page, its whole placeholder shows and it stays accessible`, async ({ page, context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.studentFr.email);
    await page.setViewportSize({ width, height });
    await page.goto(SITE);
    const bar = page.getByRole('navigation', { name: "Barre d'aide" });
    await expect(bar.getByRole('status')).toContainText('Panne en cours');
    const box = bar.getByRole('searchbox', { name: "Rechercher dans l'aide" });
    await expect(box).toHaveAttribute('placeholder', 'Votre question (mot de passe, Wi-Fi…)');
    const fit = await box.evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { scrollWidth: input.scrollWidth, clientWidth: input.clientWidth, text: Math.ceil(context.measureText(input.placeholder).width), room };
    });
    expect(fit.scrollWidth).toBeLessThanOrEqual(fit.clientWidth);
    // The placeholder's own width, measured in the input's font: it is not cut off.
    expect(fit.text, `placeholder ${fit.text} px in ${fit.room} px`).toBeLessThanOrEqual(fit.room);
    expect(await horizontalOverflow(page)).toBeUndefined();
    // The controls are 32 px high and the links are not underlined until hovered.
    expect(Math.round((await box.boundingBox())!.height)).toBeGreaterThanOrEqual(28);
    expect((await bar.getByRole('button', { name: 'Rechercher' }).boundingBox())!.height).toBeGreaterThanOrEqual(28);
    expect(await bar.getByRole('link', { name: 'Mes demandes' }).evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('none');
    await expectNoAxeViolations(page);
    await screenshots(page, `help-bar-${width}`);
  });
}
