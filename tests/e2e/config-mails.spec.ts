/**
 * Journey (issue 18): an owner edits the mail a requester gets when her request is recorded, from the set-up page's
 * Courriels area — a text with an unknown placeholder is refused with the placeholder named before anything is
 * written, the fixed text is previewed with the most recent request and saved (a new version in its history), then the demo's text saved back.
 * Axe-clean, phone width (390 px).
 */
import { expect, test } from '@playwright/test';
import { asPerson, chooseOption, collectConsoleErrors, expectNoAxeViolations, horizontalOverflow, loginAs, PEOPLE, SITE, TICKETS } from './helpers';

const TEMPLATE = 'Demande enregistrée — au demandeur';
const BODY_FR = 'Texte (français, HTML)';

test.describe('Mails', () => {
  test('an owner is refused an unknown placeholder, fixes it, previews with the latest request and saves', async ({ page, context, baseURL, request }) => {
    // Three axe runs on a long form, beside the other half's workbench on 2 cores.
    test.setTimeout(120_000);
    await loginAs(context, baseURL!, PEOPLE.owner.email);
    const errors = collectConsoleErrors(page);
    const latest = await request.get(`${TICKETS}?$select=Id,Title&$orderby=Id desc&$top=1`, { headers: asPerson(PEOPLE.owner.email) });
    const [ticket] = (await latest.json() as { value: { Id: number; Title: string }[] }).value;

    await page.goto(`${SITE}/SitePages/Setup.aspx?area=mails`);
    await expect(page.getByRole('heading', { name: 'Courriels', level: 2 })).toBeVisible();
    // The demo data carries an owner's text for this mail (the exams line): the option says so.
    await chooseOption(page, 'Courriel', `${TEMPLATE} · texte modifié`);
    const body = page.getByRole('textbox', { name: BODY_FR });
    const builtIn = await body.inputValue();
    expect(builtIn).toContain('{{link}}');
    await expect(page.getByRole('listitem').filter({ hasText: '{{requesterName}}' })).toBeVisible();
    const versions = page.getByRole('region', { name: 'Historique' }).getByRole('listitem');
    await expect(versions.first()).toBeVisible();
    const before = await versions.count();
    await expectNoAxeViolations(page);

    // An unknown placeholder: refused, named, nothing written.
    await body.fill(`${builtIn}<p>Merci {{foo}} !</p>`);
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Corrigez les points suivants' });
    await expect(summary).toContainText('La variable {{foo}} n\'existe pas pour ce courriel.');
    await expect(body).toHaveAccessibleDescription(/La variable \{\{foo\}\} n'existe pas pour ce courriel/);
    await expect(page.getByText(/enregistré : le prochain envoi/)).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Fixed: the preview is written with the most recent request, with the new paragraph.
    const marker = `Merci pour votre patience (${Date.now().toString(36)})`;
    await body.fill(`${builtIn}<p>${marker}, {{recipientName}}.</p>`);
    await expect(page.getByText(`Écrit avec la demande n°${ticket.Id}, « ${ticket.Title} », la plus récente.`)).toBeVisible();
    await expect(page.getByTestId('mail-preview-subject')).toContainText(`Demande n°${ticket.Id}`);
    const preview = page.getByRole('region', { name: 'Aperçu du courriel' });
    await expect(preview).toContainText(`${marker}, ${PEOPLE.owner.displayName}.`);
    await expect(preview.getByRole('link', { name: 'Suivre votre demande' })).toHaveAttribute('href', new RegExp(`ticket=${ticket.Id}$`));

    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByRole('paragraph').filter({ hasText: `Courriel « ${TEMPLATE} » enregistré : le prochain envoi utilise ce texte.` })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Courriel' })).toContainText(`${TEMPLATE} · texte modifié`);
    await expect(versions).toHaveCount(before + 1);
    await expect(versions.first()).toContainText(`par ${PEOPLE.owner.displayName}`);

    // Phone width: nothing scrolls sideways, still axe-clean.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await horizontalOverflow(page)).toBeUndefined();
    await expectNoAxeViolations(page);

    // The demo's text back (the other journeys of this site read this mail).
    await body.fill(builtIn);
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(versions).toHaveCount(before + 2);
    await expect(body).toHaveValue(builtIn);
    expect(errors).toEqual([]);
  });
});
