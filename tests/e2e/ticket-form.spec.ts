/**
 * The ticket form in the workbench: file a maintenance ticket, bad input, drafts, and a submit under faults. A
 * student's ticket is received by the desk (its housekeeping), which then sends the confirmation from the agent's
 * mailbox; an agent filing for someone is the desk, so that mail goes at once.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import {
  PEOPLE, SITE, STATES, TICKETS, asPerson, chooseOption, collectConsoleErrors, horizontalOverflow, deskReceives, expectNoAxeViolations, loginAs, outbox, screenshots, senderOf, workbenchAuth, CONTROL_HEADERS
} from './helpers';

const FORM = `${SITE}/SitePages/Request.aspx`;
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

async function pasteScreenshot(page: Page): Promise<void> {
  await page.getByRole('form', { name: 'Votre demande' }).evaluate((form, bytes) => {
    const file = new File([new Uint8Array(bytes)], 'image.png', { type: 'image/png' });
    const data = new DataTransfer();
    data.items.add(file);
    form.querySelector('textarea')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, [...PNG]);
}

async function fillMaintenanceTicket(page: Page, title: string): Promise<void> {
  await page.getByLabel('Anomalie — Quelque chose ne fonctionne pas').check();
  await chooseOption(page, 'Catégorie', 'Salles et équipements');
  await page.getByLabel('Titre').fill(title);
  await page.getByLabel('Description').fill('Plus d\'image depuis 8 h, le voyant clignote en orange. Cours de 10 h en jeu.');
  await chooseOption(page, 'Lieu (salle ou service)', 'Salle B204 (Bâtiment B — Sciences)');
  await chooseOption(page, 'Équipement', 'Vidéoprojecteur — B204');
  await chooseOption(page, 'Type d\'incident', 'Matériel');
  await chooseOption(page, 'Type d\'intervention', 'Réparation');
}

/** How many items of `list` (HelpTickets, or the desk's HelpTicketStates, which copy the title) hold the title, as the owner sees them. */
async function titled(page: Page, title: string, list: string = TICKETS): Promise<number> {
  const res = await page.request.get(`${list}?$select=Id&$filter=Title eq '${title.replace(/'/g, "''")}'`,
    { headers: { Accept: 'application/json', ...workbenchAuth(PEOPLE.owner.email) } });
  return ((await res.json()) as { value: unknown[] }).value.length;
}

