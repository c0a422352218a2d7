/**
 * A derogation decided from the mail link by a teacher outside the support group (issue 6, seed 000; issue 11): the
 * agent asks Prof. Jean Moreau, who cannot read the ticket; his mail carries a link with a secret (`&t=`) of which the
 * desk keeps only the hash; he grants on the approval page; the desk applies his decision when it next opens the
 * ticket, with his name and its time, and mails once. The same link forwarded to someone else, or a link guessed
 * without the secret, decides nothing: the desk keeps the approval pending, and the approver's own decision still counts.
 */
import { expect, test } from '@playwright/test';
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { DEMO_PEOPLE } from '../../workbench/server/directory';
import {
  PEOPLE, SITE, STATES, TICKETS, asPerson, categoryNamed, collectConsoleErrors, deskReceives, expectNoAxeViolations, fileOverRest, horizontalOverflow, itemsOf,
  loginAs, outbox, screenshots,
} from './helpers';

const DESK = `${SITE}/SitePages/Desk.aspx`;
const MINE = `${SITE}/SitePages/MyRequests.aspx`;
const DECISIONS = itemsOf('HelpApprovalDecisions');
const person = (prefix: string) => DEMO_PEOPLE.find((p) => p.email.startsWith(prefix))!;
const JULIE = person('julie.petit');
const TEACHER = person('jean.moreau');
const COLLEAGUE = person('sophie.bernard');

/** Léa asks for a derogation (over REST: the form is another journey), and the desk receives it. */
async function fileDerogation(request: APIRequestContext, browser: Browser, baseURL: string, title: string): Promise<number> {
  const c = await categoryNamed(request, 'Dérogations d\'examen');
  const id = await fileOverRest(request, PEOPLE.studentFr.email, { Title: title, HCDescription: `${title}.`, HCKind: 'assistance', HCCategoryId: c.Id, HCCourse: 'Physique — partiel de janvier' });
  await deskReceives(browser, baseURL);
  return id;
}

/** Julie takes the ticket in charge and asks Prof. Jean Moreau on the desk; returns the link his mail carries. */
async function askTheTeacher(page: Page, baseURL: string, id: number, title: string): Promise<string> {
  await loginAs(page.context(), baseURL, JULIE.email);
  await page.goto(`${DESK}?ticket=${id}`);
  await page.getByRole('button', { name: 'Prendre en charge' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Action enregistrée : Prendre en charge.' })).toBeVisible();
  const panel = page.getByRole('region', { name: 'Validation d\'une dérogation' });
  // The category proposes its referent (set by the owners); the agent names the course's teacher instead.
  await panel.getByRole('button', { name: /^Retirer Philippe Garnier/ }).click();
  await panel.getByRole('combobox', { name: 'Personne qui valide (enseignant, référent)' }).fill('moreau');
  // The picker's suggestions open in a layer outside the panel (Fluent's people picker).
  await page.getByRole('listbox', { name: 'Personne qui valide (enseignant, référent)' }).getByRole('option', { name: /Prof\. Jean Moreau/ }).click();
  await panel.getByLabel('Motif de la dérogation (envoyé à la personne qui valide)').fill('Tiers-temps médical (certificat du médecin scolaire).');
  await panel.getByRole('button', { name: 'Demander la validation' }).click();
  await expect(panel).toContainText(`Demandée à ${TEACHER.displayName} par ${JULIE.displayName}`);
  await expect(panel).toContainText(`${TEACHER.displayName} peut aussi décider depuis le lien reçu par courriel`);
  // The teacher's mail says what the request is; its link leads to the approval page and carries the secret.
  const asked = (await outbox(page.request)).filter((m) => m.to.includes(TEACHER.email) && m.subject.includes(`${id}`));
  expect(asked).toHaveLength(1);
  expect(asked[0].body).toContain(title);
  expect(asked[0].body).toContain('Tiers-temps médical');
  const href = /href="([^"]+)"/.exec(asked[0].body)![1].replace(/&#x2F;/g, '/').replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
  expect(href).toMatch(new RegExp(`^${baseURL}${SITE}/SitePages/MyRequests\\.aspx\\?approval=${id}&key=\\d+&for=\\d+&t=[0-9a-f]{32}$`));
  return href;
}

/** The desk's approval panel as Julie's desk shows it after opening the ticket (which applies a pending decision). */
async function deskPanel(page: Page, baseURL: string, id: number): Promise<ReturnType<Page['getByRole']>> {
  await loginAs(page.context(), baseURL, JULIE.email);
  await page.goto(`${DESK}?ticket=${id}`);
  const panel = page.getByRole('region', { name: 'Validation d\'une dérogation' });
  await expect(panel).toBeVisible();
  return panel;
}

