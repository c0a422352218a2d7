/**
 * A derogation decided from the mail link by a teacher outside the support group (issue 6, seed 000): the
 * agent asks Prof. Jean Moreau, who cannot read the ticket; he opens the link in his mail, grants it with a
 * comment on the approval page; the agent's desk shows his decision with its time, and the mails go out once.
 */
import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { DEMO_PEOPLE } from '../../workbench/server/directory';
import { PEOPLE, SITE, collectConsoleErrors, expectNoAxeViolations, loginAs, workbenchAuth } from './helpers';

const DESK = `${SITE}/SitePages/Desk.aspx`;
const ITEMS = `${SITE}/_api/web/lists/getByTitle('HelpTickets')/items`;
const DECISIONS = `${SITE}/_api/web/lists/getByTitle('HelpApprovalDecisions')/items`;
const person = (prefix: string) => DEMO_PEOPLE.find((p) => p.email.startsWith(prefix))!;
const JULIE = person('julie.petit');
const TEACHER = person('jean.moreau');

interface Mail { to: string[]; subject: string; body: string }
const as = (email: string): Record<string, string> => ({ Accept: 'application/json', 'Content-Type': 'application/json', ...workbenchAuth(email) });

async function file(request: APIRequestContext, title: string): Promise<number> {
  const res = await request.get(`${SITE}/_api/web/lists/getByTitle('HelpCategories')/items?$select=Id,Title,HCDefaultTeamId&$top=200`, { headers: as(PEOPLE.owner.email) });
  const c = ((await res.json()) as { value: { Id: number; Title: string; HCDefaultTeamId: number }[] }).value.find((x) => x.Title === 'Dérogations d\'examen')!;
  const added = await request.post(ITEMS, { headers: as(PEOPLE.studentFr.email), data: { Title: title, HCDescription: `${title}.`, HCKind: 'assistance', HCCategoryId: c.Id, HCTeamId: c.HCDefaultTeamId, HCStatus: 'new' } });
  expect(added.status()).toBe(201);
  return ((await added.json()) as { Id: number }).Id;
}

async function mails(page: Page): Promise<Mail[]> {
  return (await (await page.request.get('/_workbench/outbox')).json()) as Mail[];
}

test('a teacher outside support grants a derogation from the mail link; the desk shows his decision and time, mails once', async ({ page, context, baseURL }) => {
  const title = `Tiers-temps épreuve de physique ${Date.now() % 100000}`;
  const id = await file(page.request, title);
  await loginAs(context, baseURL!, JULIE.email);
  await page.goto(`${DESK}?ticket=${id}`);
  await page.getByRole('button', { name: 'Prendre en charge' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Action enregistrée : Prendre en charge.' })).toBeVisible();
  const panel = page.getByRole('region', { name: 'Validation d\'une dérogation' });
  await panel.getByRole('combobox', { name: 'Personne qui valide (enseignant, référent)' }).fill('moreau');
  await panel.getByRole('listbox', { name: 'Personne qui valide (enseignant, référent)' }).getByRole('option', { name: /Prof\. Jean Moreau/ }).click();
  await panel.getByLabel('Motif de la dérogation (envoyé à la personne qui valide)').fill('Tiers-temps médical (certificat du médecin scolaire).');
  await panel.getByRole('button', { name: 'Demander la validation' }).click();
  await expect(panel).toContainText(`Demandée à ${TEACHER.displayName} par ${JULIE.displayName}`);
  await expect(panel).toContainText(`${TEACHER.displayName} peut aussi décider depuis le lien reçu par courriel`);

  // The teacher's mail says what the request is; its link leads to the approval page.
  const asked = (await mails(page)).filter((m) => m.to.includes(TEACHER.email) && m.subject.includes(`${id}`));
  expect(asked).toHaveLength(1);
  expect(asked[0].body).toContain(title);
  expect(asked[0].body).toContain('Tiers-temps médical');
  const href = /href="([^"]+)"/.exec(asked[0].body)![1].replace(/&#x2F;/g, '/').replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
  expect(href).toMatch(new RegExp(`^${baseURL}${SITE}/SitePages/MyRequests\\.aspx\\?approval=${id}&key=\\d+&for=\\d+&t=[0-9a-f]{32}$`));

  // Forwarded to someone else (here the requester herself), the link decides nothing.
  await loginAs(context, baseURL!, PEOPLE.studentFr.email);
  await page.goto(href);
  await expect(page.getByText(/^Ce lien a été envoyé à une autre personne : c'est elle qui décide\./)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Accorder la dérogation' })).toHaveCount(0);

  await loginAs(context, baseURL!, TEACHER.email);
  const errors = collectConsoleErrors(page);
  // He cannot read the ticket itself (HelpTickets' item-level security)…
  expect((await page.request.get(`${ITEMS}(${id})?$select=Title`, { headers: as(TEACHER.email) })).status()).toBe(404);
  // …and decides on the page the link opens.
  await page.goto(href);
  const heading = page.getByRole('heading', { name: `Dérogation pour la demande n°${id}` });
  const approvalPage = page.getByRole('region', { name: `Dérogation pour la demande n°${id}` });
  await expect(heading).toBeFocused();
  await expect(page.getByText(/Le courriel que vous avez reçu indique la demande/)).toBeVisible();
  await expectNoAxeViolations(page);
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
  const [decision] = ((await (await page.request.get(`${DECISIONS}?$select=Id,AuthorId,Created,HCDecision&$filter=HCTicketId eq ${id}`, { headers: as(PEOPLE.owner.email) })).json()) as { value: { Id: number; Created: string }[] }).value;
  expect(decision).toBeDefined();

  // The agent opens the ticket: the desk applies the teacher's decision, with his name and its time.
  const before = (await mails(page)).length;
  await loginAs(context, baseURL!, JULIE.email);
  await page.goto(`${DESK}?ticket=${id}`);
  const decided = page.getByRole('region', { name: 'Validation d\'une dérogation' });
  const when = new Date(decision.Created).toLocaleString('fr-FR', { dateStyle: 'medium', timeStyle: 'short' });
  await expect(decided).toContainText(`Dérogation accordée par ${TEACHER.displayName} le ${when}.`);
  await expect(decided).toContainText('Commentaire : Accordé, salle B12.');
  await expect(decided).toContainText('Décision donnée depuis le lien du courriel.');
  await expect(decided).not.toContainText('Décision enregistrée par');
  await expect(page.getByRole('region', { name: 'Historique' })).toContainText(`Dérogation accordée — ${when}, par ${TEACHER.displayName}`);
  await expectNoAxeViolations(page);
  const stored = await page.request.get(`${ITEMS}(${id})?$select=HCApproval`, { headers: as(PEOPLE.owner.email) });
  const approval = JSON.parse(((await stored.json()) as { HCApproval: string }).HCApproval) as { decidedBy: { email: string }; decidedAt: string; decisionItemId: number };
  expect(approval).toMatchObject({ decision: 'approved', decidedBy: { email: TEACHER.email }, decisionItemId: decision.Id });
  expect(new Date(approval.decidedAt).getTime()).toBe(new Date(decision.Created).getTime());

  // Opening it again (or the housekeeping) applies nothing twice: the teacher was told once.
  await page.reload();
  await expect(decided).toContainText(`Dérogation accordée par ${TEACHER.displayName}`);
  const sent = (await mails(page)).slice(before);
  expect(sent.filter((m) => m.to.includes(TEACHER.email) && /dérogation accordée$/.test(m.subject))).toHaveLength(1);
  expect(new Set(sent.map((m) => `${m.to.join(',')}|${m.subject}`)).size).toBe(sent.length);
});
