/**
 * The support desk's queues in the workbench: agents see queues, counts, filters; a ticket filed without its
 * category's required fields is flagged and its missing fields asked for; requesters are turned away.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { PEOPLE, SITE, STATES, asPerson, categoryNamed, chooseOption, deskReceives, expectNoAxeViolations, fileOverRest, horizontalOverflow, loginAs, screenshots, CONTROL_HEADERS } from './helpers';

const DESK = `${SITE}/SitePages/Desk.aspx`;

/** The queue's tickets count, header row included (the table is virtualised: its rows are not all in the page). */
const rowCount = async (page: Page): Promise<number> => Number(await page.getByRole('grid').getAttribute('aria-rowcount'));
/** The texts of a column of the rows in the page (its cells carry the column's key). */
const column = (page: Page, key: string): Promise<string[]> => page.getByRole('row').locator(`[role="gridcell"][data-automation-key="${key}"]`).allTextContents();

test.describe('Support desk', () => {
  test('an L1 agent sees the queues with counts, switches queue, filters and sorts, accessibly', async ({ page, context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.agentL1.email);
    await page.goto(DESK);
    const mine = page.getByRole('tab', { name: /^Les miennes \(\d+\)$/ });
    await expect(mine).toBeVisible();
    await expect(page.getByRole('tab', { name: /^Nouvelles pour mes équipes \(\d+\)$/ })).toHaveAttribute('aria-selected', 'true');
    await expectNoAxeViolations(page);
    const count = Number(/\((\d+)\)/.exec((await mine.textContent())!)![1]);
    await mine.click();
    await expect(mine).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('paragraph').filter({ hasText: `${count} demande(s)` })).toBeVisible();
    await expect(page.getByRole('grid', { name: 'Demandes : Les miennes' })).toHaveAttribute('aria-rowcount', String(count + 1));
    await page.getByRole('tab', { name: /^Toutes les ouvertes/ }).click();
    await expect(page.getByRole('grid', { name: 'Demandes : Toutes les ouvertes' })).toBeVisible();
    const all = await rowCount(page);
    await page.getByLabel('Rechercher dans les titres').fill('eduroam');
    await expect.poll(async () => rowCount(page)).toBeLessThan(all);
    const titles = await column(page, 'title');
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => /eduroam/i.test(t))).toBe(true);
    await page.getByLabel('Rechercher dans les titres').fill('');
    // Filters and sort open from a button, as a SharePoint list's filters pane does; it says how many are set.
    const toggle = page.getByRole('button', { name: /^Filtres et tri/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await chooseOption(page, 'Trier par', 'Les plus récentes');
    await expect(toggle).toHaveText('Filtres et tri (1)');
    const ids = (await column(page, 'id')).map(Number);
    expect(ids.length).toBeGreaterThan(1);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    // A column's header sorts too, and says so (aria-sort); a second click reverses it.
    const number = page.getByRole('columnheader', { name: 'N°' });
    await number.getByRole('button').click();
    await expect(number).toHaveAttribute('aria-sort', 'ascending');
    const up = (await column(page, 'id')).map(Number);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await number.getByRole('button').click();
    await expect(number).toHaveAttribute('aria-sort', 'descending');
    // Filters are Fluent dropdowns; the category's tree is indented under its parents.
    await chooseOption(page, 'Priorité', 'Haute');
    await expect.poll(async () => column(page, 'priority')).toEqual(expect.arrayContaining(['Haute']));
    expect(new Set(await column(page, 'priority'))).toEqual(new Set(['Haute']));
    await expect(page.getByRole('heading', { name: 'Charge de travail' })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(await horizontalOverflow(page)).toBeUndefined();
    await screenshots(page, 'desk-queue');
  });

  test('an agent opens a request, adds an internal note and replies; the student sees the reply, never the note', async ({ page, context, baseURL, browser }) => {
    await loginAs(context, baseURL!, PEOPLE.agentL1.email);
    const asLea = asPerson(PEOPLE.studentFr.email);
    // One of Léa's requests in progress, as she reads the desk's states (only hers: item-level security).
    const leas = await page.request.get(`${STATES}?$select=HCTicketId,Title&$filter=HCStatus eq 'in_progress'&$top=1`, { headers: asLea });
    const { HCTicketId: id, Title: title } = ((await leas.json()) as { value: { HCTicketId: number; Title: string }[] }).value[0];
    await page.goto(`${DESK}?ticket=${id}`);
    await expect(page.getByRole('heading', { name: `Demande n°${id} : ${title}` })).toBeVisible();
    await expect(page.getByRole('link', { name: /Discuter avec .* dans Teams/ }).first()).toHaveAttribute('href', /^https:\/\/teams\.microsoft\.com\/l\/chat\/0\/0\?users=/);
    await page.getByLabel('Nouvelle note interne').fill('Note interne : vérifier la borne Wi-Fi du 2e étage.');
    await page.getByRole('button', { name: 'Ajouter la note' }).click();
    await expect(page.getByText('Note interne : vérifier la borne Wi-Fi du 2e étage.')).toBeVisible();
    await page.getByLabel('Réponse au demandeur (visible par lui)').fill('Bonjour, nous regardons cela ce matin.');
    await page.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await expect(page.getByText('Bonjour, nous regardons cela ce matin.')).toBeVisible();
    await expectNoAxeViolations(page);
    // Léa's side, in her own browser: the reply is on her request, the note is not.
    const lea = await browser.newContext({ baseURL });
    await loginAs(lea, baseURL!, PEOPLE.studentFr.email);
    const mine = await lea.newPage();
    await mine.goto(`${SITE}/SitePages/MyRequests.aspx?ticket=${id}`);
    await expect(mine.getByRole('region', { name: 'Échanges' })).toContainText('Bonjour, nous regardons cela ce matin.');
    await expect(mine.getByText(/vérifier la borne Wi-Fi/)).toHaveCount(0);
    await lea.close();
    // The desk's reply is a version of the state she can read and cannot change; the internal notes list is closed to her.
    const versions = await page.request.get(`${STATES}?$select=Id&$filter=HCTicketId eq ${id}`, { headers: asLea });
    const stateId = ((await versions.json()) as { value: { Id: number }[] }).value[0].Id;
    const history = await page.request.get(`${STATES}(${stateId})/versions?$select=HCPublicMessage`, { headers: asLea });
    expect(((await history.json()) as { value: { HCPublicMessage: string | null }[] }).value.map((v) => v.HCPublicMessage)).toContain('Bonjour, nous regardons cela ce matin.');
    const rewrite = await page.request.post(`${STATES}(${stateId})`, { headers: { ...asLea, 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }, data: { HCPublicMessage: 'Résolu, merci.' } });
    expect(rewrite.status()).toBeGreaterThanOrEqual(400);
    const notes = await page.request.get(`${SITE}/_api/web/lists/getByTitle('HelpInternalNotes')/items?$select=HCBody&$filter=HCTicketId eq ${id}`, { headers: asLea });
    expect(notes.status()).toBeGreaterThanOrEqual(400);
  });

  test('a ticket filed over REST without its category\'s required fields is flagged on the desk, which asks for them', async ({ page, context, baseURL, browser }) => {
    // Over REST a requester can leave out what the form requires (rooms: room, equipment, incident and intervention types).
    const rooms = await categoryNamed(page.request, 'Salles et équipements');
    const title = `Prise murale arrachée ${Date.now() % 100000}`;
    const id = await fileOverRest(page.request, PEOPLE.studentFr.email, { Title: title, HCDescription: 'La prise pend du mur.', HCKind: 'anomaly', HCCategoryId: rooms.Id });
    await deskReceives(browser, baseURL!);
    await loginAs(context, baseURL!, PEOPLE.agentL1.email);
    await page.goto(`${DESK}?ticket=${id}`);
    const flag = page.getByText('Demande incomplète : il manque le lieu, l\'équipement, le type d\'incident, le type d\'intervention.');
    await expect(flag).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshots(page, 'desk-incomplete-ticket');
    // The domain asks the requester once the ticket is taken in charge.
    await page.getByRole('button', { name: 'Prendre en charge' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Action enregistrée : Prendre en charge.' })).toBeVisible();
    await expect(flag).toBeVisible();
    await page.getByRole('button', { name: 'Demander les informations manquantes' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Action enregistrée/ })).toBeVisible();
    const question = 'Pour traiter votre demande, merci de nous préciser : le lieu, l\'équipement, le type d\'incident, le type d\'intervention.';
    await expect(page.getByText(question)).toBeVisible();
    // The student is asked, on her request.
    await loginAs(context, baseURL!, PEOPLE.studentFr.email);
    await page.goto(`${SITE}/SitePages/MyRequests.aspx?ticket=${id}`);
    await expect(page.getByText('En attente de votre réponse', { exact: true })).toBeVisible();
    await expect(page.getByText(question)).toBeVisible();
  });

  test('an agent takes a new request in charge, asks a question, then resolves it; the requester is emailed each time', async ({ page, context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.agentL1.email);
    await page.request.delete('/_workbench/outbox', { headers: CONTROL_HEADERS });
    await page.goto(DESK);
    await page.getByRole('tab', { name: /^Nouvelles pour mes équipes/ }).click();
    const link = page.getByRole('row').nth(1).getByRole('link');
    await link.click();
    await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toBeVisible();
    const id = Number(new URL(page.url()).searchParams.get('ticket'));
    await page.getByRole('button', { name: 'Prendre en charge' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Action enregistrée : Prendre en charge.' })).toBeVisible();
    await expect(page.getByText('Prise en charge', { exact: true }).first()).toBeVisible();
    await page.getByRole('button', { name: 'Demander une précision' }).click();
    await page.getByLabel('Question au demandeur').fill('Depuis quand le problème se produit-il ?');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Valider' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Action enregistrée : Demander une précision.' })).toBeVisible();
    await expect(page.getByText('Depuis quand le problème se produit-il ?')).toBeVisible();
    await page.getByRole('button', { name: 'Résoudre' }).click();
    await page.getByLabel('Solution apportée (visible par le demandeur)').fill('Borne Wi-Fi redémarrée.');
    await page.getByRole('button', { name: 'Valider' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Action enregistrée : Résoudre.' })).toBeVisible();
    await expectNoAxeViolations(page);
    const mails = (await (await page.request.get('/_workbench/outbox')).json()) as { to: string[]; subject: string }[];
    const about = mails.filter((m) => m.subject.includes(`${id}`));
    expect(about.length).toBeGreaterThanOrEqual(3);
    expect(new Set(about.map((m) => `${m.to[0]}|${m.subject}`)).size).toBe(about.length);
  });

  test('every field of a maintenance incident shows on the desk\'s page and on hers, accessibly, at phone width too', async ({ page, context, baseURL, browser }) => {
    // Her incident, as the form writes it: the equipment (in its room), the incident type, the intervention, the priority she asks for.
    const rooms = await categoryNamed(page.request, 'Salles et équipements');
    const places = await page.request.get(`${SITE}/_api/web/lists/getByTitle('HelpLocations')/items?$select=Id,Title&$top=500`, { headers: asPerson(PEOPLE.owner.email) });
    const projector = ((await places.json()) as { value: { Id: number; Title: string }[] }).value.find((l) => l.Title === 'Vidéoprojecteur — B204')!;
    const title = `Vidéoprojecteur B204 : image violette ${Date.now() % 100000}`;
    const id = await fileOverRest(page.request, PEOPLE.studentFr.email, {
      Title: title, HCDescription: 'L\'image est violette depuis ce matin.', HCKind: 'anomaly', HCCategoryId: rooms.Id, HCLocationId: projector.Id,
      HCIncidentType: 'hardware', HCSeverity: 'repair', HCPriority: 'high',
    });
    await deskReceives(browser, baseURL!);
    const place = 'Vidéoprojecteur — B204, Salle B204 (Bâtiment B — Sciences)';
    const expectFields = async (p: typeof page, fields: [string, string | RegExp][]): Promise<void> => {
      const details = p.getByRole('region', { name: 'Détails de la demande' });
      await expect(details).toBeVisible();
      for (const [label, value] of fields) {
        // The value the definition list gives for that label (dt, then its dd).
        await expect(details.locator(`dt:text-is("${label}") + dd`)).toHaveText(value);
      }
    };
    const captured: [string, string | RegExp][] = [['Catégorie', 'Salles et équipements'], ['Lieu (salle ou service)', place], ['Type d\'incident', 'Matériel'],
      ['Type d\'intervention', 'Réparation'], ['Type de demande', 'Anomalie'], ['Reçue par', 'Portail']];

    await loginAs(context, baseURL!, PEOPLE.agentL1.email);
    await page.goto(`${DESK}?ticket=${id}`);
    await expect(page.getByRole('heading', { name: `Demande n°${id} : ${title}` })).toBeVisible();
    await expectFields(page, [...captured, ['Demandeur', /Léa Dubois/], ['Niveau de support', 'Niveau 1'], ['Priorité', /Haute|Normale|Basse|Critique/]]);
    await expectNoAxeViolations(page);
    await screenshots(page, 'desk-ticket-fields');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectFields(page, [['Lieu (salle ou service)', place]]);
    await expectNoAxeViolations(page);

    const lea = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
    await loginAs(lea, baseURL!, PEOPLE.studentFr.email);
    const mine = await lea.newPage();
    await mine.goto(`${SITE}/SitePages/MyRequests.aspx?ticket=${id}`);
    await expectFields(mine, captured);
    // The desk's internal fields are not hers.
    await expect(mine.getByRole('region', { name: 'Détails de la demande' }).getByText('Niveau de support')).toHaveCount(0);
    await expectNoAxeViolations(mine);
    await screenshots(mine, 'my-ticket-fields');
    await lea.close();
  });

  test('a student is told the desk is for support agents', async ({ page, context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.studentFr.email);
    await page.goto(DESK);
    await expect(page.getByText('Cette page est réservée aux membres du support.')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
