// The reviewer's side of the draft page (issue 14): a reviewer sends a submitted draft back with a comment, its author
// reads the comment on her draft and gets the mail once; a second send-back (from a page opened before) is refused
// with a clear message; the author of a draft, a reviewer herself, cannot publish it and is told why. Axe on the form.
import { expect, test, type Page } from '@playwright/test';
import { SITE, asPerson, collectConsoleErrors, expectNoAxeViolations, horizontalOverflow, itemsOf, loginAs, outbox } from './helpers';

const ARTICLES = `${SITE}/SitePages/Articles.aspx`;
const NADIA = 'nadia.rousseau@univ-exemple.fr';
const JULIE = 'julie.petit@univ-exemple.fr';
const PHILIPPE = 'philippe.garnier@univ-exemple.fr';
const DRAFTS = itemsOf('KnowledgeDrafts');

/** A draft its author wrote and sent to review (the columns a contributor writes: her claim), its id. */
async function submittedDraft(page: Page, author: string, title: string): Promise<number> {
  const res = await page.request.post(DRAFTS, {
    headers: asPerson(author),
    data: {
      Title: title, HCSummary: 'Se connecter au wifi eduroam depuis une résidence universitaire.', HCLanguage: 'fr', HCTemplate: 'howto', HCArticleKind: 'howto',
      HCBody: '<h2 data-hc-section="goal">Objectif</h2><p>Se connecter au wifi eduroam.</p><h2 data-hc-section="steps">Étapes</h2><ol><li>Installer le certificat.</li></ol>',
      HCDraftStatus: 'review', HCWorkflowSequence: 1
    }
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { Id: number }).Id;
}

const mailsAbout = async (page: Page, to: string, title: string): Promise<number> =>
  (await outbox(page.request)).filter(m => m.to.some(t => t.toLowerCase() === to) && (m.subject + m.body).includes(title)).length;

test('a reviewer sends a draft back with a comment: the author reads it and is mailed once; a second send-back is refused', async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  const title = `Wifi eduroam en résidence ${Date.now()}`;
  const id = await submittedDraft(page, NADIA, title);

  // A second reviewer opens the draft first (her page will be stale).
  const other = await browser.newContext();
  await loginAs(other, baseURL!, JULIE);
  const jp = await other.newPage();
  await jp.goto(`${ARTICLES}?draft=${id}`);
  await expect(jp.getByRole('heading', { name: 'Relecture' })).toBeVisible();

  const reviewer = await browser.newContext();
  await loginAs(reviewer, baseURL!, PHILIPPE);
  const rp = await reviewer.newPage();
  const errors = collectConsoleErrors(rp);
  await rp.goto(`${ARTICLES}?draft=${id}`);
  const review = rp.getByRole('region', { name: 'Relecture' });
  await expect(review.getByRole('button', { name: 'Publier', exact: true })).toBeVisible();
  await review.getByRole('button', { name: "Renvoyer à l'auteur" }).click();
  const comment = review.getByRole('textbox', { name: /Commentaire pour l'auteur/ });
  await expect(comment).toBeFocused();
  // The comment is required: said on the field, focus kept there.
  await review.getByRole('button', { name: 'Renvoyer le brouillon' }).click();
  await expect(review.getByText(/le commentaire est obligatoire/)).toBeVisible();
  await expect(comment).toBeFocused();
  await expectNoAxeViolations(rp);
  await comment.fill('Ajoutez une capture de l\'écran du certificat, <b>svp</b>.');
  await review.getByRole('button', { name: 'Renvoyer le brouillon' }).click();
  await expect(rp.getByRole('status').filter({ hasText: 'Le brouillon est renvoyé à son auteur avec votre commentaire.' }).first()).toBeVisible();
  expect(errors).toEqual([]);
  await reviewer.close();

  // The author reads the reviewer's words on her draft (as text: the tags are characters), mailed once.
  const author = await browser.newContext();
  await loginAs(author, baseURL!, NADIA);
  const np = await author.newPage();
  await np.goto(`${ARTICLES}?draft=${id}`);
  await expect(np.getByText('Ajoutez une capture de l\'écran du certificat, <b>svp</b>.')).toBeVisible();
  await expect.poll(() => mailsAbout(np, NADIA, title)).toBe(1);
  await author.close();

  // The stale page's send-back is refused with a clear message; nothing written, no second mail.
  const stale = jp.getByRole('region', { name: 'Relecture' });
  await stale.getByRole('button', { name: "Renvoyer à l'auteur" }).click();
  await stale.getByRole('textbox', { name: /Commentaire pour l'auteur/ }).fill('Le titre est trop long.');
  await stale.getByRole('button', { name: 'Renvoyer le brouillon' }).click();
  await expect(stale.getByRole('alert')).toContainText('Le brouillon a été modifié pendant votre relecture');
  const row = await (await page.request.get(`${DRAFTS}(${id})?$select=HCReviewComment,HCDraftStatus`, { headers: asPerson(NADIA) })).json() as { HCReviewComment: string; HCDraftStatus: string };
  expect(row).toMatchObject({ HCDraftStatus: 'draft', HCReviewComment: 'Ajoutez une capture de l\'écran du certificat, <b>svp</b>.' });
  expect(await mailsAbout(page, NADIA, title)).toBe(1);
  await other.close();
});

test('the author of a draft, a reviewer herself, cannot publish it: the page says why (four eyes); the form fits a phone', async ({ page, context, baseURL }) => {
  const title = `Imprimer en couleur ${Date.now()}`;
  const id = await submittedDraft(page, JULIE, title);
  await loginAs(context, baseURL!, JULIE);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${ARTICLES}?draft=${id}`);
  const review = page.getByRole('region', { name: 'Relecture' });
  await expect(review.getByText(/Vous avez écrit ce brouillon\s:\sun autre relecteur doit le publier/)).toBeVisible();
  await expect(review.getByRole('button', { name: 'Publier', exact: true })).toHaveCount(0);
  await review.getByRole('button', { name: "Renvoyer à l'auteur" }).click();
  await expectNoAxeViolations(page);
  expect(await horizontalOverflow(page)).toBeUndefined();
});
