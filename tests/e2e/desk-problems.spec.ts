/**
 * The desk's derogation approvals and problems (ITIL) in the workbench: a support-group approver follows the link
 * in their mail to the desk and decides there, as themselves, or the desk records a decision given by phone; an incident is linked to a
 * problem, the problem's announcement shows in the help bar, and resolving the problem resolves its incidents
 * and informs their requesters.
 */
import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { DEMO_PEOPLE } from '../../workbench/server/directory';
import { PEOPLE, SITE, STATES, asPerson, categoryNamed, chooseOption, deskReceives, expectNoAxeViolations, fileOverRest, loginAs, outbox, CONTROL_HEADERS } from './helpers';

const DESK = `${SITE}/SitePages/Desk.aspx`;
const person = (prefix: string) => DEMO_PEOPLE.find((p) => p.email.startsWith(prefix))!;
const JULIE = person('julie.petit');
const PHILIPPE = person('philippe.garnier');

/** Files over REST as `email` (what the requester owns); the desk receives it when an agent's desk next opens. */
async function file(request: APIRequestContext, email: string, title: string, category: string, kind = 'assistance', more: Record<string, unknown> = {}): Promise<number> {
  const c = await categoryNamed(request, category);
  return fileOverRest(request, email, { Title: title, HCDescription: `${title}.`, HCKind: kind, HCCategoryId: c.Id, ...more });
}

async function done(page: Page, label: string): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: `Action enregistrée : ${label}.` })).toBeVisible();
}

const mails = (page: Page) => outbox(page.request);

test('a derogation: the referent decides from the link in the mail; a teacher\'s decision given by phone is recorded by the desk', async ({ page, context, baseURL, browser }) => {
  const id = await file(page.request, PEOPLE.studentFr.email, `Tiers-temps examen de chimie ${Date.now() % 100000}`, 'Dérogations d\'examen', 'assistance', { HCCourse: 'Chimie organique' });
  await deskReceives(browser, baseURL!);
  await loginAs(context, baseURL!, JULIE.email);
  await page.goto(`${DESK}?ticket=${id}`);
  await page.getByRole('button', { name: 'Prendre en charge' }).click();
  await done(page, 'Prendre en charge');
  const approval = page.getByRole('region', { name: 'Validation d\'une dérogation' });
  // The owners set the category's rule on the set-up page: approval required, by the e-learning referent by default.
  await expect(approval).toContainText(`Cette catégorie demande une validation, par défaut par ${PHILIPPE.displayName} : aucune n'a encore été demandée.`);
  await expect(approval.getByRole('button', { name: new RegExp(`^Retirer ${PHILIPPE.displayName}`) })).toBeVisible();
  await approval.getByLabel('Motif de la dérogation (envoyé à la personne qui valide)').fill('Tiers-temps médical <script>alert(1)</script>');
  await expectNoAxeViolations(page);
  await approval.getByRole('button', { name: 'Demander la validation' }).click();
  await done(page, 'Demander la validation');
  await expect(approval).toContainText(`Demandée à ${PHILIPPE.displayName} par ${JULIE.displayName}`);
  await expect(approval).toContainText('Motif : Tiers-temps médical <script>alert(1)</script>');

  // The referent's mail carries the link to the approval page, which sends him, a support agent, on to the desk.
  const asked = (await mails(page)).filter((m) => m.to.includes(PHILIPPE.email) && m.subject.includes(`${id}`));
  expect(asked).toHaveLength(1);
  const href = /href="([^"]+)"/.exec(asked[0].body)![1].replace(/&#x2F;/g, '/').replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
  expect(href).toMatch(new RegExp(`^${baseURL}${SITE}/SitePages/MyRequests\\.aspx\\?approval=${id}&key=\\d+&for=\\d+&t=[0-9a-f]{32}$`));
  await loginAs(context, baseURL!, PHILIPPE.email);
  await page.goto(href);
  await expect(page.getByRole('heading', { name: `Dérogation pour la demande n°${id}` })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: `Ouvrir la demande n°${id} dans le guichet` }).click();
  const heading = page.getByRole('heading', { name: 'Validation d\'une dérogation' });
  await expect(heading).toBeFocused();
  await page.getByLabel('Commentaire sur la décision (facultatif)').fill('Accordé sur justificatif.');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Valider la dérogation' }).click();
  await done(page, 'Dérogation accordée');
  await expect(page.getByRole('region', { name: 'Validation d\'une dérogation' })).toContainText(`Dérogation accordée par ${PHILIPPE.displayName}`);
  await expect(page.getByRole('region', { name: 'Historique' })).toContainText(`Dérogation accordée — `);
  expect((await mails(page)).filter((m) => m.to.includes(JULIE.email) && m.subject.includes(`${id}`) && /dérogation accordée par /.test(m.subject))).toHaveLength(1);

  // A second derogation, asked of the professor, who answers by phone: Julie records it, and that is said.
  await loginAs(context, baseURL!, JULIE.email);
  await page.goto(`${DESK}?ticket=${id}`);
  const panel = page.getByRole('region', { name: 'Validation d\'une dérogation' });
  // The referent is proposed again; Julie names the professor instead.
  await panel.getByRole('button', { name: new RegExp(`^Retirer ${PHILIPPE.displayName}`) }).click();
  await panel.getByRole('combobox', { name: 'Personne qui valide (enseignant, référent)' }).fill('moreau');
  await page.getByRole('listbox', { name: 'Personne qui valide (enseignant, référent)' }).getByRole('option', { name: /Prof\. Jean Moreau/ }).click();
  await panel.getByLabel('Motif de la dérogation (envoyé à la personne qui valide)').fill('Salle à part pour l\'épreuve.');
  await panel.getByRole('button', { name: 'Demander la validation' }).click();
  await done(page, 'Demander la validation');
  await expect(panel.getByRole('button', { name: 'Refuser la dérogation' })).toBeDisabled();
  // From the keyboard: scrolled into view, the box sits under the panel's sticky header, which takes a pointer's click.
  const byPhone = panel.getByLabel('J\'enregistre la décision donnée par Prof. Jean Moreau (téléphone, courriel)');
  await byPhone.focus();
  await page.keyboard.press('Space');
  await expect(byPhone).toBeChecked();
  await panel.getByRole('button', { name: 'Refuser la dérogation' }).click();
  await done(page, 'Dérogation refusée');
  await expect(panel).toContainText(`Dérogation refusée par Prof. Jean Moreau`);
  await expect(panel).toContainText(`Décision enregistrée par ${JULIE.displayName}.`);
  await expectNoAxeViolations(page);
  const stored = await page.request.get(`${STATES}?$select=HCApproval&$filter=HCTicketId eq ${id}`, { headers: asPerson(PEOPLE.owner.email) });
  expect(JSON.parse(((await stored.json()) as { value: { HCApproval: string }[] }).value[0].HCApproval)).toMatchObject({ decision: 'refused', recordedBy: { email: JULIE.email } });
});

