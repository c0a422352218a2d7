/**
 * "Ask this expert" and communities (issue 15): Léa opens the request form from Julie's "ask this expert" link
 * (Request.aspx?expert=…), sees that her request goes to Julie, files it; the desk's intake routes it to Julie's team
 * and assigns it to her, and Julie gets one mail. An address naming nobody says so. The form and the knowledge page
 * show the Moodle community (a Teams channel, new tab, noopener). Axe and a phone's width on each page.
 */
import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import {
  PEOPLE, SITE, asPerson, chooseOption, categoryNamed, deskReceives, expectNoAxeViolations, horizontalOverflow, itemsOf, loginAs, outbox, stateOf, CONTROL_HEADERS
} from './helpers';

const FORM = `${SITE}/SitePages/Request.aspx`;
const KB = `${SITE}/SitePages/Knowledge.aspx`;
const JULIE = 'julie.petit@univ-exemple.fr';
const MOODLE_LINK = 'Demander à la communauté Moodle sur Teams (nouvel onglet)';

/** Julie's site user id, and her own directory entry listed (her consent): as she would tick it on the directory. */
async function julieListed(request: APIRequestContext): Promise<number> {
  const me = await request.get(`${SITE}/_api/web/currentuser?$select=Id`, { headers: asPerson(JULIE) });
  const id = ((await me.json()) as { Id: number }).Id;
  const res = await request.get(`${itemsOf('Experts')}?$select=Id,AuthorId,HCListed&$filter=HCPersonId eq ${id}&$top=20`, { headers: asPerson(JULIE) });
  const own = ((await res.json()) as { value: { Id: number; AuthorId: number; HCListed: boolean }[] }).value.filter(e => e.AuthorId === id);
  if (own.length && own.every(e => e.HCListed)) return id;
  if (own.length) {
    for (const e of own) {
      const r = await request.post(`${itemsOf('Experts')}(${e.Id})`, { headers: { ...asPerson(JULIE), 'IF-MATCH': '*', 'X-HTTP-Method': 'MERGE' }, data: { HCListed: true } });
      expect(r.ok(), await r.text()).toBe(true);
    }
  } else {
    const r = await request.post(itemsOf('Experts'), { headers: asPerson(JULIE), data: { Title: 'Julie Petit', HCPersonId: id, HCListed: true, HCSkills: 'Moodle' } });
    expect(r.status(), await r.text()).toBe(201);
  }
  return id;
}

async function atPhoneWidth(page: Page, check: () => Promise<void>): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await check();
  expect(await horizontalOverflow(page)).toBeUndefined();
  if (size) await page.setViewportSize(size);
}

test.describe('Ask this expert', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.studentFr.email);
  });

  test('Léa asks Julie from her link: the form shows Julie and the Moodle community; the desk assigns the request to Julie, who gets one mail', async ({ page, browser, baseURL }) => {
    const julie = await julieListed(page.request);
    await page.request.delete('/_workbench/outbox', { headers: CONTROL_HEADERS });
    await page.goto(`${FORM}?expert=${encodeURIComponent(JULIE)}`);
    const expert = page.getByRole('region', { name: 'Votre demande est adressée à' });
    await expect(expert).toContainText('Julie Petit');
    // Her photo, as SharePoint serves it (PersonBadge; initials while it loads).
    await expect(expert.locator('img')).toHaveAttribute('src', /\/_layouts\/15\/userphoto\.aspx\?size=S&accountname=julie\.petit%40univ-exemple\.fr$/);
    await expect(expert.getByText(/^Le support lui confie directement votre demande/)).toBeVisible();

    await chooseOption(page, 'Catégorie', 'ENT / Moodle');
    const community = page.getByRole('link', { name: MOODLE_LINK });
    await expect(community).toBeVisible();
    await expect(community).toHaveAttribute('target', '_blank');
    await expect(community).toHaveAttribute('rel', 'noopener noreferrer');
    expect(await community.getAttribute('href')).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    await page.getByLabel('Titre').fill('Quiz Moodle invisible pour mon groupe');
    await page.getByLabel('Description').fill('Le quiz du chapitre 3 ne s\'affiche pas pour le groupe TD2.');
    await expectNoAxeViolations(page);
    await atPhoneWidth(page, async () => { await expect(expert).toBeVisible(); });

    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    const confirmation = page.getByRole('heading', { name: /Demande n°\d+ enregistrée/ });
    await expect(confirmation).toBeFocused();
    const id = Number(/n°(\d+)/.exec((await confirmation.textContent())!)![1]);

    // Karim's desk load receives it: Julie is listed and an e-learning agent, so it is hers.
    await deskReceives(browser, baseURL!);
    const moodle = await categoryNamed(page.request, 'ENT / Moodle');
    const state = await stateOf(page.request, id, PEOPLE.agentL1.email, 'HCAssignedToId,HCTeamId,HCLevel');
    expect(state).toMatchObject({ HCStatus: 'new', HCAssignedToId: julie, HCTeamId: moodle.HCDefaultTeamId, HCLevel: 'L1' });
    const mails = (await outbox(page.request)).filter(m => m.subject.includes(`n°${id} `));
    const toJulie = mails.filter(m => m.to.includes(JULIE));
    expect(toJulie.map(m => m.subject)).toEqual([`[Centre d'aide] Demande n°${id} : une demande vous est adressée\u00a0— Quiz Moodle invisible pour mon groupe`]);
    expect(mails.find(m => m.to.includes(PEOPLE.studentFr.email))!.body).toContain('Vous l\'avez adressée à Julie Petit');
  });

  test('an address naming nobody files an ordinary request; the knowledge page shows the chosen category\'s community', async ({ page }) => {
    await page.goto(`${FORM}?expert=${encodeURIComponent('personne.inconnue@univ-exemple.fr')}`);
    await expect(page.getByText('L\'adresse «\u00a0personne.inconnue@univ-exemple.fr\u00a0» ne correspond à personne de connu\u00a0: votre demande ira au support comme d\'habitude.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Votre demande est adressée à' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.goto(KB);
    await page.getByRole('button', { name: /^Filtres/ }).click();
    await chooseOption(page, 'Catégorie', /ENT \/ Moodle/);
    const community = page.getByRole('link', { name: MOODLE_LINK });
    await expect(community).toBeVisible();
    await expect(community).toHaveAttribute('rel', 'noopener noreferrer');
    await expectNoAxeViolations(page);
    await atPhoneWidth(page, async () => { await expect(community).toBeVisible(); });
  });
});
