/**
 * Journey (issue 18), on a phone (390 px): an owner opens the settings; a reminder typed after the no-follow-up
 * closing is refused with its field's message (nothing written); the owner lowers the attachments' largest file to
 * 1 MB and saves; a student's request form then states the new limit and refuses a 2 MB file. Axe-clean. The seeded
 * limits are written back afterwards: the other specs rely on them.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { SETTINGS } from '../../workbench/seed/data/settings';
import { PEOPLE, SITE, asPerson, collectConsoleErrors, expectNoAxeViolations, horizontalOverflow, itemsOf, loginAs } from './helpers';

const SETUP = `${SITE}/SitePages/Setup.aspx?area=settings`;
const FORM = `${SITE}/SitePages/Request.aspx`;
const seeded = (key: string): string => SETTINGS.filter(s => s.key === key)[0].value;

interface SettingItem { Id: number; HCValue: string }
async function settingOf(request: APIRequestContext, key: string): Promise<SettingItem> {
  const res = await request.get(`${itemsOf('HelpSettings')}?$select=Id,HCValue&$filter=HCSettingKey eq '${key}'&$top=1`, { headers: asPerson(PEOPLE.owner.email) });
  return ((await res.json()) as { value: SettingItem[] }).value[0];
}

test.describe('Settings', () => {
  test.afterAll(async ({ request }) => {
    const item = await settingOf(request, 'attachments.limits');
    const res = await request.post(`${itemsOf('HelpSettings')}(${item.Id})`, {
      headers: { ...asPerson(PEOPLE.owner.email), 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }, data: { HCValue: seeded('attachments.limits') }
    });
    expect(res.status()).toBe(204);
  });

  test('an owner is refused a reminder after the no-follow-up, lowers the attachment limit, and the request form refuses a file over it', async ({ browser, baseURL, request }) => {
    test.setTimeout(90_000);
    const delays = JSON.parse(seeded('tickets.autoClose')) as { awaitingUserToNoFollowUpDays: number };
    const owner = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
    await loginAs(owner, baseURL!, PEOPLE.owner.email);
    const page = await owner.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(SETUP);
    const delaysSection = page.getByRole('region', { name: 'Délais' });
    const reminder = delaysSection.getByRole('textbox', { name: 'Relance du demandeur qui ne répond pas (jours ouvrés)' });
    await expect(reminder).toBeVisible();
    expect(await horizontalOverflow(page)).toBeUndefined();
    await expectNoAxeViolations(page);

    // A reminder on or after the no-follow-up closing comes too late: refused before anything is written.
    const before = await settingOf(request, 'tickets.autoClose');
    await reminder.fill(String(delays.awaitingUserToNoFollowUpDays + 2));
    await delaysSection.getByRole('button', { name: 'Enregistrer\u00a0: Délais' }).click();
    const message = `La relance doit précéder la clôture sans suite\u00a0: ${delays.awaitingUserToNoFollowUpDays - 1} jours ouvrés au plus.`;
    await expect(delaysSection.getByRole('link', { name: `Relance du demandeur qui ne répond pas (jours ouvrés)\u00a0: ${message}` })).toBeVisible();
    // The message is on the field itself too (its accessible description).
    await expect(reminder).toHaveAttribute('aria-invalid', 'true');
    await expect(reminder).toHaveAccessibleDescription(new RegExp(message.replace(/[.()]/g, '\\$&')));
    await expectNoAxeViolations(page);
    expect((await settingOf(request, 'tickets.autoClose')).HCValue).toBe(before.HCValue);

    // The largest file lowered to 1 MB: written with the other limits kept. The page's links reach the section.
    await page.getByRole('navigation', { name: 'Sections des réglages' }).getByRole('link', { name: 'Pièces jointes' }).click();
    await expect(page.getByRole('heading', { name: 'Pièces jointes', exact: true })).toBeFocused();
    const attachments = page.getByRole('region', { name: 'Pièces jointes' });
    await attachments.getByRole('textbox', { name: 'Taille maximale d\'un fichier (Mo)' }).fill('1');
    await attachments.getByRole('button', { name: 'Enregistrer\u00a0: Pièces jointes' }).click();
    await expect(attachments.getByRole('status')).toHaveText('Réglage enregistré\u00a0: Pièces jointes.');
    expect(JSON.parse((await settingOf(request, 'attachments.limits')).HCValue)).toEqual({ ...JSON.parse(seeded('attachments.limits')), maxFileSizeMb: 1 });
    expect(errors).toEqual([]);
    await owner.close();

    // The request form opened next states the new limit and refuses a file over it.
    const student = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
    await loginAs(student, baseURL!, PEOPLE.studentFr.email);
    const form = await student.newPage();
    await form.goto(FORM);
    await expect(form.getByText(/fichiers au plus, 1 Mo chacun\./)).toBeVisible();
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2 * 1024 * 1024, 0x20)]);
    await form.locator('input[type=file]').setInputFiles({ name: 'releve-de-notes.pdf', mimeType: 'application/pdf', buffer: big });
    // The form judges the files when it is sent (with the other fields).
    await form.getByRole('button', { name: 'Envoyer la demande' }).click();
    await expect(form.getByText(/^«.releve-de-notes\.pdf.» dépasse 1 Mo\.$/)).toBeVisible();
    await expect(form.getByRole('link', { name: /^Pièces jointes.*releve-de-notes\.pdf.*dépasse 1 Mo\.$/ })).toBeVisible();
    await student.close();
  });
});