test('a problem: incidents linked from the desk, an announcement in the help bar until its resolution, which resolves the incidents', async ({ page, context, baseURL, browser }) => {
  const stamp = Date.now() % 100000;
  const problem = await file(page.request, JULIE.email, `Serveur de quiz Moodle en panne ${stamp}`, 'ENT / Moodle', 'problem');
  const incident = await file(page.request, PEOPLE.studentFr.email, `Quiz bloqué ${stamp}`, 'ENT / Moodle');
  await deskReceives(browser, baseURL!);
  await page.request.delete('/_workbench/outbox', { headers: CONTROL_HEADERS });
  await loginAs(context, baseURL!, JULIE.email);

  await page.goto(`${DESK}?ticket=${incident}`);
  const panel = page.getByRole('region', { name: 'Problème (ITIL)' });
  await chooseOption(page, 'Rattacher à un problème ouvert', new RegExp(`^${problem} — `), panel);
  await panel.getByRole('button', { name: 'Rattacher' }).click();
  await done(page, 'Rattacher');
  await expect(panel.getByRole('link', { name: `Incident rattaché au problème n°${problem}.` })).toBeVisible();
  await expectNoAxeViolations(page);

  await panel.getByRole('link', { name: `Incident rattaché au problème n°${problem}.` }).click();
  await expect(page.getByRole('heading', { name: `Demande n°${problem} : Serveur de quiz Moodle en panne ${stamp}` })).toBeVisible();
  const problemPanel = page.getByRole('region', { name: 'Problème (ITIL)' });
  await expect(problemPanel.getByRole('link', { name: `${incident} — Quiz bloqué ${stamp}` })).toBeVisible();
  await problemPanel.getByLabel('Titre de l\'annonce').fill(`Quiz Moodle indisponibles ${stamp}`);
  await problemPanel.getByLabel('Message (« nous savons, nous nous en occupons »)').fill('Nous savons, nous nous en occupons : retour prévu dans l\'après-midi.');
  await chooseOption(page, 'Gravité', 'Panne', problemPanel);
  await expectNoAxeViolations(page);
  await problemPanel.getByRole('button', { name: 'Publier l\'annonce' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Annonce publiée.' })).toBeVisible();
  // The student sees it in the help bar, on any page.
  const desk = page.url();
  await loginAs(context, baseURL!, PEOPLE.studentFr.email);
  await page.goto(SITE);
  await expect(page.getByRole('navigation', { name: 'Barre d\'aide' }).getByRole('list', { name: 'Annonces en cours' })).toContainText(`Quiz Moodle indisponibles ${stamp}`);
  await loginAs(context, baseURL!, JULIE.email);
  await page.goto(desk);

  await page.getByRole('button', { name: 'Résoudre le problème et ses incidents' }).click();
  await page.getByLabel('Solution du problème (visible par chaque demandeur)').fill('Le serveur de quiz a été remplacé.');
  await page.getByRole('button', { name: 'Valider' }).click();
  await done(page, 'Résoudre le problème et ses incidents');
  // The incident's state, as its requester reads it (the desk gave her the state of her request).
  const saved = await page.request.get(`${STATES}?$select=HCStatus,HCResolution&$filter=HCTicketId eq ${incident}`, { headers: asPerson(PEOPLE.studentFr.email) });
  expect(((await saved.json()) as { value: unknown[] }).value).toEqual([expect.objectContaining({ HCStatus: 'resolved', HCResolution: 'Le serveur de quiz a été remplacé.' })]);
  const toLea = (await mails(page)).filter((m) => m.to.includes(PEOPLE.studentFr.email) && m.subject.includes(`${incident}`));
  expect(toLea.map((m) => m.subject)).toContain(`[Centre d'aide] Demande n°${incident} : résolue avec l'incident n°${problem}`);
  expect(new Set(toLea.map((m) => `${m.subject}|${m.body}`)).size).toBe(toLea.length);

  // Once the problem is resolved, its announcement leaves the help bar.
  await loginAs(context, baseURL!, PEOPLE.studentFr.email);
  await page.goto(SITE);
  await expect(page.getByRole('navigation', { name: 'Barre d\'aide' }).getByRole('list', { name: 'Annonces en cours' })).toContainText('Wi-Fi perturbé');
  await expect(page.getByRole('navigation', { name: 'Barre d\'aide' }).getByRole('list', { name: 'Annonces en cours' })).not.toContainText(`Quiz Moodle indisponibles ${stamp}`);
});
