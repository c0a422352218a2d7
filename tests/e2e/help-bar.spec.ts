/**
 * The help bar on every page of the tenant, here on an ordinary intranet site's page (another site than the help
 * center's): type-ahead over the knowledge base and an article in a panel, a request filed from a panel with the
 * category guessed from the query or the knowledge page's category or article, its count, dismissable announcements, the links menu by role; no layout shift,
 * phone widths, dark theme and high contrast; axe clean throughout.
 */
import { expect, test, type Page } from '@playwright/test';
import { INTRANET, PEOPLE, SITE, expectNoAxeViolations, horizontalOverflow, loginAs, screenshots } from './helpers';

/**
 * Records what the bar could move once shown: layout shifts of its own elements (not those right after an input:
 * those are the person's doing, as the CLS metric counts them), and each height the bar takes — a bar that never
 * changes height pushes nothing below it. (The workbench's own identity switcher under the bar grows when it fills
 * in: that moves the page too, but it is not the bar.)
 */
async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: { value: number; at: number; moved: string[] }[]; __barHeights: number[] };
    w.__shifts = [];
    w.__barHeights = [];
    const inBar = (n: Node | null): boolean => n instanceof Element && !!n.closest('[data-help-center="help-bar"]');
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; startTime: number; sources?: { node: Node | null; previousRect: DOMRect; currentRect: DOMRect }[] }[]) {
        const moved = (e.sources || []).filter((x) => inBar(x.node));
        if (!e.hadRecentInput && moved.length) {
          w.__shifts.push({ value: e.value, at: Math.round(e.startTime), moved: moved.map((x) => `${(x.node as Element).className} ${JSON.stringify(x.previousRect)} -> ${JSON.stringify(x.currentRect)}`) });
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
    const sizes = new ResizeObserver((entries) => { for (const e of entries) w.__barHeights.push(Math.round(e.borderBoxSize[0].blockSize)); });
    new MutationObserver((_m, observer) => {
      const nav = document.querySelector('[data-help-center="help-bar"]');
      if (nav) { sizes.observe(nav); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
}
/** The bar's shifts and its distinct heights since it was first shown. */
const shifts = (page: Page) => page.evaluate(() => {
  const w = window as unknown as { __shifts: unknown[]; __barHeights: number[] };
  return { shifts: w.__shifts, heights: [...new Set(w.__barHeights)] };
});

const bar = (page: Page, name = "Barre d'aide") => page.getByRole('navigation', { name });
const announcements = (page: Page, name = 'Annonces en cours') => bar(page, name === 'Annonces en cours' ? "Barre d'aide" : 'Help bar').getByRole('list', { name });

test('from an intranet page: search, read an article in a panel, file a request from a panel, see the count change, dismiss an announcement', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  await loginAs(context, baseURL!, PEOPLE.studentFr.email);
  await watchLayoutShifts(page);
  const helpCenterCalls: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/_api/')) helpCenterCalls.push(new URL(r.url()).pathname); });
  await page.goto(INTRANET);
  const news = announcements(page);
  // Outage first, in the reader's language only.
  await expect(news.getByRole('listitem')).toHaveCount(2);
  await expect(news.getByRole('listitem').first()).toContainText('Panne en cours : Wi-Fi perturbé dans le bâtiment B');
  await expect(news).not.toContainText('Wi-Fi disrupted');
  // Every request of the bar goes to the help center's site, none to the intranet's.
  expect(helpCenterCalls.length).toBeGreaterThan(0);
  expect(helpCenterCalls.every((p) => p.startsWith(`${SITE}/_api/`))).toBe(true);
  await expect(bar(page).getByRole('link', { name: 'Faire une demande' })).toHaveAttribute('href', `${baseURL}${SITE}/SitePages/Request.aspx`);

  // Type-ahead: the engine loads on the first focus; arrows and Enter open the article in a panel.
  const box = bar(page).getByRole('combobox', { name: "Rechercher dans l'aide" });
  const chunks = () => page.evaluate(() => ((globalThis as unknown as { __hcChunkLoads?: { name: string }[] }).__hcChunkLoads || []).map((c) => c.name));
  expect(await chunks()).not.toContain('help-bar-search');
  await box.click();
  await expect.poll(chunks).toContain('help-bar-search');
  expect(await chunks()).not.toContain('help-bar-panel');
  await box.pressSequentially('quiz moodle', { delay: 30 });
  const list = bar(page).getByRole('listbox', { name: 'Articles suggérés' });
  await expect(list.getByRole('option').first()).toBeVisible();
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await expect(bar(page).getByText(/^(\d+ articles suggérés|1 article suggéré)$/)).toHaveCount(1);
  await expectNoAxeViolations(page);
  const first = (await list.getByRole('option').first().locator('span').first().textContent())!;
  await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', /-0$/);
  await box.press('Enter');
  const panel = page.getByRole('dialog', { name: "Article de l'aide" });
  await expect(panel.getByRole('heading', { name: first, level: 2 })).toBeFocused();
  await expect(panel.getByRole('link', { name: "Ouvrir la page de l'article" })).toHaveAttribute('href', new RegExp(`${SITE}/SitePages/Knowledge\\.aspx\\?article=\\d+$`));
  await expectNoAxeViolations(page);
  await panel.getByRole('button', { name: 'Fermer' }).first().click();
  await expect(panel).toHaveCount(0);
  await expect(box).toBeFocused();

  // A request from the bar's panel: the query prefills it, and its category is guessed from it.
  const mine = bar(page).getByRole('link', { name: /^Mes demandes/ });
  const before = Number((await mine.locator('.hc-hb-n').first().textContent()) || '0');
  const title = `Impossible de déposer mon devoir sur Moodle ${Date.now() % 100000}`;
  await box.fill(title);
  await bar(page).getByRole('link', { name: 'Faire une demande' }).click();
  const form = page.getByRole('dialog', { name: 'Nouvelle demande' });
  await expect(form.getByRole('combobox', { name: 'Catégorie' })).toHaveValue('ENT / Moodle');
  await expect(form.getByLabel('Titre')).toHaveValue(title);
  await form.getByLabel(/^Demande d'assistance/).check();
  await form.getByLabel('Description').fill('Le quiz du chapitre 3 affiche une page blanche depuis ce matin.');
  await expectNoAxeViolations(page);
  // Closed before sending: the draft is kept (this device), and offered back when the panel opens again.
  // (The form saves its draft 400 ms after the last keystroke.)
  await page.waitForTimeout(1000);
  await form.getByRole('button', { name: 'Fermer' }).first().click();
  await expect(form).toHaveCount(0);
  await bar(page).getByRole('link', { name: 'Faire une demande' }).click();
  await expect(form.getByText(/^Nous avons retrouvé le brouillon que vous aviez commencé le /)).toBeVisible();
  await expect(form.getByLabel('Description')).toHaveValue('Le quiz du chapitre 3 affiche une page blanche depuis ce matin.');
  await form.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(form.getByRole('heading', { name: /Demande n°\d+ enregistrée/ })).toBeVisible();
  await form.getByRole('button', { name: 'Fermer' }).first().click();
  await expect(form).toHaveCount(0);
  await expect(bar(page).getByRole('link', { name: 'Faire une demande' })).toBeFocused();
  await expect(mine.locator('.hc-hb-n').first()).toHaveText(String(before + 1));
  await expect(mine).toHaveAccessibleName(new RegExp(`^Mes demandes \\(${before + 1} demandes? en cours`));

  // Dismissed for good (this person, this version of the announcement).
  await news.getByRole('button', { name: "Masquer l'annonce « Wi-Fi perturbé dans le bâtiment B »" }).click();
  await expect(news.getByRole('listitem')).toHaveCount(1);
  await page.reload();
  await expect(announcements(page).getByRole('listitem')).toHaveCount(1);
  await expect(announcements(page)).toContainText('Maintenance de Moodle');
  await expect(bar(page).getByRole('link', { name: /^Mes demandes/ }).locator('.hc-hb-n').first()).toHaveText(String(before + 1));
  // Once shown, the bar moved nothing: its announcements and counts came into room kept for them.
  await page.waitForTimeout(500);
  const seen = await shifts(page);
  expect(seen.shifts).toEqual([]);
  expect(seen.heights).toHaveLength(1);
});

/** The help center's categories, as the desk set them (read over REST as the signed-in person). */
async function categories(page: Page): Promise<{ Id: number; Title: string; HCParentId: number | null }[]> {
  const response = await page.request.get(`${SITE}/_api/web/lists/getByTitle('HelpCategories')/items?$select=Id,Title,HCParentId&$top=500`, { headers: { accept: 'application/json;odata=nometadata' } });
  expect(response.status()).toBe(200);
  return (await response.json()).value;
}

for (const via of ['category', 'article', 'heading'] as const) {
  test(`on the knowledge page, a request from the bar takes the category the page is about (${via})`, async ({ page, context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.studentFr.email);
    const all = await categories(page);
    const moodle = all.find((c) => c.Title === 'ENT / Moodle')!;
    let address = `${SITE}/SitePages/Knowledge.aspx?category=${moodle.Id}`;
    if (via === 'article') {
      const found = await page.request.get(`${SITE}/_api/web/lists/getByTitle('KnowledgeArticles')/items?$select=Id&$filter=HCCategoryId eq ${moodle.Id} and HCStatus eq 'published'&$top=1`, { headers: { accept: 'application/json;odata=nometadata' } });
      address = `${SITE}/SitePages/Knowledge.aspx?article=${(await found.json()).value[0].Id}`;
    }
    // A category with subcategories is a heading in the form: nothing is chosen for the person.
    if (via === 'heading') address = `${SITE}/SitePages/Knowledge.aspx?category=${moodle.HCParentId}`;
    await page.goto(address);
    await bar(page).getByRole('link', { name: 'Faire une demande' }).click();
    const form = page.getByRole('dialog', { name: 'Nouvelle demande' });
    await expect(form.getByLabel('Titre')).toBeVisible();
    await expect(form.getByRole('combobox', { name: 'Catégorie' })).toHaveValue(via === 'heading' ? '' : 'ENT / Moodle');
  });
}

test('the links menu hides the desk from a student and shows it to an agent; keyboard and focus', async ({ page, context, baseURL }) => {
  for (const [who, desk] of [[PEOPLE.studentFr, 0], [PEOPLE.agentL1, 1]] as const) {
    await loginAs(context, baseURL!, who.email);
    await page.goto(INTRANET);
    // The one request answered (the announcements came with the roles).
    await expect(announcements(page).getByRole('listitem').first()).toBeVisible();
    const button = bar(page).getByRole('button', { name: "Pages de l'aide" });
    await button.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: "Pages de l'aide" });
    await expect(menu.getByRole('menuitem').first()).toBeFocused();
    await expect(menu.getByRole('menuitem', { name: 'Base de connaissances' })).toHaveAttribute('href', `${baseURL}${SITE}/SitePages/Knowledge.aspx`);
    await expect(menu.getByRole('menuitem', { name: 'Bureau du support' })).toHaveCount(desk);
    await expect(menu.getByRole('menuitem', { name: "Configuration du centre d'aide" })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();
  }
});

test('an English reader gets the English announcement', async ({ page, context, baseURL }) => {
  await loginAs(context, baseURL!, PEOPLE.studentEn.email);
  await page.goto(INTRANET);
  await expect(announcements(page, 'Current announcements').getByRole('listitem').first()).toContainText('Ongoing outage: Wi-Fi disrupted in building B');
});

test('in a dark theme and in high contrast the bar takes the page\'s colours and stays accessible', async ({ page, context, baseURL }) => {
  await loginAs(context, baseURL!, PEOPLE.studentFr.email);
  await page.addInitScript(() => {
    // As @microsoft/load-themed-styles keeps it (SPFx loads it on every page), with a dark site theme.
    (window as unknown as { __themeState__: unknown }).__themeState__ = { registeredStyles: [], theme: {
      themePrimary: '#479ef5', themeDarker: '#9ccaf9', themeLighterAlt: '#03060a', neutralPrimary: '#ffffff', neutralSecondary: '#d0d0d0',
      neutralLighter: '#2f2f2f', neutralLight: '#3d3d3d', neutralTertiary: '#c8c8c8', white: '#1f1f1f',
    } };
  });
  await page.goto(INTRANET);
  await expect(announcements(page).getByRole('listitem').first()).toBeVisible();
  expect(await bar(page).evaluate((n) => getComputedStyle(n).backgroundColor)).toBe('rgb(31, 31, 31)');
  await expectNoAxeViolations(page);
  await screenshots(page, 'help-bar-dark');
  await page.emulateMedia({ forcedColors: 'active' });
  await expectNoAxeViolations(page);
  await screenshots(page, 'help-bar-forced-colors');
});

for (const [width, height] of [[1366, 900], [390, 844], [320, 640]] as const) {
  test(`at ${width} px the bar fits the page, its whole placeholder shows and it stays accessible`, async ({ page, context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.studentFr.email);
    await page.setViewportSize({ width, height });
    await watchLayoutShifts(page);
    await page.goto(INTRANET);
    await expect(announcements(page).getByRole('listitem').first()).toContainText('Panne en cours');
    // The second page of a visit: the announcements' room is kept, nothing moves at this width either.
    await page.reload();
    await expect(announcements(page).getByRole('listitem')).toHaveCount(2);
    await expect(bar(page).getByRole('button', { name: "Pages de l'aide" })).toBeVisible();
    await page.waitForTimeout(300);
    const seen = await shifts(page);
    expect(seen.shifts).toEqual([]);
    expect(seen.heights).toHaveLength(1);
    const box = bar(page).getByRole('combobox', { name: "Rechercher dans l'aide" });
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
    expect((await bar(page).getByRole('button', { name: 'Rechercher', exact: true }).boundingBox())!.height).toBeGreaterThanOrEqual(28);
    expect(await bar(page).getByRole('link', { name: /^Mes demandes/ }).evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('none');
    // The type-ahead's list and the menu stay on the screen.
    await box.fill('wifi');
    await expect(bar(page).getByRole('listbox').getByRole('option').first()).toBeVisible();
    expect(await horizontalOverflow(page)).toBeUndefined();
    await expectNoAxeViolations(page);
    await box.press('Escape');
    await bar(page).getByRole('button', { name: "Pages de l'aide" }).click();
    const menu = page.getByRole('menu');
    const right = await menu.evaluate((m) => m.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(width);
    await screenshots(page, `help-bar-${width}`);
  });
}

test('on the help center\'s own pages: one $batch with the page\'s digest, and the search still posts to the knowledge page', async ({ page, context, baseURL }) => {
  await loginAs(context, baseURL!, PEOPLE.studentFr.email);
  const calls: { url: string; body: string }[] = [];
  page.on('request', (r) => { if (r.url().includes('/_api/')) calls.push({ url: new URL(r.url()).pathname, body: r.postData() || '' }); });
  await page.goto(`${SITE}/SitePages/MyRequests.aspx`);
  await expect(announcements(page).getByRole('listitem').first()).toBeVisible();
  // Her first page read her id on the site; the next page reads all in one request (the bar's live part comes once the
  // page is idle: its request is over when its announcements show).
  await page.reload();
  await expect(announcements(page).getByRole('listitem').first()).toBeVisible();
  calls.length = 0;
  await page.reload();
  await expect(announcements(page).getByRole('listitem').first()).toBeVisible();
  const mine = calls.filter((c) => c.body.includes("getByTitle('Announcements')"));
  expect(mine.map((c) => c.url)).toEqual([`${SITE}/_api/$batch`]);
  expect(mine[0].body).toContain("getByTitle('HelpTicketStates')");
  expect(calls.filter((c) => c.url.endsWith('/contextinfo'))).toEqual([]);
  await bar(page).getByRole('combobox', { name: "Rechercher dans l'aide" }).fill('mot de passe oublié');
  await Promise.all([page.waitForURL(/\/SitePages\/Knowledge\.aspx\?q=mot\+de\+passe\+oubli/), bar(page).getByRole('button', { name: 'Rechercher', exact: true }).click()]);
});
