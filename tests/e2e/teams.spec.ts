/**
 * The Teams app's tabs (issue 16): SharePoint hosts each web part alone on the tenant root site's
 * `_layouts/15/teamshostedapp.aspx?teams&personal&componentId=…`, with Teams' context and the web part's site property
 * empty. The help center is then the one the tenant property HelpCenterSiteUrl names (the workbench sets it at start,
 * as the administrator does): the tabs show its data, read from /sites/helpcenter (never the root site, whose only
 * request is the tenant property), and link to its pages — opened in a new browser tab, not inside Teams. A mail's
 * deep link (sub-page `ticket-ID`) opens that request. With no property set, the tab says so. Axe; 390 px.
 */
import { expect, test } from '@playwright/test';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { CONTROL_HEADERS, PEOPLE, SITE, categoryNamed, expectNoAxeViolations, fileOverRest, horizontalOverflow, loginAs } from './helpers';
import { TEAMS_COMPONENTS, ticketSubPageId } from '../../src/domain/teams/teamsApp';
import { HELP_CENTER_SITE_PROPERTY } from '../../src/data/settings/helpCenterSite';

const { loadLocModule } = require('../setup/locStrings') as { loadLocModule(feature: string, locale: string): Record<string, Record<string, string>> };
const COMMON = loadLocModule('common', 'fr-fr');
const HOME = loadLocModule('home', 'fr-fr');
const DESK = loadLocModule('desk', 'fr-fr');

/** A tab's page as the Teams package's content URL opens it (plus what Teams itself adds: a deep link's sub-page). */
const tab = (componentId: string, extra = ''): string => `/_layouts/15/teamshostedapp.aspx?teams&personal&componentId=${componentId}&forceLocale=fr-fr${extra}`;

/** The SharePoint requests the page made as her, by path (the emulator's log; the server-side mailer's are its own). */
async function requestsSince(request: APIRequestContext, action: () => Promise<void>): Promise<string[]> {
  expect((await request.delete('/_workbench/requests', { headers: CONTROL_HEADERS })).ok()).toBe(true);
  await action();
  const log = await (await request.get('/_workbench/requests', { headers: CONTROL_HEADERS })).json() as { path: string; user: string }[];
  return log.filter(r => r.user.toLowerCase() === PEOPLE.studentFr.email.toLowerCase()).map(r => decodeURIComponent(r.path));
}

/** The tenant property's read, from the page's web (the root site). */
const TENANT_PROPERTY_READ = new RegExp(`^/_api/web/getStorageEntity\\('${HELP_CENTER_SITE_PROPERTY}'\\)$`, 'i');

/** Every SharePoint request went to the help center's site, but the tenant property read from the page's (root) web. */
function expectOnlyHelpCenterRequests(paths: string[]): void {
  const elsewhere = paths.filter(p => !p.toLowerCase().startsWith(`${SITE}/`) && !TENANT_PROPERTY_READ.test(p) && !p.startsWith('/v1.0/'));
  expect(elsewhere, 'requests outside the help center site').toEqual([]);
  expect(paths.some(p => p.toLowerCase().startsWith(`${SITE}/_api/`))).toBe(true);
}

/** The web part's links that leave the page point at the help center's pages (or Teams), never at the root site's. */
async function expectLinksToHelpCenter(page: Page, origin: string): Promise<void> {
  const hrefs = await page.locator('#workbench-root main a[href]').evaluateAll(links => links.map(a => (a as HTMLAnchorElement).href));
  const pages = hrefs.filter(h => h.startsWith(origin) && !h.includes('/_layouts/15/teamshostedapp.aspx'));
  expect(pages.length).toBeGreaterThan(0);
  expect(pages.filter(h => !h.startsWith(`${origin}${SITE}/`)), 'links outside the help center').toEqual([]);
}

/** The colour behind an element: the first ancestor's (or its own) that is not transparent. */
function backgroundOf(locator: Locator): Promise<string> {
  return locator.evaluate((node) => {
    for (let e: Element | null = node; e; e = e.parentElement) {
      const colour = getComputedStyle(e).backgroundColor;
      if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
    }
    return '';
  });
}

async function fitsAPhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await horizontalOverflow(page), 'sideways scroll at 390 px').toBeUndefined();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.use({ viewport: { width: 1280, height: 900 } });

