// Issue 14, from the desk: "turn into an article" on a resolved ticket opens the contributors' new article prefilled
// from the question and the desk's answer, without the requester's name, e-mail, phone or the ticket's number, and
// linked back to the ticket; an agent who does not write articles is not offered it.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { PEOPLE, SITE, asPerson, categoryNamed, collectConsoleErrors, deskReceives, deskWrites, expectNoAxeViolations, fileOverRest, itemsOf, loginAs } from './helpers';

const DESK = `${SITE}/SitePages/Desk.aspx`;
const JULIE = 'julie.petit@univ-exemple.fr';
const TITLE = 'Léa Dubois : le copieur de la BU refuse mon badge';
const RESOLUTION = 'Bonjour Léa,\n\nVotre carte n\'était pas encore associée à votre compte PaperCut. Pour l\'associer : badgez sur le copieur, '
  + 'choisissez « Associer ma carte », puis saisissez votre identifiant et votre mot de passe de l\'université.\n\nCordialement,\nKarim Haddad';
/** What must not reach the article: the requester's name and address, her phone, the agent's name. */
const PERSONAL = ['Léa', 'Dubois', 'lea.dubois', '06 12 34 56 78', 'Karim', 'Haddad'];

let ticketId: number;

test.beforeAll(async ({ browser, baseURL, request }) => {
  const printing = await categoryNamed(request, 'Impression');
  ticketId = await fileOverRest(request, PEOPLE.studentFr.email, {
    Title: TITLE, HCKind: 'anomaly', HCCategoryId: printing.Id, HCLanguage: 'fr', HCClientRequestId: `authoring-desk-${Date.now()}`,
    HCDescription: 'Bonjour,\n\nJe suis Léa Dubois (lea.dubois@univ-exemple.fr, 06 12 34 56 78). Quand je badge sur le copieur de la BU, l\'écran '
      + 'affiche « Carte inconnue » et mes impressions restent en attente. C\'est la suite de ma demande n° 42.\n\nMerci,\nLéa'
  });
  await deskReceives(browser, baseURL!);
  await deskWrites(request, ticketId, { HCStatus: 'resolved', HCResolvedAt: new Date().toISOString(), HCResolution: RESOLUTION });
});

/** Opens the ticket on the desk and waits until the page has asked whether the person may write articles. */
async function openOnDesk(page: Page): Promise<void> {
  const rights = page.waitForResponse(r => /KnowledgeDrafts'\)\/EffectiveBasePermissions/i.test(decodeURIComponent(r.url())), { timeout: 30_000 });
  await page.goto(`${DESK}?ticket=${ticketId}`);
  await expect(page.getByRole('heading', { name: `Demande n°${ticketId} : ${TITLE}` })).toBeVisible({ timeout: 20_000 });
  await rights;
}

test('an agent who writes articles turns a resolved ticket into a draft without the requester\'s name, address or the ticket number', async ({ page, context, baseURL, request }) => {
  await loginAs(context, baseURL!, JULIE);
  const errors = collectConsoleErrors(page);
  await openOnDesk(page);
  const action = page.getByRole('link', { name: /^Transformer en article/ });
  await expect(action).toBeVisible();
  await expect(action).toHaveAttribute('target', '_blank');
  await expect(action).toHaveAttribute('href', new RegExp(`/SitePages/Articles\\.aspx\\?new=1.*ticket=${ticketId}(&|$)`));
  await expectNoAxeViolations(page);

  const [editor] = await Promise.all([context.waitForEvent('page'), action.click()]);
  const editorErrors = collectConsoleErrors(editor);
  const title = editor.getByRole('textbox', { name: 'Titre' });
  await expect(title).toHaveValue('[personne] : le copieur de la BU refuse mon badge', { timeout: 30_000 });
  const summary = await editor.getByRole('textbox', { name: 'Résumé' }).inputValue();
  const body = editor.getByRole('textbox', { name: 'Contenu de l\'article' });
  await expect(body).toContainText('Associer ma carte');
  await expect(body).toContainText('« Carte inconnue »');
  const written = [await title.inputValue(), summary, await body.innerText()].join('\n');
  for (const personal of PERSONAL.concat(['@univ-exemple.fr', `${ticketId}`, 'n° 42'])) expect(written, personal).not.toContain(personal);
  // The page says where the draft comes from (the ticket's number, for the contributor); nowhere else.
  const pageText = await editor.getByRole('main').innerText();
  for (const personal of PERSONAL) expect(pageText, personal).not.toContain(personal);
  expect(pageText.split('\n').filter(line => line.indexOf(`${ticketId}`) >= 0)).toEqual([expect.stringMatching(/^Rédigé à partir du ticket n°\s?\d+$/)]);
  await expectNoAxeViolations(editor);

  await editor.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(editor.getByRole('status').filter({ hasText: /Brouillon enregistré à/ })).toBeVisible({ timeout: 20_000 });
  const res = await request.get(`${itemsOf('KnowledgeDrafts')}?$select=Id,Title,HCSummary,HCBody,HCQuestions,HCSourceTicket,HCLanguage&$filter=HCSourceTicket eq ${ticketId}`,
    { headers: asPerson(PEOPLE.owner.email) });
  expect(res.ok()).toBe(true);
  const drafts = ((await res.json()) as { value: { Title: string; HCSummary: string; HCBody: string; HCQuestions: string | null; HCSourceTicket: number; HCLanguage: string }[] }).value;
  expect(drafts).toHaveLength(1);
  expect(drafts[0]).toMatchObject({ HCSourceTicket: ticketId, HCLanguage: 'fr', Title: '[personne] : le copieur de la BU refuse mon badge' });
  const stored = [drafts[0].Title, drafts[0].HCSummary, drafts[0].HCBody, drafts[0].HCQuestions || ''].join('\n');
  expect(stored).toContain('Associer ma carte');
  for (const personal of PERSONAL.concat(['@univ-exemple.fr', 'n° 42', `>${ticketId}<`, ` ${ticketId} `])) expect(stored, personal).not.toContain(personal);
  expect(errors).toEqual([]);
  expect(editorErrors).toEqual([]);
});

test('an agent who does not write articles is not offered it', async ({ page, context, baseURL }) => {
  await loginAs(context, baseURL!, PEOPLE.agentL1.email);
  await openOnDesk(page);
  // The answer has arrived: the page's next render would show the action; give it that render.
  await expect(page.getByRole('heading', { name: 'Actions' }).first()).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.getByRole('link', { name: /^Transformer en article/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
