/**
 * Issue 12's journey, each person served right: an English-speaking student files an online-exam request through
 * the form with her French professor kept informed → the desk (L1 e-learning) confirms him: his mail is his own, in
 * French, and its link opens his view of the request (no internal note, not her private screenshot) → L1 escalates
 * to the L2 technical team with a reason → the L2 team's mail says it was escalated to them, with the reason, and an
 * L2 agent finds it under "escalated to my team" → L2 replies publicly → the student and the professor each get one
 * mail → the student answers → the agent who has the request gets one mail. Accessible, and readable on a phone.
 */
import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { DEMO_PEOPLE } from '../../workbench/server/directory';
import { CONTROL_HEADERS, PEOPLE, SITE, chooseOption, deskOpens, deskReceives, expectNoAxeViolations, loginAs, outbox, screenshots } from './helpers';
import type { Mail } from './helpers';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const person = (prefix: string) => DEMO_PEOPLE.find((p) => p.email.startsWith(prefix))!;
const STUDENT = PEOPLE.studentEn; // Tom Baker, English
const PROFESSOR = person('jean.moreau'); // French
const L1 = person('julie.petit'); // e-learning, L1
const L2 = person('marc.lefebvre'); // technical team, L2
const L2_QUEUE = 'equipe.technique@univ-exemple.fr';
const NOTE = 'Note interne : le poste de la salle d\'examen est peut-être en cause.';
const REASON = 'Le navigateur sécurisé plante au lancement : besoin des droits d\'administration.';
const REPLY = 'Le navigateur sécurisé a été réinstallé sur votre poste : relancez l\'examen.';
const ANSWER = 'Thanks, the exam opens now.';

async function pageAs(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  await loginAs(context, baseURL, email);
  return context.newPage();
}

/** Mails of one ticket sent since `before` mails were counted. */
async function mailsSince(page: Page, id: number, before: number): Promise<Mail[]> {
  return (await outbox(page.request)).slice(before).filter((m) => m.subject.includes(`${id}`));
}

/** Nothing scrolls sideways at a phone's width. */
async function fitsAPhone(page: Page): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1)).toBe(true);
  if (size) await page.setViewportSize(size);
}

