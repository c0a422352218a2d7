// The contributors' page, its draft page (issue 14): a contributor writes from a template with a pasted image and
// suggested keywords, saves, reloads, sends to review; a reviewer publishes; a reader finds it at once. Hostile HTML
// written over REST never reaches a page; two editors of one draft get one clear conflict.
import { expect, test, type Page } from '@playwright/test';
import { PEOPLE, SITE, asPerson, collectConsoleErrors, expectNoAxeViolations, horizontalOverflow, itemsOf, loginAs, outbox } from './helpers';

const ARTICLES = `${SITE}/SitePages/Articles.aspx`;
const KB = `${SITE}/SitePages/Knowledge.aspx`;
const NADIA = 'nadia.rousseau@univ-exemple.fr';
const PHILIPPE = 'philippe.garnier@univ-exemple.fr';
const DRAFTS = itemsOf('KnowledgeDrafts');
// A 2×2 red PNG, as a screenshot pasted from the clipboard.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==';

/** The editor's text area. */
const body = (page: Page) => page.getByRole('textbox', { name: "Contenu de l'article" });

/** Pastes a PNG file into the editor as a browser does for a screenshot (ClipboardEvent with a file). */
async function pastePng(page: Page): Promise<void> {
  await body(page).evaluate((el, b64) => {
    const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'capture.png', { type: 'image/png' }));
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, PNG);
}

