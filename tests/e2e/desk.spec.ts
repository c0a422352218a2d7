/** The support desk's queues in the workbench: agents see queues, counts, filters; requesters are turned away. */
import { expect, test } from '@playwright/test';
import { PEOPLE, SITE, expectNoAxeViolations, loginAs, workbenchAuth, CONTROL_HEADERS } from './helpers';

const DESK = `${SITE}/SitePages/Desk.aspx`;

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
    await expect(page.getByRole('row')).toHaveCount(count + 1);
    await page.getByRole('tab', { name: /^Toutes les ouvertes/ }).click();
    const all = await page.getByRole('row').count();
    await page.getByLabel('Rechercher dans les titres').fill('eduroam');
    await expect.poll(async () => page.getByRole('row').count()).toBeLessThan(all);
    const titles = await page.getByRole('row').locator('td:nth-child(2)').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => /eduroam/i.test(t))).toBe(true);
    await page.getByLabel('Rechercher dans les titres').fill('');
    await page.getByLabel('Trier par').selectOption({ label: 'Les plus récentes' });
    const ids = (await page.getByRole('row').locator('td:nth-child(1)').allTextContents()).map(Number);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    await expect(page.getByRole('heading', { name: 'Charge de travail' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('an agent opens a request, adds an internal note and replies; the student sees the reply, never the note', async ({ page, context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.agentL1.email);
    const asLea = { Accept: 'application/json', ...workbenchAuth(PEOPLE.studentFr.email) };
    const leas = await page.request.get(`${SITE}/_api/web/lists/getByTitle('HelpTickets')/items?$select=Id,Title&$filter=HCStatus eq 'in_progress'&$top=1`, { headers: asLea });
    const { Id: id, Title: title } = ((await leas.json()) as { value: { Id: number; Title: string }[] }).value[0];
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
    // The requester's side, over REST as Léa: the reply is there, the internal notes list is closed to her.
    const comments = await page.request.get(`${SITE}/_api/web/lists/getByTitle('HelpTickets')/items(${id})/comments`, { headers: asLea });
    expect(((await comments.json()) as { value: { text: string }[] }).value.map((c) => c.text)).toContain('Bonjour, nous regardons cela ce matin.');
    const notes = await page.request.get(`${SITE}/_api/web/lists/getByTitle('HelpInternalNotes')/items?$select=HCBody&$filter=HCTicketId eq ${id}`, { headers: asLea });
    expect(notes.status()).toBeGreaterThanOrEqual(400);
  });

  test('an agent takes a new request in charge, asks a question, then resolves it; the requester is emailed each time', async ({ page, context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.agentL1.email);
    await page.request.delete('/_workbench/outbox', { headers: CONTROL_HEADERS });
    await page.goto(DESK);
    await page.getByRole('tab', { name: /^Nouvelles pour mes équipes/ }).click();
    const link = page.getByRole('row').nth(1).getByRole('link');
    await link.click();
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

  test('a student is told the desk is for support agents', async ({ page, context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.studentFr.email);
    await page.goto(DESK);
    await expect(page.getByText('Cette page est réservée aux membres du support.')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
