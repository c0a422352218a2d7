/**
 * Journey (issue 18): an owner adds a category with two required fields and an SLA from the set-up page's categories
 * area (checked before writing, with a live preview of the form); a requester's form shows the fields at once and
 * refuses to send without them; the desk receives the request with the due time the domain computes from that SLA
 * and shows its clock; two owners editing one category get a conflict, not a lost edit; the tree is reordered from
 * the keyboard; axe-clean, phone width.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_PEOPLE } from '../../workbench/server/directory';
import { addBusinessMinutes, businessMinutesBetween, parseCalendar } from '../../src/domain/sla';
import { asPerson, categoryNamed, chooseOption, collectConsoleErrors, deskReceives, expectNoAxeViolations, horizontalOverflow, itemsOf, loginAs, PEOPLE, SITE, STATES } from './helpers';

const AREA = `${SITE}/SitePages/Setup.aspx?area=categories`;
const SECOND_OWNER = DEMO_PEOPLE.find(p => p.email.startsWith('antoine.lambert'))!;
const TEAM = 'Support pédagogique / e-learning (N1)';

async function signedIn(context: BrowserContext, baseURL: string, email: string): Promise<Page> {
  await loginAs(context, baseURL, email);
  return context.newPage();
}

async function openArea(page: Page): Promise<void> {
  await page.goto(AREA);
  await expect(page.getByRole('heading', { name: 'Catégories', exact: true })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Arbre des catégories' })).toBeVisible();
}

/** The minutes of a desk clock's text ("Reste 5 h 59", "Reste 30 min"). */
function minutesOf(text: string): number {
  const m = /(\d+) h (\d+)|(\d+) min/.exec(text);
  if (!m) throw new Error(`No duration in "${text}"`);
  return m[3] ? Number(m[3]) : Number(m[1]) * 60 + Number(m[2]);
}