test('the professor informed in his language and on his page; L2 finds the escalation; each reply informs each person once', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const student = await pageAs(browser, baseURL!, STUDENT.email);
  await student.request.delete('/_workbench/outbox', { headers: CONTROL_HEADERS });
  const title = `Online exam will not start ${Date.now() % 100000}`;

  // 1. The student files an online-exam request, her screenshot kept to herself, her professor to be informed.
  await student.goto(`${SITE}/SitePages/Request.aspx`);
  await chooseOption(student, 'Category', 'Online exams');
  await student.getByLabel('Title').fill(title);
  await student.getByLabel('Description').fill('The safe exam browser crashes when I start the civil law exam.');
  await student.getByLabel('Course or exam concerned').fill('Droit civil — L2');
  await student.getByRole('form').first().evaluate((form, bytes) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], 'image.png', { type: 'image/png' }));
    form.querySelector('textarea')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, [...PNG]);
  await student.getByRole('button', { name: 'Keep others informed (optional)' }).click();
  await student.getByRole('combobox', { name: 'People to keep informed' }).fill('moreau');
  await student.getByRole('listbox', { name: 'People to keep informed' }).getByRole('option', { name: /Prof\. Jean Moreau/ }).click();
  await expect(student.getByLabel(/Share my files/)).not.toBeChecked();
  await student.getByRole('button', { name: 'Send the request' }).click();
  const confirmation = student.getByRole('heading', { name: /Request #\d+ recorded/ });
  await expect(confirmation).toBeFocused();
  const id = Number(/#(\d+)/.exec((await confirmation.textContent()) || '')![1]);
  await expect(student.getByText(/First response expected within 15 min\./)).toBeVisible();
  await expectNoAxeViolations(student);

  // 2. The L1 e-learning desk receives it and confirms the professor: his mail is written for him, in French.
  await deskReceives(browser, baseURL!, L1.email);
  const l1 = await pageAs(browser, baseURL!, L1.email);
  await l1.goto(`${SITE}/SitePages/Desk.aspx?ticket=${id}`);
  await expect(l1.getByRole('heading', { level: 2, name: new RegExp(`^Demande n°${id} : `) })).toBeVisible();
  // The desk sees what she filled in.
  await expect(l1.getByText('Droit civil — L2')).toBeVisible();
  let before = (await outbox(student.request)).length;
  await l1.getByRole('button', { name: 'Informer ces personnes', exact: true }).click();
  await expect(l1.getByRole('status').filter({ hasText: 'Action enregistrée : Informer ces personnes.' })).toBeVisible();
  const toProfessor = (await mailsSince(student, id, before)).filter((m) => m.to[0] === PROFESSOR.email);
  expect(toProfessor).toHaveLength(1);
  const his = toProfessor[0];
  expect(his.body).toContain('Bonjour Prof. Jean Moreau');
  expect(his.body).not.toMatch(/votre demande|Your request|Bonjour Tom/);
  expect(his.body).toContain('Tom Baker');
  // Mustache escapes the link's '/' and '=' as entities, as any HTML may: a mail client decodes them.
  const decoded = his.body.replace(/&#x2F;/g, '/').replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
  const link = /href="([^"]*\?follow=\d+)"/.exec(decoded);
  expect(link, 'the professor\'s mail links to his view').not.toBeNull();

  // 3. L1 takes it in charge, notes something internal, and escalates to the L2 technical team with a reason.
  for (const action of ['Prendre en charge']) {
    await l1.getByRole('button', { name: action, exact: true }).click();
    await expect(l1.getByRole('status').filter({ hasText: `Action enregistrée : ${action}.` })).toBeVisible();
  }
  await l1.getByLabel('Nouvelle note interne').fill(NOTE);
  await l1.getByRole('button', { name: 'Ajouter la note' }).click();
  await expect(l1.getByText(NOTE)).toBeVisible();
  before = (await outbox(student.request)).length;
  await l1.getByRole('button', { name: 'Escalader', exact: true }).click();
  await chooseOption(l1, 'Niveau', 'Niveau 2', l1.getByRole('dialog'));
  await chooseOption(l1, 'Équipe', 'Équipe technique (N2)', l1.getByRole('dialog'));
  await l1.getByLabel('Motif (note interne)').fill(REASON);
  await l1.getByRole('button', { name: 'Valider' }).click();
  await expect(l1.getByRole('status').filter({ hasText: 'Action enregistrée : Escalader.' })).toBeVisible();
  const escalation = await mailsSince(student, id, before);
  const toQueue = escalation.filter((m) => m.to[0] === L2_QUEUE);
  expect(toQueue).toHaveLength(1);
  expect(`${toQueue[0].subject} ${toQueue[0].body}`).toMatch(/escaladée/i);
  expect(toQueue[0].body).toContain('Le navigateur sécurisé plante au lancement');
  expect(escalation.filter((m) => m.to[0] === STUDENT.email)).toEqual([]); // her interlocutor is unchanged
  await l1.context().close();

  // 4. The professor follows his link: his view of the request, without the note and without her screenshot.
  const professor = await pageAs(browser, baseURL!, PROFESSOR.email);
  await professor.goto(link![1].replace(/^https?:\/\/[^/]+/, ''));
  await expect(professor.getByRole('heading', { level: 2, name: new RegExp(`${id}.*${title}`) })).toBeVisible();
  await expect(professor.getByText(NOTE)).toHaveCount(0);
  await expect(professor.getByText(REASON)).toHaveCount(0);
  await expect(professor.getByText(/\.png/)).toHaveCount(0);
  await expect(professor.getByText('Droit civil — L2')).toBeVisible();
  await expectNoAxeViolations(professor);
  await screenshots(professor, 'informed-professor');
  await fitsAPhone(professor);

  // 5. An L2 agent finds it under "escalated to my team" and replies publicly.
  const l2 = await pageAs(browser, baseURL!, L2.email);
  await l2.goto(`${SITE}/SitePages/Desk.aspx`);
  await l2.getByRole('tab', { name: /^Escaladées à mon équipe/ }).click();
  const panel = l2.getByRole('tabpanel');
  await expect(panel.getByRole('link', { name: title })).toBeVisible();
  await expectNoAxeViolations(l2);
  await screenshots(l2, 'informed-l2-queue');
  await fitsAPhone(l2);
  await panel.getByRole('link', { name: title }).click();
  await expect(l2.getByRole('heading', { level: 2, name: new RegExp(`^Demande n°${id} : `) })).toBeVisible();
  before = (await outbox(student.request)).length;
  await l2.getByLabel('Réponse au demandeur (visible par lui)').fill(REPLY);
  await l2.getByRole('button', { name: 'Envoyer la réponse' }).click();
  await expect(l2.getByRole('status').filter({ hasText: 'Action enregistrée' }).last()).toBeVisible();
  await expect.poll(async () => (await mailsSince(student, id, before)).length).toBeGreaterThanOrEqual(2);
  const replied = await mailsSince(student, id, before);
  const toStudent = replied.filter((m) => m.to[0] === STUDENT.email);
  const toProf = replied.filter((m) => m.to[0] === PROFESSOR.email);
  expect(toStudent).toHaveLength(1);
  expect(toProf).toHaveLength(1);
  expect(toStudent[0].body).toMatch(/^<p>Hello Tom Baker/); // hers, in English
  expect(toProf[0].body).toMatch(/^<p>Bonjour Prof\. Jean Moreau/); // his, in French
  await l2.context().close();

  // 6. The student answers on her page; when the desk applies it, the agent who has the request gets one mail.
  await student.goto(`${SITE}/SitePages/MyRequests.aspx?ticket=${id}`);
  await expect(student.getByText(REPLY)).toBeVisible();
  await student.getByLabel('Your message').fill(ANSWER);
  await student.getByRole('button', { name: 'Send the message' }).click();
  await expect(student.getByText(ANSWER)).toBeVisible();
  before = (await outbox(student.request)).length;
  await deskOpens(browser, baseURL!, id, L2.email);
  const answered = await mailsSince(student, id, before);
  expect(answered.filter((m) => m.to[0] === L1.email)).toHaveLength(1);
  expect(answered.filter((m) => m.to[0] === L1.email)[0].body).toContain(ANSWER);
  // Nobody got the same mail twice over the whole journey.
  const all = (await outbox(student.request)).filter((m) => m.subject.includes(`${id}`));
  const keys = all.map((m) => `${m.to[0]}|${m.subject}|${m.body}`);
  expect(new Set(keys).size).toBe(keys.length);
  await professor.context().close();
  await student.context().close();
});