test.describe('Ticket form', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.studentFr.email);
  });

  test('a student files a room incident with a pasted screenshot and watchers; the desk receives it and confirms the watchers; everyone is emailed once', async ({ page, browser, baseURL }) => {
    await page.request.delete('/_workbench/outbox', { headers: CONTROL_HEADERS });
    await page.goto(FORM);
    await expect(page.getByRole('heading', { name: 'Votre demande', level: 2 })).toBeVisible();
    await expectNoAxeViolations(page);
    await fillMaintenanceTicket(page, 'Vidéoprojecteur B204 en panne');
    await pasteScreenshot(page);
    await expect(page.getByRole('button', { name: /Retirer Capture-collee|Retirer Capture-collée/ })).toBeVisible();
    // The people to inform are optional: an action reveals the field, whose search input takes the focus.
    const inform = page.getByRole('button', { name: "Prévenir d'autres personnes (facultatif)" });
    await expect(inform).toHaveAttribute('aria-expanded', 'false');
    await inform.click();
    await expect(inform).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('combobox', { name: 'Personnes à informer' })).toBeFocused();
    await page.getByRole('combobox', { name: 'Personnes à informer' }).fill('moreau');
    await page.getByRole('listbox', { name: 'Personnes à informer' }).getByRole('option', { name: /Prof\. Jean Moreau/ }).click();
    await expect(page.getByRole('button', { name: 'Retirer Prof. Jean Moreau' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Personnes à informer' }).fill('clarke');
    await page.getByRole('listbox', { name: 'Personnes à informer' }).getByRole('option', { name: /Emily Clarke/ }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    const confirmation = page.getByRole('heading', { name: /Demande n°\d+ enregistrée/ });
    await expect(confirmation).toBeFocused();
    const id = Number(/n°(\d+)/.exec((await confirmation.textContent())!)![1]);
    // She sends no mail herself: the desk confirms once it has received the request.
    await expect(page.getByText('La demande est enregistrée. Le support vous confirmera sa prise en compte par courriel.')).toBeVisible();
    await expect(page.getByText('Un courriel de confirmation vous a été envoyé')).toHaveCount(0);
    // Rooms: 4 business hours, in words.
    await expect(page.getByText('Première réponse attendue sous 4 h.')).toBeVisible();
    const teamHours = page.getByRole('region', { name: 'Horaires de l\'équipe' });
    await expect(teamHours.getByText(/^(Horaires|Session d'examens[^:]*) : lundi – (vendredi|samedi) \d+h(\d\d)?–\d+h(\d\d)?\.$/)).toBeVisible();
    await expectNoAxeViolations(page);
    expect((await outbox(page.request)).filter((m) => m.subject.includes('Vidéoprojecteur B204 en panne'))).toEqual([]);

    // The desk receives it: she and the team's queue are told.
    await deskReceives(browser, baseURL!);
    const about = async () => (await outbox(page.request)).filter((m) => m.subject.includes('Vidéoprojecteur B204 en panne'));
    expect((await about()).map((m) => m.to[0]).sort()).toEqual([PEOPLE.studentFr.email, 'service.informatique@univ-exemple.fr'].sort());
    // The people she asked to keep informed are hers to ask and the desk's to confirm: the agent does, and they are told.
    const agent = await browser.newContext({ baseURL });
    await loginAs(agent, baseURL!, PEOPLE.agentL1.email);
    const desk = await agent.newPage();
    await desk.goto(`${SITE}/SitePages/Desk.aspx?ticket=${id}`);
    await expect(desk.getByText('Léa Dubois demande que soient tenus informés : Prof. Jean Moreau, Emily Clarke.')).toBeVisible();
    await desk.getByRole('button', { name: 'Informer ces personnes' }).click();
    await expect(desk.getByRole('status').filter({ hasText: 'Action enregistrée : Informer ces personnes.' })).toBeVisible();
    await expect(desk.getByText(/demande que soient tenus informés/)).toHaveCount(0);
    await agent.close();
    const mails = await about();
    const recipients = mails.map((m) => m.to[0]).sort();
    expect(recipients).toEqual([PEOPLE.studentFr.email, 'jean.moreau@univ-exemple.fr', 'emily.clarke@univ-exemple.fr', 'service.informatique@univ-exemple.fr'].sort());
    // Sent by the agent whose desk received it, each in its reader's language.
    expect(mails.map(senderOf)).toEqual(mails.map(() => PEOPLE.agentL1.email));
    expect(mails.filter((m) => m.to[0] === 'jean.moreau@univ-exemple.fr').every((m) => /^\[Centre d'aide\]/.test(m.subject))).toBe(true);
    expect(mails.filter((m) => m.to[0] === 'emily.clarke@univ-exemple.fr').every((m) => /^\[Help center\]/.test(m.subject))).toBe(true);
    expect(await titled(page, 'Vidéoprojecteur B204 en panne')).toBe(1);
    // The resolution due date is the desk's, counted in the team's business hours (24 business hours for rooms: at least 2 days later).
    const state = await page.request.get(`${STATES}?$select=HCDueDate&$filter=HCTicketId eq ${id}`, { headers: asPerson(PEOPLE.agentL1.email) });
    const dueAt = new Date(((await state.json()) as { value: { HCDueDate: string }[] }).value[0].HCDueDate);
    expect(dueAt.getTime() - Date.now()).toBeGreaterThan(2 * 24 * 3600 * 1000);
  });

  test('exam period: odd file names stored under safe names, a file lying about its type refused, the hours now and next on the form and the confirmation', async ({ page }) => {
    // Whit Monday 2026, 10:00 in Paris: the desk is closed today and the exam period starts tomorrow (seeds 000, 001).
    await page.clock.setFixedTime(new Date('2026-05-25T08:00:00Z'));
    const errors = collectConsoleErrors(page);
    await page.goto(FORM);
    await chooseOption(page, 'Catégorie', 'Examens en ligne');
    const hours = page.getByRole('region', { name: 'Horaires du support' });
    // The note sits at the form's foot: its words load as the person scrolls down to it.
    await hours.scrollIntoViewIfNeeded();
    await expect(hours.getByText('Fermé aujourd\'hui (Lundi de Pentecôte) : réouverture mardi 26 mai à 7h30.')).toBeVisible();
    await expect(hours.getByText('Horaires : lundi – vendredi 8h–18h.')).toBeVisible();
    await expect(hours.getByText('À partir du mardi 26 mai (Session d\'examens de juin 2026) : lundi – samedi 7h30–19h30.')).toBeVisible();
    await page.getByLabel('Titre').fill('Dépôt du rapport refusé \u202Eelif\u202C');
    await page.getByLabel('Description').fill('Le dépôt de mon rapport échoue à chaque essai.');
    await page.getByLabel('Cours ou épreuve concerné').fill('Droit civil L2');
    await pasteScreenshot(page);
    await page.locator('input[type=file]').setInputFiles([
      { name: 'rapport #1 : 50%?.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1') },
      { name: 'sujet.pdf', mimeType: 'application/pdf', buffer: Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]) },
    ]);
    await expect(page.getByText('enregistré sous « rapport _1 _ 50_.pdf »')).toBeVisible();
    await expect(page.getByText(/^enregistré sous « capture_Lea-Dubois_Droit-civil-L2_2026-05-25_\d\dh\d\d\.png »$/)).toBeVisible();
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    await expect(page.getByText(/^« sujet\.pdf » n'est pas vraiment un fichier PDF/)).toBeVisible();
    await expect(page.getByRole('link', { name: /^Pièces jointes : « sujet\.pdf » n'est pas vraiment un fichier PDF/ })).toBeVisible();
    await expect(page.getByLabel('Titre')).toHaveValue('Dépôt du rapport refusé \u202Eelif\u202C');
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 390, height: 844 });
    // Nothing of the form (long file names, the hours) runs past a phone's width (the workbench's own identity bar may).
    const overflowing = await page.getByRole('form', { name: 'Votre demande' }).evaluate((form) =>
      Array.prototype.slice.call(form.querySelectorAll('*')).filter((e: Element) => e.getBoundingClientRect().right > 391).map((e: Element) => e.outerHTML.slice(0, 80)));
    expect(overflowing).toEqual([]);
    await screenshots(page, 'ticket-form-odd-input');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Retirer sujet.pdf' }).click();
    // Her professor kept informed, and her files shared with him (her choice, off by default).
    await page.getByRole('button', { name: "Prévenir d'autres personnes (facultatif)" }).click();
    await page.getByRole('combobox', { name: 'Personnes à informer' }).fill('moreau');
    await page.getByRole('listbox', { name: 'Personnes à informer' }).getByRole('option', { name: /Prof\. Jean Moreau/ }).click();
    const share = page.getByRole('checkbox', { name: 'Partager mes fichiers avec les personnes tenues informées' });
    await expect(share).not.toBeChecked();
    await page.getByText('Partager mes fichiers avec les personnes tenues informées', { exact: true }).click(); // its label, as a person clicks it
    await expect(share).toBeChecked();
    // The first upload's answer is lost after SharePoint stored the file: the submit looks before it sends it again.
    await page.request.post('/_workbench/faults', { headers: CONTROL_HEADERS, data: { match: 'AttachmentFiles/add', dropAfterWrite: true, times: 1 } });
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    const confirmation = page.getByRole('heading', { name: /Demande n°\d+ enregistrée/ });
    await expect(confirmation).toBeFocused({ timeout: 30_000 });
    await page.request.delete('/_workbench/faults', { headers: CONTROL_HEADERS });
    const id = Number(/n°(\d+)/.exec((await confirmation.textContent())!)![1]);
    await expect(page.getByText('Première réponse attendue sous 15 min.')).toBeVisible();
    const teamHours = page.getByRole('region', { name: 'Horaires de l\'équipe' });
    await expect(teamHours.getByText('Fermé aujourd\'hui (Lundi de Pentecôte) : réouverture mardi 26 mai à 7h30.')).toBeVisible();
    await expect(teamHours.getByText('À partir du mardi 26 mai (Session d\'examens de juin 2026) : lundi – samedi 7h30–19h30.')).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshots(page, 'ticket-form-confirmation-hours');
    // One ticket, its files under their safe names, once each; its title stored without the reversing control.
    const files = await page.request.get(`${TICKETS}(${id})/AttachmentFiles`, { headers: { Accept: 'application/json', ...workbenchAuth(PEOPLE.owner.email) } });
    const names = ((await files.json()) as { value: { FileName: string }[] }).value.map((f) => f.FileName).sort();
    expect(names).toEqual([expect.stringMatching(/^capture_Lea-Dubois_Droit-civil-L2_2026-05-25_\d\dh\d\d\.png$/), 'rapport _1 _ 50_.pdf']);
    expect(await titled(page, 'Dépôt du rapport refusé elif')).toBe(1);
    const item = await page.request.get(`${TICKETS}(${id})?$select=HCShareFiles`, { headers: { Accept: 'application/json', ...workbenchAuth(PEOPLE.owner.email) } });
    expect(((await item.json()) as { HCShareFiles: boolean }).HCShareFiles).toBe(true);
    expect(errors.filter((e) => !/Failed to load resource|net::ERR/.test(e))).toEqual([]);
  });

  test('Fluent controls only (no native select), axe clean and nothing sideways on a desk (1366×900) and phones (390×844, 320×640)', async ({ page }) => {
    for (const size of [{ width: 1366, height: 900, name: 'desk' }, { width: 390, height: 844, name: 'phone' }, { width: 320, height: 640, name: 'small-phone' }]) {
      await page.setViewportSize(size);
      await page.goto(FORM);
      await expect(page.getByRole('heading', { name: 'Votre demande', level: 2 })).toBeVisible();
      // The page's title says what the page is; the form's one heading names its section, not the same words again.
      expect(await page.getByRole('heading', { level: 2 }).allTextContents()).not.toContain(await page.getByRole('heading', { level: 1 }).textContent());
      // The first round's draft (autosaved) is offered back on the second: it starts afresh.
      const discard = page.getByRole('button', { name: 'Effacer le brouillon' });
      if (await discard.isVisible()) await discard.click();
      // The category is searchable from the keyboard: typing completes to a category, Enter chooses it.
      await page.getByRole('combobox', { name: 'Catégorie' }).pressSequentially('Salles');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('combobox', { name: 'Catégorie' })).toHaveValue('Salles et équipements');
      await expect(page.getByRole('combobox', { name: 'Lieu (salle ou service)' })).toBeVisible();
      // No native select on the page (the workbench's own identity switcher above the page is not the product's).
      await expect(page.locator('select:not(#workbench-identity)')).toHaveCount(0);
      expect(await horizontalOverflow(page), `${size.name}: nothing scrolls sideways`).toBeUndefined();
      await expectNoAxeViolations(page);
      // From the keyboard (the button focused, Enter): a mouse click raced the category's lazy fields shifting the layout.
      await page.getByRole('button', { name: 'Envoyer la demande' }).press('Enter');
      const summary = page.getByRole('group', { name: /^La demande n'a pas été envoyée/ });
      await expect(summary).toBeFocused();
      await summary.getByRole('link', { name: 'Lieu (salle ou service) : Ce champ est obligatoire.' }).click();
      await expect(page.getByRole('combobox', { name: 'Lieu (salle ou service)' })).toBeFocused();
      expect(await horizontalOverflow(page), `${size.name}: nothing scrolls sideways with the errors`).toBeUndefined();
      await expectNoAxeViolations(page);
      const dir = process.env.E2E_SHOTS_DIR;
      if (dir) await page.screenshot({ path: `${dir}/ticket-form-errors-${size.name}.png`, fullPage: true });
    }
  });

  test('bad input gets clear messages, and the draft survives a reload', async ({ page }) => {
    await page.goto(FORM);
    // The support's hours come in their own chunk above the button and push it down: click once the form is whole
    // (a click during that shift lands beside the button).
    await expect(page.getByRole('region', { name: 'Horaires du support' })).toBeVisible();
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    const summary = page.getByRole('group', { name: /^La demande n'a pas été envoyée : \d+ champ\(s\) à corriger\.$/ });
    await expect(summary).toBeFocused();
    await expect(page.getByLabel('Titre')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('combobox', { name: 'Catégorie' })).toHaveAttribute('aria-invalid', 'true');
    // Each field to fix is a link of the summary that takes the focus to it; the field says what is wrong too.
    await summary.getByRole('link', { name: 'Titre : Ce champ est obligatoire.' }).click();
    await expect(page.getByLabel('Titre')).toBeFocused();
    await expect(page.getByLabel('Titre')).toHaveAccessibleDescription('Ce champ est obligatoire.');
    await summary.getByRole('link', { name: 'Catégorie : Ce champ est obligatoire.' }).click();
    await expect(page.getByRole('combobox', { name: 'Catégorie' })).toBeFocused();
    await chooseOption(page, 'Catégorie', 'Examens en ligne');
    await expect(page.getByRole('textbox', { name: 'Cours ou épreuve concerné' })).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('Titre').fill('<script>alert("x")</script> l\'examen "bloqué"');
    await page.getByLabel('Description').fill('x'.repeat(100_000));
    await expect(page.getByText('10000 caractères au plus.')).toBeVisible();
    await page.locator('input[type=file]').setInputFiles([
      { name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') },
      { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.alloc(20 * 1024 * 1024, 1) },
    ]);
    await expect(page.getByText('« setup.exe » : les programmes ne sont jamais acceptés.')).toBeVisible();
    await expect(page.getByText('« photo.png » dépasse 10 Mo.')).toBeVisible();
    // From the keyboard: the action opens the people to inform and puts the focus in their search.
    const inform = page.getByRole('button', { name: "Prévenir d'autres personnes (facultatif)" });
    await inform.press('Enter');
    await expect(inform).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('combobox', { name: 'Personnes à informer' })).toBeFocused();
    await page.keyboard.type('moreau');
    await page.getByRole('listbox', { name: 'Personnes à informer' }).getByRole('option', { name: /Prof\. Jean Moreau/ }).click();
    await expect(page.getByRole('button', { name: 'Retirer Prof. Jean Moreau' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.waitForTimeout(700); // autosave
    await page.reload();
    await expect(page.getByText(/Nous avons retrouvé le brouillon/)).toBeVisible();
    await expect(page.getByLabel('Titre')).toHaveValue('<script>alert("x")</script> l\'examen "bloqué"');
    await expect(page.getByRole('combobox', { name: 'Catégorie' })).toHaveValue('Examens en ligne');
    // The draft names someone: the field is shown at once, with them.
    await expect(page.getByRole('button', { name: 'Retirer Prof. Jean Moreau' })).toBeVisible();
    await expect(inform).toHaveCount(0);
    await page.getByRole('button', { name: 'Effacer le brouillon' }).click();
    await expect(page.getByLabel('Titre')).toHaveValue('');
  });

  test('a submit hit by 503s and a connection dropped after the write is one request for her and for the desk', async ({ page, browser, baseURL }) => {
    await page.goto(`${FORM}?q=${encodeURIComponent('imprimante bloquée A012')}`);
    await expect(page.getByLabel('Titre')).toHaveValue('imprimante bloquée A012');
    await fillMaintenanceTicket(page, 'Imprimante A012 : bourrage permanent');
    await page.request.post('/_workbench/faults', { headers: CONTROL_HEADERS, data: { match: "HelpTickets'\\)/items$", status: 503, times: 2, retryAfter: 0 } });
    await page.request.post('/_workbench/faults', { headers: CONTROL_HEADERS, data: { match: "HelpTickets'\\)/items$", dropAfterWrite: true, times: 1 } });
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    await expect(page.getByRole('heading', { name: /Demande n°\d+ enregistrée/ })).toBeVisible({ timeout: 30_000 });
    expect(await (await page.request.get('/_workbench/faults', { headers: CONTROL_HEADERS })).json()).toEqual([]); // every fault was hit
    await page.request.delete('/_workbench/faults', { headers: CONTROL_HEADERS });
    // The form sends its create once and looks its client request id up before each attempt, so its own retries
    // never file twice; but Chromium itself resends a POST when a reused connection drops before any answer, so
    // the list may hold a second copy of the submit. She sees one request, and so does the desk, which recycles the copy.
    expect(await titled(page, 'Imprimante A012 : bourrage permanent')).toBeLessThanOrEqual(2);
    await page.goto(`${SITE}/SitePages/MyRequests.aspx`);
    await expect(page.getByRole('link', { name: 'Imprimante A012 : bourrage permanent' })).toHaveCount(1);
    await deskReceives(browser, baseURL!);
    expect(await titled(page, 'Imprimante A012 : bourrage permanent', STATES)).toBe(1);
    expect(await titled(page, 'Imprimante A012 : bourrage permanent')).toBe(1);
    await page.reload();
    await expect(page.getByRole('link', { name: 'Imprimante A012 : bourrage permanent' })).toHaveCount(1);
  });

  test('an agent files a phone request for a student, who then follows it as their own', async ({ page, context, baseURL }) => {
    // Its own title each run: a retry does not meet the first attempt's request.
    const title = `Appel : micro HS en A101 ${Date.now() % 100000}`;
    await context.clearCookies();
    await loginAs(context, baseURL!, PEOPLE.agentL1.email);
    await page.request.delete('/_workbench/outbox', { headers: CONTROL_HEADERS });
    await page.goto(FORM);
    await expect(page.getByRole('group', { name: 'Saisie par le support' })).toBeVisible();
    await fillMaintenanceTicket(page, title);
    await page.getByRole('combobox', { name: 'Demande faite pour' }).fill('dubois');
    await page.getByRole('listbox', { name: 'Demande faite pour' }).getByRole('option', { name: /Léa Dubois/ }).click();
    await chooseOption(page, 'Reçue par', 'Téléphone');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    await expect(page.getByRole('heading', { name: /Demande n°\d+ enregistrée/ })).toBeVisible();
    // The agent is the desk: the ticket is received as it is filed, and the student's confirmation goes at once, from the agent.
    await expect(page.getByText('Un courriel de confirmation vous a été envoyé, ainsi qu\'aux personnes informées.')).toBeVisible();
    const mails = (await outbox(page.request)).filter((m) => m.subject.includes(title));
    expect(mails.filter((m) => m.to[0] === PEOPLE.studentFr.email).map(senderOf)).toEqual([PEOPLE.agentL1.email]);
    await page.goto(`${SITE}/SitePages/MyRequests.aspx`);
    await page.getByRole('tab', { name: 'Déposées pour d\'autres personnes' }).click();
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await context.clearCookies();
    await loginAs(context, baseURL!, PEOPLE.studentFr.email);
    await page.goto(`${SITE}/SitePages/MyRequests.aspx`);
    await expect(page.getByRole('tablist')).toHaveCount(0);
    // The list settles (its rows' states merged in) before the click, so the click is not lost to a re-render.
    await page.waitForLoadState('networkidle');
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
  });

  test('articles matching what is typed appear; "this solved my problem" closes the form and records a deflection', async ({ page }) => {
    await page.goto(FORM);
    await page.getByLabel('Titre').fill('mot de passe oublié');
    const suggestions = page.getByRole('region', { name: 'Ces articles répondent peut-être à votre question' });
    await expect(suggestions).toBeVisible({ timeout: 15_000 });
    await expect(suggestions.getByRole('link').first()).toHaveAttribute('href', /Knowledge\.aspx\?article=\d+/);
    await expectNoAxeViolations(page);
    await suggestions.getByRole('button', { name: 'Cela a résolu mon problème' }).first().click();
    await expect(page.getByText('Tant mieux ! Votre demande n\'a pas été envoyée et votre brouillon est effacé.')).toBeVisible();
    const events = await page.request.get(`${SITE}/_api/web/lists/getByTitle('SearchEvents')/items?$select=HCQuery,HCOpenedArticleId,HCFiledTicket&$orderby=ID desc&$top=1`,
      { headers: { Accept: 'application/json', ...workbenchAuth(PEOPLE.studentFr.email) } });
    expect(((await events.json()) as { value: unknown[] }).value[0]).toMatchObject({ HCQuery: 'mot de passe oublié', HCOpenedArticleId: expect.any(Number), HCFiledTicket: false });
  });
});
