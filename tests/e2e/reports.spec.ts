/**
 * The reports (issue 17) on the demo data: an agent reads received vs resolved per month, the typology and the work
 * done per agent, each checked against a computation done here on the same seeded rows (read over REST as an
 * agent); a filter changes them; the CSV download holds the same numbers (UTF-8 with BOM, `;`); axe-clean, and usable
 * at a phone's width. A student is told the reports are for the support desk. A manager (issue 17) reads them without
 * any control that writes, opts in to the monthly summary, and an agent's first desk visit of a new month mails it.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { DEMO_PEOPLE } from '../../workbench/server/directory';
import { PEOPLE, SITE, asPerson, chooseOption, collectConsoleErrors, expectNoAxeViolations, horizontalOverflow, itemsOf, loginAs, outbox } from './helpers';

const PAGE = `${SITE}/SitePages/Reports.aspx`;
const TZ = 'Europe/Paris';

interface State {
  Id: number; Created: string; HCTicketId: number; HCReceivedAt: string | null; HCResolvedAt: string | null; HCStatus: string; HCTeamId: number | null;
  HCCategoryId: number | null; HCAssignedToId: number | null; HCAssignedTo?: { Title?: string };
}

/** The local date (YYYY-MM-DD) of an instant in Paris. */
const localDate = (at: Date): string => new Intl.DateTimeFormat('sv-SE', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

async function readAll<T>(request: APIRequestContext, url: string): Promise<T[]> {
  const rows: T[] = [];
  let next: string | undefined = url;
  while (next) {
    const res = await request.get(next, { headers: asPerson(PEOPLE.agentL1.email) });
    expect(res.ok()).toBe(true);
    const body = (await res.json()) as { value: T[]; 'odata.nextLink'?: string };
    rows.push(...body.value);
    next = body['odata.nextLink'];
  }
  return rows;
}

/** Every desk state, one per ticket (the first written), as an agent reads them. */
async function states(request: APIRequestContext): Promise<State[]> {
  const rows = await readAll<State>(request, `${itemsOf('HelpTicketStates')}?$select=Id,Created,HCTicketId,HCReceivedAt,HCResolvedAt,HCStatus,HCTeamId,HCCategoryId,HCAssignedToId,HCAssignedTo/Title&$expand=HCAssignedTo&$top=5000`);
  const first = new Map<number, State>();
  rows.forEach((r) => { const f = first.get(r.HCTicketId); if (!f || r.Id < f.Id) first.set(r.HCTicketId, r); });
  return [...first.values()];
}

/** The live summary as the page says it (French: the singular for 0 and 1). */
const summary = (received: number, resolved: number, open: number): string =>
  `${received} ${received < 2 ? 'demande reçue' : 'demandes reçues'}, ${resolved} ${resolved < 2 ? 'résolue' : 'résolues'}, ${open} en cours aujourd'hui.`;

/** A table's body rows as text cells (the row header first). */
async function tableRows(table: Locator): Promise<string[][]> {
  return table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent || '').trim())));
}

async function choosePeriod(page: Page, from: string, to: string): Promise<void> {
  await chooseOption(page, 'Période', 'Des dates choisies');
  await page.getByLabel('Du', { exact: true }).fill(from);
  await page.getByLabel('Au', { exact: true }).fill(to);
}

test.use({ viewport: { width: 1366, height: 900 } });

