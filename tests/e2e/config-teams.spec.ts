/**
 * Journey (issue 18, seeds 000 and 001): an owner adds an exam period covering today, with its own hours, to the team
 * that handles a category — a range ending before it starts is refused first, with its place named — and the preview
 * shows what a requester reads now; a student then files a request in that category: the form, the confirmation and
 * the confirmation mail state those exam hours. Axe-clean; at 390 px the area and its form fit the phone. The team's
 * seeded calendar is written back afterwards: the other specs of this half rely on the seeded hours.
 */
import { expect, test, type APIRequestContext, type Locator } from '@playwright/test';
import { TEAMS } from '../../workbench/seed/data/teams';
import {
  CONTROL_HEADERS, PEOPLE, SITE, asPerson, categoryNamed, chooseOption, collectConsoleErrors, deskReceives, expectNoAxeViolations, horizontalOverflow,
  itemsOf, loginAs, outbox
} from './helpers';

const SETUP = `${SITE}/SitePages/Setup.aspx?area=teams`;
const FORM = `${SITE}/SitePages/Request.aspx`;
const CATEGORY = 'Messagerie';
const DAYS = ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche'];
const TEAM_ROW = `${itemsOf('HelpTeams')}`;

/** A local date of Paris, `days` from today, "YYYY-MM-DD". */
function parisDate(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() + days * 86400000));
}

interface TeamItem { Id: number; Title: string; HCBusinessHours: string }
async function teamOf(request: APIRequestContext, id: number): Promise<TeamItem> {
  const res = await request.get(`${TEAM_ROW}(${id})?$select=Id,Title,HCBusinessHours`, { headers: asPerson(PEOPLE.owner.email) });
  return await res.json() as TeamItem;
}

/** Sets every weekday of a week editor to one range. */
async function sameHoursEveryDay(week: Locator, start: string, end: string): Promise<void> {
  for (const day of DAYS) {
    const group = week.getByRole('group', { name: day, exact: true });
    if (await group.getByRole('textbox').count() === 0) await group.getByRole('button', { name: `Ajouter une plage\u00a0: ${day}` }).click();
    await group.getByRole('textbox', { name: `${day}, plage 1, début` }).fill(start);
    await group.getByRole('textbox', { name: `${day}, plage 1, fin` }).fill(end);
  }
}

