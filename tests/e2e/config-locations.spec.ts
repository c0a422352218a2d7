/**
 * Journey (issue 18, seed 004): a referent keeps the rooms and equipment from the set-up page's configuration area —
 * imports 30 rooms from a CSV file (one bad row reported with its line and field, the 29 others kept), edits one, and
 * a second person's edit of the same room gets a conflict showing the other version instead of a lost edit; the new
 * rooms are offered at once in the request form; a student is not offered the area. Axe-clean, phone width.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_PEOPLE } from '../../workbench/server/directory';
import { chooseOption, collectConsoleErrors, expectNoAxeViolations, horizontalOverflow, loginAs, PEOPLE, SITE } from './helpers';

const SETUP = `${SITE}/SitePages/Setup.aspx`;
const REQUEST = `${SITE}/SitePages/Request.aspx`;
const REFERENT = DEMO_PEOPLE.find(p => p.email.startsWith('philippe.garnier'))!;
const BUILDING = 'Bâtiment Z';

/** 30 rows, French headers, `;`, a BOM: 29 rooms and one equipment whose room does not exist (line 31). */
function roomsFile(tag: string): Buffer {
  const lines = ['Nom;Type;Bâtiment;Salle;N° d\'inventaire'];
  for (let i = 1; i <= 29; i++) lines.push(`Salle ${tag}-${String(i).padStart(2, '0')};salle;${BUILDING};;`);
  lines.push(`Vidéoprojecteur ${tag};équipement;${BUILDING};Salle inconnue;INV-${tag}`);
  return Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8');
}

async function openLocations(page: Page): Promise<void> {
  await page.goto(`${SETUP}?area=locations`);
  await expect(page.getByRole('heading', { name: 'Salles, équipements et services' })).toBeVisible();
}