test.describe('Categories configured by owners', () => {
  test('an owner adds a category with two required fields and an SLA; the form asks for them at once; the desk\'s due time comes from the SLA', async ({ browser, baseURL }) => {
    const tag = Date.now().toString(36).slice(-5).toUpperCase();
    const name = `Oraux ${tag}`;
    const ownerContext = await browser.newContext();
    const page = await signedIn(ownerContext, baseURL!, PEOPLE.owner.email);
    const errors = collectConsoleErrors(page);
    await openArea(page);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Ajouter une sous-catégorie à Pédagogie numérique' }).click();
    const panel = page.getByRole('dialog', { name: 'Nouvelle catégorie' });
    await expect(panel.getByRole('combobox', { name: 'Catégorie parente' })).toContainText('Pédagogie numérique');
    await panel.getByRole('textbox', { name: /^Nom \(français\)/ }).fill(name);
    await panel.getByRole('textbox', { name: /^Nom \(anglais\)/ }).fill(`Orals ${tag}`);
    await panel.getByRole('textbox', { name: 'Icône' }).fill('Education');
    await expect(panel.getByRole('img', { name: 'Aperçu de l\'icône Education' })).toBeVisible();
    await chooseOption(page, 'Équipe par défaut', TEAM, panel);
    // Ticking "required" asks for the field too; the preview is the form's own fields.
    // From the keyboard (the box focused, Space), as the table is meant to be used.
    for (const field of ['Cours ou épreuve concerné', 'Type d\'incident']) {
      await panel.getByRole('checkbox', { name: `Obligatoire : ${field}` }).focus();
      await page.keyboard.press('Space');
      await expect(panel.getByRole('checkbox', { name: `Obligatoire : ${field}` })).toBeChecked();
    }
    await expect(panel.getByRole('checkbox', { name: 'Demandé : Cours ou épreuve concerné' })).toBeChecked();
    const preview = panel.getByRole('region', { name: 'Aperçu du formulaire' });
    await expect(preview.getByRole('textbox', { name: 'Cours ou épreuve concerné' })).toHaveAttribute('required', '');
    await expect(preview.getByRole('combobox', { name: 'Type d\'incident' })).toBeVisible();
    // A first response after the resolution is refused before anything is written, with the field named.
    await panel.getByRole('textbox', { name: 'Première réponse (heures ouvrées)', exact: true }).fill('8');
    await panel.getByRole('textbox', { name: 'Résolution (heures ouvrées)', exact: true }).fill('6');
    await panel.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(panel.getByRole('link', { name: 'Première réponse (heures ouvrées) : La première réponse ne peut pas venir après la résolution.' })).toBeVisible();
    await expectNoAxeViolations(page);
    await panel.getByRole('textbox', { name: 'Première réponse (heures ouvrées)', exact: true }).fill('0,5');
    // A critical request of the category is resolved within 2 h (the other priorities keep the category's 6 h).
    await expect(panel.getByRole('textbox', { name: 'Résolution (heures ouvrées) — Critique' })).toHaveAttribute('placeholder', '6 (délai de la catégorie)');
    await panel.getByRole('textbox', { name: 'Résolution (heures ouvrées) — Critique' }).fill('2');
    // Its requests need an approval, by the e-learning referent by default (the desk proposes him).
    await panel.getByRole('switch', { name: 'Validation requise (dérogations)' }).click();
    await panel.getByRole('combobox', { name: 'Validation par défaut par' }).fill('garnier');
    await page.getByRole('listbox', { name: 'Validation par défaut par' }).getByRole('option', { name: /Philippe Garnier/ }).click();
    await expect(panel.getByRole('button', { name: /^Retirer Philippe Garnier/ })).toBeVisible();
    await panel.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'Arbre des catégories' }).getByText(name, { exact: true })).toBeVisible();
    await expect(page.getByText(/Première réponse 30 min, résolution 6 h/).first()).toBeVisible();
    await expect(page.getByText(/Validation requise \(Philippe Garnier\)/).first()).toBeVisible();
    const saved = await page.request.get(`${itemsOf('HelpCategories')}?$select=HCSlaByPriority,HCApprovalRequired,HCApprover/Title&$expand=HCApprover&$filter=Title eq '${name}'`,
      { headers: asPerson(PEOPLE.owner.email) });
    const [row] = ((await saved.json()) as { value: { HCSlaByPriority: string; HCApprovalRequired: boolean; HCApprover: { Title: string } }[] }).value;
    expect([JSON.parse(row.HCSlaByPriority), row.HCApprovalRequired, row.HCApprover.Title]).toEqual([{ critical: { resolutionHours: 2 } }, true, 'Philippe Garnier']);

    // A student's form asks for both fields at once and refuses to send without them.
    const studentContext = await browser.newContext();
    const form = await signedIn(studentContext, baseURL!, PEOPLE.studentFr.email);
    await form.goto(`${SITE}/SitePages/Request.aspx`);
    await form.getByLabel('Assistance — J\'ai besoin d\'aide ou d\'une information').check();
    await chooseOption(form, 'Catégorie', name);
    await form.getByLabel('Titre').fill(`Oral de ${tag} : salle introuvable`);
    await form.getByLabel('Description').fill('Le lien de l\'oral ne s\'ouvre pas.');
    await expect(form.getByRole('textbox', { name: 'Cours ou épreuve concerné' })).toBeVisible();
    await form.getByRole('button', { name: 'Envoyer la demande' }).press('Enter');
    const summary = form.getByRole('group', { name: /^La demande n'a pas été envoyée/ });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: 'Cours ou épreuve concerné : Ce champ est obligatoire.' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Type d\'incident : Ce champ est obligatoire.' })).toBeVisible();
    await form.getByRole('textbox', { name: 'Cours ou épreuve concerné' }).fill('Anglais L3');
    await chooseOption(form, 'Type d\'incident', 'Logiciel');
    await form.getByRole('button', { name: 'Envoyer la demande' }).press('Enter');
    const confirmation = form.getByRole('heading', { name: /Demande n°\d+ enregistrée/ });
    await expect(confirmation).toBeFocused();
    await expect(form.getByText('Première réponse attendue sous 30 min.')).toBeVisible();
    const id = Number(/n°(\d+)/.exec((await confirmation.textContent())!)![1]);
    await studentContext.close();

    // The desk receives it: its due date is the domain's count of 6 business hours in the team's calendar.
    await deskReceives(browser, baseURL!);
    const agent = asPerson(PEOPLE.agentL1.email);
    const states = await page.request.get(`${STATES}?$select=HCDueDate,HCReceivedAt,HCTeamId&$filter=HCTicketId eq ${id}`, { headers: agent });
    const state = ((await states.json()) as { value: { HCDueDate: string; HCReceivedAt: string; HCTeamId: number }[] }).value[0];
    const team = await page.request.get(`${itemsOf('HelpTeams')}(${state.HCTeamId})?$select=Title,HCBusinessHours`, { headers: agent });
    const teamItem = (await team.json()) as { Title: string; HCBusinessHours: string };
    expect(teamItem.Title).toBe(TEAM);
    const parsed = parseCalendar(JSON.parse(teamItem.HCBusinessHours));
    if (!parsed.ok) throw new Error('The team\'s calendar does not parse');
    const due = new Date(state.HCDueDate);
    expect(due.toISOString()).toBe(addBusinessMinutes(parsed.calendar, new Date(state.HCReceivedAt), 6 * 60).toISOString());
    // The desk's ticket page shows the clocks of that SLA: what is left of the 6 hours and of the 30 minutes.
    const agentContext = await browser.newContext();
    const desk = await signedIn(agentContext, baseURL!, PEOPLE.agentL1.email);
    await desk.goto(`${SITE}/SitePages/Desk.aspx?ticket=${id}`);
    const clocks = desk.getByRole('region', { name: 'Délais (SLA, heures ouvrées de l\'équipe)' });
    const resolution = clocks.locator('dt', { hasText: 'Résolution (heures ouvrées)' }).locator('xpath=following-sibling::dd[1]');
    await expect(resolution).toHaveText(/^Reste /, { timeout: 20_000 });
    const left = businessMinutesBetween(parsed.calendar, new Date(), due);
    expect(Math.abs(minutesOf((await resolution.textContent())!) - left)).toBeLessThanOrEqual(2);
    await expect(clocks.locator('dt', { hasText: '1re réponse (heures ouvrées)' }).locator('xpath=following-sibling::dd[1]')).toHaveText(/^(Reste|À risque : reste|En retard de) .*min$|^Délai dépassé$/);
    await agentContext.close();
    expect(errors).toEqual([]);
    await ownerContext.close();
  });

  test('two owners edit one category: the second save is a conflict showing the first one\'s version, nothing typed lost; the history names both', async ({ browser, baseURL, request }) => {
    // Its own category (written as Claire Martin: version 1.0), so that a retry starts from the same place.
    const tag = Date.now().toString(36).slice(-5).toUpperCase();
    const name = `Impression ${tag}`;
    const equipment = await categoryNamed(request, 'Matériel et salles');
    const created = await request.post(itemsOf('HelpCategories'), {
      headers: asPerson(PEOPLE.owner.email),
      data: { Title: name, HCTitleEn: `Printing ${tag}`, HCParentId: equipment.Id, HCIcon: 'Page', HCFormFields: ['location'], HCFirstResponseHours: 4, HCResolutionHours: 16, HCSortOrder: 99 }
    });
    expect(created.status(), await created.text()).toBe(201);
    const claireContext = await browser.newContext();
    const claire = await signedIn(claireContext, baseURL!, PEOPLE.owner.email);
    const antoineContext = await browser.newContext();
    const antoine = await signedIn(antoineContext, baseURL!, SECOND_OWNER.email);
    const edit = async (page: Page): Promise<ReturnType<Page['getByRole']>> => {
      await openArea(page);
      await page.getByRole('button', { name: `Modifier ${name}`, exact: true }).click();
      const panel = page.getByRole('dialog', { name: 'Modifier la catégorie' });
      await expect(panel.getByRole('textbox', { name: /^Nom \(français\)/ })).toHaveValue(name);
      return panel;
    };
    const mine = await edit(claire);
    const theirs = await edit(antoine);
    await theirs.getByRole('textbox', { name: 'Résolution (heures ouvrées)', exact: true }).fill('20');
    await theirs.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(antoine.getByRole('dialog')).toHaveCount(0);

    await mine.getByRole('textbox', { name: /^Nom \(anglais\)/ }).fill(`Printing and copying ${tag}`);
    await mine.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(mine.getByText('Quelqu\'un a modifié cette catégorie pendant que vous l\'éditiez.')).toBeVisible();
    await expect(mine.getByText(/^Version de Antoine Lambert, le /)).toBeVisible();
    await expect(mine.getByText(`${name} / Printing ${tag} · Page · Lieu (salle ou service) · 4 h / 20 h`)).toBeVisible();
    await expect(mine.getByRole('textbox', { name: /^Nom \(anglais\)/ })).toHaveValue(`Printing and copying ${tag}`);
    await expectNoAxeViolations(claire);
    await mine.getByRole('button', { name: 'Reprendre sa version' }).click();
    await expect(mine.getByRole('textbox', { name: 'Résolution (heures ouvrées)', exact: true })).toHaveValue('20');
    await mine.getByRole('textbox', { name: /^Nom \(anglais\)/ }).fill(`Printing and copying ${tag}`);
    await mine.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(claire.getByRole('dialog')).toHaveCount(0);
    await expect(claire.getByRole('status').filter({ hasText: 'est enregistrée' })).toHaveCount(1);

    const panel = await edit(claire);
    await expect(panel.getByRole('textbox', { name: /^Nom \(anglais\)/ })).toHaveValue(`Printing and copying ${tag}`);
    await expect(panel.getByRole('textbox', { name: 'Résolution (heures ouvrées)', exact: true })).toHaveValue('20');
    await expect(panel.getByText(/^Version \S+, le .* par Claire Martin$/)).toHaveCount(2);
    await expect(panel.getByText(/^Version \S+, le .* par Antoine Lambert$/)).toHaveCount(1);
    // Nothing names it: it is deleted (after a confirmation), and the tree no longer shows it.
    await panel.getByRole('button', { name: 'Supprimer' }).click();
    await panel.getByRole('button', { name: 'Confirmer la suppression' }).click();
    await expect(claire.getByRole('dialog')).toHaveCount(0);
    await expect(claire.getByRole('button', { name: `Modifier ${name}`, exact: true })).toHaveCount(0);
    await antoineContext.close();
    await claireContext.close();
  });

  test('at 390 px the tree fits the phone, is reordered from the keyboard and refuses a cycle', async ({ page, context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.owner.email);
    await page.setViewportSize({ width: 390, height: 844 });
    await openArea(page);
    expect(await horizontalOverflow(page)).toBeUndefined();
    await expectNoAxeViolations(page);
    const tree = page.getByRole('list', { name: 'Arbre des catégories' });
    const network = tree.getByRole('listitem').filter({ has: page.getByText('Réseau et connexion', { exact: true }) }).first();
    const order = async (): Promise<string[]> => (await network.getByRole('list').first().locator(':scope > li strong').allTextContents());
    const before = await order();
    expect(before.length).toBeGreaterThan(1);
    // "Descendre" from the keyboard: one move, announced, the focus kept on the button at the category's new place.
    await page.getByRole('button', { name: `Descendre ${before[0]}` }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: `«\u00a0${before[0]}\u00a0» est déplacée.` })).toHaveCount(1);
    await expect.poll(order).toEqual([before[1], before[0]].concat(before.slice(2)));
    await expect(page.getByRole('button', { name: `Descendre ${before[0]}` })).toBeFocused();
    await page.getByRole('button', { name: `Monter ${before[0]}` }).click();
    await expect.poll(order).toEqual(before);
    // "Déplacer sous…" offers no descendant of the category (no cycle).
    await page.getByRole('button', { name: 'Déplacer Réseau et connexion sous…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Déplacer «\u00a0Réseau et connexion\u00a0»' });
    await dialog.getByRole('combobox', { name: 'Nouvelle catégorie parente' }).click();
    await expect(page.getByRole('option', { name: /Wi-Fi et réseau/ })).toHaveCount(0);
    await expect(page.getByRole('option', { name: /Comptes et accès/ })).toHaveCount(1);
    await page.keyboard.press('Escape');
    expect(await horizontalOverflow(page)).toBeUndefined();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await expect(page.getByRole('button', { name: 'Déplacer Réseau et connexion sous…' })).toBeFocused();
  });
});