test.describe('Teams and their hours', () => {
  let restore: { id: number; json: string } | undefined;
  test.afterAll(async ({ request }) => {
    if (!restore) return;
    const res = await request.post(`${TEAM_ROW}(${restore.id})`, {
      headers: { ...asPerson(PEOPLE.owner.email), 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }, data: { HCBusinessHours: restore.json }
    });
    expect(res.status()).toBe(204);
  });

  test('an owner adds an exam period covering today to the team of a category; the form and the confirmation mail state those hours', async ({ browser, baseURL, request }) => {
    test.setTimeout(150_000);
    const tag = Date.now().toString(36).slice(-5).toUpperCase();
    const period = `Examens ${tag}`;
    const category = await categoryNamed(request, CATEGORY);
    const team = await teamOf(request, category.HCDefaultTeamId);
    restore = { id: team.Id, json: team.HCBusinessHours };
    await request.delete('/_workbench/outbox', { headers: CONTROL_HEADERS });

    const ownerContext = await browser.newContext({ baseURL });
    await loginAs(ownerContext, baseURL!, PEOPLE.owner.email);
    const page = await ownerContext.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(SETUP);
    await expect(page.getByRole('tab', { name: 'Équipes et horaires' })).toHaveAttribute('aria-selected', 'true');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: `Modifier ${team.Title}`, exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Modifier l\'équipe' });
    await expect(panel.getByRole('textbox', { name: /^Nom \(français\)/ }).first()).toHaveValue(team.Title);

    // A seeded exam session within the new period's dates would overlap it: those go first, the last one first.
    const [first, last] = [parisDate(-1), parisDate(7)];
    const seeded = TEAMS.find(t => t.title === team.Title)!.calendar.periods;
    const overlapping = seeded.map((p, i) => (p.start <= last && first <= p.end ? i : -1)).filter(i => i >= 0).reverse();
    for (const i of overlapping) await panel.getByRole('button', { name: `Retirer la période ${i + 1}`, exact: true }).click();
    await panel.getByRole('button', { name: 'Ajouter une période d\'examens' }).click();
    const added = panel.getByRole('group', { name: /^Période \d+$/ }).last();
    await expect(added.getByRole('textbox', { name: 'Nom (français)' })).toBeFocused();
    await added.getByRole('textbox', { name: 'Nom (français)' }).fill(period);
    await added.getByLabel('Premier jour').fill(first);
    await added.getByLabel('Dernier jour').fill(last);
    await sameHoursEveryDay(added, '06:45', '21:15');
    // A range ending before it starts is refused before anything is written, its place named in the summary.
    await added.getByRole('textbox', { name: 'Lundi, plage 1, fin' }).fill('06:00');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    const refused = panel.getByRole('link', { name: /Période \d+ — Lundi, plage 1\s: La fin doit venir après le début\./ });
    await expect(refused).toBeVisible();
    await expect(added.getByText('La fin doit venir après le début.')).toBeVisible();
    await expectNoAxeViolations(page);
    await added.getByRole('textbox', { name: 'Lundi, plage 1, fin' }).fill('21:15');
    // The preview is the form's own hours note, computed from the unsaved calendar.
    const preview = panel.getByRole('complementary', { name: 'Ce que voit un demandeur maintenant' });
    await expect(preview.getByText(`${period} : lundi – dimanche 6h45–21h15.`)).toBeVisible();
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: `L'équipe «\u00a0${team.Title}\u00a0» est enregistrée.` })).toHaveCount(1);
    expect(JSON.parse((await teamOf(request, team.Id)).HCBusinessHours).periods.some((p: { label?: { fr: string } }) => p.label && p.label.fr === period)).toBe(true);
    expect(errors).toEqual([]);
    await ownerContext.close();

    // A student files in that category: the form, then the confirmation, state the exam hours.
    const student = await browser.newContext({ baseURL });
    await loginAs(student, baseURL!, PEOPLE.studentFr.email);
    const form = await student.newPage();
    await form.goto(FORM);
    await form.getByLabel('Anomalie — Quelque chose ne fonctionne pas').check();
    await chooseOption(form, 'Catégorie', CATEGORY);
    const title = `Boîte de réception vide ${tag}`;
    await form.getByLabel('Titre').fill(title);
    await form.getByLabel('Description').fill('Tous mes messages ont disparu depuis ce matin.');
    const formHours = form.getByRole('region', { name: 'Horaires du support' });
    await formHours.scrollIntoViewIfNeeded();
    await expect(formHours.getByText(`${period} : lundi – dimanche 6h45–21h15.`)).toBeVisible();
    await form.getByRole('button', { name: 'Envoyer la demande' }).click();
    await expect(form.getByRole('heading', { name: /Demande n°\d+ enregistrée/ })).toBeFocused();
    await expect(form.getByRole('region', { name: 'Horaires de l\'équipe' }).getByText(`${period} : lundi – dimanche 6h45–21h15.`)).toBeVisible();
    await student.close();

    // The desk receives it and confirms: the student's mail states those hours, with the period's name.
    await deskReceives(browser, baseURL!);
    const mails = (await outbox(request)).filter(m => m.subject.includes(title) && m.to[0] === PEOPLE.studentFr.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].body).toContain(`lundi–dimanche 6h45–21h15 (${period})`);
  });

  test('at 390 px the area and a new team\'s form fit the phone, refuse an empty name and stay accessible', async ({ page, context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.owner.email);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(SETUP);
    await expect(page.getByRole('table')).toBeVisible();
    expect(await horizontalOverflow(page)).toBeUndefined();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Ajouter une équipe' }).click();
    const panel = page.getByRole('dialog', { name: 'Nouvelle équipe' });
    await panel.getByRole('textbox', { name: 'Adresse de la file' }).fill('support sans arobase');
    await panel.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(panel.getByRole('link', { name: 'Nom (français)\u00a0: Obligatoire.' })).toBeVisible();
    await expect(panel.getByRole('link', { name: /^Adresse de la file\s: Saisissez une adresse de messagerie/ })).toBeVisible();
    await expect(panel.getByRole('complementary', { name: 'Ce que voit un demandeur maintenant' })).toContainText('Horaires : lundi – vendredi 8h–18h.');
    expect(await horizontalOverflow(page)).toBeUndefined();
    await expectNoAxeViolations(page);
  });
});
