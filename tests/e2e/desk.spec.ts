/** The support desk's queues in the workbench: agents see queues, counts, filters; requesters are turned away. */
import { expect, test } from '@playwright/test';
import { PEOPLE, SITE, expectNoAxeViolations, loginAs } from './helpers';

const DESK = `${SITE}/SitePages/Desk.aspx`;

test.describe('Support desk', () => {
  test('an L1 agent sees the queues with counts, switches queue, filters and sorts, accessibly', async ({ page, context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.agentL1.email);
    await page.goto(DESK);
    const mine = page.getByRole('tab', { name: /^Les miennes \(\d+\)$/ });
    await expect(mine).toBeVisible();
    await expect(page.getByRole('tab', { name: /^Nouvelles pour mes équipes \(\d+\)$/ })).toHaveAttribute('aria-selected', 'true');
    await expectNoAxeViolations(page);
    const count = Number(/\((\d+)\)/.exec((await mine.textContent())!)![1]);
    await mine.click();
    await expect(mine).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('paragraph').filter({ hasText: `${count} demande(s)` })).toBeVisible();
    await expect(page.getByRole('row')).toHaveCount(count + 1);
    await page.getByRole('tab', { name: /^Toutes les ouvertes/ }).click();
    const all = await page.getByRole('row').count();
    await page.getByLabel('Rechercher dans les titres').fill('eduroam');
    await expect.poll(async () => page.getByRole('row').count()).toBeLessThan(all);
    const titles = await page.getByRole('row').locator('td:nth-child(2)').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => /eduroam/i.test(t))).toBe(true);
    await page.getByLabel('Rechercher dans les titres').fill('');
    await page.getByLabel('Trier par').selectOption({ label: 'Les plus récentes' });
    const ids = (await page.getByRole('row').locator('td:nth-child(1)').allTextContents()).map(Number);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    await expect(page.getByRole('heading', { name: 'Charge de travail' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a student is told the desk is for support agents', async ({ page, context, baseURL }) => {
    await loginAs(context, baseURL!, PEOPLE.studentFr.email);
    await page.goto(DESK);
    await expect(page.getByText('Cette page est réservée aux membres du support.')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