test('an agent reads received vs resolved per month, the typology and the work done, as the seeded rows say; a filter changes them; the CSV holds the same numbers', async ({ page, context, baseURL, request }) => {
  await loginAs(context, baseURL!, PEOPLE.agentL1.email);
  const errors = collectConsoleErrors(page);
  await page.goto(PAGE);
  await expect(page.getByRole('heading', { level: 2, name: 'Rapports du support' })).toBeVisible();
  // Seven months back to today: the demo's six months of requests.
  const today = localDate(new Date());
  const [y, m] = today.split('-').map(Number);
  const from = `${m > 7 ? y : y - 1}-${String(((m - 8 + 12) % 12) + 1).padStart(2, '0')}-01`;
  await choosePeriod(page, from, today);

  const all = await states(request);
  const inRange = (iso: string | null): boolean => !!iso && localDate(new Date(iso)) >= from && localDate(new Date(iso)) <= today;
  const received = all.filter((s) => inRange(s.HCReceivedAt || s.Created));
  const resolved = all.filter((s) => inRange(s.HCResolvedAt));
  const open = all.filter((s) => ['new', 'taken_in_charge', 'in_progress', 'awaiting_user'].includes(s.HCStatus));
  expect(received.length).toBeGreaterThan(100);
  expect(resolved.length).toBeGreaterThan(50);
  await expect(page.getByRole('status').filter({ hasText: /reçues?,/ })).toHaveText(summary(received.length, resolved.length, open.length));

  // Received vs resolved per month (seed 002).
  const months = page.getByRole('table', { name: 'Reçues et résolues par mois', exact: true });
  const monthRows = await tableRows(months);
  const expected = monthRows.map(([month]) => [month,
    String(received.filter((s) => localDate(new Date(s.HCReceivedAt || s.Created)).startsWith(month)).length),
    String(resolved.filter((s) => localDate(new Date(s.HCResolvedAt!)).startsWith(month)).length)]);
  expect(monthRows.length).toBe(8);
  expect(monthRows).toEqual(expected);
  expect(monthRows.reduce((n, r) => n + Number(r[1]), 0)).toBe(received.length);

  // The typology by category (seed 000), named as the categories are.
  const categories = await readAll<{ Id: number; Title: string }>(request, `${itemsOf('HelpCategories')}?$select=Id,Title&$top=500`);
  const byCategory = await tableRows(page.getByRole('table', { name: 'Par catégorie', exact: true }));
  for (const [name, count] of byCategory) {
    const category = categories.find((c) => c.Title === name);
    expect(Number(count), name).toBe(received.filter((s) => (category ? s.HCCategoryId === category.Id : !s.HCCategoryId)).length);
  }
  expect(byCategory.reduce((n, r) => n + Number(r[1]), 0)).toBe(received.length);

  // The work done per agent (seed 004).
  const done = await tableRows(page.getByRole('table', { name: 'Demandes résolues par interlocuteur', exact: true }));
  expect(done.length).toBeGreaterThan(1);
  for (const [name, count] of done) {
    const mine = resolved.filter((s) => (name === 'Sans interlocuteur' ? !s.HCAssignedToId : s.HCAssignedTo?.Title === name));
    expect(Number(count), name).toBe(mine.length);
  }
  await expectNoAxeViolations(page);

  // The CSV of the months: a BOM, `;`, the same numbers.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Exporter en CSV\s:\sReçues et résolues par mois$/ }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.slice(1).trim().split('\r\n')).toEqual(['Mois;Reçues;Résolues', ...expected.map((r) => r.join(';'))]);

  // A team filter: every figure is that team's.
  const teams = await readAll<{ Id: number; Title: string }>(request, `${itemsOf('HelpTeams')}?$select=Id,Title&$orderby=Title&$top=100`);
  const team = teams[0].Id;
  await chooseOption(page, 'Équipe', teams[0].Title);
  const teamReceived = received.filter((s) => s.HCTeamId === team).length;
  expect(teamReceived).toBeLessThan(received.length);
  await expect(page.getByRole('status').filter({ hasText: /reçues?,/ })).toHaveText(
    summary(teamReceived, resolved.filter((s) => s.HCTeamId === team).length, open.filter((s) => s.HCTeamId === team).length));
  const teamMonths = await tableRows(months);
  expect(teamMonths.reduce((n, r) => n + Number(r[1]), 0)).toBe(teamReceived);

  // The choice survives a reload.
  await page.reload();
  await expect(page.getByLabel('Équipe', { exact: true })).toContainText(teams[0].Title);
  await expect(page.getByRole('status').filter({ hasText: /reçues?,/ })).toHaveText(new RegExp(`^${teamReceived} demandes? reçues?,`));

  // A range that ends before it starts is refused, in words.
  await page.getByLabel('Au', { exact: true }).fill(`${y - 2}-01-01`);
  await expect(page.getByRole('alert')).toHaveText('La date de fin précède la date de début.');
  expect(errors).toEqual([]);
});

test('the self-service funnel counts the searches of the period; usable at a phone\'s width, and printed without its controls', async ({ page, context, baseURL, request }) => {
  await loginAs(context, baseURL!, PEOPLE.agentL1.email);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(PAGE);
  const today = localDate(new Date());
  const from = localDate(new Date(Date.now() - 60 * 86400000));
  await choosePeriod(page, from, today);
  const events = await readAll<{ Created: string; HCResultCount: number | null; HCFiledTicket: boolean | null }>(request, `${itemsOf('SearchEvents')}?$select=Created,HCResultCount,HCFiledTicket&$top=5000`);
  const inRange = events.filter((e) => localDate(new Date(e.Created)) >= from && localDate(new Date(e.Created)) <= today);
  expect(inRange.length).toBeGreaterThan(10);
  const funnel = await tableRows(page.getByRole('table', { name: 'Parcours des recherches', exact: true }));
  expect(funnel[0].slice(0, 2)).toEqual(['Recherches', String(inRange.length)]);
  expect(funnel[1].slice(0, 2)).toEqual(['Avec des résultats', String(inRange.filter((e) => (e.HCResultCount || 0) > 0).length)]);
  expect(funnel[4].slice(0, 2)).toEqual(['Demande déposée ensuite', String(inRange.filter((e) => e.HCFiledTicket).length)]);
  expect(await horizontalOverflow(page)).toBeUndefined();
  await expectNoAxeViolations(page);
  // Printed: the controls and buttons are left out, the tables are printed whole.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('form', { name: 'Période et filtres' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeHidden();
  await expect(page.getByRole('table', { name: 'Parcours des recherches', exact: true })).toBeVisible();
  expect(await page.getByRole('region', { name: 'Reçues et résolues par semaine' }).evaluate((box) => getComputedStyle(box).overflowX)).toBe('visible');
});