/** A draft written over REST as its author (the columns a contributor owns), its id. */
async function draftOverRest(page: Page, fields: Record<string, unknown>): Promise<number> {
  const res = await page.request.post(DRAFTS, {
    headers: asPerson(NADIA),
    data: { HCLanguage: 'fr', HCTemplate: 'howto', HCArticleKind: 'howto', HCDraftStatus: 'draft', HCWorkflowSequence: 0, ...fields }
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { Id: number }).Id;
}

test('a contributor writes a how-to with a pasted image and suggested keywords, saves, reloads, sends to review; a reviewer publishes; a reader finds it at once', async ({ page, context, browser, baseURL }) => {
  test.setTimeout(180_000);
  await loginAs(context, baseURL!, NADIA);
  const errors = collectConsoleErrors(page);
  // A contributor may not record mails (ArticleNotifications is the reviewers', agents' and owners'): her submission
  // leaves the reviewers' mail to their housekeeping without asking the list, so no request fails and nothing is logged.
  const failures: string[] = [];
  page.on('response', r => { if (r.status() >= 400) failures.push(`${r.status()} ${decodeURIComponent(r.url())}`); });
  await page.goto(`${ARTICLES}?new=1`);
  await expect(page.getByRole('heading', { level: 3, name: 'Nouvel article' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Procédure pas à pas' })).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Commencer la rédaction' }).click();

  // The form, the template's sections in the editor.
  await expect(body(page).getByRole('heading', { name: 'Objectif' })).toBeVisible();
  // Sending an empty how-to to review: one summary linking each field to fix.
  await page.getByRole('button', { name: 'Envoyer en relecture' }).click();
  const summary = page.getByRole('group', { name: /Corrigez les points suivants/ });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Indiquez un titre.' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Complétez la section « Objectif ». Complétez la section « Étapes ».' })).toBeVisible();
  await expectNoAxeViolations(page);
  await summary.getByRole('link', { name: 'Indiquez un titre.' }).click();
  await expect(page.getByRole('textbox', { name: 'Titre' })).toBeFocused();

  await page.getByRole('textbox', { name: 'Titre' }).fill('Numériser un document avec le copieur Kyocera du bâtiment Lavoisier');
  await page.getByRole('textbox', { name: 'Résumé' }).fill('Numériser vers sa messagerie depuis le copieur Kyocera : badge, format PDF, envoi.');
  // The goal's paragraph, then the steps' first item (each section's empty block follows its heading).
  await body(page).getByRole('heading', { name: 'Objectif' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('Recevoir un document papier numérisé en PDF dans sa messagerie universitaire.');
  await body(page).getByRole('heading', { name: 'Étapes' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('Badgez sur le copieur Kyocera, choisissez Numériser puis Envoyer à moi-même.');
  // A pasted screenshot: the draft is created for it (its address follows), the image stored as its attachment.
  await pastePng(page);
  await expect(page).toHaveURL(/Articles\.aspx\?draft=\d+$/);
  const draftId = Number(new URL(page.url()).searchParams.get('draft'));
  await expect(body(page).locator('img[src*="/Lists/KnowledgeDrafts/Attachments/"]')).toHaveCount(1);

  // Two suggested keywords accepted.
  const accept = page.getByRole('button', { name: /^Accepter « / });
  await expect(accept.first()).toBeVisible({ timeout: 20_000 });
  const first = ((await accept.nth(0).getAttribute('aria-label')) || (await accept.nth(0).textContent()) || '').replace(/^Accepter «\s*(.*?)\s*»$/, '$1');
  await accept.nth(0).click();
  const second = ((await accept.nth(0).getAttribute('aria-label')) || (await accept.nth(0).textContent()) || '').replace(/^Accepter «\s*(.*?)\s*»$/, '$1');
  await accept.nth(0).click();
  await expect(page.getByRole('button', { name: `Retirer « ${first} »` })).toBeVisible();
  await expect(page.getByRole('button', { name: `Retirer « ${second} »` })).toBeVisible();

  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Brouillon enregistré à/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // Reloaded: nothing lost, nothing to restore.
  await page.reload();
  await expect(page.getByRole('heading', { level: 3, name: /^Brouillon : Numériser un document/ })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Titre' })).toHaveValue('Numériser un document avec le copieur Kyocera du bâtiment Lavoisier');
  await expect(body(page)).toContainText('Badgez sur le copieur Kyocera');
  await expect(body(page).locator('img[src*="/Lists/KnowledgeDrafts/Attachments/"]')).toHaveCount(1);
  await expect(page.getByRole('button', { name: `Retirer « ${first} »` })).toBeVisible();
  await expect(page.getByText('Modifications non enregistrées')).toHaveCount(0);

  await page.getByRole('button', { name: 'Envoyer en relecture' }).click();
  await expect(page.getByText('Article envoyé en relecture : les relecteurs en seront informés.')).toBeVisible();
  await expect(page.getByText('État : En relecture')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reprendre le brouillon' })).toBeVisible();
  expect(failures).toEqual([]);
  expect(errors).toEqual([]);

  // The reviewer publishes.
  const reviewer = await browser.newContext();
  await loginAs(reviewer, baseURL!, PHILIPPE);
  const rp = await reviewer.newPage();
  await rp.goto(`${ARTICLES}?draft=${draftId}`);
  await expect(rp.getByRole('heading', { name: 'Relecture' })).toBeVisible();
  await expectNoAxeViolations(rp);
  await rp.getByRole('button', { name: 'Publier', exact: true }).click();
  // The step and its mail's fate, said once the draft is read again (published: read-only, its article linked).
  await expect(rp.getByRole('heading', { name: 'Relecture' })).toHaveCount(0);
  await expect(rp.getByRole('status').filter({ hasText: "L'article est publié. Les personnes concernées ont été informées par courriel." })).toBeVisible();
  const articleLink = rp.getByRole('link', { name: "Voir l'article publié" });
  await expect(articleLink).toBeVisible();
  await reviewer.close();

  // The reader finds it at once (the search index's delta refresh) and sees its image.
  const reader = await browser.newContext();
  await loginAs(reader, baseURL!, PEOPLE.studentFr.email);
  const lp = await reader.newPage();
  await lp.goto(KB);
  await lp.getByRole('searchbox', { name: 'Rechercher un article' }).fill('numériser kyocera lavoisier');
  await lp.getByRole('link', { name: /Numériser un document avec le copieur Kyocera/ }).first().click();
  const image = lp.locator('article img');
  await expect(image).toHaveCount(1);
  await expect.poll(() => image.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(2);
  await expect(image).toHaveAttribute('src', /\/Lists\/KnowledgeArticles\/Attachments\//);
  await reader.close();

  // The author is told once that it is published (the reviewer records and sends the mail).
  const told = (await outbox(page.request)).filter(m => m.to.some(t => t.startsWith('nadia.rousseau@')) && /Numériser un document avec le copieur Kyocera/.test(m.subject));
  expect(told).toHaveLength(1);
  expect(told[0].subject).toMatch(/^\[Centre d'aide\] Article «\s*Numériser un document avec le copieur Kyocera du bâtiment Lavoisier\s*»\s*:\s*publié$/);
});

test('a script and a javascript: link written into a draft over REST are gone when the draft is shown and when the published article is read', async ({ page, context, browser, baseURL }) => {
  test.setTimeout(120_000);
  await loginAs(context, baseURL!, NADIA);
  const hostile = '<h2 data-hc-section="goal">Objectif</h2><p>Réinitialiser son mot de passe Zimbra.<script>window.__pwned = 1</script></p>'
    + '<h2 data-hc-section="steps">Étapes</h2><ol><li>Ouvrir <a href="javascript:window.__pwned=2">le portail</a> <img src="x" onerror="window.__pwned=3"></li></ol>';
  const id = await draftOverRest(page, { Title: 'Réinitialiser son mot de passe Zimbra', HCSummary: 'Le portail de réinitialisation.', HCBody: hostile, HCDraftStatus: 'review' });
  const reviewer = await browser.newContext();
  await loginAs(reviewer, baseURL!, PHILIPPE);
  const rp = await reviewer.newPage();
  await rp.goto(`${ARTICLES}?draft=${id}`);
  await expect(body(rp)).toContainText('Réinitialiser son mot de passe Zimbra.');
  await expect(rp.locator('script:not([src])').filter({ hasText: '__pwned' })).toHaveCount(0);
  await expect(rp.locator('a[href^="javascript:"], [onerror]')).toHaveCount(0);
  expect(await rp.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await rp.getByRole('button', { name: 'Publier', exact: true }).click();
  await expect(rp.getByRole('heading', { name: 'Relecture' })).toHaveCount(0);
  await expect(rp.getByRole('status').filter({ hasText: "L'article est publié." })).toBeVisible();
  await reviewer.close();

  const reader = await browser.newContext();
  await loginAs(reader, baseURL!, PEOPLE.studentFr.email);
  const lp = await reader.newPage();
  await lp.goto(KB);
  await lp.getByRole('searchbox', { name: 'Rechercher un article' }).fill('réinitialiser mot de passe zimbra');
  await lp.getByRole('link', { name: /Réinitialiser son mot de passe Zimbra/ }).first().click();
  await expect(lp.locator('article')).toContainText('Ouvrir le portail');
  await expect(lp.locator('article a', { hasText: 'le portail' })).not.toHaveAttribute('href', /.+/);
  await expect(lp.locator('a[href^="javascript:"], [onerror]')).toHaveCount(0);
  expect(await lp.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await reader.close();
});

test('two editors of one draft: the second save gets one clear conflict with both texts; "keep mine" saves, nothing lost', async ({ page, context, browser, baseURL }) => {
  test.setTimeout(120_000);
  await loginAs(context, baseURL!, NADIA);
  const id = await draftOverRest(page, {
    Title: 'Emprunter un ordinateur portable à la BU', HCSummary: 'Le prêt de portables à la bibliothèque.',
    HCBody: '<h2 data-hc-section="goal">Objectif</h2><p>Emprunter un portable.</p><h2 data-hc-section="steps">Étapes</h2><ol><li>Présenter sa carte.</li></ol>'
  });
  await page.goto(`${ARTICLES}?draft=${id}`);
  await expect(page.getByRole('textbox', { name: 'Résumé' })).toHaveValue('Le prêt de portables à la bibliothèque.');

  const reviewer = await browser.newContext();
  await loginAs(reviewer, baseURL!, PHILIPPE);
  const rp = await reviewer.newPage();
  await rp.goto(`${ARTICLES}?draft=${id}`);
  await rp.getByRole('textbox', { name: 'Résumé' }).fill('Prêt de portables à la BU pour 7 jours, carte étudiante exigée.');
  await rp.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(rp.getByRole('status').filter({ hasText: /Brouillon enregistré à/ })).toBeVisible();
  await reviewer.close();

  await page.getByRole('textbox', { name: 'Résumé' }).fill('Prêt de portables à la BU : 3 jours, renouvelable une fois.');
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  const conflict = page.getByRole('region', { name: 'Philippe Garnier a modifié ce brouillon pendant que vous l\'écriviez' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('heading', { level: 4 })).toBeFocused();
  await expect(conflict.getByRole('region', { name: 'Ma version' })).toContainText('Prêt de portables à la BU : 3 jours, renouvelable une fois.');
  await expect(conflict.getByRole('region', { name: 'Version de Philippe Garnier' })).toContainText('Prêt de portables à la BU pour 7 jours, carte étudiante exigée.');
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await horizontalOverflow(page)).toBeUndefined();
  await page.setViewportSize({ width: 1280, height: 900 });

  await conflict.getByRole('button', { name: 'Garder ma version' }).click();
  await expect(page.getByText('Votre version est enregistrée.')).toBeVisible();
  await expect(conflict).toHaveCount(0);
  const saved = await page.request.get(`${DRAFTS}(${id})?$select=HCSummary`, { headers: asPerson(NADIA) });
  expect(((await saved.json()) as { HCSummary: string }).HCSummary).toBe('Prêt de portables à la BU : 3 jours, renouvelable une fois.');
});

test('the new-article page at phone width: no sideways scroll, axe-clean; a gap\'s query prefills the title and a phrasing; the review date typed or picked in a French calendar, saved', async ({ page, context, baseURL }) => {
  await loginAs(context, baseURL!, NADIA);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${ARTICLES}?new=1&template=faq&q=${encodeURIComponent('imprimer recto verso')}`);
  await expect(page.getByRole('textbox', { name: 'Titre' })).toHaveValue('imprimer recto verso');
  await expect(page.getByText('Recherche restée sans résultat : « imprimer recto verso »')).toBeVisible();
  await expect(page.getByRole('list').filter({ hasText: 'imprimer recto verso' }).first()).toBeVisible();
  await expect(body(page).getByRole('heading', { name: 'Réponse' })).toBeVisible();
  expect(await horizontalOverflow(page)).toBeUndefined();
  await expectNoAxeViolations(page);

  // The review date: typed in the page's format, or picked in a calendar that speaks French; saved with the draft.
  const date = page.getByRole('combobox', { name: 'Date de révision' });
  await date.fill('15/01/2028');
  await date.press('Tab');
  await expect(date).toHaveValue('15/01/2028');
  await date.click();
  const calendar = page.getByRole('dialog');
  await expect(calendar).toContainText('janvier 2028');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(calendar).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Résumé' }).fill('Imprimer des deux côtés de la feuille.');
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(page).toHaveURL(/\?draft=\d+$/);
  const id = Number(new URL(page.url()).searchParams.get('draft'));
  await expect.poll(async () => {
    const res = await page.request.get(`${DRAFTS}(${id})?$select=Title,HCReviewDate,HCQuestions`, { headers: asPerson(NADIA) });
    return res.json();
  }).toMatchObject({ Title: 'imprimer recto verso', HCReviewDate: expect.stringMatching(/^2028-01-15/), HCQuestions: 'imprimer recto verso' });
});