async function openRoom(page: Page, name: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Rechercher par début de nom' }).fill(name);
  await page.getByRole('button', { name: `Modifier ${name}`, exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Modifier le lieu' })).toBeVisible();
}

async function signedIn(context: BrowserContext, baseURL: string, email: string): Promise<Page> {
  await loginAs(context, baseURL, email);
  return context.newPage();
}

test.describe('Rooms, services and equipment', () => {
  test('a referent imports 30 rooms (one bad row reported, 29 kept), edits one; a second edit gets the conflict; the form offers them', async ({ browser, baseURL }) => {
    const tag = `Z${Date.now().toString(36).slice(-5).toUpperCase()}`;
    const referentContext = await browser.newContext();
    const page = await signedIn(referentContext, baseURL!, REFERENT.email);
    const errors = collectConsoleErrors(page);
    await page.goto(SETUP);
    // Not an owner, but a referent: the page opens the rooms and equipment area.
    await expect(page.getByRole('tab', { name: 'Lieux et équipements' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('heading', { name: 'Salles, équipements et services' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Importer un fichier CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importer des lieux' });
    await dialog.getByLabel('Fichier CSV').setInputFiles({ name: 'salles.csv', mimeType: 'text/csv', buffer: roomsFile(tag) });
    await expect(dialog.getByText('29 à créer, 0 déjà présents, 1 en erreur.').first()).toBeVisible();
    const bad = dialog.getByRole('row').filter({ hasText: `Vidéoprojecteur ${tag}` });
    await expect(bad.getByRole('cell').first()).toHaveText('31');
    await expect(bad).toContainText('Erreur — Salle\u00a0: Aucune salle de ce nom dans ce bâtiment.');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Importer 29 lignes' }).click();
    await expect(dialog.getByText('Import terminé : 29 créés, 0 déjà présents, 1 refusés.'.replace(/ :/g, '\u00a0:')).first()).toBeVisible();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Télécharger les lignes refusées' }).click();
    expect((await download).suggestedFilename()).toBe('lieux-refuses.csv');
    await dialog.getByRole('button', { name: 'Fermer' }).first().click();

    // The same file again writes nothing.
    await page.getByRole('button', { name: 'Importer un fichier CSV' }).click();
    await dialog.getByLabel('Fichier CSV').setInputFiles({ name: 'salles.csv', mimeType: 'text/csv', buffer: roomsFile(tag) });
    await expect(dialog.getByText('0 à créer, 29 déjà présents, 1 en erreur.').first()).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Importer 0 lignes' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Fermer' }).first().click();

    // Both people open the same room.
    const room = `Salle ${tag}-01`;
    await openRoom(page, room);
    const ownerContext = await browser.newContext();
    const owner = await signedIn(ownerContext, baseURL!, PEOPLE.owner.email);
    await openLocations(owner);
    await openRoom(owner, room);
    await owner.getByRole('textbox', { name: /^Nom/ }).fill(`${room} (informatique)`);
    await owner.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(owner.getByRole('dialog')).toHaveCount(0);

    // The referent's save comes second: a conflict showing the owner's version, her typing kept.
    await page.getByLabel('N° d\'inventaire').fill('SALLE-01');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Modifier le lieu' });
    await expect(panel.getByText('Quelqu\'un a modifié ce lieu pendant que vous l\'éditiez.')).toBeVisible();
    await expect(panel.getByText(`${room} (informatique) · Salle · ${BUILDING}`)).toBeVisible();
    await expect(panel.getByLabel('N° d\'inventaire')).toHaveValue('SALLE-01');
    await expectNoAxeViolations(page);
    await panel.getByRole('button', { name: 'Reprendre sa version' }).click();
    await expect(panel.getByRole('textbox', { name: /^Nom/ })).toHaveValue(`${room} (informatique)`);
    await panel.getByLabel('N° d\'inventaire').fill('SALLE-01');
    await panel.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'est enregistré' })).toHaveCount(1);
    // The history names who changed what.
    await openRoom(page, `${room} (informatique)`);
    await expect(panel.getByText(/^Version \S+, le .* par Claire Martin$/)).toHaveCount(1);
    await expect(panel.getByText(/^Version \S+, le .* par Philippe Garnier$/)).toHaveCount(2);
    await panel.getByRole('button', { name: 'Annuler' }).click();

    // The request form offers the new rooms at once.
    await page.goto(REQUEST);
    await page.getByLabel('Anomalie — Quelque chose ne fonctionne pas').check();
    await chooseOption(page, 'Catégorie', 'Salles et équipements');
    await chooseOption(page, 'Lieu (salle ou service)', `Salle ${tag}-02 (${BUILDING})`);
    // The one error the browser logs is the refused save's answer (412), which the page turned into the conflict.
    expect(errors.filter(e => !/status of 412/.test(e))).toEqual([]);
    await ownerContext.close();
    await referentContext.close();
  });

  test('a student is not offered the configuration area', async ({ page, context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.studentFr.email);
    await page.goto(`${SETUP}?area=locations`);
    await expect(page.getByText(/Seuls les propriétaires du site/)).toBeVisible();
    await page.waitForTimeout(500);
    await expect(page.getByRole('tab')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Salles, équipements et services' })).toHaveCount(0);
  });

  test('at 390 px the area fits the phone and stays accessible', async ({ page, context, baseURL }) => {
    await loginAs(context, baseURL!, REFERENT.email);
    await page.setViewportSize({ width: 390, height: 844 });
    await openLocations(page);
    await expect(page.getByRole('table')).toBeVisible();
    expect(await horizontalOverflow(page)).toBeUndefined();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Ajouter' }).click();
    const panel = page.getByRole('dialog', { name: 'Nouveau lieu' });
    await panel.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(panel.getByRole('link', { name: 'Nom\u00a0: Obligatoire.' })).toBeVisible();
    expect(await horizontalOverflow(page)).toBeUndefined();
    await expectNoAxeViolations(page);
  });
});