test('a student is told the reports are for the support desk', async ({ page, context, baseURL }) => {
  await loginAs(context, baseURL!, PEOPLE.studentFr.email);
  await page.goto(PAGE);
  await expect(page.getByText('Les rapports sont réservés à l\'équipe de support, aux responsables et aux propriétaires du centre d\'aide.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a manager reads the figures with no control that writes, opts in, and an agent\'s first desk visit of the month mails her the summary', async ({ page, context, baseURL, request, browser }) => {
  test.setTimeout(120_000);
  const manager = DEMO_PEOPLE.find((p) => p.email.startsWith('helene.faure'))!;
  await loginAs(context, baseURL!, manager.email);
  const errors = collectConsoleErrors(page);
  await page.goto(PAGE);
  // This month's figures, as the desk's states say (read here as an agent).
  const all = await states(request);
  const month = localDate(new Date()).slice(0, 7);
  const open = all.filter((s) => ['new', 'taken_in_charge', 'in_progress', 'awaiting_user'].includes(s.HCStatus)).length;
  await expect(page.getByRole('status').filter({ hasText: /reçues?,/ })).toHaveText(summary(
    all.filter((s) => localDate(new Date(s.HCReceivedAt || s.Created)).startsWith(month)).length,
    all.filter((s) => !!s.HCResolvedAt && localDate(new Date(s.HCResolvedAt)).startsWith(month)).length, open));
  await expect(page.getByRole('table', { name: 'Par catégorie', exact: true })).toBeVisible();
  // Read only: printing and CSV downloads are the page's only buttons; her own opt-in is its only switch.
  const toggle = page.getByRole('switch', { name: 'Recevoir le résumé mensuel par courriel' });
  await expect(toggle).toBeEnabled();
  // (The page's own buttons: the help bar above it is every page's.)
  const reports = page.getByRole('heading', { level: 2, name: 'Rapports du support' }).locator('xpath=..');
  const buttons = await reports.getByRole('button').evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') || e.textContent || '').trim()));
  expect(buttons.length).toBeGreaterThan(5);
  expect(buttons.filter((b) => !/^(Imprimer|Exporter en CSV\s:\s.+)$/.test(b))).toEqual([]);
  await expectNoAxeViolations(page);
  await toggle.click();
  await expect(page.getByText('C\'est noté : vous recevrez le résumé mensuel.')).toBeVisible();
  await expect(toggle).toBeChecked();
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await horizontalOverflow(page)).toBeUndefined();
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
  // A manager is not an agent: the desk stays closed to her.
  await page.goto(`${SITE}/SitePages/Desk.aspx`);
  await expect(page.getByText('Cette page est réservée aux membres du support.')).toBeVisible();

  // An agent's desk, in a browser that last queued the summary a month ago: its housekeeping queues last month's.
  const agent = await browser.newContext({ baseURL });
  try {
    await loginAs(agent, baseURL!, PEOPLE.agentL1.email);
    const [y, m] = month.split('-').map(Number);
    const last = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    await agent.addInitScript((stamp) => { window.localStorage.setItem(`hc-reports-summary|${location.origin}/sites/helpcenter/SitePages/Reports.aspx`, stamp); }, last);
    const desk = await agent.newPage();
    await desk.goto(`${SITE}/SitePages/Desk.aspx`);
    const lastName = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 2, 1)));
    await expect.poll(async () => (await outbox(request)).filter((mail) => mail.subject.startsWith('[Centre d\'aide] Résumé du mois')).length, { timeout: 60_000 }).toBe(1);
    const mail = (await outbox(request)).find((x) => x.subject.startsWith('[Centre d\'aide] Résumé du mois'))!;
    expect(mail.to).toEqual([manager.email]);
    expect(mail.subject).toBe(`[Centre d'aide] Résumé du mois\u00a0: ${lastName}`);
    const inLast = (iso: string | null): boolean => !!iso && localDate(new Date(iso)).startsWith(last);
    const count = (n: number): string => new Intl.NumberFormat('fr-FR').format(n).replace(/\s/g, '\\s');
    expect(mail.body).toMatch(new RegExp(`Reçues</th><td[^>]*>${count(all.filter((s) => inLast(s.HCReceivedAt || s.Created)).length)}</td>`));
    expect(mail.body).toMatch(new RegExp(`Résolues</th><td[^>]*>${count(all.filter((s) => inLast(s.HCResolvedAt)).length)}</td>`));
    expect(mail.body.replace(/&#x2F;/g, '/').replace(/&#x3D;/g, '=')).toContain(`/sites/helpcenter/SitePages/Reports.aspx?period=${last}"`);
  } finally {
    await agent.close();
  }
});