/** Decides on the approval page the way a person does, as `email`; the page confirms the decision is recorded. */
async function decideOnPage(page: Page, baseURL: string, email: string, url: string, id: number, comment: string): Promise<void> {
  await loginAs(page.context(), baseURL, email);
  await page.goto(url);
  await expect(page.getByRole('heading', { name: `Dérogation pour la demande n°${id}` })).toBeFocused();
  await page.getByLabel('Commentaire (facultatif, transmis avec votre décision)').fill(comment);
  await page.getByRole('button', { name: 'Accorder la dérogation' }).click();
  await expect(page.getByRole('region', { name: `Dérogation pour la demande n°${id}` }).getByRole('status')).toContainText('Votre décision est enregistrée : dérogation accordée, le ');
}

test.use({ viewport: { width: 1366, height: 900 } });

test('a teacher outside support grants a derogation from the mail link; forwarded and guessed links decide nothing; the desk applies his decision once', async ({ page, context, baseURL, browser }) => {
  test.setTimeout(150_000);
  const title = `Tiers-temps épreuve de physique ${Date.now() % 100000}`;
  const id = await fileDerogation(page.request, browser, baseURL!, title);
  const href = await askTheTeacher(page, baseURL!, id, title);
  const link = new URL(href);
  const secret = link.searchParams.get('t')!;
  // The desk keeps the secret's hash, never the secret.
  const kept = await page.request.get(`${STATES}?$select=HCApproval&$filter=HCTicketId eq ${id}`, { headers: asPerson(PEOPLE.owner.email) });
  const keptApproval = ((await kept.json()) as { value: { HCApproval: string }[] }).value[0].HCApproval;
  expect(keptApproval).toContain('"tokenHash"');
  expect(keptApproval).not.toContain(secret);

  // Forwarded to the requester herself, or to a colleague: the page says the decision is the approver's, with no buttons.
  for (const someone of [PEOPLE.studentFr, COLLEAGUE]) {
    await loginAs(context, baseURL!, someone.email);
    await page.goto(href);
    await expect(page.getByText(/^Ce lien a été envoyé à une autre personne : c'est elle qui décide\./)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Accorder la dérogation' })).toHaveCount(0);
  }
  // The colleague drops the link's `for=` (a hint for the page only) and grants with the teacher's secret: her own decision.
  const forwarded = new URL(href);
  forwarded.searchParams.delete('for');
  await decideOnPage(page, baseURL!, COLLEAGUE.email, forwarded.toString(), id, 'Je valide pour lui.');
  // The student guesses a link (ticket, request and approver are small numbers; the secret is not) and grants it to herself.
  const guessed = new URL(href);
  guessed.searchParams.delete('for');
  guessed.searchParams.set('t', '0123456789abcdef0123456789abcdef');
  await decideOnPage(page, baseURL!, PEOPLE.studentFr.email, guessed.toString(), id, 'Accordé.');
  // The desk opens the ticket (and applies what counts): the approval is still pending, asked of the teacher.
  let panel = await deskPanel(page, baseURL!, id);
  await expect(panel).toContainText(`Demandée à ${TEACHER.displayName} par ${JULIE.displayName}`);
  await expect(panel).not.toContainText('Dérogation accordée');

  // The teacher cannot read the ticket, nor the desk's state (item-level security)…
  await loginAs(context, baseURL!, TEACHER.email);
  const errors = collectConsoleErrors(page);
  expect((await page.request.get(`${TICKETS}(${id})?$select=Title`, { headers: asPerson(TEACHER.email) })).status()).toBe(404);
  const states = await page.request.get(`${STATES}?$select=Id&$filter=HCTicketId eq ${id}`, { headers: asPerson(TEACHER.email) });
  expect(((await states.json()) as { value: unknown[] }).value).toEqual([]);
  // …and decides on the page his own link opens.
  await page.goto(href);
  const heading = page.getByRole('heading', { name: `Dérogation pour la demande n°${id}` });
  const approvalPage = page.getByRole('region', { name: `Dérogation pour la demande n°${id}` });
  await expect(heading).toBeFocused();
  await expect(page.getByText(/Le courriel que vous avez reçu indique la demande/)).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshots(page, 'approval-page');
  // Nothing scrolls sideways, on a laptop or a phone, and the page stays accessible on both.
  for (const size of [{ width: 1366, height: 900 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(size);
    expect(await horizontalOverflow(page), `the approval page scrolls sideways at ${size.width} px`).toBeUndefined();
    await expectNoAxeViolations(page);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.getByLabel('Commentaire (facultatif, transmis avec votre décision)').fill('Accordé, salle B12.');
  await page.getByRole('button', { name: 'Accorder la dérogation' }).click();
  await expect(approvalPage.getByRole('status')).toContainText('Votre décision est enregistrée : dérogation accordée, le ');
  await expect(approvalPage.getByRole('status')).toContainText('Le support en est informé, merci.');
  await expect(heading).toBeFocused();
  await expectNoAxeViolations(page);
  // A second visit shows the decision recorded, and no buttons.
  await page.reload();
  await expect(approvalPage.getByRole('status')).toContainText('Votre commentaire : Accordé, salle B12.');
  await expect(page.getByRole('button', { name: 'Accorder la dérogation' })).toHaveCount(0);
  expect(errors).toEqual([]);
  const teacherId = Number(link.searchParams.get('for'));
  const decisions = ((await (await page.request.get(`${DECISIONS}?$select=Id,AuthorId,Created&$filter=HCTicketId eq ${id}&$orderby=ID`, { headers: asPerson(PEOPLE.owner.email) })).json()) as { value: { Id: number; AuthorId: number; Created: string }[] }).value;
  expect(decisions).toHaveLength(3);
  const decision = decisions.find((d) => d.AuthorId === teacherId)!;
  expect(decision).toBeDefined();

  // Julie's desk opens the ticket: it applies the teacher's decision, with his name and its time.
  const before = (await outbox(page.request)).length;
  panel = await deskPanel(page, baseURL!, id);
  const when = new Date(decision.Created).toLocaleString('fr-FR', { dateStyle: 'medium', timeStyle: 'short' });
  await expect(panel).toContainText(`Dérogation accordée par ${TEACHER.displayName} le ${when}.`);
  await expect(panel).toContainText('Commentaire : Accordé, salle B12.');
  await expect(panel).toContainText('Décision donnée depuis le lien du courriel.');
  await expect(panel).not.toContainText('Décision enregistrée par');
  await expect(page.getByRole('region', { name: 'Historique' })).toContainText(`Dérogation accordée — ${when}, par ${TEACHER.displayName}`);
  await expectNoAxeViolations(page);
  const stored = await page.request.get(`${STATES}?$select=HCApproval&$filter=HCTicketId eq ${id}`, { headers: asPerson(PEOPLE.owner.email) });
  const approval = JSON.parse(((await stored.json()) as { value: { HCApproval: string }[] }).value[0].HCApproval) as { decidedBy: { email: string }; decidedAt: string; decisionItemId: number };
  expect(approval).toMatchObject({ decision: 'approved', decidedBy: { email: TEACHER.email }, decisionItemId: decision.Id, comment: 'Accordé, salle B12.' });
  expect(new Date(approval.decidedAt).getTime()).toBe(new Date(decision.Created).getTime());

  // Opening it again (or the housekeeping) applies nothing twice: the teacher was told once.
  await page.reload();
  await expect(panel).toContainText(`Dérogation accordée par ${TEACHER.displayName}`);
  const sent = (await outbox(page.request)).slice(before);
  // The teacher's own mail: the desk took his decision into account.
  expect(sent.filter((m) => m.to.includes(TEACHER.email) && /votre décision est enregistrée/.test(m.subject))).toHaveLength(1);
  expect(new Set(sent.map((m) => `${m.to.join(',')}|${m.subject}`)).size).toBe(sent.length);

  // Léa, on her request, sees that the desk has the decision: those it informed of it are listed.
  await loginAs(context, baseURL!, PEOPLE.studentFr.email);
  await page.goto(`${MINE}?ticket=${id}`);
  await expect(page.getByRole('region', { name: 'Personnes prévenues' }).getByRole('listitem').filter({ hasText: / : décision de validation — prévenu le / }).first()).toBeVisible();
});

test('a link made without the secret and sent to the approver decides nothing; his own link still decides', async ({ page, context, baseURL, browser }) => {
  test.setTimeout(120_000);
  const title = `Report du partiel de chimie ${Date.now() % 100000}`;
  const id = await fileDerogation(page.request, browser, baseURL!, title);
  const href = await askTheTeacher(page, baseURL!, id, title);
  // Someone who knows the ticket (its requester) sends the teacher a link of her own making: right numbers, made-up secret.
  const forged = new URL(href);
  forged.searchParams.set('t', 'ffffffffffffffffffffffffffffffff');
  await decideOnPage(page, baseURL!, TEACHER.email, forged.toString(), id, 'Accordé (lien reçu de l\'étudiante).');
  let panel = await deskPanel(page, baseURL!, id);
  await expect(panel).toContainText(`Demandée à ${TEACHER.displayName} par ${JULIE.displayName}`);
  await expect(panel).not.toContainText('Dérogation accordée');
  // The mail's link still lets him decide, and that decision is the one the desk applies.
  await loginAs(context, baseURL!, TEACHER.email);
  await page.goto(href);
  await expect(page.getByRole('button', { name: 'Refuser la dérogation' })).toBeVisible();
  await page.getByRole('button', { name: 'Refuser la dérogation' }).click();
  await expect(page.getByRole('region', { name: `Dérogation pour la demande n°${id}` }).getByRole('status')).toContainText('Votre décision est enregistrée : dérogation refusée, le ');
  panel = await deskPanel(page, baseURL!, id);
  await expect(panel).toContainText(`Dérogation refusée par ${TEACHER.displayName}`);
});