test.describe('Teams tabs', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.studentFr.email);
  });

  test('My requests: the help center\'s requests at the root site, the mail\'s deep link opens hers, other pages open in a new tab', async ({ page, request, baseURL }) => {
    const category = await categoryNamed(request, 'Poste de travail');
    const title = `Teams : écran noir ${Date.now() % 100000}`;
    const id = await fileOverRest(request, PEOPLE.studentFr.email, { Title: title, HCDescription: 'Écran noir au démarrage.', HCKind: 'anomaly', HCCategoryId: category.Id });

    const paths = await requestsSince(request, async () => {
      await page.goto(tab(TEAMS_COMPONENTS.myRequests, `&subEntityId=${ticketSubPageId(id)}`));
      await expect(page.getByRole('heading', { name: title })).toBeVisible();
    });
    expectOnlyHelpCenterRequests(paths);
    await expectNoAxeViolations(page);

    // Her list, from the help center; its "new request" goes to the help center's form, marked as filed from Teams.
    await page.goto(tab(TEAMS_COMPONENTS.myRequests));
    await expect(page.getByRole('row').filter({ hasText: title })).toBeVisible();
    await expectLinksToHelpCenter(page, new URL(baseURL!).origin);
    const newRequest = page.locator(`#workbench-root main a[href^="${new URL(baseURL!).origin}${SITE}/SitePages/Request.aspx"]`).first();
    await expect(newRequest).toHaveAttribute('href', /[?&]from=teams$/);
    const [popup] = await Promise.all([page.waitForEvent('popup'), newRequest.click()]);
    await expect(popup).toHaveURL(new RegExp(`${SITE}/SitePages/Request\\.aspx\\?from=teams$`));
    await popup.close();
    await expect(page).toHaveURL(/teamshostedapp\.aspx/);
    await fitsAPhone(page);
  });

  test('Home: the help center\'s home, read from the help center only, linking to its pages; in Teams\' dark theme', async ({ page, request, baseURL }) => {
    const paths = await requestsSince(request, async () => {
      await page.goto(tab(TEAMS_COMPONENTS.home));
      await expect(page.getByRole('heading', { name: HOME.home.categoriesHeading })).toBeVisible();
      await expect(page.locator(`#workbench-root main a[href*="${SITE}/SitePages/Knowledge.aspx?article="]`).first()).toBeVisible();
    });
    expectOnlyHelpCenterRequests(paths);
    await expectLinksToHelpCenter(page, new URL(baseURL!).origin);
    await expectNoAxeViolations(page);
    await fitsAPhone(page);

    // Teams' dark theme: the web part takes a dark Fluent theme (SharePoint gives it the root site's light one).
    await page.goto(tab(TEAMS_COMPONENTS.home, '&theme=dark'));
    const heading = page.getByRole('heading', { name: HOME.home.categoriesHeading });
    await expect(heading).toBeVisible();
    expect(await backgroundOf(heading)).toBe('rgb(31, 31, 31)');
    await expectNoAxeViolations(page);
  });

  test('no tenant property: the tab says the address is not set and asks nothing of the root site\'s lists; set, the Desk tab is the support team\'s (high contrast)', async ({ page, request }) => {
    const property = `/_workbench/storageentities/${HELP_CENTER_SITE_PROPERTY}`;
    const saved = (await (await request.get('/_workbench/storageentities', { headers: CONTROL_HEADERS })).json() as { Key: string; Value: string; Description?: string }[])
      .find(e => e.Key === HELP_CENTER_SITE_PROPERTY);
    expect(saved, 'the workbench sets the tenant property at start').toBeTruthy();
    expect((await request.delete(property, { headers: CONTROL_HEADERS })).ok()).toBe(true);
    try {
      const paths = await requestsSince(request, async () => {
        await page.goto(tab(TEAMS_COMPONENTS.desk));
        await expect(page.getByText(COMMON.common.helpCenterSiteMissing)).toBeVisible();
      });
      expect(paths).toHaveLength(1);
      expect(paths[0]).toMatch(TENANT_PROPERTY_READ);
      await expectNoAxeViolations(page);
    } finally {
      expect((await request.put(property, { headers: { ...CONTROL_HEADERS, 'Content-Type': 'application/json' }, data: { Value: saved!.Value, Description: saved!.Description } })).ok()).toBe(true);
    }
    // Set again: the Desk tab (every person of the app has it: Teams cannot hide a tab per person) tells a student it is
    // the support team's — here in Teams' high-contrast theme.
    await page.goto(tab(TEAMS_COMPONENTS.desk, '&theme=contrast'));
    const notAgent = page.getByText(DESK.desk.notAgent);
    await expect(notAgent).toBeVisible();
    expect(await backgroundOf(notAgent)).toBe('rgb(0, 0, 0)');
    await expectNoAxeViolations(page);
  });
});
